/**
 * Claude behind the bot, end to end: real discord.js against the fake Discord, the real SDK
 * against the fake Anthropic server. A slow Claude, streamed drafts, a stream that dies half-way,
 * a follow-up that carries its history, and Claude down (overloaded, unreachable).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { phrases } from "../../src/answer/shared/phrases.ts";
import { streamGate } from "../fakes/anthropic-server.ts";
import type { RecordedCall } from "../fakes/discord-fake.ts";
import { citedReply, OVERLOADED } from "../helpers/claude-replies.ts";
import { GUARD_MS, waitFor, waitUntilPast } from "../helpers/wait.ts";
import { type BotWithClaude, startBotWithClaude } from "./claude-world.ts";
import { expectAllAccepted, expectNoPings } from "./expectations.ts";

const DRAFT_CURSOR = " ▌";
const FIRST_SENTENCE = "NVIDIA promised up to $10 billion.";
const TWO_SENTENCES = `${FIRST_SENTENCE} The money is tied to working together on AI chips.`;
/** Discord's (and the fake's default) time to acknowledge an interaction. */
const ACK_DEADLINE_MS = 3_000;
/** Five sentences, about 300 characters: 25 streamed text events. */
const LONG_ANSWER =
  "NVIDIA promised up to $10 billion. The money is tied to working together on AI chips. " +
  "Anthropic in turn uses NVIDIA hardware for its models. The article presents this as part of " +
  "a circular investment. The fact sheet confirms the NVIDIA figure.";

let world: BotWithClaude;
beforeAll(async () => {
  // A generous deadline: the slow Claude below is held until Discord's ack deadline has passed,
  // and however busy the machine, only the cases that make Claude fail may end in the fallback.
  world = await startBotWithClaude({ environment: { CLAUDE_TIMEOUT_MS: "30000" } });
});
afterAll(async () => {
  if (!world) return;
  expectNoPings(world.fake);
  expectAllAccepted(world.fake);
  await world.stop();
});

/** The bot's sends that create or edit its reply to a message, in order. */
function replySends(messageId: string, after = 0): RecordedCall[] {
  const { fake } = world;
  const created = fake.repliesTo(fake.world.messages.get(messageId) ?? never(messageId));
  const ids = new Set(created.map((message) => message.id));
  return fake.callsMatching(
    (call) =>
      (call.route === "POST /channels/:channelId/messages" &&
        (call.body?.message_reference as { message_id?: string } | undefined)?.message_id ===
          messageId) ||
      (call.route === "PATCH /channels/:channelId/messages/:messageId" &&
        ids.has(call.params.messageId ?? "")),
    after,
  );
}

function never(id: string): never {
  throw new Error(`no message ${id}`);
}

