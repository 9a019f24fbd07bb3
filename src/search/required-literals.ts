/**
 * The literal pieces a pattern cannot match without: a set of strings such that every text the
 * pattern matches contains one of them ("should", "살까", "portfolio"...). A text holding none of them
 * cannot match, and a cheap look for the pieces spares the pattern's scan (pattern-union.ts).
 *
 * Read from the pattern's source by a small parser that knows what JavaScript patterns are made
 * of. Where it is unsure (a class of many letters, \w, a dot, a backreference, the i or v flag) a
 * part requires nothing, so the answer errs only towards "no pieces known" (undefined): never a
 * piece the pattern could match without.
 */
import { escapeRegExp } from "../util/escape-regexp.ts";

/** Above this many strings a part's exact strings are not tracked (only what it requires). */
const MAX_STRINGS = 128;
/** A class of at most this many characters is read as its characters ("[을를좀더]"). */
const MAX_CLASS = 16;

/** What a part of a pattern may match, as far as it is known. */
interface Part {
  /** Every string the part can match, when few and known; undefined otherwise. */
  readonly exact: ReadonlySet<string> | undefined;
  /**
   * Strings one of which the text holds wherever the part matches (in the match, or where a
   * lookahead looked), none empty; undefined when nothing is known.
   */
  readonly required: ReadonlySet<string> | undefined;
}

const UNKNOWN: Part = { exact: undefined, required: undefined };
const EMPTY: Part = { exact: new Set([""]), required: undefined };

class Unsupported extends Error {}

/**
 * Strings one of which a text holds wherever the pattern matches it (none empty), or undefined
 * when the pattern's source cannot tell (or it may match the empty string).
 */
