/**
 * The buttons under an answer: "Sources" shows the full quotes, only to the one who clicked;
 * 👍/👎 are thanked (also only to them), logged with the answer's id and kept in the store (the
 * user's last vote counts). Both work on answers from before a restart: the store has them.
 */
import type { ButtonInteraction } from "discord.js";
import { sourcesDetail } from "../render/sources.ts";
import { uiText } from "../render/ui-text.ts";
import type { Runtime } from "../runtime.ts";
import type { AnswerStore } from "./answer-store.ts";
import { parseCustomId } from "./custom-ids.ts";
import { apologize } from "./errors.ts";
import { languageOfLocale } from "./locale.ts";
import { acknowledge, Reply } from "./respond.ts";

export interface ButtonDependencies {
  readonly runtime: Runtime;
  readonly answers: AnswerStore;
}

export async function handleButton(
  interaction: ButtonInteraction,
  { runtime, answers }: ButtonDependencies,
): Promise<void> {
  const language = languageOfLocale(interaction.locale);
  const log = runtime.logger.child({
    interactionId: interaction.id,
    button: interaction.customId,
    userId: interaction.user.id,
    guildId: interaction.guildId,
  });
  const reply = new Reply({ kind: "interaction", interaction, ephemeral: true }, () => {});
  try {
    const action = parseCustomId(interaction.customId);
    if (!action) {
      // Not one of ours (or from an older version): acknowledge quietly.
      await acknowledge(interaction);
      return;
    }
    // From memory, or from the store for an answer given before a restart.
    const stored = await answers.find(action.answerId);
    if (action.kind === "sources") {
      await reply.send({
        content: stored
          ? sourcesDetail(stored.answer, runtime.knowledge)
          : uiText[language].sourcesExpired,
      });
      log.debug("button handled");
      return;
    }
    // A vote on an answer the store no longer has (pruned) still counts as feedback.
    answers.vote(action.answerId, interaction.user.id, action.vote);
    log.info(
      { answerId: action.answerId, vote: action.vote, mode: stored?.answer.mode },
      "feedback",
    );
    await reply.send({ content: uiText[language].feedbackThanks[action.vote] });
    log.debug("button handled");
  } catch (error) {
    await apologize(reply, language, error, log);
  }
}
