/** /about: how this bot process answers and what it has answered (for operators and the curious). */
import { SlashCommandBuilder } from "discord.js";
import { aboutFacts } from "../src/discord/about.ts";
import type { Command } from "../src/discord/command.ts";
import { aboutMessage } from "../src/render/discord-about.ts";

export default {
  data: () =>
    new SlashCommandBuilder()
      .setName("about")
      .setNameLocalizations({ ko: "정보" })
      .setDescription("How the bot answers: mode, model, knowledge version, uptime, usage")
      .setDescriptionLocalizations({
        ko: "봇의 답변 방식: 모드, 모델, 지식 버전, 가동 시간, 사용량",
      }),

  // Operational figures: shown to the asker only, so they do not clutter the channel.
  ephemeral: () => true,

  async execute(interaction, { runtime, reply, language }) {
    await reply.send(aboutMessage(aboutFacts(runtime, interaction), language));
  },
} satisfies Command;
