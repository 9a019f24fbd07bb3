/**
 * Waits on conditions, never for a time that must be "long enough". A slow machine only makes
 * these take longer; the limits are generous last guards, not expectations.
 */
import { setTimeout as sleep } from "node:timers/promises";

/** The longest any wait here may take before the test fails (a guard, not a target). */
export const GUARD_MS = 180_000;

/**
 * Resolves once `condition()` holds, checking every few milliseconds (for state no event
 * announces); rejects after `timeoutMs` with `what` in the message.
 */
export async function waitFor(
  condition: () => boolean,
  what: string,
  timeoutMs = GUARD_MS,
): Promise<void> {
  const giveUpAt = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > giveUpAt)
      throw new Error(`still waiting after ${timeoutMs} ms: ${what}`);
    await sleep(10);
  }
}

/**
 * Resolves once `performance.now()` is past `at`: for tests about something that must still work
 * after a deadline (say Discord's 3 s to acknowledge). "At least", so a busy machine cannot break it.
 */
export async function waitUntilPast(at: number): Promise<void> {
  while (performance.now() <= at) await sleep(Math.max(1, at - performance.now() + 1));
}
