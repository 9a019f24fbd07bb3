/**
 * The store the bot opens once it is online (SQLite, a real file): what it is given before it is
 * opened is written, in order, once it is; a read opens it; a store never used and closed loads
 * and creates nothing.
 */
import { existsSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { deferredStore } from "../src/store/deferred-store.ts";
import { captureLogs } from "./e2e/harness.ts";
import { answerRecord, freshStoreTarget, type StoreTarget } from "./helpers/store.ts";

describe("the deferred store", () => {
  let target: StoreTarget;
  const { logger } = captureLogs("warn");

  beforeEach(async () => {
    target = await freshStoreTarget("sqlite");
  });
  afterEach(async () => {
    await target.cleanup();
  });

  it("keeps what it was given before it was opened and writes it once opened", async () => {
    const store = deferredStore(target.config, logger);
    const first = answerRecord({ question: "first" });
    const second = answerRecord({ question: "second" });
    store.recordAnswer(first);
    store.recordAnswer(second);
    store.recordVote({
      answerId: first.id,
      userId: "123456789012345678",
      vote: "up",
      at: new Date(),
    });
    expect(store.health()).toMatchObject({ dialect: "sqlite", writable: true });

    await store.open();
    await store.flush();
    expect(store.health()).toMatchObject({ written: 3, pending: 0, writeErrors: 0 });
    expect((await store.findAnswer(first.id))?.question).toBe("first");
    expect((await store.findAnswer(second.id))?.question).toBe("second");
    await store.close();

    // Another process (a restart) reads what the first one wrote.
    const reopened = deferredStore(target.config, logger);
    const report = await reopened.report({ since: new Date(0), until: new Date(Date.now() + 1e6) });
    expect(report.answers.total).toBe(2);
    await reopened.close();
  });

  it("opens itself for a read", async () => {
    const store = deferredStore(target.config, logger);
    expect(await store.findAnswer("no-such-answer")).toBeUndefined();
    expect(existsSync(target.file as string)).toBe(true);
    await store.close();
  });

  it("closed without ever being used, loads nothing and creates no file", async () => {
    const store = deferredStore(target.config, logger);
    await store.close();
    expect(existsSync(target.file as string)).toBe(false);
    // Given something after closing (an answer finished late): dropped, never a crash.
    store.recordAnswer(answerRecord());
    expect(existsSync(target.file as string)).toBe(false);
  });

  it("drops the oldest past its limit while waiting, and says how many", async () => {
    const store = deferredStore(target.config, logger, { maxPending: 2 });
    const records = [answerRecord(), answerRecord(), answerRecord()];
    // Recorded within one turn: nothing can open the store in between.
    for (const record of records) store.recordAnswer(record);
    expect(store.health()).toMatchObject({ pending: 2, dropped: 1 });
    await store.open();
    await store.flush();
    expect(await store.findAnswer(records[0]?.id as string)).toBeUndefined();
    expect(await store.findAnswer(records[2]?.id as string)).toBeDefined();
    await store.close();
  });
});
