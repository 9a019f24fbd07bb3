/** An Answer as text for a terminal: the answer, then its quotes, sources and how it was made. */
import { quotesAsLines } from "../answer/shared/quote.ts";
import type { Answer } from "../answer/types.ts";
import type { Knowledge } from "../knowledge/load.ts";

export interface TerminalStyle {
  readonly color: boolean;
}

const dim = (style: TerminalStyle, text: string) => (style.color ? `\x1b[2m${text}\x1b[22m` : text);
const yellow = (style: TerminalStyle, text: string) =>
  style.color ? `\x1b[33m${text}\x1b[39m` : text;

export function renderAnswerForTerminal(
  answer: Answer,
  style: TerminalStyle,
  knowledge: Knowledge,
): string {
  const lines: string[] = [];
  if (answer.notice) lines.push(yellow(style, answer.notice), "");
  lines.push(answer.text);
  // Claude's text does not carry its quotes; the deterministic text already shows them, each
  // followed by its section, through the same quote renderer.
  if (answer.mode === "claude" && answer.citations.length > 0) {
    lines.push(
      "",
      ...quotesAsLines(knowledge, answer.citations, answer.language, "plain").map((line) =>
        line.startsWith("> ") ? line : dim(style, line),
      ),
    );
  }
  const footer: string[] = [];
  for (const source of answer.sources) footer.push(`${source.title} — ${source.url}`);
  footer.push(
    `mode: ${answer.mode === "claude" ? "claude" : "fallback (deterministic)"}${answer.abstained ? " · not covered" : ""}`,
  );
  lines.push("", ...footer.map((line) => dim(style, line)));
  return lines.join("\n");
}

/** Colour only on a terminal, and only when the configuration allows it (NO_COLOR). */
export function terminalStyle(stream: NodeJS.WriteStream, colorAllowed: boolean): TerminalStyle {
  return { color: Boolean(stream.isTTY) && colorAllowed };
}
