/**
 * Splits Markdown text into pieces that each fit a message limit (Discord: 2,000 characters).
 * Breaks fall between paragraphs first, then between lines, then between words, so a quoted
 * line stays whole unless it alone is too long (its continuation is quoted again), and a code
 * block cut in two is closed and reopened with the same fence.
 */

export const DISCORD_MESSAGE_LIMIT = 2000;

interface Block {
  /** The opening fence line (e.g. "```ts") when the block is fenced code. */
  readonly fence?: string;
  readonly lines: readonly string[];
}

export function splitMessage(text: string, limit: number = DISCORD_MESSAGE_LIMIT): string[] {
  if (limit < 20) throw new RangeError("limit must be at least 20 characters");
  const trimmed = text.trim();
  if (trimmed.length <= limit) return trimmed === "" ? [] : [trimmed];
  const pieces = parseBlocks(trimmed).flatMap((block) => splitBlock(block, limit));
  return pack(pieces, "\n\n", limit);
}

/** Paragraphs (separated by blank lines) and fenced code blocks (kept whole, blank lines too). */
function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let lines: string[] = [];
  let fence: string | undefined;
  const close = () => {
    if (lines.length > 0) blocks.push(fence === undefined ? { lines } : { fence, lines });
    lines = [];
    fence = undefined;
  };
  for (const line of text.split("\n")) {
    if (fence !== undefined) {
      if (isFence(line)) close();
      else lines.push(line);
    } else if (isFence(line)) {
      close();
      fence = line.trim();
    } else if (line.trim() === "") {
      close();
    } else {
      lines.push(line);
    }
  }
  // An unclosed fence still renders as code in Discord: keep it as code.
  close();
  return blocks;
}

function isFence(line: string): boolean {
  return line.trimStart().startsWith("```");
}

/** One block as one or more strings, each within the limit. */
function splitBlock(block: Block, limit: number): string[] {
  if (block.fence !== undefined) {
    const fence = block.fence;
    const wrap = (body: string) => `${fence}\n${body}\n\`\`\``;
    const budget = limit - fence.length - 5;
    const lines = block.lines.flatMap((line) => splitLine(line, budget, ""));
    return pack(lines, "\n", budget).map(wrap);
  }
  const lines = block.lines.flatMap((line) => {
    const quote = /^(\s*>+\s?)/.exec(line)?.[1] ?? "";
    return splitLine(line, limit, quote);
  });
  return pack(lines, "\n", limit);
}

/** A line that is too long, cut between words; continuations keep the quote marker. */
function splitLine(line: string, limit: number, prefix: string): string[] {
  if (line.length <= limit) return [line];
  const parts: string[] = [];
  let rest = line;
  let first = true;
  while (rest.length > 0) {
    const lead = first ? "" : prefix;
    const room = limit - lead.length;
    if (rest.length <= room) {
      parts.push(lead + rest);
      break;
    }
    const cut = breakPoint(rest, room);
    parts.push(lead + rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
    first = false;
  }
  return parts;
}

/** Where to cut text to at most `room` characters: after a space, else never inside a pair. */
function breakPoint(text: string, room: number): number {
  const space = text.lastIndexOf(" ", room);
  if (space > room / 2) return space + 1;
  // No useful space (e.g. a long URL): cut hard, but not between the halves of a surrogate pair.
  const code = text.charCodeAt(room - 1);
  return code >= 0xd800 && code <= 0xdbff ? room - 1 : room;
}

/** Greedily joins pieces with a separator into strings within the limit. */
function pack(pieces: readonly string[], separator: string, limit: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const piece of pieces) {
    if (current === "") current = piece;
    else if (current.length + separator.length + piece.length <= limit)
      current += separator + piece;
    else {
      out.push(current);
      current = piece;
    }
  }
  if (current !== "") out.push(current);
  return out;
}
