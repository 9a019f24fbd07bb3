/**
 * /deal: the story at a glance: key figures and fact check from the fact sheet, and a short
 * summary (Claude's when it can write one, else the fact sheet's).
 */
import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { chosenLanguage, languageOption } from "../src/discord/options.ts";
import { dealMessage } from "../src/render/discord-deal.ts";

export default {
  data: () =>
    new SlashCommandBuilder()
      .setName("deal")
      .setNameLocalizations({ ko: "거래" })
      .setDescription("The story at a glance: key figures, a short summary and a fact check")
      .setDescriptionLocalizations({ ko: "한눈에 보기: 핵심 수치, 짧은 요약, 팩트체크" })
      .addStringOption(languageOption),

  async execute(interaction, { runtime, reply, language }) {
    const chosen = chosenLanguage(interaction, language);
    const summary = await runtime.answerer.summary(chosen);
    await reply.send(
      dealMessage(summary, chosen, runtime.knowledge.manifest.article.title[chosen]),
    );
  },
} satisfies Command;
