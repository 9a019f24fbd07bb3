/**
 * The V8 options the bot's process runs with. Set here rather than on the command line so that
 * `npm start`, plain `node dist/src/main.js` and the shards all get them.
 *
 * At start-up (applyV8Flags, called first by the entry point, main.ts, which the shards run too):
 * no TurboFan inlining of the array builtins (map, filter, some…). With it, arrays made by
 * optimised code and by the plain builtins carry different hidden classes, and the deterministic
 * answerer was deoptimised ("wrong map") one or two answers in three hundred, indefinitely, each
 * such answer taking milliseconds plus the recompiling. Without it the answer code settles after
 * its first answers and costs less CPU per answer (docs/benchmarks.md, "Engine speed, round 4").
 *
 * Once the index is built (applyAnsweringV8Flags, runtime.ts): young-generation collections on
 * the main thread alone. A parallel scavenge hands work to helper threads and waits for them; on a
 * small shared host they wait for a core, and the answer the collection lands on waits with them:
 * 0.5-28 ms a scavenge at a load average of 8 on 2 cores, against 0.35-0.6 ms done alone (what an
 * answer leaves in the young generation is small). Not before: the start-up's scavenges copy what
 * is being loaded, most of which lives, and the helpers do share that work (cold starts about 15%
 * slower single-threaded at the same load). docs/benchmarks.md, "Seventh pass".
 */
import { setFlagsFromString } from "node:v8";

let applied = false;
let answering = false;

export function applyV8Flags(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString("--no-turbo-inline-array-builtins");
}

/** The options for answering, once start-up's loading is done. */
export function applyAnsweringV8Flags(): void {
  if (answering) return;
  answering = true;
  setFlagsFromString("--no-parallel-scavenge");
}
