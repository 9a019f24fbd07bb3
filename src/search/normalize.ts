/**
 * Text normalisation shared by the index and every question: invisible characters out, NFKC
 * (full-width letters and digits, composed Hangul), lower case, chat markup removed, one space.
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

/** Plain printable ASCII has no invisible, compatibility or curly characters to fold. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

export function normalizeText(text: string): string {
  const folded = PLAIN_ASCII.test(text)
    ? text
    : text
        .replace(INVISIBLE, "")
        .normalize("NFKC")
        .replace(/[‘’‚‛′`´]/g, "'")
        .replace(/[“”„‟″]/g, '"');
  return folded.replace(CHAT_MARKUP, " ").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Removes only what cannot be seen, keeping case and markup: for text shown back to people. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, "").normalize("NFC");
}
