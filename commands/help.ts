/** /help: what the bot answers, how to ask and follow up, the commands, and what it stores. */
import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { helpMessage } from "../src/render/discord-help.ts";

export default {
  data: () =>
    new SlashCommandBuilder()
      .setName("help")
      .setNameLocalizations({ ko: "도움말" })
      .setDescription("What the bot answers, how to ask, the commands and what is stored")
      .setDescriptionLocalizations({
        ko: "봇이 답하는 내용, 질문하는 방법, 명령어, 저장되는 내용",
      }),

  ephemeral: () => true,

  async execute(interaction, { runtime, reply, language, commands }) {
    const { knowledge, config } = runtime;
    const message = helpMessage(
      {
        botName: interaction.client.user.username,
        topic: knowledge.manifest.topic,
        examples: knowledge.manifest.exampleQuestions,
        commands: commands.map((command) => ({
          name: command.name,
          nameLocalizations: command.name_localizations,
          description: command.description,
          descriptionLocalizations: command.description_localizations,
          restricted: command.default_member_permissions != null,
        })),
        storage: {
          retentionDays: config.store.retentionDays,
          questionText: config.store.questionText,
        },
      },
      language,
    );
    await reply.send(message);
  },
} satisfies Command;
