import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it, vi } from "vitest";
import { latestThrottle } from "../../src/util/latest-throttle.ts";

describe("latestThrottle", () => {
  it("acts at most once per interval, on the latest value, one call at a time", async () => {
    const seen: { value: number; at: number }[] = [];
    let concurrent = 0;
    let maxConcurrent = 0;
    const throttle = latestThrottle(
      async (value: number) => {
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        seen.push({ value, at: performance.now() });
        await sleep(15);
        concurrent -= 1;
      },
      60,
      (error) => {
        throw error;
      },
    );
    const started = performance.now();
    for (let value = 1; value <= 30; value += 1) {
      throttle.push(value);
      await sleep(10);
    }
    await sleep(80);
    await throttle.settle();
    const elapsed = performance.now() - started;
    expect(maxConcurrent).toBe(1);
    // ~300 ms of pushes (longer on a busy machine) at one action per 60 ms: far fewer actions
    // than values, and never more than the interval allows in the time it really took.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.length).toBeLessThanOrEqual(Math.min(29, Math.floor(elapsed / 60) + 1));
    expect(seen[0]?.value).toBe(1);
    expect(seen.at(-1)?.value).toBe(30);
    for (let index = 1; index < seen.length; index += 1) {
      const gap = (seen[index]?.at ?? 0) - (seen[index - 1]?.at ?? 0);
      expect(gap).toBeGreaterThanOrEqual(55);
    }
  });

  it("settle() drops what is pending and waits for the action in progress", async () => {
    const seen: string[] = [];
    const throttle = latestThrottle(
      async (value: string) => {
        await sleep(30);
        seen.push(value);
      },
      1_000,
      () => {},
    );
    throttle.push("first");
    throttle.push("second");
    await throttle.settle();
    throttle.push("after");
    await sleep(20);
    expect(seen).toEqual(["first"]);
  });

  it("reports a failing action and keeps going", async () => {
    const errors: unknown[] = [];
    const seen: number[] = [];
    const throttle = latestThrottle(
      async (value: number) => {
        if (value === 1) throw new Error("boom");
        seen.push(value);
      },
      10,
      (error) => errors.push(error),
    );
    throttle.push(1);
    await sleep(5);
    throttle.push(2);
    await sleep(40);
    await throttle.settle();
    expect(errors).toHaveLength(1);
    expect(seen).toEqual([2]);
  });
});

describe("latestThrottle with a delayed first action", () => {
  it("acts only once firstAfterMs has passed, and never for work settled sooner", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    try {
      const seen: number[] = [];
      const onError = (error: unknown) => {
        throw error;
      };
      const slow = latestThrottle(
        async (value: number) => void seen.push(value),
        1_000,
        onError,
        500,
      );
      slow.push(1);
      await vi.advanceTimersByTimeAsync(499);
      expect(seen).toEqual([]);
      slow.push(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(seen).toEqual([2]);

      const quick = latestThrottle(
        async (value: number) => void seen.push(value),
        1_000,
        onError,
        500,
      );
      quick.push(3);
      await vi.advanceTimersByTimeAsync(100);
      await quick.settle();
      await vi.advanceTimersByTimeAsync(2_000);
      expect(seen).toEqual([2]);
    } finally {
      vi.useRealTimers();
    }
  });
});
