/**
 * A list of patterns tested as "does any match?", as fewer patterns: those with the same flags
 * joined into one alternation. One scan of the text instead of one per pattern, and the same
 * answer: an alternation matches somewhere exactly when one of its alternatives does, and each
 * alternative keeps its flags. A pattern with a numbered or named backreference stays alone (its
 * group numbers would shift), and so does one with the g or y flag (its lastIndex is state).
 *
 * Most texts match none, and a union of many patterns (lookbehinds, \p{Script} classes) is tried
 * at every position of the text. So anyMatches first looks for the literal pieces each pattern
 * cannot match without (required-literals.ts: "should", "살까"), all at once through a trie of
 * them, and tests only the patterns whose pieces are there; the patterns without such pieces
 * stay united and are tested on every text. The same answer: a pattern whose pieces are all
 * absent cannot match.
 */
import { requiredLiterals } from "./required-literals.ts";

const BACKREFERENCE = /\\[1-9]|\\k</;

/** The patterns of a union, and how anyMatches tests them (worked out when first used). */
const PLAN = Symbol("the union's plan");

type United = readonly RegExp[] & {
  readonly [PLAN]?: { readonly patterns: readonly RegExp[]; plan?: Plan };
};

/**
 * Below this many characters of source a union is scanned about as fast as its pieces are looked
 * for (a few alternatives, each opening on a word: "\\b(?:ignore|disregard)"): kept whole.
 */
const PIECES_WORTH_IT = 2000;

export function unitedPatterns(patterns: readonly RegExp[]): readonly RegExp[] {
  const united = uniteByFlags(patterns);
  let size = 0;
  for (const pattern of patterns) size += pattern.source.length;
  if (size >= PIECES_WORTH_IT) Object.defineProperty(united, PLAN, { value: { patterns } });
  return united;
}

function uniteByFlags(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, RegExp[]>();
  const alone: RegExp[] = [];
  for (const pattern of patterns) {
    if (BACKREFERENCE.test(pattern.source) || pattern.global || pattern.sticky) {
      alone.push(pattern);
      continue;
    }
    const group = byFlags.get(pattern.flags);
    if (group) group.push(pattern);
    else byFlags.set(pattern.flags, [pattern]);
  }
  const united: RegExp[] = [];
  for (const [flags, group] of byFlags) {
    united.push(
      group.length === 1
        ? (group[0] as RegExp)
        : new RegExp(group.map((pattern) => `(?:${pattern.source})`).join("|"), flags),
    );
  }
  return [...united, ...alone];
}

/** A node of the trie of pieces: by the next UTF-16 unit, and the patterns a piece ending here opens. */
interface PieceNode {
  next: Map<number, PieceNode> | undefined;
  opens: number[] | undefined;
  /**
   * The next step read without the map (a map lookup at each unit of each text was most of the
   * walk): a node with one child keeps it and its unit; a node with more keeps its ASCII children
   * in an array (the others stay in the map). Set once the trie is built (quickSteps).
   */
  onlyUnit: number;
  onlyChild: PieceNode | undefined;
  ascii: (PieceNode | undefined)[] | undefined;
}

function pieceNode(): PieceNode {
  return {
    next: undefined,
    opens: undefined,
    onlyUnit: -1,
    onlyChild: undefined,
    ascii: undefined,
  };
}

/** Fills in each node's quick steps from its map of children. */
function quickSteps(level: ReadonlyMap<number, PieceNode>): void {
  for (const node of level.values()) {
    const next = node.next;
    if (next === undefined) continue;
    if (next.size === 1) {
      for (const [unit, child] of next) {
        node.onlyUnit = unit;
        node.onlyChild = child;
      }
    } else {
      const ascii: (PieceNode | undefined)[] = new Array(128).fill(undefined);
      for (const [unit, child] of next) if (unit < 128) ascii[unit] = child;
      node.ascii = ascii;
    }
    quickSteps(next);
  }
}

interface Plan {
  /** The patterns with pieces, each tested alone when one of its pieces is in the text. */
  readonly gated: readonly RegExp[];
  /** The first units of the pieces: ASCII ones by code, the others in a map. */
  readonly asciiStarts: readonly (PieceNode | undefined)[];
  readonly otherStarts: Map<number, PieceNode>;
  /**
   * By a unit: 0 when it starts no piece; 1 when it starts only pieces of two units or more, so
   * that a place whose next unit does not follow it in any piece (pairs) is passed over before the
   * trie is entered; 2 when it is a piece alone.
   */
  readonly startsPiece: Uint8Array;
  /** Whether some piece opens with a pair of units, by pairHash of the two. */
  readonly pairs: Uint8Array;
  /** The patterns without pieces, united: tested on every text. */
  readonly always: readonly RegExp[];
}

