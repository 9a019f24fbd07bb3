/**
 * Claude slow, failing and flapping while many questions arrive at once, through the fake
 * Discord and the fake Anthropic server: every question gets exactly one answer (counted on the
 * fake Discord's side: one finished message each, no stray drafts, no extra messages), the
 * concurrency cap holds, and nothing is left unhandled.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { phrases } from "../../src/answer/shared/phrases.ts";
import type { ReplyFn } from "../fakes/anthropic-server.ts";
import type { FakeMessage } from "../fakes/discord-fake.ts";
import { citedReply, OVERLOADED } from "../helpers/claude-replies.ts";
import { type BotWithClaude, startBotWithClaude } from "./claude-world.ts";
import { expectAllAccepted, expectNoPings } from "./expectations.ts";
import { watchUnhandledRejections } from "./faults.ts";

const MAX_CONCURRENCY = 3;
const QUESTIONS_PER_WAVE = 12;

let world: BotWithClaude;
const rejections = watchUnhandledRejections();
beforeAll(async () => {
  world = await startBotWithClaude({
    environment: {
      // The "slow" wave ends only at this deadline; the flapping one's answers must fit in it
      // with room to spare on a busy machine (7.5 s per attempt for the headers).
      CLAUDE_TIMEOUT_MS: "15000",
      CLAUDE_MAX_CONCURRENCY: String(MAX_CONCURRENCY),
      CLAUDE_QUEUE_SIZE: "6",
      CLAUDE_QUEUE_WAIT_MS: "1000",
    },
  });
});
afterAll(async () => {
  rejections.stop();
  if (!world) return;
  expectNoPings(world.fake);
  expectAllAccepted(world.fake);
  await world.stop();
  expect(rejections.seen).toEqual([]);
});

type Asked = { readonly id: string; readonly finalMessage: () => FakeMessage | undefined };

/** A wave of questions at once: mentions in two channels, DMs and /ask, from different users. */
function askWave(wave: string): Asked[] {
  const { fake } = world;
  return Array.from({ length: QUESTIONS_PER_WAVE }, (_, index): Asked => {
    const user = fake.user(`${wave}-${index}`);
    const question = "How much is NVIDIA investing?";
    switch (index % 4) {
      case 0:
      case 1: {
        const message = fake.say(`${fake.botMention} ${question}`, {
          user,
          channel: fake.channel(0, index % 2),
        });
        return { id: message.id, finalMessage: () => onlyReply(message) };
      }
      case 2: {
        const message = fake.directMessage(question, { user });
        return { id: message.id, finalMessage: () => onlyReply(message) };
      }
      default: {
        const interaction = fake.slashCommand("ask", { question }, { user });
        return {
          id: interaction.id,
          finalMessage: () => {
            const followUps = fake
              .callsOf(interaction)
              .filter((call) => call.route === "POST /webhooks/:applicationId/:token");
            expect(followUps).toEqual([]);
            return fake.world.messages.get(interaction.originalMessageId ?? "");
          },
        };
      }
    }
  });
}

function onlyReply(question: FakeMessage): FakeMessage | undefined {
  const replies = world.fake.repliesTo(question);
  expect(replies).toHaveLength(1);
  return replies[0];
}

/** Waits for every question's one "question answered" line; returns the modes and notices. */
async function expectOneAnswerEach(asked: readonly Asked[]) {
  const lines = await Promise.all(
    asked.map(({ id }) =>
      world.waitForLog(
        (line) => line.msg === "question answered" && (line.messageId ?? line.interactionId) === id,
      ),
    ),
  );
  for (const { id } of asked) {
    const answeredLines = world.logs.filter(
      (line) => line.msg === "question answered" && (line.messageId ?? line.interactionId) === id,
    );
    expect(answeredLines).toHaveLength(1);
  }
  const finals = asked.map(({ finalMessage }) => finalMessage());
  for (const message of finals) {
    // A finished answer (buttons under it), not a draft left behind.
    expect(message?.content).toMatch(/\$10 billion|100억 달러/);
    expect(message?.content).not.toContain("▌");
    expect(message?.components).toHaveLength(1);
  }
  expect(world.runtime.answerer.concurrency().peak).toBeLessThanOrEqual(MAX_CONCURRENCY);
  return { modes: lines.map((line) => line.mode), contents: finals.map((m) => m?.content ?? "") };
}

describe("Claude faults under concurrent questions: exactly one answer each", () => {
  it("flapping (every other request overloaded, 529): Claude's answers and fallbacks, one each", async () => {
    let count = 0;
    const answer = citedReply("NVIDIA promised up to $10 billion. That is the figure.", {
      delayMs: 150,
      eventDelayMs: 15,
    });
    world.claude.setHandler((request) => (++count % 2 === 0 ? OVERLOADED : answer(request)));
    const { modes, contents } = await expectOneAnswerEach(askWave("flap"));
    expect(modes).toContain("claude");
    for (const [index, mode] of modes.entries()) {
      if (mode === "fallback") expect(contents[index]).toMatch(/-# ⚠️ /);
      else expect(contents[index]).toMatch(/^NVIDIA promised up to \$10 billion\. That is/);
    }
    world.claude.reset();
  });

  it("slow (no answer within the deadline): the deterministic answer with a notice, one each", async () => {
    world.claude.setHandler(() => ({ type: "hang" }));
    const { modes, contents } = await expectOneAnswerEach(askWave("slow"));
    expect(new Set(modes)).toEqual(new Set(["fallback"]));
    const notices = [phrases.en.claudeUnavailable, phrases.en.claudeBusy];
    for (const content of contents) {
      expect(notices.some((notice) => content.includes(`-# ⚠️ ${notice}`))).toBe(true);
    }
    world.claude.reset();
  });

  it("failing in every way at once (500, 429, dropped streams, error events, garbage)", async () => {
    let count = 0;
    const long = "NVIDIA promised up to $10 billion. It is tied to chips. And more follows here.";
    const failures: ReplyFn[] = [
      () => ({ type: "error", status: 500 }),
      () => ({ type: "error", status: 429, errorType: "rate_limit_error" }),
      citedReply(long, { eventDelayMs: 20, interrupt: { afterEvents: 9, how: "destroy" } }),
      citedReply(long, { eventDelayMs: 20, interrupt: { afterEvents: 9, how: "error" } }),
      () => ({ type: "raw", body: "{not json" }),
    ];
    world.claude.setHandler((request) => (failures[count++ % failures.length] as ReplyFn)(request));
    const { modes, contents } = await expectOneAnswerEach(askWave("fail"));
    expect(new Set(modes)).toEqual(new Set(["fallback"]));
    for (const content of contents) expect(content).toMatch(/-# ⚠️ /);
    world.claude.reset();
  });
});
