/**
 * A name written in Hangul with a version after it ("클로드 5", "제미나이 3는"), read as the
 * Latin name the knowledge gives the same concept ("claude 5"), so a version check reads
 * "클로드 5 모델의 파운드리 제공 일정" as it reads "Claude 5 on Foundry". Names the glossary
 * already writes in Latin (소네트 -> sonnet) never reach here as Hangul.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import { matchesOf } from "../../util/matches-of.ts";

/**
 * A Hangul name and its version, apart or glued: "클로드 5", "클로드5". Not a figure with its
 * unit after it ("엔비디아 10 억 달러"), nor a count ("5개").
 */
const HANGUL_VERSIONED =
  /(?<!\p{Script=Hangul})(\p{Script=Hangul}{2,})\s?(\d{1,2}(?:\.\d{1,2})?)(?![\d.,])(?!\s?(?:억|조|만|천|백|개|년|월|일|배|위|명|기가|달러|불|원|%|gw|b\b|bn|billion))(?=\s|$|[?？!.,~]|(?:은|는|이|가|을|를|도|의|와|과|랑|이랑|으로|로|에|에서|까지|부터|모델|버전)(?!\p{Script=Hangul}))/gu;

/** Each Hangul form of a concept, to the concept's one-word Latin form ("클로드" -> "claude"). */
const latinNameOf = oncePerKnowledge((knowledge): ReadonlyMap<string, string> => {
  const names = new Map<string, string>();
  for (const concept of knowledge.concepts) {
    const latin = concept.forms.find((form) => /^[a-z]{3,}$/iu.test(form))?.toLowerCase();
    if (!latin) continue;
    for (const form of concept.forms) {
      if (/^\p{Script=Hangul}{2,}$/u.test(form)) names.set(form, latin);
    }
  }
  return names;
});

export interface Versioned {
  readonly written: string;
  readonly name: string;
  readonly version: string;
}

/** The Hangul-named versions in a normalised question, each with its Latin name. */
export function hangulVersioned(knowledge: Knowledge, text: string): Versioned[] {
  const found: Versioned[] = [];
  const names = latinNameOf(knowledge);
  for (const match of matchesOf(HANGUL_VERSIONED, text)) {
    const [, hangul = "", version = ""] = match;
    const name = names.get(hangul);
    if (name) found.push({ written: `${hangul} ${version}`, name, version });
  }
  return found;
}
