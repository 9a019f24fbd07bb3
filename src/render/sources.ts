/**
 * Where an answer comes from, two ways: a compact subtext line under the answer (section titles,
 * source hosts, how the answer was made) and the full quotes shown when "Sources" is clicked.
 */
import type { Answer } from "../answer/types.ts";
import type { Knowledge } from "../knowledge/load.ts";
import { escapeMarkdown, hostOf, subtext } from "./markdown.ts";
import { uiText } from "./ui-text.ts";

const MAX_SECTIONS = 3;

/** The lines under an answer: sections and sources, then a note on how it was made. */
export function sourcesLines(answer: Answer): string[] {
  const words = uiText[answer.language];
  const sections = [...new Set(answer.citations.map((citation) => citation.section))]
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
  const translate = answer.language !== knowledge.article.language;
  const lines: string[] = [];
  if (answer.citations.length > 0) {
    lines.push(`**${words.quotesHeading}**`);
    for (const citation of answer.citations) {
      lines.push(`> ${citation.quote.replace(/\n+/g, " ")}`);
      const translation = translate ? knowledge.translations.get(citation.quote) : undefined;
      if (translation) lines.push(`> *${translation}*`);
      const section = translate
        ? (knowledge.translations.get(citation.section) ?? citation.section)
        : citation.section;
      lines.push(subtext(`「${escapeMarkdown(section)}」`), "");
    }
  }
  if (answer.sources.length > 0) {
    lines.push(`**${words.outsideSources}**`);
    for (const source of answer.sources) {
      lines.push(`- [${escapeMarkdown(source.title)}](<${source.url}>)`);
    }
  }
  return lines.join("\n").trim();
}
