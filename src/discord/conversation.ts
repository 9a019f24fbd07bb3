/**
 * A reply to one of the bot's answers continues the conversation: the chain of replies above it
 * becomes the history the answerer sees, oldest first. The answerer bounds the history
 * (src/answer/history.ts); this side only stops reading the chain where that bound would cut.
 */
import type { Message } from "discord.js";
import { MAX_HISTORY_TURNS } from "../answer/history.ts";
import type { ConversationTurn } from "../answer/types.ts";
import type { AnswerStore } from "./answer-store.ts";
import { answerIdOfCustomIds } from "./custom-ids.ts";

/** How many messages up a reply chain the bot reads: older ones would fall outside the bound. */
export const MAX_CHAIN_MESSAGES = MAX_HISTORY_TURNS;

export async function historyFromReplyChain(
  repliedTo: Message,
  botId: string,
  answers: AnswerStore,
): Promise<ConversationTurn[]> {
  const newestFirst: ConversationTurn[] = [];
  let current: Message | undefined = repliedTo;
  for (let depth = 0; current && depth < MAX_CHAIN_MESSAGES; depth += 1) {
    if (current.author.id === botId) {
      newestFirst.push({ role: "assistant", text: answerText(current) });
      if (!current.reference) {
        // An answer to /ask replies to no message: the store remembers its question (also after
        // a restart, unless texts are off).
        const answerId = answerIdOfCustomIds(customIdsOf(current));
        const stored = answerId ? await answers.find(answerId) : undefined;
        if (stored?.question) newestFirst.push({ role: "user", text: stored.question });
        break;
      }
    } else {
      newestFirst.push({ role: "user", text: withoutMention(current.content, botId) });
    }
    current = await referencedMessage(current);
  }
  return newestFirst.reverse();
}

/** The message this one replies to, from the cache or the API; undefined if gone. */
export async function referencedMessage(message: Message): Promise<Message | undefined> {
  if (!message.reference?.messageId) return undefined;
  try {
    return await message.fetchReference();
  } catch {
    return undefined;
  }
}

/** The text of a message with every mention of the bot taken out. */
export function withoutMention(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").trim();
}

export function mentionsBot(content: string, botId: string): boolean {
  return new RegExp(`<@!?${botId}>`).test(content);
}

/** A bot message's answer without its subtext lines (sources, notes). */
function answerText(message: Message): string {
  return message.content
    .split("\n")
    .filter((line) => !line.startsWith("-# "))
    .join("\n")
    .trim();
}

function customIdsOf(message: Message): string[] {
  return message.components.flatMap((row) =>
    "components" in row
      ? row.components.flatMap((component) =>
          "customId" in component && typeof component.customId === "string"
            ? [component.customId]
            : [],
        )
      : [],
  );
}