describe("Claude answers through Discord", () => {
  it("a slow Claude (no first byte until Discord's ack deadline has passed): /ask is acknowledged first, then answered by Claude", async () => {
    const { fake, claude } = world;
    let answerNow = () => {};
    const held = new Promise<void>((resolve) => {
      answerNow = resolve;
    });
    const before = claude.requests.length;
    claude.enqueue(citedReply("NVIDIA promised up to $10 billion.", { startAfter: held }));
    const interaction = fake.slashCommand("ask", { question: "How much is NVIDIA investing?" });
    // Acknowledged ("thinking…") while Claude has not said a word.
    await fake.waitForCall((call) => call.params.interactionId === interaction.id);
    expect(interaction.ackType).toBe(5);
    await waitFor(() => claude.requests.length > before, "the question reaches Claude");
    await waitUntilPast(interaction.dispatchedAt + ACK_DEADLINE_MS);
    answerNow();
    const message = await fake.waitForResponse(interaction, { timeoutMs: GUARD_MS });
    expect(message.content).toMatch(/^NVIDIA promised up to \$10 billion\.\n-# 📖 /);
    // Claude wrote it: no deterministic note, no notice.
    expect(message.content).not.toContain("no AI");
    expect(message.content).not.toContain("⚠️");
    const finalEdit = fake.callsOf(interaction).findLast((call) => call.method === "PATCH");
    expect((finalEdit?.receivedAt ?? 0) - interaction.dispatchedAt).toBeGreaterThan(
      ACK_DEADLINE_MS,
    );
    expect(finalEdit?.status).toBe(200);
    const logged = await world.waitForLog(
      (line) => line.msg === "question answered" && line.path === "slash" && line.mode === "claude",
    );
    expect(logged.usage).toMatchObject({ cacheReadInputTokens: 4_000 });
  });

  it("a mention streams: one reply, drafted far less often than the text grows, then the finished answer", async () => {
    const { fake, claude } = world;
    const gate = streamGate();
    claude.enqueue(citedReply(LONG_ANSWER, { gate }));
    const question = fake.say(`${fake.botMention} How much is NVIDIA investing?`);
    const isDraft = (content: string) => (call: RecordedCall) =>
      replySends(question.id).includes(call) && call.body?.content === `${content}${DRAFT_CURSOR}`;
    // The first sentence is shown as soon as it is finished (the next one has begun)...
    gate.releaseUntil(`${FIRST_SENTENCE} T`);
    await fake.waitForCall(isDraft(FIRST_SENTENCE), { timeoutMs: GUARD_MS });
    // ...the second once the draft interval allows...
    gate.releaseUntil(`${TWO_SENTENCES} A`);
    await fake.waitForCall(isDraft(TWO_SENTENCES), { timeoutMs: GUARD_MS });
    // ...and the rest streams in one burst.
    gate.releaseAll();
    await world.waitForLog(
      (line) => line.msg === "question answered" && line.messageId === question.id,
      GUARD_MS,
    );
    expect(fake.repliesTo(question)).toHaveLength(1);
    const sends = replySends(question.id);
    const [created, ...edits] = sends;
    expect(created?.method).toBe("POST");
    expect(created?.body?.content).toBe(`${FIRST_SENTENCE}${DRAFT_CURSOR}`);
    const drafts = [created, ...edits.slice(0, -1)];
    const final = edits.at(-1);
    // Two drafts, and at most one more for the burst (if its interval had passed): far fewer
    // than the 25 text events.
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    expect(drafts.length).toBeLessThanOrEqual(3);
    for (const draft of drafts) {
      const content = String(draft?.body?.content);
      expect(content.endsWith(DRAFT_CURSOR)).toBe(true);
      // Finished sentences only, each a beginning of the answer.
      expect(LONG_ANSWER.startsWith(content.slice(0, -DRAFT_CURSOR.length))).toBe(true);
    }
    expect(String(final?.body?.content)).toMatch(/^NVIDIA promised .* NVIDIA figure\.\n-# 📖 /s);
    expect(String(final?.body?.content)).not.toContain(DRAFT_CURSOR);
    expect(final?.body?.components).toHaveLength(1);
    expect(fake.repliesTo(question)[0]?.content).toBe(final?.body?.content);
  });

  it("a DM whose stream dies half-way: the draft is replaced by the deterministic answer and its notice", async () => {
    const { fake, claude } = world;
    // message_start, ping, block start, citation, then 12-character text events: the first
    // sentence is shown, and the connection drops in the middle of the third.
    const gate = streamGate();
    claude.enqueue(
      citedReply(LONG_ANSWER, { gate, interrupt: { afterEvents: 14, how: "destroy" } }),
    );
    const question = fake.directMessage("How much is NVIDIA investing?", {
      user: fake.user("dora"),
    });
    gate.releaseUntil(`${FIRST_SENTENCE} T`);
    await fake.waitForReply(question, { timeoutMs: GUARD_MS });
    gate.releaseAll();
    await world.waitForLog(
      (line) => line.msg === "question answered" && line.messageId === question.id,
      GUARD_MS,
    );
    const [created, ...edits] = replySends(question.id);
    expect(created?.body?.content).toBe(`${FIRST_SENTENCE}${DRAFT_CURSOR}`);
    const final = String(edits.at(-1)?.body?.content);
    expect(final).toContain("NVIDIA committed to invest up to $10 billion");
    expect(final).toMatch(/^> .*100억 달러/m);
    expect(final).toContain(`-# ⚠️ ${phrases.en.claudeUnavailable}`);
    expect(final).not.toContain(DRAFT_CURSOR);
    expect(final).not.toContain("The money is tied");
    expect(fake.repliesTo(question)).toHaveLength(1);
    expect(fake.repliesTo(question)[0]?.content).toBe(final);
  });

  it("a reply to a Claude answer sends the reply chain to Claude as history", async () => {
    const { fake, claude } = world;
    const user = fake.user("erin");
    claude.enqueue(citedReply("NVIDIA promised up to $10 billion."));
    const first = fake.say(`${fake.botMention} How much is NVIDIA investing?`, { user });
    const firstAnswer = await fake.waitForReply(first);
    claude.enqueue(citedReply("The article ties it to chip use."));
    const followUp = fake.say("Why would it do that?", { user, replyTo: firstAnswer });
    await world.waitForLog(
      (line) => line.msg === "question answered" && line.messageId === followUp.id,
    );
    const request = claude.requests.at(-1);
    const messages = request?.body.messages as { role: string }[];
    expect(messages.map((message) => message.role)).toEqual(["user", "assistant", "user"]);
    const [asked, answered, now] = messages as unknown as [
      { content: { type: string; text?: string }[] },
      { content: string },
      { content: { type: string; text: string }[] },
    ];
    // The documents ride on the first turn (the cached prefix), the earlier question after them.
    expect(asked.content.map((block) => block.type)).toEqual(["document", "document", "text"]);
    expect(asked.content[2]?.text).toBe("How much is NVIDIA investing?");
    // The earlier answer without its sources line; the new question last, in the user turn.
    expect(answered.content).toBe("NVIDIA promised up to $10 billion.");
    expect(now.content.map((block) => block.text)).toEqual([
      "Answer in English.",
      "Why would it do that?",
    ]);
    expect((await fake.waitForReply(followUp)).content).toMatch(/^The article ties it/);
  });

  it("Claude overloaded (529 on every try): the deterministic answer with its notice", async () => {
    const { fake, claude } = world;
    const before = claude.requests.length;
    claude.setHandler(() => OVERLOADED);
    try {
      const interaction = fake.slashCommand("ask", { question: "How much is NVIDIA investing?" });
      const message = await fake.waitForResponse(interaction);
      expect(message.content).toContain("NVIDIA committed to invest up to $10 billion");
      expect(message.content).toContain(`-# ⚠️ ${phrases.en.claudeUnavailable}`);
      // The SDK retried within the deadline before giving up.
      expect(claude.requests.length - before).toBeGreaterThanOrEqual(2);
    } finally {
      claude.reset();
    }
    await world.waitForLog((line) => line.component === "claude" && line.reason === "overloaded");
  });

  it("Claude unreachable (connection refused): the deterministic answer with its notice", async () => {
    const { fake, claude } = world;
    await claude.close();
    const question = fake.say(`${fake.botMention} 엔비디아는 얼마를 투자했나요?`);
    const answer = await fake.waitForReply(question);
    expect(answer.content).toContain("100억 달러");
    expect(answer.content).toContain(`-# ⚠️ ${phrases.ko.claudeUnavailable}`);
    await world.waitForLog((line) => line.component === "claude" && line.reason === "connection");
  });
});
