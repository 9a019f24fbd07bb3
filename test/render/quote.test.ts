/**
 * One quote renderer for every surface: quote, translation, then its own section title, in the
 * reader's language. Written against the old behaviour: an English reader saw 「도입부」 under a
 * lead-paragraph quote, and two quotes printed before both section lines.
 */
import { describe, expect, it } from "vitest";
import { composeAnswer } from "../../src/answer/fallback/text.ts";
import { sentencesHolding } from "../../src/answer/shared/article-refs.ts";
import { quoteBlocks, quotesAsLines, quotesAsText } from "../../src/answer/shared/quote.ts";
import type { Answer, Citation } from "../../src/answer/types.ts";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { flowView } from "../../src/render/flow-view.ts";
import { sourcesDetail, sourcesLines } from "../../src/render/sources.ts";
import { renderAnswerForTerminal } from "../../src/render/terminal.ts";
import { knowledgeDir } from "../helpers/paths.ts";

const knowledge = loadKnowledge(knowledgeDir);
const [leadSection, secondSection] = knowledge.article.sections;
const leadSentence = leadSection?.sentences[0];
const laterSentence = secondSection?.sentences[0];
if (!leadSentence || !laterSentence || !secondSection?.heading) {
  throw new Error("the knowledge needs a lead section and a headed one");
}
const leadTitle = knowledge.manifest.article.leadSection;
const leadText = leadSentence.text;
const laterText = laterSentence.text;
const secondTitleEn = knowledge.translations.get(secondSection.heading) ?? "";
const citations: Citation[] = [
  { quote: leadSentence.text, section: leadTitle.ko },
  { quote: laterSentence.text, section: secondSection.heading },
];
const answer = (language: "ko" | "en", mode: Answer["mode"] = "claude"): Answer => ({
  mode,
  language,
  abstained: false,
  text: "An answer.",
  citations,
  sources: [],
});
const hangul = /[가-힣]/;

/** The index of the first line containing each needle, in order of the needles. */
function positions(text: string, needles: readonly string[]): number[] {
  const lines = text.split("\n");
  return needles.map((needle) => lines.findIndex((line) => line.includes(needle)));
}

/** The two quotes in order, in an English text, each line followed by its own section's title. */
function expectEachQuoteThenItsSection(text: string): void {
  const [quote1, section1, quote2, section2] = positions(text, [
    leadText,
    `「${leadTitle.en}」`,
    laterText,
    `「${secondTitleEn}」`,
  ]);
  expect(quote1).toBeGreaterThanOrEqual(0);
  expect(section1).toBeGreaterThan(quote1 as number);
  expect(quote2).toBeGreaterThan(section1 as number);
  expect(section2).toBeGreaterThan(quote2 as number);
}

describe("the quote renderer", () => {
  it("names the section in the reader's language, the lead section included", () => {
    const blocks = quoteBlocks(knowledge, citations, "en");
    expect(blocks.map((block) => block.section)).toEqual([leadTitle.en, secondTitleEn]);
    expect(blocks[0]?.translation).toBe(knowledge.translations.get(leadSentence.text));
    const korean = quoteBlocks(knowledge, citations, "ko");
    expect(korean.map((block) => block.section)).toEqual([leadTitle.ko, secondSection.heading]);
    expect(korean[0]?.translation).toBeUndefined();
  });

  it("Sources button: an English reader sees English section titles, each after its quote", () => {
    const detail = sourcesDetail(answer("en"), knowledge);
    expect(detail).not.toContain(`「${leadTitle.ko}」`);
    expectEachQuoteThenItsSection(detail);
    expect(sourcesLines(answer("en"), knowledge)[0]).toContain(`「${leadTitle.en}」`);
    expect(sourcesLines(answer("en"), knowledge)[0]).not.toMatch(hangul);
  });

  it("terminal: each quote is followed by its own section", () => {
    const text = renderAnswerForTerminal(answer("en"), { color: false }, knowledge);
    expectEachQuoteThenItsSection(text);
  });

  it("the deterministic text: each quote followed by its section, in the reader's language", () => {
    const quoted = [
      ...sentencesHolding(knowledge, leadSentence.text),
      ...sentencesHolding(knowledge, laterSentence.text),
    ];
    const english = composeAnswer(knowledge, "en", [], quoted).text;
    expectEachQuoteThenItsSection(english);
    const korean = composeAnswer(knowledge, "ko", [], quoted).text;
    expect(korean).toContain(`「${leadTitle.ko}」`);
    expect(korean).toContain(`「${secondSection.heading}」`);
  });

  it("/who-pays-whom quotes carry English section titles for English readers", () => {
    const sectionLines = flowView(knowledge, "en")
      .text.split("\n")
      .filter((line) => line.startsWith("-# 「"));
    expect(sectionLines.length).toBeGreaterThan(0);
    for (const line of sectionLines) expect(line).not.toMatch(hangul);
  });

  it("the quotes written as one text are the lines joined, in every grouping and language", () => {
    const second = secondSection.sentences[1] ?? laterSentence;
    const lists: Citation[][] = [
      [],
      citations,
      [...citations].reverse(),
      // Two of one section stand in one block, with one translation line for both.
      [citations[1] as Citation, { quote: second.text, section: secondSection.heading ?? "" }],
      [citations[0] as Citation, citations[0] as Citation, citations[1] as Citation],
      // A quote with a line break inside is one line.
      [{ quote: `${leadText}\n\n  ${laterText}`, section: leadTitle.ko }],
    ];
    for (const list of lists) {
      for (const language of ["ko", "en"] as const) {
        for (const style of ["plain", "subtext"] as const) {
          for (const translate of [true, false]) {
            expect(quotesAsText(knowledge, list, language, style, { translate })).toBe(
              quotesAsLines(knowledge, list, language, style, { translate }).join("\n"),
            );
          }
        }
      }
    }
  });
});
