/**
 * The throttle behind streamed drafts, on fake timers (and a fake performance.now()), so the
 * intervals are exact and nothing depends on how fast the machine is.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { latestThrottle } from "../../src/util/latest-throttle.ts";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance", "Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

/** An action that takes `ms` of (fake) time and records when it started, with what. */
function recordingAction<T>(ms: number) {
  const seen: { value: T; at: number }[] = [];
  let concurrent = 0;
  let maxConcurrent = 0;
  const action = async (value: T) => {
    concurrent += 1;
    maxConcurrent = Math.max(maxConcurrent, concurrent);
    seen.push({ value, at: performance.now() });
    await new Promise((resolve) => setTimeout(resolve, ms));
    concurrent -= 1;
  };
  return { seen, action, maxConcurrent: () => maxConcurrent };
}

const rethrow = (error: unknown) => {
  throw error;
};

describe("latestThrottle", () => {
  it("acts at once on the first value, then at most once per interval, on the latest value, one call at a time", async () => {
    const { seen, action, maxConcurrent } = recordingAction<number>(15);
    const throttle = latestThrottle(action, 60, rethrow);
    const start = performance.now();
    // A value every 10 ms for 300 ms.
    for (let value = 1; value <= 30; value += 1) {
      throttle.push(value);
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(100);
    await throttle.settle();
    expect(maxConcurrent()).toBe(1);
    // At 0, 60, 120, 180, 240 and 300, each with the value pushed last before it.
    expect(seen.map(({ at }) => at - start)).toEqual([0, 60, 120, 180, 240, 300]);
    expect(seen.map(({ value }) => value)).toEqual([1, 6, 12, 18, 24, 30]);
  });

  it("waits for a slow action before the next, even past the interval", async () => {
    const { seen, action } = recordingAction<string>(100);
    const throttle = latestThrottle(action, 60, rethrow);
    const start = performance.now();
    throttle.push("first");
    throttle.push("second");
    await vi.advanceTimersByTimeAsync(99);
    expect(seen.map(({ value }) => value)).toEqual(["first"]);
    await vi.advanceTimersByTimeAsync(1);
    expect(seen.map(({ value, at }) => [value, at - start])).toEqual([
      ["first", 0],
      ["second", 100],
    ]);
    const settling = throttle.settle();
    await vi.advanceTimersByTimeAsync(100);
    await settling;
  });

  it("settle() drops what is pending and waits for the action in progress", async () => {
    const seen: string[] = [];
    const throttle = latestThrottle(
      async (value: string) => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        seen.push(value);
      },
      1_000,
      () => {},
    );
    throttle.push("first");
    throttle.push("second");
    let settled = false;
    const settling = throttle.settle().then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(29);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await settling;
    throttle.push("after");
    await vi.advanceTimersByTimeAsync(5_000);
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
    await vi.advanceTimersByTimeAsync(5);
    throttle.push(2);
    await vi.advanceTimersByTimeAsync(5);
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