function planOf(patterns: readonly RegExp[]): Plan {
  const gated: RegExp[] = [];
  const rest: RegExp[] = [];
  const pieces = new Map<number, PieceNode>();
  const single = new Set<number>();
  const pairs = new Uint8Array(PAIR_HASHES);
  for (const pattern of patterns) {
    // Tested alone, a pattern with a backreference is gated like any other.
    const literals = pattern.global || pattern.sticky ? undefined : requiredLiterals(pattern);
    if (literals === undefined) {
      rest.push(pattern);
      continue;
    }
    const index = gated.push(pattern) - 1;
    for (const literal of literals) {
      if (literal.length === 1) single.add(literal.charCodeAt(0));
      else if (literal.length > 1)
        pairs[pairHash(literal.charCodeAt(0), literal.charCodeAt(1))] = 1;
      let level = pieces;
      let node: PieceNode | undefined;
      for (let at = 0; at < literal.length; at++) {
        const code = literal.charCodeAt(at);
        node = level.get(code);
        if (node === undefined) {
          node = pieceNode();
          level.set(code, node);
        }
        if (at < literal.length - 1) {
          node.next ??= new Map();
          level = node.next;
        }
      }
      if (node === undefined) continue;
      node.opens ??= [];
      if (!node.opens.includes(index)) node.opens.push(index);
    }
  }
  quickSteps(pieces);
  const asciiStarts: (PieceNode | undefined)[] = new Array(128).fill(undefined);
  const otherStarts = new Map<number, PieceNode>();
  const startsPiece = new Uint8Array(65536);
  for (const [code, node] of pieces) {
    if (code < 128) asciiStarts[code] = node;
    else otherStarts.set(code, node);
    startsPiece[code] = single.has(code) ? 2 : 1;
  }
  return { gated, asciiStarts, otherStarts, startsPiece, pairs, always: uniteByFlags(rest) };
}

/** How many pair hashes there are (a power of two: the hash is masked). */
const PAIR_HASHES = 0x10000;

/** Two units as one number below PAIR_HASHES: pairs that differ may share it (then both are walked). */
function pairHash(first: number, second: number): number {
  return ((first << 7) ^ second) & (PAIR_HASHES - 1);
}

/** Whether any of the patterns matches the text (the patterns united by unitedPatterns). */
export function anyMatches(united: readonly RegExp[], text: string): boolean {
  const holder = (united as United)[PLAN];
  if (holder === undefined) {
    for (let at = 0; at < united.length; at++) if ((united[at] as RegExp).test(text)) return true;
    return false;
  }
  holder.plan ??= planOf(holder.patterns);
  const { gated, asciiStarts, otherStarts, startsPiece, pairs, always } = holder.plan;
  let tried: Uint8Array | undefined;
  const last = text.length - 1;
  for (let start = 0; start <= last; start++) {
    const code = text.charCodeAt(start);
    const starts = startsPiece[code];
    if (starts === 0) continue;
    // Most places open no piece with their next unit: passed over with a read or two, before the
    // trie is entered (a walk from each place the first unit allows was most of the time).
    if (
      starts === 1 &&
      (start === last || pairs[pairHash(code, text.charCodeAt(start + 1))] === 0)
    ) {
      continue;
    }
    let node = code < 128 ? asciiStarts[code] : otherStarts.get(code);
    for (let at = start + 1; node !== undefined; at++) {
      const opens = node.opens;
      if (opens !== undefined) {
        for (let each = 0; each < opens.length; each++) {
          const index = opens[each] as number;
          tried ??= new Uint8Array(gated.length);
          if (tried[index] === 1) continue;
          tried[index] = 1;
          if ((gated[index] as RegExp).test(text)) return true;
        }
      }
      if (node.next === undefined || at >= text.length) break;
      const unit = text.charCodeAt(at);
      node =
        node.onlyChild !== undefined
          ? unit === node.onlyUnit
            ? node.onlyChild
            : undefined
          : unit < 128
            ? (node.ascii as (PieceNode | undefined)[])[unit]
            : node.next.get(unit);
    }
  }
  for (let at = 0; at < always.length; at++) if ((always[at] as RegExp).test(text)) return true;
  return false;
}
