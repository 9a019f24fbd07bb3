/**
 * Strings one of which every match of a pattern holds, read from the pattern's source: "should i"
 * or "should we" for /\bshould (?:i|we)\b/. A text holding none of them cannot match, and saying so
 * costs a lookup of its characters instead of a run of the regex engine (pattern-union.ts).
 *
 * The reading is cautious: what it does not follow (a case-insensitive pattern, a sequence with no
 * literal text it must match, an empty alternative, a brace that is not a quantifier) gives no
 * strings, and the pattern is simply run. Classes, escapes such as \w or \p{…}, the dot, anchors and
 * lookarounds are read as "some text": they end a literal run and promise nothing.
 */

/** The strings, or undefined when the pattern promises none that the reader can see. */
export function requiredStrings(pattern: RegExp): readonly string[] | undefined {
  if (pattern.ignoreCase || pattern.flags.includes("v")) return undefined;
  const reader = new SourceReader(pattern.source);
  try {
    const strings = reader.alternation();
    return reader.atEnd() && strings !== undefined ? withoutLongerForms(strings) : undefined;
  } catch {
    return undefined;
  }
}

/** Longer strings that hold a shorter one of the list add nothing ("gets" beside "get"). */
function withoutLongerForms(strings: readonly string[]): readonly string[] {
  const distinct = [...new Set(strings)];
  return distinct.filter(
    (string) => !distinct.some((other) => other !== string && string.includes(other)),
  );
}

/** Fewer, longer strings rule out more texts: the better of two a sequence must both match. */
function isBetter(candidate: readonly string[], best: readonly string[] | undefined): boolean {
  if (best === undefined) return true;
  const shortest = (list: readonly string[]) => Math.min(...list.map((string) => string.length));
  const [a, b] = [shortest(candidate), shortest(best)];
  return a > b || (a === b && candidate.length < best.length);
}

class SourceReader {
  #at = 0;
  readonly #source: string;

  constructor(source: string) {
    this.#source = source;
  }

  atEnd(): boolean {
    return this.#at >= this.#source.length;
  }

  /** Alternatives up to a closing parenthesis or the end: every one must promise strings. */
  alternation(): string[] | undefined {
    let strings: string[] | undefined = [];
    for (;;) {
      const sequence = this.#sequence();
      strings =
        sequence === undefined || strings === undefined ? undefined : [...strings, ...sequence];
      if (this.#source[this.#at] !== "|") return strings;
      this.#at++;
    }
  }

  /** One alternative: the best of its literal runs and of the groups it must match. */
  #sequence(): readonly string[] | undefined {
    let best: readonly string[] | undefined;
    let run = "";
    const endRun = () => {
      if (run !== "" && isBetter([run], best)) best = [run];
      run = "";
    };
    for (;;) {
      const char = this.#source[this.#at];
      if (char === undefined || char === "|" || char === ")") {
        endRun();
        return best;
      }
      if (char === "(") {
        endRun();
        const { inner, zeroWidth } = this.#group();
        const least = this.#quantifier();
        if (zeroWidth && least !== undefined) throw new Error("quantified lookaround");
        if (!zeroWidth && (least ?? 1) >= 1 && inner !== undefined && isBetter(inner, best)) {
          best = inner;
        }
        continue;
      }
      const literal = this.#literal();
      const least = this.#quantifier();
      if (literal !== undefined && least === undefined) {
        run += literal;
        continue;
      }
      endRun();
      if (literal !== undefined && least !== undefined && least >= 1 && isBetter([literal], best)) {
        best = [literal];
      }
    }
  }

  /** A group after its "(": its alternatives' strings, and whether it is a lookaround. */
  #group(): { inner: string[] | undefined; zeroWidth: boolean } {
    this.#at++;
    const rest = this.#source.slice(this.#at, this.#at + 3);
    let zeroWidth = false;
    if (rest.startsWith("?:")) this.#at += 2;
    else if (rest.startsWith("?=") || rest.startsWith("?!")) {
      this.#at += 2;
      zeroWidth = true;
    } else if (rest === "?<=" || rest === "?<!") {
      this.#at += 3;
      zeroWidth = true;
    } else if (rest.startsWith("?<")) this.#at = this.#closing(">", this.#at) + 1;
    else if (rest.startsWith("?")) throw new Error("unknown group");
    const inner = this.alternation();
    if (this.#source[this.#at] !== ")") throw new Error("unclosed group");
    this.#at++;
    return { inner, zeroWidth };
  }

  /**
   * One atom: the character it stands for when it is a plain one (a pair of surrogates is one),
   * undefined for a class, an escape such as \b or \p{L}, the dot or an anchor.
   */
  #literal(): string | undefined {
    const source = this.#source;
    const char = source[this.#at] as string;
    if ("*+?{".includes(char)) throw new Error("quantifier with nothing before it");
    if (char === "[") {
      let at = this.#at + 1;
      while (source[at] !== "]") {
        if (at >= source.length) throw new Error("unclosed class");
        at += source[at] === "\\" ? 2 : 1;
      }
      this.#at = at + 1;
      return undefined;
    }
    if (char === "." || char === "^" || char === "$") {
      this.#at++;
      return undefined;
    }
    if (char === "\\") {
      const next = source[this.#at + 1];
      if (next === undefined) throw new Error("trailing backslash");
      if (!/[\p{L}\p{N}]/u.test(next)) {
        this.#at += 2;
        return next;
      }
      // \p{L}, \u{1F600}, \k<name>: to the closing mark; \u00e9, \x41, \cJ, \12: their length.
      const after = source[this.#at + 2];
      if ((next === "p" || next === "P" || next === "u") && after === "{") {
        this.#at = this.#closing("}", this.#at + 2) + 1;
      } else if (next === "k" && after === "<") {
        this.#at = this.#closing(">", this.#at + 2) + 1;
      } else if (next === "u") this.#at += 6;
      else if (next === "x") this.#at += 4;
      else if (next === "c") this.#at += 3;
      else if (/\d/.test(next)) {
        this.#at += 2;
        while (/\d/.test(source[this.#at] ?? "")) this.#at++;
      } else this.#at += 2;
      return undefined;
    }
    const code = char.charCodeAt(0);
    const low = source.charCodeAt(this.#at + 1);
    if (code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      this.#at += 2;
      return source.slice(this.#at - 2, this.#at);
    }
    this.#at++;
    return char;
  }

  /** The least number of times a quantifier after an atom allows, or undefined for none. */
  #quantifier(): number | undefined {
    const source = this.#source;
    const char = source[this.#at];
    let least: number | undefined;
    if (char === "*" || char === "?") least = 0;
    else if (char === "+") least = 1;
    else if (char === "{") {
      const braces = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(this.#at));
      if (braces === null) throw new Error("brace that is not a quantifier");
      least = Number(braces[1]);
      this.#at += braces[0].length - 1;
    } else return undefined;
    this.#at++;
    if (source[this.#at] === "?") this.#at++;
    return least;
  }

  #closing(mark: string, from: number): number {
    const at = this.#source.indexOf(mark, from);
    if (at < 0) throw new Error(`no closing ${mark}`);
    return at;
  }
}
