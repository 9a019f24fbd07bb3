/**
 * A claim written the way a news desk passes on a rumour to check: "…란 설. 확인 요망", "…로
 * 알려져. 맞나?", "…발언 설", "…한 것으로 전해져. 확인 바람", "…다는 소문, 팩트체크 요망". The
 * frame (the rumour noun, the hearsay verb, the request to check) is no part of the claim: it
 * reads as "… 맞아?", which the confirmation rules already check. Korean only; nothing here is
 * about one story.
 */
import { hasQuestionWord, isLeadingTagOnly } from "./confirmation.ts";

/** Words one of the frames needs: a question without any of them is left as it is. */
const GATE = /설|소문|루머|알려|전해|요망|확인|체크/u;

/**
 * A request to check written last: "확인 요망", "사실 확인 바람", "팩트체크 필요", "진위 확인 요청".
 * "…확인 부탁" is read as a lead-in elsewhere. A value asked ("금액 확인 요망", "날짜 확인 필요")
 * is a look-up, not a claim: the words before it are checked by VALUE_ASKED.
 */
const CHECK_REQUESTED =
  /[\s.,，:;—–-]*(?:(?:사실|진위|팩트)(?:\s?여부)?\s?)?(?:확인|체크|팩트\s?체크|크로스\s?체크)\s?(?:요망|바람|바랍니다|필요|요청|요함)\s*[.!?？~]*$/u;
const VALUE_ASKED =
  /(?:일자|날짜|일정|시점|시기|금액|액수|규모|이름|명칭|출처|내용|수치|숫자|합계|총액)(?:도|를|을|만)?$/u;

/** "…란 설", "…다는 소문", "…라는 루머": the clause that ends in 란/다는 is the claim. */
const RUMOUR_OF_CLAUSE =
  /(?<=\p{Script=Hangul}(?:란|단|라는|다는|라던|다던))\s?(?:설|소문|루머|풍문|관측|찌라시|지라시)$/u;
/** "…정리 발언 설", "…인수 임박 설": a rumour noun after a noun phrase. */
const RUMOUR_OF_NOUN = /(?<=\p{Script=Hangul})\s(?:설|소문|루머|풍문|찌라시|지라시)$/u;
/** "…넣은 것으로 알려져", "…포함으로 전해짐", "…인 것으로 알려졌다": hearsay of the press. */
const REPORTED =
  /(?:(?<=\p{Script=Hangul}\s?)(?:것|거)\s?)?(?:으로|로)\s(?:알려져|알려짐|알려졌다|알려졌음|알려졌는데|전해져|전해짐|전해졌다|전해졌음|보도돼|보도됨|보도됐다)$/u;
const SENTENCE_END = /[\s.!?？~…]+$/u;
/** A request's claim ends in a clause ("…들어간다는 거", "…넣었다"), not a bare noun ("투자액"). */
const ENDS_AS_CLAIM = /(?:거|것|건|다|음|함|됨|임|했|됐)$/u;

/** The claim with its rumour frame read as "… 맞아?"; the question itself when it has none. */
export function asRumourCheck(question: string): string {
  if (!GATE.test(question)) return question;
  let body = question.trim();
  let framed = false;
  const request = CHECK_REQUESTED.exec(body);
  if (request && request.index > 0) {
    const before = body.slice(0, request.index);
    if (VALUE_ASKED.test(before)) return question;
    body = before;
    framed = true;
  } else {
    // "…로 알려져. 맞나?": a bare tag after the claim's own sentence asks about it.
    const lastStop = Math.max(body.lastIndexOf(". "), body.lastIndexOf(".\n"));
    if (lastStop > 0 && isLeadingTagOnly(body.slice(lastStop + 1))) {
      body = body.slice(0, lastStop);
      framed = true;
    }
  }
  body = body.replace(SENTENCE_END, "");
  const reframed = body
    .replace(RUMOUR_OF_CLAUSE, " 거")
    .replace(RUMOUR_OF_NOUN, "")
    .replace(REPORTED, (match) => (/^(?:것|거)/u.test(match) ? "거" : ""));
  if (reframed === body && (!framed || !ENDS_AS_CLAIM.test(body))) return question;
  if (hasQuestionWord(reframed)) return question;
  return `${reframed.trimEnd()} 맞아?`;
}
