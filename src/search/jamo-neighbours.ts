/**
 * Korean typo targets filed under their jamo whole and with each one jamo left out (hashed). Two jamo
 * sequences one edit apart (a jamo changed, added or dropped, two neighbours swapped) always
 * share such a key, so a new word of a question is compared only with the few targets it shares
 * a key with, not with every target of about its length: the typo checks compared each unknown
 * word, and each piece of an unspaced run, with hundreds of targets. The keys only find
 * candidates; the caller's own comparison still decides, so what is found is what a comparison
 * with every target found, in the same order. Built the first time a typo is looked for (a
 * start-up pays nothing), once per list of targets.
 */

import type { HangulTypoTarget, LengthBuckets } from "./lexicon.ts";
import { jamoOf } from "./lexicon.ts";

export interface JamoNeighbours {
  /** The targets in the order they are tried: a candidate is its position here. */
  readonly targets: readonly HangulTypoTarget[];
  /** Each target's length bucket (its syllables, as filed). */
  readonly lengths: readonly number[];
  readonly byKey: ReadonlyMap<number, readonly number[]>;
}

const built = new WeakMap<object, JamoNeighbours>();

/** A list of targets (names) filed by jamo, in its own order. */
export function neighboursOfList(targets: readonly HangulTypoTarget[]): JamoNeighbours {
  let neighbours = built.get(targets);
  if (neighbours === undefined) {
    neighbours = fileTargets(
      targets,
      targets.map((target) => target.syllables),
    );
    built.set(targets, neighbours);
  }
  return neighbours;
}

/**
 * Targets filed by length, in the order LengthBuckets.near gives them (shorter lengths first,
 * each length in the order filed).
 */
export function neighboursOfBuckets(buckets: LengthBuckets<HangulTypoTarget>): JamoNeighbours {
  let neighbours = built.get(buckets);
  if (neighbours === undefined) {
    const targets: HangulTypoTarget[] = [];
    const lengths: number[] = [];
    const byLength = [...buckets.entries()].sort((a, b) => a[0] - b[0]);
    for (const [length, filed] of byLength) {
      for (const target of filed) {
        targets.push(target);
        lengths.push(length);
      }
    }
    neighbours = fileTargets(targets, lengths);
    built.set(buckets, neighbours);
  }
  return neighbours;
}

function fileTargets(
  targets: readonly HangulTypoTarget[],
  lengths: readonly number[],
): JamoNeighbours {
  const byKey = new Map<number, number[]>();
  targets.forEach((target, position) => {
    const count = keysOf(jamoOf(target));
    for (let at = 0; at < count; at++) {
      const key = keys[at] as number;
      const positions = byKey.get(key);
      if (positions === undefined) byKey.set(key, [position]);
      // A target's keys may repeat (a doubled jamo, a shared hash): each position once.
      else if (positions[positions.length - 1] !== position) positions.push(position);
    }
  });
  return { targets, lengths, byKey };
}

/**
 * The first target (by position) that passes `accepts` among those sharing a key with `jamo`,
 * or undefined. `accepts` decides (it may see a candidate more than once).
 */
export function firstNeighbour(
  neighbours: JamoNeighbours,
  jamo: readonly number[],
  accepts: (target: HangulTypoTarget, length: number) => boolean,
): HangulTypoTarget | undefined {
  let best = -1;
  const count = keysOf(jamo);
  for (let at = 0; at < count; at++) {
    const positions = neighbours.byKey.get(keys[at] as number);
    if (positions === undefined) continue;
    for (let index = 0; index < positions.length; index++) {
      const position = positions[index] as number;
      // Positions are ascending: past the best found, nothing here can be first.
      if (best !== -1 && position >= best) break;
      const target = neighbours.targets[position] as HangulTypoTarget;
      if (accepts(target, neighbours.lengths[position] as number)) best = position;
    }
  }
  return best === -1 ? undefined : neighbours.targets[best];
}

/**
 * The keys of a jamo sequence, into `keys`: the hash of the whole, then of the sequence with each
 * jamo left out, worked out from hashes of its prefixes and suffixes (no string, no array per
 * key). Equal sequences hash alike; two different ones that hash alike only add a candidate.
 * Returns how many keys were written.
 */
function keysOf(jamo: readonly number[]): number {
  const length = jamo.length;
  if (length + 1 > keys.length) {
    keys = new Int32Array(length + 1);
    prefixes = new Int32Array(length + 1);
    suffixes = new Int32Array(length + 1);
    powers = new Int32Array(length + 1);
  }
  prefixes[0] = 0;
  powers[0] = 1;
  for (let at = 0; at < length; at++) {
    prefixes[at + 1] =
      ((prefixes[at] as number) * BASE + ((jamo[at] as number) % MODULUS)) % MODULUS;
    powers[at + 1] = ((powers[at] as number) * BASE) % MODULUS;
  }
  suffixes[length] = 0;
  for (let at = length - 1; at >= 0; at--) {
    suffixes[at] =
      (((jamo[at] as number) % MODULUS) * (powers[length - 1 - at] as number) +
        (suffixes[at + 1] as number)) %
      MODULUS;
  }
  keys[0] = prefixes[length] as number;
  let count = 1;
  for (let at = 0; at < length; at++) {
    // Leaving out either of two equal neighbours gives the same sequence.
    if (at > 0 && jamo[at] === jamo[at - 1]) continue;
    keys[count++] =
      ((prefixes[at] as number) * (powers[length - 1 - at] as number) +
        (suffixes[at + 1] as number)) %
      MODULUS;
  }
  return count;
}

/** A prime below 2^26: a product of two hashes stays an exact integer in a double. */
const MODULUS = 67_108_859;
const BASE = 1_031;
let keys = new Int32Array(32);
let prefixes = new Int32Array(32);
let suffixes = new Int32Array(32);
let powers = new Int32Array(32);
