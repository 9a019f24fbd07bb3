/**
 * Questions about how the article is laid out ("어떤 섹션으로 나뉘어 있어?", "list the article's
 * headings", "what's the outline?"): its headings in order, as written (and translated for
 * readers of the other language).
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Language } from "../../knowledge/schema.ts";
import type { Answer } from "../types.ts";

/**
 * The words of headings; not "heading" as a verb ("where the market is heading", "heading for a
 * monopoly").
 */
const HEADINGS =
  /\b(?:sub-?headings?|headings?|subtitles?|table of contents)\b(?<!(?:\b(?:is|are|was|were|be|been|being|re|s)\s|\bwhere\b[^?.!,;]*\s)heading)(?!\s+(?:to|toward|towards|for|into|down|up|off|out|back|next|somewhere|elsewhere)\b)|소제목|섹션|목차|챕터/u;
/** Words that ask for the layout only when said of the article ("the article's structure"). */
const LAYOUT =
  /\b(?:sections?|outline|structure|structured|laid out|layout|organi[sz]ed)\b|구성|어떤 (?:부분|파트|순서)(?:으로|로)/u;
const ARTICLE = /\b(?:article|piece|post|blog|story)\b|기사|글/u;
/** A name asked for a structure ("what does it call the structure", "구조를 뭐라고 불러"). */
const NAMES_A_STRUCTURE =
  /\bcall(?:s|ed|ing)?\b[^?.,;]*\bstructure\b|\bstructure\b[^?.,;]*\b(?:called|named|termed|labell?ed)\b|\b(?:name|term|label) (?:for|of) (?:the |this |that |its )?(?:\w+ )?structure\b|\b(?:what|which) (?:name|term|label)\b[^?.,;]*\bstructure\b|구조(?:를|는|가)? ?(?:뭐라고|뭐라|어떻게) (?:부르|불러|불렀|칭하|표현|이름)/u;

/**
 * Headings or an outline asked to be made: "목차 좀 잡아줘", "소제목 짜 줘", "make me a table of
 * contents", "draft an outline". Not "뽑아줘" or "write out", which ask for the ones there are.
 */
const HEADINGS_MADE =
  /(?:목차|소제목|챕터|섹션)(?:를|을|도)?\s?(?:좀\s?)?(?:짜|잡아|만들어|구성해)|\b(?:make|draft|create|design|come up with|put together|suggest)\s(?:me\s|us\s)?(?:a\s|an\s|some\s)?(?:[\w-]+\s){0,2}?(?:table of contents|sub-?headings|headings|outline|sections)\b/u;

/** "Which section says…?" asks for a passage, not the layout. */
const ONE_SECTION =
  /\b(?:which|what) (?:section|part|heading)\b.*\b(?:say|says|said|mention|mentions|talk|talks|cover|covers|discuss)\b|어느 (?:섹션|부분|대목)/u;

/**
 * "기사 소제목 '모든 주요 클라우드에서 만나다', 사실관계 맞는 거죠?", "the heading 'Claude
 * everywhere' is accurate?": one heading, named by its words, asked about: not the layout.
 */
const ONE_HEADING_QUOTED =
  /(?:\b(?:sub-?heading|heading|subtitle)|소제목)\s?(?:(?:은|는|이|가|인|of|that says|saying|reads)\s?)?["'‘“「『][^"'’”」』]{2,}["'’”」』]/u;

/**
 * @param claim the question asks to confirm a claim: "a circular investment structure, right?"
 *   speaks of the deal's structure; only the words of headings ask for the layout then.
 */
export function asksForStructure(normalized: string, claim = false): boolean {
  if (ONE_SECTION.test(normalized) || ONE_HEADING_QUOTED.test(normalized)) return false;
  // "시리즈A IR 덱 목차 좀 잡아줘", "draft me an outline for my talk": headings to be made for
  // something of the asker's, not the article's own, unless the article is named.
  if (HEADINGS_MADE.test(normalized) && !ARTICLE.test(normalized)) return false;
  if (claim) return HEADINGS.test(normalized);
  if (HEADINGS.test(normalized)) return true;
  // "what does the article call the overall structure?": the name it gives the deal's structure.
  if (NAMES_A_STRUCTURE.test(normalized)) return false;
  // "the risk the article sees in the circular structure": the deal's structure, not the layout.
  const layout = normalized.replace(OTHER_STRUCTURE, " ");
  return LAYOUT.test(layout) && ARTICLE.test(normalized);
}

/**
 * "circular structure", "deal structure", "ownership structure": a structure qualified by a word
 * other than the article's own ("the", "its", "article's", "overall") is not the layout.
 */
const OTHER_STRUCTURE =
  /\b(?!(?:the|its|this|that|overall|whole|general|basic|article|piece|post|blog|story|is|was|s|whats|what)\b)[a-z]+(?:'s)?\s+structure\b/gu;

export function structureAnswer(knowledge: Knowledge, language: Language): Answer | undefined {
  const translate = language !== knowledge.article.language;
  const headings = knowledge.article.sections.flatMap((section) =>
    section.heading ? [section.heading] : [],
  );
  if (headings.length === 0) return undefined;
  const lines = headings.map((heading, at) => {
    const other = translate ? knowledge.translations.get(heading) : undefined;
    return `${at + 1}. ${heading}${other ? ` (${other})` : ""}`;
  });
  const lead = knowledge.article.sections[0]?.heading === undefined;
  const opening =
    language === "ko"
      ? `기사는 ${lead ? "도입부 뒤에 " : ""}${headings.length}개의 소제목으로 나뉩니다:`
      : `${lead ? "After its opening, the" : "The"} article has ${headings.length} sections:`;
  return {
    mode: "fallback",
    language,
    abstained: false,
    text: [opening, ...lines].join("\n"),
    citations: [],
    sources: [],
  };
}
