/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition), bounded: returns
 * max + 1 as soon as the distance must exceed max. Works on strings (UTF-16 units) or on number
 * arrays (jamo). It runs for every unknown word of a question against many targets, so it copies
 * both sequences into reused code buffers and reuses its three rows instead of allocating.
 */
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];
let codesA = new Int32Array(64);
let codesB = new Int32Array(64);

export function editDistance(
  a: string | readonly number[],
  b: string | readonly number[],
  max: number,
): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (m + 1 > rows[0].length)
    rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  if (n > codesA.length) codesA = new Int32Array(n);
  if (m > codesB.length) codesB = new Int32Array(m);
  copyCodes(a, codesA);
  copyCodes(b, codesB);
  let [previousPrevious, previous, current] = rows;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMinimum = i;
    const ai = codesA[i - 1] as number;
    for (let j = 1; j <= m; j++) {
      const bj = codesB[j - 1] as number;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === codesB[j - 2] && codesA[i - 2] === bj) {
        value = Math.min(value, (previousPrevious[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > max) return max + 1;
    const oldest = previousPrevious;
    previousPrevious = previous;
    previous = current;
    current = oldest;
  }
  return Math.min(previous[m] as number, max + 1);
}

/** A string's UTF-16 units, or a number array's values, into a code buffer. */
function copyCodes(sequence: string | readonly number[], codes: Int32Array): void {
  if (typeof sequence === "string") {
    for (let index = 0; index < sequence.length; index++) codes[index] = sequence.charCodeAt(index);
  } else {
    for (let index = 0; index < sequence.length; index++) codes[index] = sequence[index] as number;
  }
}

/**
 * Whether a and b are at most one edit apart (editDistance(a, b, 1) <= 1). One edit leaves the
 * first or the last element in place (for three or more), so most candidates are turned away at
 * once. The rest are read in one pass, not through the table: an unknown word of a question is
 * checked against every name of a similar length, and a first-sight question has many.
 */
export function withinOneEdit(
  a: string | readonly number[],
  b: string | readonly number[],
): boolean {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > 1) return false;
  if (n >= 3 && m >= 3 && a[0] !== b[0] && a[n - 1] !== b[m - 1]) return false;
  if (n > codesA.length) codesA = new Int32Array(n);
  if (m > codesB.length) codesB = new Int32Array(m);
  copyCodes(a, codesA);
  copyCodes(b, codesB);
  return n >= m ? oneEditApart(codesA, n, codesB, m) : oneEditApart(codesB, m, codesA, n);
}

/**
 * At most one edit between the first `n` codes of `longer` and the first `m` of `shorter`
 * (n is m or m + 1): past the first difference, the rest must be equal once the one substitution,
 * inserted element or swap of two neighbours (same lengths only) is set aside.
 */
function oneEditApart(longer: Int32Array, n: number, shorter: Int32Array, m: number): boolean {
  let at = 0;
  while (at < m && longer[at] === shorter[at]) at++;
  if (at === m) return true;
  if (n > m) return sameFrom(longer, at + 1, shorter, at, m - at);
  if (sameFrom(longer, at + 1, shorter, at + 1, m - at - 1)) return true;
  return (
    at + 1 < m &&
    longer[at] === shorter[at + 1] &&
    longer[at + 1] === shorter[at] &&
    sameFrom(longer, at + 2, shorter, at + 2, m - at - 2)
  );
}

function sameFrom(
  a: Int32Array,
  from: number,
  b: Int32Array,
  bFrom: number,
  count: number,
): boolean {
  for (let offset = 0; offset < count; offset++) {
    if (a[from + offset] !== b[bFrom + offset]) return false;
  }
  return true;
}

/** QWERTY rows: a slip lands on a key next to the intended one. */
const KEY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const KEY_POSITION = new Map<string, readonly [number, number]>(
  KEY_ROWS.flatMap((row, y) => [...row].map((key, x) => [key, [y, x + y * 0.5]] as const)),
);

/** Whether two letters sit next to each other on a QWERTY keyboard. */
export function areNeighbourKeys(a: string, b: string): boolean {
  const p = KEY_POSITION.get(a);
  const q = KEY_POSITION.get(b);
  if (!p || !q) return false;
  return Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1;
}

/**
 * How strict withinOneSlip is. The defaults read a word as one of the knowledge's (analyze.ts,
 * correctLatin); a word read as a question word (latin-slips.ts), which no knowledge decides,
 * keeps its first letter (`firstLetterKept`: "eight" is no slip of "right") and loses or doubles a
 * letter only when the meant word is long (`oneLetterFrom`, its length: "artcle", not "wat").
 */
export interface SlipLimits {
  readonly firstLetterKept: boolean;
  readonly oneLetterFrom: number;
}

const ANY_SLIP: SlipLimits = { firstLetterKept: false, oneLetterFrom: 0 };

/**
 * Whether a short word `a` is one typing slip from `b`: a letter missing, doubled or extra (not
 * the first), two letters swapped, or one letter replaced by a neighbouring key ("nvidua").
 * Replacing a letter by a far one makes another word, not a typo ("teams" is not "terms").
 */
export function withinOneSlip(a: string, b: string, limits: SlipLimits = ANY_SLIP): boolean {
  if (a === b) return true;
  // A first letter missing or added makes another word ("raining" is not "training").
  if (a.length !== b.length) {
    return b.length >= limits.oneLetterFrom && a[0] === b[0] && withinOneEdit(a, b);
  }
  // The first two differences, as numbers (no array made: this runs for every candidate).
  let first = -1;
  let second = -1;
  for (let index = 0; index < a.length; index++) {
    if (a.charCodeAt(index) === b.charCodeAt(index)) continue;
    if (first === -1) first = index;
    else if (second === -1) second = index;
    else return false;
  }
  if (first === -1) return true;
  if (second === -1) {
    if (first === 0 && limits.firstLetterKept) return false;
    return areNeighbourKeys(a.charAt(first), b.charAt(first));
  }
  return second === first + 1 && a[first] === b[second] && a[second] === b[first];
}
