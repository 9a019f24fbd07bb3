/**
 * "Besides Foundry, which other Microsoft products is Claude in?", "파운드리 말고 클로드 들어간 마소
 * 제품 또 뭐 있어?": the item set aside is the one the asker already knows; read with the rest,
 * its own fact answers instead of the others asked for. The question is answered without it,
 * when the rest asks for another ("other", "else", "또", "다른"). Money set aside ("besides the
 * cash") is read elsewhere (gets-besides-money.ts): it restricts what a party gets. A party that
 * pays or is paid set aside ("besides Microsoft and NVIDIA, who else invested?") or the story
 * itself ("이 발표 외에 … 소식 또 있어?") asks for another party or other news, not covered: kept.
 */
import { flowParties } from "../../knowledge/flow-parties.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";

/** A quick test before the patterns: most questions set nothing aside. */
const SET_ASIDE =
  /\b(?:besides?|apart from|aside from|other than|except for|excluding|not counting)\b|말고|말구|외에|외엔|빼고|제외하고|이외/iu;
/** "Besides X, …" opening the question. */
const ENGLISH_OPENING =
  /^(?:(?:so|and|ok|okay|alright)[,\s]+)?(?:besides|beside|apart from|aside from|other than|except for|excluding|not counting)\s+(?:the\s+|its\s+)?[^,?？;]{1,40}?,\s*(\S[\s\S]*)$/iu;
/** "…, besides X?" closing it. */
const ENGLISH_CLOSING =
  /^(\S[\s\S]*?)[,\s]+(?:besides|beside|apart from|aside from|other than|except for|excluding|not counting)\s+(?:the\s+|its\s+)?[^,?？;]{1,40}?([?？!.]*)\s*$/iu;
/** "X 말고 …", "X 외에 …", "X 빼고 …" opening it. */
const KOREAN_OPENING =
  /^[^\s?？]+(?:\s[^\s?？]+)?\s?(?:말고|말구|외에도|외에|외엔|빼고|제외하고|이외에도|이외에)\s+(\S[\s\S]*)$/u;

/** The rest asks for another: "other", "else", "more", "또", "다른", "딴". */
const ANOTHER_ASKED = /\b(?:other|others|else|odda|oddah|another|additional|more)\b|또|다른|딴 /iu;
/** The story itself set aside: "이 발표 외에", "besides this deal". */
const STORY_ITSELF =
  /발표|기사|소식|뉴스|딜|거래|\b(?:deal|news|announcement|article|story|partnership)\b/iu;
/** Money set aside, named: read by gets-besides-money.ts. */
const MONEY = /\b(?:money|cash|funding|funds|investments?|dollars|capital)\b|돈|현금|자금|투자/u;

/** The question without the item set aside, or undefined when none is. */
export function withoutExceptedItem(index: KnowledgeIndex, question: string): string | undefined {
  const trimmed = question.trim();
  if (!SET_ASIDE.test(trimmed)) return undefined;
  const read = openingRest(trimmed) ?? closingRest(trimmed);
  if (read === undefined || !ANOTHER_ASKED.test(read.rest)) return undefined;
  const { setAside } = read;
  if (MONEY.test(setAside) || STORY_ITSELF.test(setAside) || namesPayer(index, setAside)) {
    return undefined;
  }
  return read.rest;
}

/** Whether the words name a party money goes from or to. */
function namesPayer(index: KnowledgeIndex, text: string): boolean {
  const parties = flowParties(index.knowledge);
  return index
    .analyze(text)
    .terms.some((term) => term.entity !== undefined && parties.has(term.entity));
}

function openingRest(text: string): { rest: string; setAside: string } | undefined {
  const rest = ENGLISH_OPENING.exec(text)?.[1] ?? KOREAN_OPENING.exec(text)?.[1];
  return rest === undefined
    ? undefined
    : { rest, setAside: text.slice(0, text.length - rest.length) };
}

function closingRest(text: string): { rest: string; setAside: string } | undefined {
  const found = ENGLISH_CLOSING.exec(text);
  const head = found?.[1];
  if (head === undefined) return undefined;
  return { rest: `${head}${found?.[2] ?? ""}`, setAside: text.slice(head.length) };
}
