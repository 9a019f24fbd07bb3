/**
 * Text normalisation shared by the index and every question: invisible characters out, NFKC
 * (full-width letters and digits, composed Hangul), accents and look-alike letters folded, lower
 * case, chat markup removed, one space.
 */

/**
 * Characters that are never seen but can hide inside words: zero-width spaces and joiners, soft
 * hyphens, BOMs, variation selectors, direction marks, Hangul fillers (Unicode's
 * Default_Ignorable_Code_Point).
 */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/** Discord-style markup that carries no words: user, role and channel mentions, custom emoji. */
const CHAT_MARKUP =
  /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|\/[\w -]+:\d+|t:\d+(?::\w)?)>|@(?:everyone|here)\b/g;

/**
 * Printable ASCII (with tabs and line breaks), composed Hangul syllables and a few signs articles
 * use (×, the arrows ← ↑ → ↓ ↔ ↕ ↖ ↗ ↘ ↙) have nothing to fold: no invisible, compatibility,
 * accented or curly characters, and NFKC and NFD leave them as they are. Most questions and
 * passages are only these.
 */
const PLAIN = /^[\t\n\r\x20-\x7e\u00d7\u2190-\u2199\uac00-\ud7a3]*$/;

/**
 * Text that is not Hangul. Accents are taken off only here: decomposing Hangul (NFD) would split
 * every syllable into jamo, so Hangul runs are left exactly as NFKC composed them.
 */
const NOT_HANGUL = /[^\p{Script=Hangul}]+/gu;
/** A combining mark typed after a composed Hangul syllable changes nothing a reader sees. */
const MARK_AFTER_SYLLABLE = /(?<=[\uac00-\ud7a3])\p{Mn}+/gu;
/** A combining mark after a Latin, Greek or Cyrillic letter ("Micro\u0301soft", "Nvídia"). */
const ACCENT = /(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
/** A word in the scripts whose letters look alike (Latin "a", Cyrillic "а", Greek "α"). */
const ALPHABETIC_WORD = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]+/gu;
const NON_LATIN_LETTER = /[\p{Script=Greek}\p{Script=Cyrillic}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;
/** Accented or precomposed letters, or Greek and Cyrillic: most text has none and skips folding. */
const NEEDS_FOLDING = /[\u00c0-\u024f\u1e00-\u1eff\p{M}\p{Script=Greek}\p{Script=Cyrillic}]/u;

/**
 * Greek and Cyrillic letters drawn like a Latin one (Unicode's confusables, the ones a keyboard
 * or a spammer actually produces). Both cases: the text is lower-cased afterwards.
 */
const LOOK_ALIKES: ReadonlyMap<string, string> = new Map(
  [
    // Cyrillic
    "АA аa ВB ЕE еe ЅS ѕs ІI іi ЈJ јj КK кk МM НH ОO оo РP рp СC сc ТT УY уy ХX хx ԁd ӏl ԛq ԝw",
    // Greek
    "ΑA αa ΒB ΕE ΖZ ΗH ΙI ιi ΚK κk ΜM ΝN νv ΟO οo ΡP ρp ΤT ΥY υu ΧX χx",
  ]
    .join(" ")
    .split(" ")
    .map((pair) => [pair.slice(0, 1), pair.slice(1)] as const),
);

/**
 * Keycap emoji are digits in a box ("3️⃣0️⃣" is 30, "🔟" is 10): the box is a combining mark,
 * and chat writes numbers with them.
 */
const KEYCAP = /\u20e3/g;
const KEYCAP_TEN = /\u{1f51f}/gu;

export function normalizeText(text: string): string {
  // An answer normalises each text it reads twice in a row (answer-memo.ts, to find an analysis
  // of the same words, then readQuestion): the last text's result is kept.
  if (text === lastText) return lastNormalized;
  const normalized = normalizedAnew(text);
  lastText = text;
  lastNormalized = normalized;
  return normalized;
}
let lastText: string | undefined;
let lastNormalized = "";

function normalizedAnew(text: string): string {
  const folded = PLAIN.test(text)
    ? text
    : foldAccents(
        text.replace(INVISIBLE, "").replace(KEYCAP, "").replace(KEYCAP_TEN, "10").normalize("NFKC"),
      )
        .replace(/[‘’‚‛′`´]/g, "'")
        .replace(/[“”„‟″]/g, '"');
  // The markup and space passes only when there is something for them to do: most texts have
  // no markup and only single spaces, and these run for every passage and form at start-up.
  const unmarked =
    folded.includes("<") || folded.includes("@") ? folded.replace(CHAT_MARKUP, " ") : folded;
  const lower = stretched(unmarked.toLowerCase());
  return (UNEVEN_SPACE.test(lower) ? lower.replace(/\s+/g, " ") : lower).trim();
}

/**
 * A Latin letter typed three times or more ("sooo", "whaaat", "pleeease"): no English word has
 * that ("www" of an address aside).
 */
const STRETCHED = /([a-vx-z])\1{2,}/g;
const HAS_STRETCHED = /([a-vx-z])\1\1/;

/** Chat stretching undone: the letter once ("sooo" -> "so", "whaaat" -> "what"). */
function stretched(text: string): string {
  return HAS_STRETCHED.test(text) ? text.replace(STRETCHED, "$1") : text;
}

/** Whitespace other than a single plain space: a line break, a tab, or two in a row. */
const UNEVEN_SPACE = /[^\S ]|\s\s/;

/** Accents and look-alikes folded; most text has neither and is returned as it is. */
function foldAccents(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text;
  return text.replace(MARK_AFTER_SYLLABLE, "").replace(NOT_HANGUL, foldLetters);
}

/** Accents off, then look-alike letters folded to Latin, in a run of text with no Hangul. */
function foldLetters(run: string): string {
  const bare = run.normalize("NFD").replace(ACCENT, "").normalize("NFC");
  return NON_LATIN_LETTER.test(bare) ? bare.replace(ALPHABETIC_WORD, foldLookAlikes) : bare;
}

/**
 * A word that mixes Latin with Greek or Cyrillic look-alikes ("NVIDIА"), or is spelt with
 * look-alikes only ("Αzure" typed as Greek), is read as Latin. A real Greek or Russian word keeps
 * its letters: it has letters with no Latin twin.
 */
function foldLookAlikes(word: string): string {
  if (!NON_LATIN_LETTER.test(word)) return word;
  let latin = "";
  for (const char of word) {
    const twin = LOOK_ALIKES.get(char);
    if (twin !== undefined) latin += twin;
    else if (LATIN_LETTER.test(char)) latin += char;
    else return word;
  }
  return latin;
}

/** Removes only what cannot be seen, keeping case and markup: for text shown back to people. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "").normalize("NFC");
}
