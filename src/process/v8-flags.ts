/**
 * The V8 options the bot's process runs with, set by the entry point (main.ts, which the shards
 * run too) before any code is hot. One for now: no TurboFan inlining of the array builtins (map,
 * filter, some…). With it, arrays made by optimised code and by the plain builtins carry different
 * hidden classes, and the deterministic answerer was deoptimised ("wrong map") one or two answers
 * in three hundred, indefinitely, each such answer taking milliseconds plus the recompiling.
 * Without it the answer code settles after its first answers and costs less CPU per answer
 * (docs/benchmarks.md, "Engine speed, round 4"). Set here rather than on the command line so that
 * `npm start`, plain `node dist/src/main.js` and the shards all get it.
 */
import { setFlagsFromString } from "node:v8";

let applied = false;

export function applyV8Flags(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString("--no-turbo-inline-array-builtins");
}
