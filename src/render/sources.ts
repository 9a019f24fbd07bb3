/**
 * Where an answer comes from, two ways: a compact subtext line under the answer (section titles,
 * source hosts, how the answer was made) and the full quotes shown when "Sources" is clicked.
 */
import { quotesAsLines, sectionTitleOf } from "../answer/shared/quote.ts";
import type { Answer } from "../answer/types.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { escapeMarkdown, hostOf, subtext } from "./markdown.ts";
import { uiText } from "./ui-text.ts";

const MAX_SECTIONS = 3;

/** The lines under an answer: sections and sources, then a note on how it was made. */
export function sourcesLines(answer: Answer, knowledge: Knowledge): string[] {
  const words = uiText[answer.language];
  const titles = answer.citations.map((citation) =>
    sectionTitleOf(knowledge, citation, answer.language),
  );
  const sections = [...new Set(titles)]
    .slice(0, MAX_SECTIONS)
    .map((section) => `「${escapeMarkdown(section)}」`);
  const hosts = [...new Map(answer.sources.map((source) => [hostOf(source.url), source])).values()]
    .slice(0, 2)
    .map((source) => `[${escapeMarkdown(hostOf(source.url))}](<${source.url}>)`);
  const parts = [
    ...(sections.length > 0 ? [`📖 ${sections.join(" · ")}`] : []),
    ...(hosts.length > 0 ? [`🔗 ${hosts.join(" · ")}`] : []),
  ];
  // A notice (e.g. Claude was unavailable) says more than the generic note, so it replaces it.
  if (!answer.notice && answer.mode === "fallback" && !answer.abstained) {
    parts.push(words.deterministicNote);
  }
  const lines = parts.length > 0 ? [subtext(parts.join(" · "))] : [];
  if (answer.notice) lines.push(subtext(`⚠️ ${answer.notice}`));
  return lines;
}

/** The full quotes (translated for readers of the other language) and the outside sources. */
export function sourcesDetail(answer: Answer, knowledge: Knowledge): string {
  const words = uiText[answer.language];
  const lines: string[] = [];
  if (answer.citations.length > 0) {
    lines.push(`**${words.quotesHeading}**`);
    // Subtext section lines would run into the next quote: a blank line after each block.
    lines.push(
      ...quotesAsLines(knowledge, answer.citations, answer.language, "subtext").flatMap((line) =>
        line.startsWith("-# ") ? [line, ""] : [line],
      ),
    );
  }
  if (answer.sources.length > 0) {
    lines.push(`**${words.outsideSources}**`);
    for (const source of answer.sources) {
      lines.push(`- [${escapeMarkdown(source.title)}](<${source.url}>)`);
    }
  }
  return lines.join("\n").trim();
}
