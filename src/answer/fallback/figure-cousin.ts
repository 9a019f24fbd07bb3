/**
 * A qualifier can turn a figure the facts give into a cousin they do not: the valuation before a
 * round ("pre-money") beside the one reported after it, all a company has ever raised beside what
 * one deal puts in, how much of one figure goes to each of two things it names together, who
 * supplies the parts inside a system beside who sells the system. Answering with the nearby figure
 * answers a different question, so the cousin is not covered. Read on the whole question, before
 * its parts are answered one by one, as other news is (measure-scope.ts). The words are the
 * language of funding, valuation and supply, not of any one story.
 */

import type { Analysis } from "../../search/analyze.ts";
import type { Measure } from "./measure-scope.ts";

/** Cheap first test: one of these must appear before any pattern below runs. */
const CUE =
  /who else|money|머니|all[- ]time|lifetime|raised|누적|이래|이후|\bvs\b|versus|supplier|vendor|suppl|공급|납품|제조사|업체|earmark|allocat|set aside|reserved|ring-?fenced|dedicated|budgeted|designated|배정|할당|배분|책정|편성|쓰이|쓰여|쓰일|사용되|사용될/u;

const COUSINS: readonly (Measure & { readonly asked: RegExp; readonly asWritten?: true })[] = [
  {
    // "Post-money" is the valuation the press reports after the deal: it stays answered.
    id: "cousin",
    label: { ko: "투자 전 기업가치(프리머니)", en: "pre-money valuation" },
    // Read as written: the glossary reads "pre-money" as "valuation before the deal".
    asked: /\bpre[- ]?money\b|프리\s?머니/u,
    asWritten: true,
  },
  {
    // "How much did the two invest in total?" is this deal's sum and stays answered; "has raised
    // in total", "all-time", "누적 투자 유치" ask every round a company ever took.
    id: "cousin",
    label: { ko: "지금까지의 누적 투자 유치액", en: "all-time total raised" },
    asked:
      /\ball[- ]time\b|\blifetime (?:funding|raise|raised|total)\b|\bha(?:s|ve) (?:\w+ )?raised\b[^?.!]{0,24}\b(?:in total|total|overall|altogether|ever|combined)\b|\bever raised\b|\b(?:total|overall) (?:amount )?raised\b|누적\s?(?:투자|펀딩|조달|유치)|(?:창업|설립)\s?(?:이래|이후)\s?(?:\S+\s)?(?:투자|펀딩|조달|유치)/u,
  },
  {
    // "How much of the 1 GW is Blackwell vs Rubin": a figure parted between two things the fact
    // names together; the fact gives the whole only.
    id: "split",
    label: { ko: "나뉘는 비율", en: "split between them" },
    asked:
      /\bhow much of (?:the |that |this |its |it )?[^?.!]{0,24}?\b(?:is|are|goes to|go to|for)\b[^?.!]{1,40}?\b(?:vs\.?|versus)\b/u,
  },
  {
    // "How much of the azure commitment is earmarked for nvidia chips", "150억 중 얼마가 연구개발에
    // 쓰여?": a part of a covered sum set aside for one use; the facts give the sum whole, never
    // what it is spent on.
    id: "cousin",
    label: { ko: "쓰임새별 배분", en: "allocation by use" },
    asked:
      /\b(?:how much|what (?:%|percent(?:age)?|share|part|portion|fraction|chunk)|which (?:part|portion|share))\s+of\s+(?!(?:my|our|your)\b)[^?.!]{1,48}?\b(?:earmarked|allocated|set aside|reserved|ring-?fenced|dedicated|budgeted|designated)\b|(?:중|중에|중에서|가운데)\s(?:\S+\s){0,3}?(?:\S+\s)?\S*(?:배정|할당|배분|책정|편성|쓰이|쓰여|쓰일|사용되|사용될)/u,
  },
  {
    // "HBM4 공급사", "memory supplier": who supplies a part inside the systems. The systems'
    // seller is a party, and "앤트로픽 공급업체는 누구?" stays answered with the sales.
    id: "cousin",
    label: { ko: "부품 공급사", en: "component suppliers" },
    asked:
      /\b(?:hbm\d?e?|memory|dram|components?|packaging)\b[^?.!]{0,20}\b(?:suppliers?|vendors?|makers?|supplied)\b|\b(?:suppliers?|vendors?|who (?:supplies|makes|provides)) (?:of |for |the )*(?:hbm\d?e?|memory|dram|components?)\b|(?:hbm\d?e?|메모리|디램|부품)\s?(?:\S+\s)?(?:공급사|공급업체|공급처|납품업체|제조사|업체)/u,
  },
  {
    // "Who else participated besides MSFT and NVDA?": the asker names the investors the facts list
    // and asks for more; naming them again answers nothing. The Korean forms ("MS랑 엔비 말고 투자한
    // 곳") are other-parties.ts's, which names the parties in its answer.
    id: "cousin",
    label: { ko: "그 밖의 참여자", en: "other participants" },
    asked:
      /\bwho else\b[^?.!]{0,30}\b(?:participat\w*|invest\w*|in on|join\w*|chipp\w* in|put (?:money )?in|back\w*|fund\w*)\b[^?.!]{0,40}\b(?:besides|other than|apart from|aside from|except|beyond)\b/u,
  },
];

/**
 * The story's parties the question names: "how much of the $15B is Microsoft vs NVIDIA" is two
 * parties' own figures, which answer it.
 */
function partiesNamed(analysis: Analysis, parties: ReadonlyMap<string, unknown>): number {
  const named = new Set(
    analysis.terms.flatMap((term) => {
      const id = term.kind === "concept" ? term.features[0]?.slice(2) : undefined;
      return id !== undefined && parties.has(id) ? [id] : [];
    }),
  );
  return named.size;
}

/** The uncovered cousin of a covered figure the question asks, if any. */
export function asksFigureCousin(
  analysis: Analysis,
  parties: ReadonlyMap<string, unknown>,
): Measure | undefined {
  const text = analysis.normalized;
  const written = analysis.asWritten?.toLowerCase() ?? text;
  if (!CUE.test(text) && !CUE.test(written)) return undefined;
  // Read as written too: the glossary may reword the qualifier ("pre-money", "put money in").
  const found = COUSINS.find(
    (cousin) =>
      ((!cousin.asWritten && cousin.asked.test(text)) || cousin.asked.test(written)) &&
      (cousin.id !== "split" || partiesNamed(analysis, parties) < 2),
  );
  return found ? { id: found.id, label: found.label } : undefined;
}
