/** An Answer as a Discord message: the text, the sources line, and the buttons under it. */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  ButtonStyle,
  ComponentType,
} from "discord.js";
import type { Answer } from "../answer/types.ts";
import { customId } from "../discord/custom-ids.ts";
import type { Knowledge } from "../knowledge/load.ts";
import type { OutgoingMessage } from "./discord-outgoing.ts";
import { plainModelText } from "./markdown.ts";
import { sourcesLines } from "./sources.ts";
import { uiText } from "./ui-text.ts";

export function answerMessage(
  answer: Answer,
  answerId: string,
  knowledge: Knowledge,
): OutgoingMessage {
  // Claude's text may repeat the question's markup; the deterministic text is the bot's own.
  const text = answer.mode === "claude" ? plainModelText(answer.text) : answer.text;
  return {
    content: [text, ...sourcesLines(answer, knowledge)].join("\n"),
    components: [answerButtons(answer, answerId)],
  };
}

/** The answer so far while Claude writes it (always Claude's text, never the bot's own). */
export function answerDraft(text: string): string {
  return plainModelText(text);
}

function answerButtons(
  answer: Answer,
  answerId: string,
): APIActionRowComponent<APIButtonComponent> {
  const words = uiText[answer.language];
  const buttons: APIButtonComponent[] = [];
  if (answer.citations.length > 0 || answer.sources.length > 0) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: customId.sources(answerId),
      label: words.sourcesButton,
      emoji: { name: "📖" },
    });
  }
  for (const vote of ["up", "down"] as const) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      custom_id: customId.feedback(vote, answerId),
      emoji: { name: vote === "up" ? "👍" : "👎" },
    });
  }
  return { type: ComponentType.ActionRow, components: buttons };
}
