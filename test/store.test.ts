/**
 * The store, the same suite on SQLite and on a real PostgreSQL server: what is kept, how it is
 * found again after a restart, what is never kept, pruning, and the report's figures.
 */
import { stat } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StoreConfig } from "../src/config.ts";
import { connect } from "../src/store/connect.ts";
import { createStore } from "../src/store/store.ts";
import type { Store } from "../src/store/types.ts";
import { captureLogs } from "./e2e/harness.ts";
import {
  answerRecord,
  freshStoreTarget,
  type StoreDialect,
  type StoreTarget,
} from "./helpers/store.ts";

const DAY = 24 * 60 * 60 * 1_000;
const USER = "123456789012345678";
const OTHER_USER = "987654321098765432";

describe.each<StoreDialect>(["sqlite", "postgres"])("the store on %s", (dialect) => {
  let target: StoreTarget;
  const opened: Store[] = [];
  const { logger } = captureLogs("warn");

  const open = (overrides: Partial<StoreConfig> = {}) => {
    const store = createStore({ ...target.config, ...overrides }, logger, { retryMinMs: 10 });
    opened.push(store);
    return store;
  };
  /** Closes a store (as a shutdown does) and opens a new one on the same database. */
  const restart = async (store: Store, overrides: Partial<StoreConfig> = {}) => {
    await store.close();
    return open(overrides);
  };
  const everything = () => ({ since: new Date(0), until: new Date(Date.now() + DAY) });

  beforeEach(async () => {
    target = await freshStoreTarget(dialect);
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    await target.cleanup();
  });

  it("keeps an answer, found by id while queued, once written and after a restart", async () => {
    const store = open();
    const record = answerRecord({
      mode: "claude",
      notice: "a note",
      usage: {
        inputTokens: 1200,
        outputTokens: 80,
        cacheReadInputTokens: 1000,
        cacheCreationInputTokens: 0,
      },
    });
    store.recordAnswer(record);
    const expected = {
      id: record.id,
      path: "mention",
      language: "en",
      mode: "claude",
      abstained: false,
      question: record.question,
      text: record.text,
      citations: record.citations,
      sources: record.sources,
      notice: "a note",
    };
    expect(await store.findAnswer(record.id)).toMatchObject(expected);
    await store.flush();
    expect(store.health()).toMatchObject({ dialect, writable: true, pending: 0, written: 1 });
    const restarted = await restart(store);
    const found = await restarted.findAnswer(record.id);
    expect(found).toMatchObject(expected);
    expect(found?.at.getTime()).toBe(record.at.getTime());
    expect(await restarted.findAnswer("nosuchanswer")).toBeUndefined();
    const report = await restarted.report(everything());
    expect(report.answers.tokens).toEqual({
      input: 1200,
      output: 80,
      cacheRead: 1000,
      cacheCreation: 0,
    });
  });

  it("never keeps a user id in the clear; a user's last vote on an answer is the one counted", async () => {
    const store = open();
    const record = answerRecord({ userId: USER });
    store.recordAnswer(record);
    store.recordVote({ answerId: record.id, userId: USER, vote: "up", at: new Date() });
    store.recordVote({ answerId: record.id, userId: USER, vote: "down", at: new Date() });
    await store.flush();
    // After a restart the same user is still the same (hashed) voter.
    const restarted = await restart(store);
    restarted.recordVote({ answerId: record.id, userId: USER, vote: "down", at: new Date() });
    restarted.recordVote({ answerId: record.id, userId: OTHER_USER, vote: "up", at: new Date() });
    await restarted.flush();
    const report = await restarted.report(everything());
    expect(report.feedback).toEqual({ up: 1, down: 1 });

    const { db } = connect(target.config, logger);
    try {
      const rows = JSON.stringify([
        await db.selectFrom("answers").selectAll().execute(),
        await db.selectFrom("votes").selectAll().execute(),
      ]);
      expect(rows).not.toContain(USER);
      expect(rows).not.toContain(OTHER_USER);
      const hashes = await db.selectFrom("votes").select("user_hash").execute();
      expect(new Set(hashes.map((row) => row.user_hash)).size).toBe(2);
      const answer = await db.selectFrom("answers").select("user_hash").executeTakeFirst();
      expect(answer?.user_hash).toBe(
        hashes.find((row) => row.user_hash === answer?.user_hash)?.user_hash,
      );
    } finally {
      await db.destroy();
    }
  });

  it("keeps counts but no question or answer text when question texts are off", async () => {
    const store = open({ questionText: false });
    const record = answerRecord({ abstained: true, question: "What about Samsung?" });
    store.recordAnswer(record);
    store.recordVote({ answerId: record.id, userId: USER, vote: "down", at: new Date() });
    await store.flush();
    const found = await store.findAnswer(record.id);
    expect(found).toMatchObject({ question: undefined, text: undefined });
    // The quotes are the knowledge's words, not the user's: "Sources" still works.
    expect(found?.citations).toEqual(record.citations);
    const report = await store.report(everything());
    expect(report.answers).toMatchObject({ total: 1, abstained: 1 });
    expect(report.questionTexts).toBe(false);
    expect(report.topAbstained).toEqual([]);
    expect(report.topQuestions).toEqual([]);
    expect(report.downvoted).toMatchObject([{ answerId: record.id, question: null, answer: null }]);
    expect(JSON.stringify(report)).not.toContain("Samsung");
  });

  it("prunes answers, refusals and votes older than the retention period", async () => {
    const store = open({ retentionDays: 30 });
    // Pruned as of ten days from now (the store's own start-up prune, as of now, leaves both).
    const now = new Date(Date.now() + 10 * DAY);
    const old = new Date(now.getTime() - 31 * DAY);
    const kept = answerRecord({ at: new Date() });
    const gone = answerRecord({ at: old });
    store.recordAnswer(kept);
    store.recordAnswer(gone);
    store.recordRefusal({ id: "r1old", at: old, path: "dm", language: "en", reason: "empty" });
    store.recordVote({ answerId: gone.id, userId: USER, vote: "down", at: old });
    store.recordVote({ answerId: kept.id, userId: USER, vote: "up", at: new Date() });
    await store.flush();
    expect(await store.prune(now)).toBe(1);
    expect(await store.findAnswer(gone.id)).toBeUndefined();
    expect(await store.findAnswer(kept.id)).toBeDefined();
    const report = await store.report(everything());
    expect(report.answers.total).toBe(1);
    expect(report.refused.total).toBe(0);
    expect(report.feedback).toEqual({ up: 1, down: 0 });
  });

  it("reports answers per day by mode and path, abstentions, refusals, fallbacks, latency, top questions and voted-down answers", async () => {
    const store = open();
    // Noon (UTC) today: a minute either way stays on the same day.
    const today = new Date(Math.floor(Date.now() / DAY) * DAY + DAY / 2);
    const twoDaysAgo = new Date(today.getTime() - 2 * DAY);
    // Groups of equal size come newest first: the Korean questions are a little older.
    const earlierToday = new Date(today.getTime() - 60_000);
    const dayOf = (at: Date) => at.toISOString().slice(0, 10);
    const old = [
      answerRecord({ at: twoDaysAgo, path: "mention", latencyMs: 10 }),
      answerRecord({
        at: twoDaysAgo,
        path: "dm",
        abstained: true,
        question: "What is Samsung's stake in the deal?",
        latencyMs: 20,
      }),
    ];
    const recent = [
      ...[30, 40, 50].map((latencyMs) =>
        answerRecord({ at: today, path: "slash", mode: "claude", latencyMs }),
      ),
      answerRecord({
        at: today,
        path: "reply",
        fallbackReason: "timeout",
        abstained: true,
        question: "what's samsung's stake?",
        latencyMs: 60,
      }),
      answerRecord({
        at: earlierToday,
        path: "mention",
        abstained: true,
        question: "삼성의 지분은?",
        latencyMs: 70,
      }),
      answerRecord({ at: earlierToday, abstained: true, question: "삼성 지분", latencyMs: 80 }),
      answerRecord({
        at: today,
        abstained: true,
        question: "Who is the CEO of Apple?",
        latencyMs: 90,
      }),
      answerRecord({ at: today, fallbackReason: "user-limit", latencyMs: 100 }),
    ];
    for (const record of [...old, ...recent]) store.recordAnswer(record);
    store.recordRefusal({ id: "r1", at: today, path: "slash", language: "en", reason: "empty" });
    store.recordRefusal({ id: "r2", at: today, path: "dm", language: "ko", reason: "empty" });
    store.recordRefusal({ id: "r3", at: today, path: "dm", language: "ko", reason: "too-long" });
    const downvoted = recent[3];
    const liked = recent[0];
    if (!downvoted || !liked) throw new Error("fixture");
    store.recordVote({ answerId: downvoted.id, userId: "1", vote: "down", at: today });
    store.recordVote({ answerId: downvoted.id, userId: "2", vote: "down", at: today });
    store.recordVote({ answerId: downvoted.id, userId: "3", vote: "up", at: today });
    store.recordVote({ answerId: liked.id, userId: "1", vote: "up", at: today });
    await store.flush();

    const report = await store.report(everything());
    expect(report.answers).toMatchObject({
      total: 10,
      abstained: 5,
      byMode: { claude: 3, fallback: 7 },
      byPath: { mention: 5, dm: 1, slash: 3, reply: 1 },
      claudeShare: 0.3,
      fallbackReasons: { timeout: 1, "user-limit": 1 },
      // Nearest rank over 10..100.
      latencyMs: { p50: 50, p95: 100 },
    });
    expect(report.refused).toEqual({ total: 3, byReason: { empty: 2, "too-long": 1 } });
    expect(report.perDay).toEqual([
      {
        day: dayOf(twoDaysAgo),
        total: 2,
        abstained: 1,
        byMode: { claude: 0, fallback: 2 },
        byPath: { mention: 1, dm: 1 },
      },
      {
        day: dayOf(today),
        total: 8,
        abstained: 4,
        byMode: { claude: 3, fallback: 5 },
        byPath: { slash: 3, reply: 1, mention: 4 },
      },
    ]);
    expect(report.feedback).toEqual({ up: 2, down: 2 });
    // Two wordings of the Samsung question are one group, and so are the two Korean ones.
    expect(report.topAbstained).toEqual([
      { question: "what's samsung's stake?", count: 2 },
      { question: "삼성 지분", count: 2 },
      { question: "Who is the CEO of Apple?", count: 1 },
    ]);
    expect(report.topQuestions[0]).toEqual({ question: "How much is NVIDIA investing?", count: 5 });
    expect(report.downvoted).toEqual([
      {
        answerId: downvoted.id,
        at: today.toISOString(),
        mode: "fallback",
        question: "what's samsung's stake?",
        answer: downvoted.text,
        up: 1,
        down: 2,
      },
    ]);

    // --since: the range leaves out the older day.
    const lastDay = await store.report({
      since: new Date(today.getTime() - DAY),
      until: new Date(today.getTime() + DAY),
    });
    expect(lastDay.answers.total).toBe(8);
    expect(lastDay.perDay.map((day) => day.day)).toEqual([dayOf(today)]);
    expect(lastDay.topAbstained[0]).toEqual({ question: "삼성 지분", count: 2 });
    expect(lastDay.topAbstained).toContainEqual({ question: "what's samsung's stake?", count: 1 });
  });

  // Bots on several hosts share one PostgreSQL store. (Processes sharing one SQLite file wait for
  // each other's locks; two connections in one thread cannot, so SQLite is not run here.)
  it.runIf(dialect === "postgres")(
    "two bots starting at once on one database migrate it once and hash users alike",
    async () => {
      const [first, second] = [open(), open()];
      if (!first || !second) throw new Error("fixture");
      const record = answerRecord();
      first.recordAnswer(record);
      second.recordVote({ answerId: record.id, userId: USER, vote: "up", at: new Date() });
      first.recordVote({ answerId: record.id, userId: USER, vote: "down", at: new Date() });
      await Promise.all([first.flush(), second.flush()]);
      expect(first.health().writable).toBe(true);
      expect(second.health().writable).toBe(true);
      const report = await second.report(everything());
      expect(report.answers.total).toBe(1);
      expect(report.feedback.up + report.feedback.down).toBe(1);
    },
  );

  it("starts on an empty report", async () => {
    const report = await open().report(everything());
    expect(report).toMatchObject({
      answers: { total: 0, claudeShare: 0, latencyMs: { p50: null, p95: null } },
      perDay: [],
      feedback: { up: 0, down: 0 },
      topAbstained: [],
      downvoted: [],
    });
  });

  if (dialect === "sqlite") {
    it("creates the database file on first start, readable by its owner only", async () => {
      const store = open();
      await store.flush();
      await expect.poll(() => store.isWritable()).toBe(true);
      const file = target.file ?? "";
      expect((await stat(file)).mode & 0o777).toBe(0o600);
    });
  }
});
