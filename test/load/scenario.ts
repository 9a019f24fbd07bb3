/**
 * A load scenario through the fake Discord: many users, each asking a series of questions (as
 * /ask or as a mention, spread over channels) and waiting for each answer before the next, as a
 * person does. Then a check, on the fake's REST side, that every question got exactly one answer.
 * Shared by the load test (in `npm test`) and the Discord benchmark (a bigger run).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type {
  FakeDiscord,
  FakeInteraction,
  FakeMessage,
  FakeUser,
  RecordedCall,
} from "../fakes/discord-fake.ts";
import type { FakeChannel } from "../fakes/discord-state.ts";
import { projectRoot } from "../helpers/paths.ts";

export interface LoadOptions {
  readonly users: number;
  readonly questionsPerUser: number;
  readonly channels: readonly FakeChannel[];
  /** One question in this many is a mention; the others are /ask (0: all /ask). */
  readonly mentionEvery: number;
  readonly questions: readonly string[];
  /** Longest wait for one answer. */
  readonly answerTimeoutMs: number;
  /** Names of the users ("user": user-1, user-2, …); another prefix makes other users. */
  readonly userPrefix?: string;
  /** A pause before each question (default none: back to back). */
  readonly pauseMs?: number;
}

export interface AskedQuestion {
  readonly user: FakeUser;
  readonly path: "slash" | "mention";
  readonly text: string;
  readonly sentAt: number;
  answeredAt: number;
  readonly interaction?: FakeInteraction;
  readonly message?: FakeMessage;
}

export interface LoadResult {
  readonly asked: readonly AskedQuestion[];
  readonly elapsedMs: number;
}

/** Questions people ask: the shared dev set, Korean and English. */
export function sampleQuestions(): string[] {
  return readFileSync(path.join(projectRoot, "knowledge/eval/dev.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { q: string }).q);
}

export async function runLoad(fake: FakeDiscord, options: LoadOptions): Promise<LoadResult> {
  const asked: AskedQuestion[] = [];
  const started = performance.now();
  const prefix = options.userPrefix ?? "user";
  const users = Array.from({ length: options.users }, (_, index) =>
    fake.user(`${prefix}-${index + 1}`),
  );
  await Promise.all(
    users.map(async (user, userIndex) => {
      for (let round = 0; round < options.questionsPerUser; round++) {
        if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
        const question = ask(fake, options, user, userIndex, round);
        asked.push(question);
        await fake.waitForMessages(() => isAnswered(fake, question), {
          timeoutMs: options.answerTimeoutMs,
        });
        question.answeredAt = performance.now();
      }
    }),
  );
  return { asked, elapsedMs: performance.now() - started };
}

function ask(
  fake: FakeDiscord,
  options: LoadOptions,
  user: FakeUser,
  userIndex: number,
  round: number,
): AskedQuestion {
  const channel = options.channels[(userIndex + round) % options.channels.length] as FakeChannel;
  const text = options.questions[(userIndex * 7 + round) % options.questions.length] as string;
  const sentAt = performance.now();
  if (options.mentionEvery > 0 && (userIndex + round) % options.mentionEvery === 0) {
    const message = fake.say(`${fake.botMention} ${text}`, { user, channel });
    return { user, path: "mention", text, sentAt, answeredAt: Number.NaN, message };
  }
  const interaction = fake.slashCommand("ask", { question: text }, { user, channel });
  return { user, path: "slash", text, sentAt, answeredAt: Number.NaN, interaction };
}

/** The finished answer carries the buttons; drafts and deferrals carry none. */
function isAnswered(fake: FakeDiscord, question: AskedQuestion): boolean {
  if (question.interaction) {
    const id = question.interaction.originalMessageId;
    const original = id ? fake.world.messages.get(id) : undefined;
    return (original?.components.length ?? 0) > 0;
  }
  const chain = question.message ? fake.replyChainOf(question.message) : [];
  return (chain.at(-1)?.components.length ?? 0) > 0;
}

/** A REST call that sends or edits a message with buttons: a finished answer. */
function isFinalSend(call: RecordedCall): boolean {
  const body = call.route.endsWith("/callback")
    ? (call.body?.data as Record<string, unknown> | undefined)
    : call.body;
  return Array.isArray(body?.components) && body.components.length > 0;
}

/**
 * The message a finished send created or edited. A request the bot's HTTP client retried after
 * its own timeout (on a busy machine Discord's reply can take that long) edits the same message,
 * or, for a new message, gets the same one back (an enforced nonce): one answer, as users see it.
 */
function answerMessageOf(call: RecordedCall): string {
  const id = (call.response as { id?: unknown } | undefined)?.id;
  if (typeof id === "string") return id;
  return call.params.token
    ? `${call.params.token}/${call.params.messageId ?? "@original"}`
    : call.rawPath;
}

/**
 * Counted on the fake's REST side: each question's finished answers, as distinct messages
 * (exactly one expected), and all finished answers the bot sent (as many as questions: none went
 * astray or twice).
 */
export function countAnswers(
  fake: FakeDiscord,
  asked: readonly AskedQuestion[],
): { perQuestion: number[]; total: number } {
  const finalSends = fake.calls.filter((call) => call.status < 400 && isFinalSend(call));
  const byToken = new Map<string, Set<string>>();
  const byMessage = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, message: string) => {
    const messages = map.get(key) ?? new Set<string>();
    messages.add(message);
    map.set(key, messages);
  };
  for (const call of finalSends) {
    const message = answerMessageOf(call);
    const token = call.params.token;
    if (token) add(byToken, token, message);
    const reference = (call.body?.message_reference as { message_id?: string } | undefined)
      ?.message_id;
    const target = call.method === "PATCH" ? call.params.messageId : reference;
    if (!token && target) add(byMessage, target, message);
  }
  const perQuestion = asked.map((question) => {
    if (question.interaction) return byToken.get(question.interaction.token)?.size ?? 0;
    if (!question.message) return 0;
    // The question itself (a reply to it) and the bot's pieces that continue the answer.
    const ids = [question.message.id, ...fake.replyChainOf(question.message).map((m) => m.id)];
    return ids.reduce((sum, id) => sum + (byMessage.get(id)?.size ?? 0), 0);
  });
  const total = new Set(finalSends.map(answerMessageOf)).size;
  return { perQuestion, total };
}
