/**
 * Splits an article into sections (a short one-sentence line is a heading) and sentences, keeping
 * each sentence's character offsets into the original text so that quotes stay verbatim and
 * citations can be mapped back.
 */
export interface Sentence {
  /** Position in the article, from 0. */
  readonly index: number;
  readonly sectionIndex: number;
  /** Offsets into the article text: text === article.slice(start, end). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Section {
  readonly index: number;
  /** The heading as written; for the lead section (before any heading), undefined. */
  readonly heading: string | undefined;
  readonly start: number;
  readonly end: number;
  readonly sentences: readonly Sentence[];
}

/**
 * A heading is a short line of one sentence that does not end like a statement (it may end in a
 * question mark: "누가 왜 뛰어들었을까요?"). Longest line, in characters, that can still be one:
 */
const MAX_HEADING_LENGTH = 60;

export function segmentArticle(text: string): Section[] {
  const sections: {
    heading: string | undefined;
    start: number;
    end: number;
    sentences: Sentence[];
  }[] = [];
  let current: (typeof sections)[number] | undefined;
  let sentenceIndex = 0;

  for (const line of linesWithOffsets(text)) {
    const trimmed = line.text.trim();
    if (trimmed === "") continue;
    const pieces = splitSentences(line.text)
      .map((piece) => trimPiece(piece.text, line.start + piece.start))
      .filter((piece) => piece.text !== "");

    const isHeading =
      pieces.length === 1 && trimmed.length <= MAX_HEADING_LENGTH && !/[.。!]$/.test(trimmed);
    if (isHeading || current === undefined) {
      current = {
        heading: isHeading ? trimmed : undefined,
        start: line.start,
        end: line.end,
        sentences: [],
      };
      sections.push(current);
      if (isHeading) continue;
    }
    for (const piece of pieces) {
      current.sentences.push({
        index: sentenceIndex++,
        sectionIndex: sections.length - 1,
        start: piece.start,
        end: piece.end,
        text: piece.text,
      });
    }
    current.end = line.end;
  }
  return sections.map((section, index) => ({ ...section, index }));
}

/**
 * A sentence ends at . ! ? (and closing quotes or brackets after them) followed by a space or the
 * end of the line, so "1.5" and "U.S.-made" do not end one. The same rule holds for Korean and
 * English prose, and it costs nothing at start-up (Intl.Segmenter's first use loads ICU data).
 */
const SENTENCE_END = /[.!?。]+["”’')\]]*(?=\s|$)/gu;

function splitSentences(line: string): { text: string; start: number }[] {
  const pieces: { text: string; start: number }[] = [];
  let start = 0;
  for (const match of line.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    pieces.push({ text: line.slice(start, end), start });
    start = end;
  }
  if (start < line.length) pieces.push({ text: line.slice(start), start });
  return pieces;
}

function* linesWithOffsets(text: string): Generator<{ text: string; start: number; end: number }> {
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    yield { text: text.slice(start, end), start, end };
    if (newline === -1) break;
    start = newline + 1;
  }
}

function trimPiece(segment: string, offset: number): { text: string; start: number; end: number } {
  const leading = segment.length - segment.trimStart().length;
  const trimmed = segment.trim();
  return { text: trimmed, start: offset + leading, end: offset + leading + trimmed.length };
}
