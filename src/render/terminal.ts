/** An Answer as text for a terminal: the answer, then its sources and how it was made. */
import type { Answer } from "../answer/types.ts";

export interface TerminalStyle {
  readonly color: boolean;
}

const dim = (style: TerminalStyle, text: string) => (style.color ? `\x1b[2m${text}\x1b[22m` : text);
const yellow = (style: TerminalStyle, text: string) =>
  style.color ? `\x1b[33m${text}\x1b[39m` : text;

export function renderAnswerForTerminal(answer: Answer, style: TerminalStyle): string {
  const lines: string[] = [];
  if (answer.notice) lines.push(yellow(style, answer.notice), "");
  lines.push(answer.text);
  const footer: string[] = [];
  // Claude's text does not carry its quotes; the deterministic text already shows them.
  if (answer.mode === "claude") {
    answer.citations.forEach((citation, index) => {
      footer.push(`[${index + 1}] 「${citation.section}」 ${citation.quote}`);
    });
  } else if (answer.citations.length > 0) {
    footer.push(
      `sections: ${[...new Set(answer.citations.map((citation) => citation.section))].join(" · ")}`,
    );
  }
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
