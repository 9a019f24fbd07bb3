/**
 * /stats: this server's last 7 days at a glance (answers by mode, abstained, votes, Claude's share
 * and fallbacks, what the knowledge did not cover) with a chart, for members with Manage Server.
 */
import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { lastDays, STATS_DAYS, statsRefusal } from "../src/discord/stats.ts";
import { statsMessage, statsRefusalMessage } from "../src/render/discord-stats.ts";

export default {
  data: () =>
    new SlashCommandBuilder()
      .setName("stats")
      .setNameLocalizations({ ko: "통계" })
      .setDescription("This server's last 7 days: answers, votes, questions not covered")
      .setDescriptionLocalizations({ ko: "이 서버의 최근 7일: 답변, 피드백, 답하지 못한 질문" })
      // Hidden from members without Manage Server unless a server changes that: checked again below.
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
      .setContexts(InteractionContextType.Guild),

  // Figures for the server's managers: shown to the asker only.
  ephemeral: () => true,

  async execute(interaction, { reply, language, answers }) {
    const refusal = statsRefusal(interaction);
    if (refusal) {
      await reply.send(statsRefusalMessage(refusal, language));
      return;
    }
    if (!answers.store || interaction.guildId === null) {
      await reply.send(statsRefusalMessage("noStore", language));
      return;
    }
    const range = { ...lastDays(STATS_DAYS, new Date()), guildId: interaction.guildId };
    const report = await answers.store.report(range, { limit: 5 });
    await reply.send(await statsMessage(report, STATS_DAYS, language));
  },
} satisfies Command;
