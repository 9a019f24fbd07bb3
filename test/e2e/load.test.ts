/**
 * Load through the fake gateway: 50 users ask 10 questions each (500 in all, as /ask and as
 * mentions, over 5 channels), each waiting for an answer before asking again, while Claude (the
 * fake) takes 200-500 ms per answer and the limits are on. Every question gets exactly one answer
 * (counted on the fake Discord's REST side), nothing pings, the Claude calls in flight at the fake
 * Anthropic server never exceed the cap, no user gets more Claude answers than the limit allows,
 * and the discord.js caches stay within their bounds. No timing assertions: speed is the bench's
 * (and the fake's ack deadline is relaxed here for the same reason).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEMBERS_PER_GUILD, MESSAGES_PER_CHANNEL } from "../../src/discord/client.ts";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { groundedReply } from "../fakes/anthropic-grounded.ts";
import { type FakeAnthropicServer, startFakeAnthropic } from "../fakes/anthropic-server.ts";
import { knowledgeDir } from "../helpers/paths.ts";
import { countAnswers, type LoadResult, runLoad, sampleQuestions } from "../load/scenario.ts";
import { expectAllAccepted, expectNoPings } from "./expectations.ts";
import { type BotUnderTest, startBotAgainstFake } from "./harness.ts";

const USERS = 50;
const QUESTIONS_PER_USER = 10;
const CHANNELS = 5;
const CLAUDE_CAP = 4;
const PER_USER_PER_MINUTE = 6;

const knowledge = loadKnowledge(knowledgeDir);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

let anthropic: FakeAnthropicServer;
let world: BotUnderTest;
let result: LoadResult;
let rssBefore: number;
let rssAfter: number;

beforeAll(async () => {
  anthropic = await startFakeAnthropic();
  // A slow Claude: 200 to 500 ms per answer, varying with the request's number.
  anthropic.setHandler(
    groundedReply(knowledge.facts, {
      delayMs: () => 200 + ((anthropic.requests.length * 97) % 301),
    }),
  );
  world = await startBotAgainstFake({
    // Discord's 3 s to acknowledge is measured by the bench (npm run bench): here, 500 questions
    // at once on a busy machine must not fail on how fast the acks come, only on whether they do.
    fake: { guilds: 1, channelsPerGuild: CHANNELS, ackDeadlineMs: 120_000 },
    environment: {
      LOG_LEVEL: "info",
      ANTHROPIC_API_KEY: "sk-ant-test-key",
      ANTHROPIC_BASE_URL: anthropic.url,
      USER_QUESTIONS_PER_MINUTE: String(PER_USER_PER_MINUTE),
      CLAUDE_MAX_CONCURRENCY: String(CLAUDE_CAP),
      CLAUDE_QUEUE_SIZE: "16",
      CLAUDE_QUEUE_WAIT_MS: "2000",
    },
  });
  rssBefore = process.memoryUsage().rss;
  const guild = world.fake.world.guilds[0];
  result = await runLoad(world.fake, {
    users: USERS,
    questionsPerUser: QUESTIONS_PER_USER,
    channels: guild?.channels ?? [],
    mentionEvery: 4,
    questions: sampleQuestions(),
    // A last guard, not an expectation.
    answerTimeoutMs: 120_000,
  });
  // The log line follows the answer: wait for the last ones.
  const answeredLines = () => world.logs.filter((line) => line.msg === "question answered").length;
  await world.waitForLog(
    (line) => line.msg === "question answered" && answeredLines() >= result.asked.length,
  );
  rssAfter = process.memoryUsage().rss;
  const acks = result.asked.flatMap(({ interaction }) =>
    interaction?.ackedAt === undefined ? [] : [interaction.ackedAt - interaction.dispatchedAt],
  );
  const seconds = result.elapsedMs / 1000;
  // For the record (not asserted): speed belongs to the bench, and this process's RSS also holds
  // the fakes and everything they recorded; the bench measures the bot's own process.
  process.stdout.write(
    `load: ${result.asked.length} questions in ${seconds.toFixed(1)} s ` +
      `(${(result.asked.length / seconds).toFixed(0)}/s), slowest ack ${Math.max(...acks).toFixed(0)} ms; ` +
      `Claude requests ${anthropic.requests.length}, peak in flight ${anthropic.peakInFlight}; ` +
      `RSS of bot + fakes ${mib(rssBefore)} -> ${mib(rssAfter)}\n`,
  );
  // 500 questions on a busy machine: a last guard, not an expectation.
}, 600_000);

afterAll(async () => {
  await world?.stop();
  await anthropic?.close();
});

describe(`load: ${USERS} users × ${QUESTIONS_PER_USER} questions, slow Claude, limits on`, () => {
  it("answers every question exactly once (counted on the fake's REST side)", () => {
    expect(result.asked).toHaveLength(USERS * QUESTIONS_PER_USER);
    const { perQuestion, total } = countAnswers(world.fake, result.asked);
    const notOnce = perQuestion.flatMap((count, index) =>
      count === 1 ? [] : [{ question: result.asked[index]?.text, count }],
    );
    expect(notOnce).toEqual([]);
    expect(total).toBe(result.asked.length);
    expect(result.asked.filter((question) => question.path === "mention").length).toBeGreaterThan(
      0,
    );
    // On a busy machine an acknowledgement can outlast the REST client's timeout: its retry is
    // told "already acknowledged" (40060), which the bot takes as done. Nothing else may fail.
    expectAllAccepted(
      world.fake,
      (call) =>
        call.route.endsWith("/callback") &&
        (call.response as { code?: number } | undefined)?.code === 40060,
    );
  });

  it("never pings anyone", () => {
    expect(expectNoPings(world.fake)).toBeGreaterThanOrEqual(result.asked.length);
  });

  it("never has more Claude calls in flight than the cap, and reaches it", () => {
    expect(anthropic.peakInFlight).toBeLessThanOrEqual(CLAUDE_CAP);
    expect(anthropic.peakInFlight).toBe(CLAUDE_CAP);
    expect(world.runtime.answerer.concurrency().peak).toBeLessThanOrEqual(CLAUDE_CAP);
  });

  it("gives no user more Claude answers than the per-user limit allows", () => {
    const answered = world.logs.filter((line) => line.msg === "question answered");
    expect(answered).toHaveLength(result.asked.length);
    // A bucket of 6 that refills 6 a minute: 6 + what refilled while the test ran.
    const allowed =
      PER_USER_PER_MINUTE + Math.ceil((result.elapsedMs / 60_000) * PER_USER_PER_MINUTE);
    const claudePerUser = new Map<unknown, number>();
    for (const line of answered.filter((line) => line.mode === "claude")) {
      claudePerUser.set(line.userId, (claudePerUser.get(line.userId) ?? 0) + 1);
    }
    expect(Math.max(...claudePerUser.values())).toBeLessThanOrEqual(allowed);
    const stats = world.runtime.answerer.stats();
    expect(stats.questions).toBe(result.asked.length);
    expect(stats.claudeAnswers).toBe(anthropic.requests.length);
    // Both limits turned questions to the deterministic answer (with a notice), never to an error.
    expect(stats.limited).toBeGreaterThan(0);
    expect(stats.claudeAnswers + stats.fallbackAnswers).toBe(result.asked.length);
  });

  it("logs each question with its id, user id, guild, path, latency, mode and tokens", () => {
    const line = world.logs.find(
      (entry) => entry.msg === "question answered" && entry.mode === "claude",
    );
    expect(line).toMatchObject({
      answerId: expect.stringMatching(/^[0-9a-z]{12}$/),
      userId: expect.stringMatching(/^\d+$/),
      guildId: world.fake.world.guilds[0]?.id,
      path: expect.stringMatching(/^(slash|mention)$/),
      ms: expect.any(Number),
      mode: "claude",
      usage: { inputTokens: 25, outputTokens: 40, cacheReadInputTokens: 4_000 },
    });
    // Ids, never names.
    const names = result.asked.map((question) => question.user.username);
    expect(world.logs.some((entry) => names.includes(String(entry.username)))).toBe(false);
  });

  it("keeps discord.js's caches within their bounds", () => {
    const client = world.bot.client;
    for (const channel of world.fake.world.guilds[0]?.channels ?? []) {
      const cached = client.channels.cache.get(channel.id);
      const messages = cached?.isTextBased() ? cached.messages.cache.size : 0;
      // Each channel saw about 200 messages (questions and answers); the cache keeps the last 50.
      expect(messages).toBeLessThanOrEqual(MESSAGES_PER_CHANNEL);
    }
    expect(client.guilds.cache.first()?.members.cache.size ?? 0).toBeLessThanOrEqual(
      MEMBERS_PER_GUILD,
    );
  });
});
