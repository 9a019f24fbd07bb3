/** /deal: the story at a glance, from the fact sheet: key figures, summary, fact check. */
import { SlashCommandBuilder } from "discord.js";
import { summarize } from "../src/answer/summary.ts";
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
    const summary = summarize(runtime.knowledge, chosen);
    await reply.send(dealMessage(summary, chosen, runtime.knowledge.version));
  },
} satisfies Command;
