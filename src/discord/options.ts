/** Options several commands share. */
import type { ChatInputCommandInteraction, SlashCommandStringOption } from "discord.js";
import { type Language, languageSchema } from "../knowledge/schema.ts";

/** An optional `language` option: answer in Korean or English instead of the user's locale. */
export function languageOption(option: SlashCommandStringOption): SlashCommandStringOption {
  return option
    .setName("language")
    .setNameLocalizations({ ko: "언어" })
    .setDescription("Answer language (default: your Discord language)")
    .setDescriptionLocalizations({ ko: "답변 언어 (기본: 내 디스코드 언어)" })
    .addChoices({ name: "English", value: "en" }, { name: "한국어", value: "ko" });
}

/** The `language` option if given and valid, else the user's language. */
export function chosenLanguage(
  interaction: ChatInputCommandInteraction,
  fallback: Language,
): Language {
  const parsed = languageSchema.safeParse(interaction.options.getString("language"));
  return parsed.success ? parsed.data : fallback;
}
