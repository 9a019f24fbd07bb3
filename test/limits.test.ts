import { describe, expect, it, vi } from "vitest";
import { AnswerCap } from "../src/limits/answer-cap.ts";
import { ConcurrencyGate } from "../src/limits/concurrency-gate.ts";
import { TokenBuckets } from "../src/limits/token-bucket.ts";

describe("TokenBuckets", () => {
  it("allows a burst of perMinute, then one more per 60/perMinute seconds", () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 3, now: () => now });
    expect([1, 2, 3, 4].map(() => buckets.tryTake("ana"))).toEqual([true, true, true, false]);
    expect(buckets.tryTake("ben")).toBe(true);
    expect(buckets.msUntilNext("ana")).toBe(20_000);
    now += 19_999;
    expect(buckets.tryTake("ana")).toBe(false);
    now += 1;
    expect(buckets.tryTake("ana")).toBe(true);
  });

  it("keeps memory bounded however many users ask", () => {
    let now = 0;
    const buckets = new TokenBuckets({ perMinute: 5, maxKeys: 100, now: () => now });
    for (let user = 0; user < 10_000; user++) {
      buckets.tryTake(`user-${user}`);
      now += 10;
    }
    expect(buckets.size).toBeLessThanOrEqual(100);
  });
});

describe("ConcurrencyGate", () => {
  it("never runs more than the limit, queues a few, turns the rest away", async () => {
    const gate = new ConcurrencyGate({ limit: 2, queueSize: 2, maxWaitMs: 5_000 });
    const finishers: (() => void)[] = [];
    const work = () => new Promise<string>((resolve) => finishers.push(() => resolve("done")));
    const results = Array.from({ length: 6 }, () => gate.run(work));
    await new Promise((resolve) => setImmediate(resolve));
    expect(gate.active).toBe(2);
    expect(gate.waiting).toBe(2);
    expect(await results[4]).toBeUndefined();
    expect(await results[5]).toBeUndefined();
    while (finishers.length > 0) {
      finishers.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(results.slice(0, 4))).toEqual(Array(4).fill({ value: "done" }));
    expect(gate.peak).toBe(2);
    expect(gate.active).toBe(0);
  });

  it("gives up on a wait that is too long, and not before", async () => {
    vi.useFakeTimers();
    try {
      const gate = new ConcurrencyGate({ limit: 1, queueSize: 5, maxWaitMs: 20 });
      const release = await gate.acquire();
      let outcome: string | undefined;
      void gate.acquire().then((place) => {
        outcome = place ? "got a place" : "gave up";
      });
      await vi.advanceTimersByTimeAsync(19);
      expect(outcome).toBeUndefined();
      expect(gate.waiting).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(outcome).toBe("gave up");
      expect(gate.waiting).toBe(0);
      release?.();
      expect(gate.active).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("releases its place when the work throws", async () => {
    const gate = new ConcurrencyGate({ limit: 1, queueSize: 0, maxWaitMs: 10 });
    await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(gate.active).toBe(0);
    expect(await gate.run(async () => 1)).toEqual({ value: 1 });
  });
});

describe("AnswerCap", () => {
  it("allows the limit in any window, tells the user once, and frees as the window slides", () => {
    let now = 0;
    const cap = new AnswerCap({ limit: 3, windowMs: 60_000, now: () => now });
    for (const at of [0, 10_000, 20_000]) {
      now = at;
      expect(cap.take("ana").allowed).toBe(true);
    }
    now = 30_000;
    expect(cap.take("ana")).toEqual({ allowed: false, notify: true, retryAfterMs: 30_000 });
    expect(cap.take("ana")).toEqual({ allowed: false, notify: false, retryAfterMs: 30_000 });
    expect(cap.take("ben").allowed).toBe(true);
    // The first answer leaves the window at 60 s: one more, then refused again with a new notice.
    now = 60_000;
    expect(cap.take("ana").allowed).toBe(true);
    expect(cap.take("ana")).toEqual({ allowed: false, notify: true, retryAfterMs: 10_000 });
  });

  it("keeps memory bounded however many users ask", () => {
    let now = 0;
    const cap = new AnswerCap({ limit: 5, maxUsers: 100, now: () => now });
    for (let user = 0; user < 10_000; user++) {
      cap.take(`user-${user}`);
      now += 10;
    }
    expect(cap.size).toBeLessThanOrEqual(100);
  });
});
