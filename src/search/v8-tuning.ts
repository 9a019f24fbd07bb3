/**
 * One V8 option for the process the engine answers in. With TurboFan inlining the array builtins
 * (map, filter, some…), arrays made by optimised code and by the plain builtin carry different
 * hidden classes, and the code reading them is deoptimised again and again: one or two answers in
 * three hundred, indefinitely, each then taking several milliseconds, plus the recompiling. Without
 * that inlining the engine settles after its first answers and spends less CPU per answer (see
 * docs/benchmarks.md, "Engine speed, round 4"). Set once, before the engine's code is optimised.
 */
import { setFlagsFromString } from "node:v8";

let tuned = false;

export function tuneV8ForTheEngine(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString("--no-turbo-inline-array-builtins");
}
