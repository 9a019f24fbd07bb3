/**
 * Free-form questions: a message that mentions the bot, any DM, or a reply to one of the bot's
 * messages (which carries the reply chain as history). Bots, webhooks, system messages and the
 * bot itself are ignored. The typing indicator shows while the answer is being made.
 */
import { type Client, Events, type Message } from "discord.js";
import type { Language } from "../knowledge/schema.ts";
import { uiText } from "../render/ui-text.ts";
import type { Runtime } from "../runtime.ts";
import type { AnswerStore } from "./answer-store.ts";
import { answerQuestion, type QuestionPath } from "./ask.ts";
import {
  historyFromReplyChain,
  mentionsBot,
  referencedMessage,
  withoutMention,
} from "./conversation.ts";
import { apologize } from "./errors.ts";
import type { InFlight } from "./in-flight.ts";
import { languageOfLocale } from "./locale.ts";
import type { PostingCap } from "./posting-cap.ts";
import { Reply, showTyping } from "./respond.ts";

export interface MessageDependencies {
  readonly runtime: Runtime;
  readonly answers: AnswerStore;
  readonly postingCap: PostingCap;
  /** Counts each question until it is answered (a shutdown waits for them). */
  readonly inFlight: InFlight;
}

export function handleMessages(client: Client, dependencies: MessageDependencies): void {
  client.on(Events.MessageCreate, (message) => {
    // onMessage answers its own errors; this catches a bug in that, so it is never unhandled.
    dependencies.inFlight.track(
      onMessage(message, dependencies).catch((error) =>
        dependencies.runtime.logger.error(
          { err: error, messageId: message.id },
          "message handler failed",
        ),
      ),
    );
  });
}

interface Trigger {
  readonly path: QuestionPath;
  /** The bot message replied to, when the question continues a conversation. */
  readonly repliedTo?: Message;
}

async function onMessage(message: Message, { runtime, answers, postingCap }: MessageDependencies) {
  const botId = message.client.user.id;
  if (message.author.bot || message.webhookId || message.system || message.author.id === botId) {
    return;
  }
  let trigger: Trigger | undefined;
  try {
    trigger = await questionTrigger(message, botId);
  } catch (error) {
    runtime.logger.warn({ err: error, messageId: message.id }, "could not classify a message");
    return;
  }
  if (!trigger) return;

  const log = runtime.logger.child({ messageId: message.id, path: trigger.path });
  // Messages carry no user locale: the server's language, else English.
  const language: Language = languageOfLocale(message.guild?.preferredLocale);
  const reply = new Reply({ kind: "message", message }, (error) =>
    log.warn({ err: error }, "draft edit failed"),
  );
  const verdict = postingCap.take(message.author.id);
  if (!verdict.allowed) {
    // One short reply the first time; after it, silence (no typing either) until the window frees.
    log.debug({ userId: message.author.id, notify: verdict.notify }, "posting cap: not answered");
    if (!verdict.notify) return;
    log.info({ userId: message.author.id }, "posting cap reached; told the user once");
    try {
      await reply.send({ content: postingCap.notice(language, verdict.retryAfterMs) });
    } catch (error) {
      log.warn({ err: error }, "could not send the posting cap notice");
    }
    return;
  }
  const stopTyping = showTyping(message);
  try {
    const text = withoutMention(message.content, botId);
    if (text === "" && message.attachments.size > 0) {
      await reply.send({ content: uiText[language].attachmentsOnly });
    } else if (message.content === "" && trigger.path === "reply") {
      // Without the Message Content intent, a reply that does not ping the bot arrives empty.
      await reply.send({ content: uiText[language].unreadableReply });
    } else {
      const history = trigger.repliedTo
        ? await historyFromReplyChain(trigger.repliedTo, botId, answers)
        : [];
      await answerQuestion(
        {
          text,
          history,
          path: trigger.path,
          userId: message.author.id,
          guildId: message.guildId,
          fallbackLanguage: language,
        },
        { runtime, answers, reply, log },
      );
    }
  } catch (error) {
    await apologize(reply, language, error, log);
  } finally {
    stopTyping();
  }
}

async function questionTrigger(message: Message, botId: string): Promise<Trigger | undefined> {
  // Discord sends the replied-to message along, so this check costs no request for most replies.
  if (message.reference?.messageId && message.mentions.repliedUser?.id === botId) {
    const repliedTo = await referencedMessage(message);
    if (repliedTo?.author.id === botId) return { path: "reply", repliedTo };
  }
  if (!message.inGuild()) return { path: "dm" };
  if (mentionsBot(message.content, botId)) return { path: "mention" };
  return undefined;
}
