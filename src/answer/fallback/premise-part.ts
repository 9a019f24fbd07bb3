/**
 * "마이크로소프트는 50억 달러 투자하고 / 앤트로픽 지분 몇 퍼센트 가져가요?": a part that states a
 * party's figure the record gives and leads on to the next by a Korean clause join, asking
 * nothing (no question word, no claim, no amount asked), is the premise of the part after it.
 * So is one that states the story's own date ("11월 18일 발표하고 / 다음날 주가는?"), and one whose
 * party, written as its subject, does what the record says by a verb ("엔비디아는 앤트로픽 투자하고
 * / 배당금 얼마 받아요?"). When that part is not covered, answering the premise would put the
 * known figure or date beside "not covered", as if the question were two.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Analysis } from "../../search/analyze.ts";
import { type CalendarDate, covers, datesIn } from "../../search/dates.ts";
import { isFigureOfAFact } from "./figure-key.ts";
import { asksForAmount } from "./figure-scope.ts";
import { asksByItself, HOW_MUCH } from "./part-filters.ts";
import { readRelations } from "./scope.ts";

export function statesPremise(
  knowledge: Knowledge,
  /** The question as asked: a part it ends with a question mark ("A or B? …") asks. */
  asked: string,
  bare: string,
  own: Analysis,
  /** The part after, as read alone: a premise stated by a verb leads on to a part naming no party. */
  next?: Analysis,
): boolean {
  if (asksByItself(own) || !joinedAsClause(asked, bare)) return false;
  // "11월18일 발표하고 …": a date the record gives, whoever is named.
  const dates = datesIn(bare.toLowerCase());
  const recorded = dates.length > 0 ? recordedDates(knowledge) : [];
  if (dates.some((date) => recorded.some((known) => covers(known, date)))) return true;
  // Who put in the figure: a party of the story is named ("one gig or one gigawatt" names none).
  if (!own.terms.some((term) => term.entity !== undefined)) return false;
  if (asksForAmount(own.normalized, HOW_MUCH.test(own.normalized))) return false;
  if (own.terms.some((term) => term.kind === "amount" && isFigureOfAFact(knowledge, term.text))) {
    return true;
  }
  // "엔비디아는 투자하고 / 마소는 얼마 냈어?": a part after naming its own party asks of it.
  if (!next || next.terms.some((term) => term.entity !== undefined)) return false;
  return SUBJECT_WRITTEN.test(bare) && readRelations(knowledge, own).relations.length > 0;
}

/**
 * A word written as the subject or topic of its clause ("엔비디아는", "마소가"): the part states
 * what that party does; a list of nouns ("마소 투자하고 구글 투자 금액") has no subject.
 */
const SUBJECT_WRITTEN = /\p{L}(?:은|는|이|가)(?=\s)/u;

/** The dates the facts' statements give, read once per knowledge. */
const recordedDates = oncePerKnowledge((knowledge): readonly CalendarDate[] =>
  knowledge.facts.flatMap((fact) => datesIn(fact.statement.en.toLowerCase())),
);

/**
 * Whether the part, where the question holds it, ends on a Korean clause join that carries on to
 * what is asked ("…투자하고", "…넣었고", "…넣었는데"): a statement leading on, not an item of a
 * list or a question ("A or B? …").
 */
function joinedAsClause(asked: string, bare: string): boolean {
  const at = asked.indexOf(bare);
  return at >= 0 && CLAUSE_JOIN.test(asked.slice(at + bare.length));
}
const CLAUSE_JOIN = /^(?:하고|했고|고|는데|했는데|인데)[,\s]/u;
