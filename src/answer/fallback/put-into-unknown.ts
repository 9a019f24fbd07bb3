/**
 * "김치찌개에 설탕 넣는 거야?", "커피에 소금 넣는다던데 진짜?": 넣다 (put in) is how Korean says an
 * investment, but only when money goes into a party. Put into a thing the knowledge does not
 * know, it is cooking or anything else, never a claim about the story. Language only: what is
 * known comes from the analysis.
 */
import type { Analysis } from "../../search/analyze.ts";
import { matchesOf } from "../../util/matches-of.ts";

/** A place with -에 (or -에다), then within three words a form of 넣다. */
const PUT_INTO = /(\p{Script=Hangul}+에(?:다)?)\s+(?:\S+\s+){0,3}?\S*넣/gu;

export function putsIntoUnknownThing(analysis: Analysis): boolean {
  for (const match of matchesOf(PUT_INTO, analysis.normalized)) {
    const place = match[1] ?? "";
    const term = analysis.terms.find((candidate) => candidate.text === place);
    if (term && !term.known) return true;
  }
  return false;
}