export function requiredLiterals(pattern: RegExp): ReadonlySet<string> | undefined {
  // Case folding (i) would need each piece in every case; v has its own class syntax.
  if (pattern.ignoreCase || pattern.flags.includes("v")) return undefined;
  try {
    const parser = new Parser(pattern.source, pattern.unicode);
    const part = parser.alternation();
    if (!parser.done()) return undefined;
    return part.required;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function literal(text: string): Part {
  const set = new Set([text]);
  return { exact: set, required: text === "" ? undefined : set };
}

/** Strings as a part's exact strings and as what it requires (when none is empty). */
function ofStrings(strings: ReadonlySet<string>): Part {
  if (strings.size > MAX_STRINGS) return UNKNOWN;
  return { exact: strings, required: strings.has("") ? undefined : strings };
}

/** Each string of one set followed by each of the other, when few. */
function product(
  left: ReadonlySet<string>,
  right: ReadonlySet<string>,
): ReadonlySet<string> | undefined {
  if (left.size * right.size > MAX_STRINGS) return undefined;
  const joined = new Set<string>();
  for (const a of left) for (const b of right) joined.add(a + b);
  return joined;
}

/**
 * How rare the commonest string of a set is, roughly: its length, a character beyond ASCII (a
 * Hangul syllable) counting twice, up to 8.
 */
function rarity(strings: ReadonlySet<string>): number {
  let least = 8;
  for (const text of strings) {
    let weight = 0;
    for (let at = 0; at < text.length && weight < least; at++) {
      weight += text.charCodeAt(at) < 0x80 ? 1 : 2;
    }
    least = Math.min(least, weight);
  }
  return least;
}

/** Of two sets of required strings, the one fewer texts hold (longer strings, then fewer). */
function better(
  a: ReadonlySet<string> | undefined,
  b: ReadonlySet<string> | undefined,
): ReadonlySet<string> | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const rarityA = rarity(a);
  const rarityB = rarity(b);
  if (rarityA !== rarityB) return rarityA > rarityB ? a : b;
  return a.size <= b.size ? a : b;
}

/** A run of parts one after another: what the run requires, from its parts and their joins. */
function sequence(parts: readonly Part[]): Part {
  let best: ReadonlySet<string> | undefined;
  // The exact strings of the run of known parts ending here, joined.
  let run: ReadonlySet<string> | undefined = new Set([""]);
  let whole: ReadonlySet<string> | undefined = new Set([""]);
  const closeRun = () => {
    if (run !== undefined && !run.has("")) best = better(best, run);
  };
  for (const part of parts) {
    best = better(best, part.required);
    if (part.exact === undefined) {
      closeRun();
      run = new Set([""]);
      whole = undefined;
      continue;
    }
    const joined: ReadonlySet<string> | undefined = run && product(run, part.exact);
    if (joined === undefined) {
      // Too many strings to join: what came before stands on its own, this part starts anew.
      closeRun();
      run = part.exact;
    } else {
      run = joined;
    }
    whole = whole && product(whole, part.exact);
  }
  closeRun();
  if (whole !== undefined) {
    const exact = ofStrings(whole);
    if (exact.exact !== undefined)
      return { exact: exact.exact, required: better(best, exact.required) };
  }
  return { exact: undefined, required: best };
}

/** A part repeated between min and max times (max Infinity when unbounded). */
function repeated(part: Part, min: number, max: number): Part {
  if (part.exact !== undefined && max <= 3) {
    let strings: ReadonlySet<string> | undefined = new Set([""]);
    const all = new Set<string>();
    for (let times = 0; times <= max && strings !== undefined; times++) {
      if (times >= min) for (const text of strings) all.add(text);
      if (times < max) strings = product(strings, part.exact);
    }
    if (strings !== undefined) {
      const known = ofStrings(all);
      if (known.exact !== undefined) return known;
    }
  }
  return { exact: undefined, required: min >= 1 ? part.required : undefined };
}

const SYNTAX = new Set("^$\\.*+?()[]{}|/".split(""));

class Parser {
  #at = 0;
  readonly #source: string;
  readonly #unicode: boolean;

  constructor(source: string, unicode: boolean) {
    this.#source = source;
    this.#unicode = unicode;
  }

  done(): boolean {
    return this.#at >= this.#source.length;
  }

  #peek(): string | undefined {
    return this.#source[this.#at];
  }

  /** The next character (a code point under the u flag, a UTF-16 unit otherwise). */
  #char(): string {
    const code = this.#unicode
      ? (this.#source.codePointAt(this.#at) as number)
      : this.#source.charCodeAt(this.#at);
    const text = this.#unicode ? String.fromCodePoint(code) : String.fromCharCode(code);
    this.#at += text.length;
    return text;
  }

  alternation(): Part {
    const branches = [this.#branch()];
    while (this.#peek() === "|") {
      this.#at++;
      branches.push(this.#branch());
    }
    if (branches.length === 1) return branches[0] as Part;
    let required: Set<string> | undefined = new Set();
    let exact: Set<string> | undefined = new Set();
    for (const branch of branches) {
      if (branch.required === undefined) required = undefined;
      else if (required) for (const text of branch.required) required.add(text);
      if (branch.exact === undefined) exact = undefined;
      else if (exact) for (const text of branch.exact) exact.add(text);
    }
    if (exact !== undefined && exact.size <= MAX_STRINGS) {
      return { exact, required: exact.has("") ? undefined : exact };
    }
    return { exact: undefined, required };
  }

  #branch(): Part {
    const parts: Part[] = [];
    for (let next = this.#peek(); next !== undefined && next !== "|" && next !== ")"; ) {
      parts.push(this.#quantified(this.#atom()));
      next = this.#peek();
    }
    return sequence(parts);
  }

  #quantified(part: Part): Part {
    const next = this.#peek();
    let min: number;
    let max: number;
    if (next === "*" || next === "+" || next === "?") {
      this.#at++;
      [min, max] = next === "*" ? [0, Infinity] : next === "+" ? [1, Infinity] : [0, 1];
    } else if (next === "{") {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.#source.slice(this.#at));
      if (!bounds) return part;
      this.#at += bounds[0].length;
      min = Number(bounds[1]);
      max = bounds[2] === undefined ? min : bounds[3] ? Number(bounds[3]) : Infinity;
    } else {
      return part;
    }
    if (this.#peek() === "?") this.#at++;
    return repeated(part, min, max);
  }

  #atom(): Part {
    const next = this.#peek() as string;
    switch (next) {
      case "(":
        return this.#group();
      case "[":
        return this.#class();
      case ".":
        this.#at++;
        return UNKNOWN;
      case "^":
      case "$":
        this.#at++;
        return EMPTY;
      case "\\":
        return this.#escape();
      case "{":
      case "}":
      case "]":
        // A literal brace or bracket, which only a pattern without the u flag may hold.
        if (this.#unicode) throw new Unsupported();
        this.#at++;
        return literal(next);
      case "*":
      case "+":
      case "?":
      case ")":
        throw new Unsupported();
      default:
        return literal(this.#char());
    }
  }

  #group(): Part {
    const rest = this.#source.slice(this.#at, this.#at + 4);
    let lookaround = false;
    const negative = rest.startsWith("(?!") || rest.startsWith("(?<!");
    if (rest.startsWith("(?:")) this.#at += 3;
    else if (rest.startsWith("(?=") || rest.startsWith("(?!")) {
      this.#at += 3;
      lookaround = true;
    } else if (rest.startsWith("(?<=") || rest.startsWith("(?<!")) {
      this.#at += 4;
      lookaround = true;
    } else if (rest.startsWith("(?<")) {
      const close = this.#source.indexOf(">", this.#at);
      if (close < 0) throw new Unsupported();
      this.#at = close + 1;
    } else if (rest.startsWith("(?")) {
      // Modifiers ("(?i:") and anything newer.
      throw new Unsupported();
    } else {
      this.#at += 1;
    }
    const inner = this.alternation();
    if (this.#peek() !== ")") throw new Unsupported();
    this.#at++;
    if (!lookaround) return inner;
    // A lookaround consumes nothing; what one that must match requires is still in the text
    // ("^(?=.*살까)"), one that must not match requires nothing.
    return negative ? EMPTY : { exact: EMPTY.exact, required: inner.required };
  }

  #escape(): Part {
    this.#at++;
    const next = this.#peek();
    if (next === undefined) throw new Unsupported();
    if (next === "b" || next === "B") {
      this.#at++;
      return EMPTY;
    }
    if ("dDwWsS".includes(next)) {
      this.#at++;
      return UNKNOWN;
    }
    if (next === "p" || next === "P") {
      if (!this.#unicode) throw new Unsupported();
      const close = this.#source.indexOf("}", this.#at);
      if (close < 0) throw new Unsupported();
      this.#at = close + 1;
      return UNKNOWN;
    }
    // A backreference ("\\2", "\\k<name>") matches what its group did, maybe nothing: it requires
    // nothing of its own. Without u, "\\1" may be an octal escape and "\\k" a letter: one
    // character, which requiring nothing of is as true.
    if (/[1-9]/.test(next)) {
      while (/[0-9]/.test(this.#peek() ?? "")) this.#at++;
      return UNKNOWN;
    }
    if (next === "k") {
      this.#at++;
      if (this.#peek() === "<") {
        const close = this.#source.indexOf(">", this.#at);
        if (close < 0) throw new Unsupported();
        this.#at = close + 1;
      }
      return UNKNOWN;
    }
    const char = this.#escapedChar();
    return literal(char);
  }

  /** The character an escape stands for, the backslash read; throws when it is not one. */
  #escapedChar(): string {
    const next = this.#peek() as string;
    const controls: Record<string, string> = { n: "\n", r: "\r", t: "\t", f: "\f", v: "\v" };
    const control = controls[next];
    if (control !== undefined) {
      this.#at++;
      return control;
    }
    if (next === "0") {
      if (/[0-9]/.test(this.#source[this.#at + 1] ?? "")) throw new Unsupported();
      this.#at++;
      return "\0";
    }
    if (next === "x") {
      const hex = /^x([0-9a-fA-F]{2})/.exec(this.#source.slice(this.#at));
      if (!hex) throw new Unsupported();
      this.#at += 3;
      return String.fromCharCode(Number.parseInt(hex[1] as string, 16));
    }
    if (next === "u") {
      const rest = this.#source.slice(this.#at);
      const braced = /^u\{([0-9a-fA-F]+)\}/.exec(rest);
      if (braced && this.#unicode) {
        this.#at += braced[0].length;
        return String.fromCodePoint(Number.parseInt(braced[1] as string, 16));
      }
      const unit = /^u([0-9a-fA-F]{4})/.exec(rest);
      if (!unit) throw new Unsupported();
      this.#at += 5;
      const code = Number.parseInt(unit[1] as string, 16);
      // A surrogate pair written as two escapes is one character under u: not read here.
      if (code >= 0xd800 && code <= 0xdfff) throw new Unsupported();
      return String.fromCharCode(code);
    }
    if (next === "c") throw new Unsupported();
    // An escaped syntax character (or, without u, any other identity escape) is itself.
    if (/[a-zA-Z]/.test(next)) throw new Unsupported();
    if (this.#unicode && !SYNTAX.has(next) && next !== "-") throw new Unsupported();
    return this.#char();
  }

  /** A class: its characters when it lists a few (no negation, no \\w, no long range). */
  #class(): Part {
    this.#at++;
    const negated = this.#peek() === "^";
    if (negated) this.#at++;
    const chars = new Set<string>();
    let known = !negated;
    while (this.#peek() !== "]") {
      const char = this.#classChar();
      if (char === undefined) {
        known = false;
        continue;
      }
      if (this.#peek() === "-" && this.#source[this.#at + 1] !== "]") {
        // A range: its characters when few.
        this.#at++;
        const end = this.#classChar();
        if (end === undefined) throw new Unsupported();
        const from = char.codePointAt(0) as number;
        const to = end.codePointAt(0) as number;
        if (to - from >= MAX_CLASS) known = false;
        else for (let code = from; code <= to; code++) chars.add(String.fromCodePoint(code));
        continue;
      }
      chars.add(char);
    }
    this.#at++;
    if (!known || chars.size === 0 || chars.size > MAX_CLASS) return UNKNOWN;
    for (const char of chars) {
      // Without u, half of a surrogate pair is a character of its own: not read here.
      const code = char.charCodeAt(0);
      if (!this.#unicode && code >= 0xd800 && code <= 0xdfff) return UNKNOWN;
    }
    return ofStrings(chars);
  }

  /** One character of a class, or undefined for a class escape (\\d, \\p{...}). */
  #classChar(): string | undefined {
    const next = this.#peek();
    if (next === undefined) throw new Unsupported();
    if (next !== "\\") return this.#char();
    this.#at++;
    const escaped = this.#peek();
    if (escaped === undefined) throw new Unsupported();
    if ("dDwWsS".includes(escaped)) {
      this.#at++;
      return undefined;
    }
    if (escaped === "p" || escaped === "P") {
      if (!this.#unicode) throw new Unsupported();
      const close = this.#source.indexOf("}", this.#at);
      if (close < 0) throw new Unsupported();
      this.#at = close + 1;
      return undefined;
    }
    if (escaped === "b") {
      this.#at++;
      return "\b";
    }
    if (/[1-9]/.test(escaped)) throw new Unsupported();
    return this.#escapedChar();
  }
}

/** Matches every text: a pattern whose pieces are not known may match anything. */
const ANY_TEXT = /(?:)/;

/**
 * A pattern that finds one of the pattern's pieces: a cheap first test, false only where the
 * pattern cannot match ("맞지|right|yeah" before a lookbehind's scan of every position). A plain
 * alternation of words, which the engine looks for fast; matches every text when no piece is
 * known.
 */
export function literalGate(pattern: RegExp): RegExp {
  const literals = requiredLiterals(pattern);
  if (literals === undefined) return ANY_TEXT;
  const sorted = [...literals].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(escapeRegExp).join("|"), pattern.unicode ? "u" : "");
}
