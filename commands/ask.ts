/** /ask question:<text> [private]: the full answer pipeline; private makes the answer ephemeral. */
import { SlashCommandBuilder } from "discord.js";
import { answerQuestion } from "../src/discord/ask.ts";
import type { Command } from "../src/discord/command.ts";

/** Discord's ceiling for a string option's max_length. */
const DISCORD_MAX_OPTION_LENGTH = 6000;

export default {
  data: ({ maxQuestionLength }) =>
    new SlashCommandBuilder()
      .setName("ask")
      .setNameLocalizations({ ko: "질문" })
      .setDescription("Ask a question about the article, in Korean or English")
      .setDescriptionLocalizations({ ko: "기사에 대해 한국어나 영어로 질문하기" })
      .addStringOption((option) =>
        option
          .setName("question")
          .setNameLocalizations({ ko: "질문" })
          .setDescription("Your question")
          .setDescriptionLocalizations({ ko: "질문 내용" })
          .setRequired(true)
          .setMaxLength(Math.min(maxQuestionLength, DISCORD_MAX_OPTION_LENGTH)),
      )
      .addBooleanOption((option) =>
        option
          .setName("private")
          .setNameLocalizations({ ko: "비공개" })
          .setDescription("Only you see the answer")
          .setDescriptionLocalizations({ ko: "나만 보기" }),
      ),

  ephemeral: (interaction) => interaction.options.getBoolean("private") ?? false,

  async execute(interaction, context) {
    await answerQuestion(
      {
        text: interaction.options.getString("question", true),
        history: [],
        path: "slash",
        userId: interaction.user.id,
        guildId: interaction.guildId,
        fallbackLanguage: context.language,
      },
      context,
    );
  },
} satisfies Command;
