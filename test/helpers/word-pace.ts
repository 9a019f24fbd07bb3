/**
 * Paces the `stream` fixture command (test/fixtures/commands/stream.ts) from the test: the
 * command writes word n only once the test has released n words for its interaction, so how many
 * words it writes, and when, never depends on the machine's speed.
 */
import { EventEmitter } from "node:events";

const released = new Map<string, number>();
const changed = new EventEmitter().setMaxListeners(0);

/** For the test: lets the command write its words up to `count` (counted from the first). */
export function releaseWords(interactionId: string, count: number): void {
  released.set(interactionId, Math.max(count, released.get(interactionId) ?? 0));
  changed.emit("change");
}

/** For the command: resolves once word number `n` (1-based) has been released. */
export function wordReleased(interactionId: string, n: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if ((released.get(interactionId) ?? 0) < n) return;
      changed.off("change", check);
      resolve();
    };
    changed.on("change", check);
    check();
  });
}
