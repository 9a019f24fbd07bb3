/**
 * The V8 options the bot's process runs with, set by the entry point (main.ts, which the shards
 * run too) before any code is hot. Set here rather than on the command line so that `npm start`,
 * plain `node dist/src/main.js` and the shards all get them.
 *
 * - No TurboFan inlining of the array builtins (map, filter, some…). With it, arrays made by
 *   optimised code and by the plain builtins carry different hidden classes, and the
 *   deterministic answerer was deoptimised ("wrong map") one or two answers in three hundred,
 *   indefinitely, each such answer taking milliseconds plus the recompiling. Without it the
 *   answer code settles after its first answers and costs less CPU per answer
 *   (docs/benchmarks.md, "Engine speed, round 4").
 * - Young-generation collections on the main thread alone. A parallel scavenge hands work to
 *   helper threads and waits for them; on a small shared host they wait for a core, and the
 *   answer the collection lands on waits with them: 0.5-28 ms a scavenge at a load average of 8
 *   on 2 cores, against 0.35-0.6 ms done alone (the young generation holds little that lives:
 *   one answer's objects). docs/benchmarks.md, "Seventh pass".
 */
import { setFlagsFromString } from "node:v8";

let applied = false;

export function applyV8Flags(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString("--no-turbo-inline-array-builtins");
  setFlagsFromString("--no-parallel-scavenge");
}
