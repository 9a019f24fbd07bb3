/**
 * Whether a question asks if something is among what the knowledge lists, beyond the items it
 * lists: "is Opus 5 part of the Foundry lineup?", "is GPT-5 also on Foundry?", "클로드 3.7
 * 소네트도 쓸 수 있나요?", "is Opus 6 coming to Foundry?". A list of what a deal offers says what
 * it offers; it says nothing of whether another item is in it too, nor of what is added later.
 * So such a question about an item the list does not name is not covered, while a claim of it
 * ("Foundry gets Opus 4.5, right?", "오퍼스 4.5 들어간다며?") is still corrected with the list.
 * Language-level patterns only: the items come from the knowledge.
 */
import { asksPlainly, endsWithClaimTag } from "../../search/confirmation.ts";
import { passesOnHearsay } from "../../search/korean-predicate.ts";

/**
 * Asked as well as what is listed, claim or question: "also", "too", "as well", or Korean 도,
 * 까지, 마저 glued to a version or a Latin name ("오퍼스 4.5도", "3.7 sonnet도", "gpt-5도",
 * "models도"), or after "같은" ("3.5 하이쿠 같은 예전 모델도": one like it, too).
 */
const ASKED_AS_WELL =
  /[\da-z]\s?(?:도|까지|마저)(?!\p{Script=Hangul})|같은\s(?:\S+\s){0,2}\p{Script=Hangul}+(?:도|까지|마저)(?!\p{Script=Hangul})|\b(?:as well|also|too|in addition|additionally)\b/u;

/**
 * As written, before the glossary reads a Korean name and its particle as the name alone: a
 * Korean name after its version, with 도 ("클로드 3 오퍼스도", "3.7 소네트도").
 */
const NAME_AFTER_VERSION_AS_WELL =
  /\d\s?\p{Script=Hangul}{2,}(?:도|까지|마저)(?!\p{Script=Hangul})/u;

/**
 * Asked whether it belongs to the set: "part of the lineup", "alongside Claude", "along with",
 * "included", "does the lineup include", "라인업에", "포함돼". Only a plain question: "Opus 4.5 is
 * part of the lineup, right?" is a claim, which the list answers.
 */
const IN_THE_SET =
  /\b(?:part of|alongside|along with|together with|besides|in addition to|included|includes?|including|line-?ups?|roster)\b|라인업|포함(?:돼|되|됨|된|될|이야|인가|이에요|인지)/u;

/**
 * A product arriving later where others are offered: "coming to Foundry", "will be added",
 * "going to get", "들어올 예정", "추가될". Only a plain question, as above.
 */
const ARRIVES_LATER =
  /\b(?:(?:is|are|be|being)\s+(?:coming|added|rolled out|brought)|coming (?:to|soon|as)|will\s+(?:\S+\s+)?(?:be|get|come|arrive|land|join)|going to\s+(?:be|get|come|arrive|land|join)|gonna\s+(?:be|get|come|arrive|land|join)|(?:planned|plans?) (?:to|for)|eventually|later on)\b|(?:들어올|추가될|추가 ?예정|들어갈 ?예정|나올 ?예정|올 ?예정|합류할)/u;

/**
 * When a product is to be offered: "the rollout timeline", "ETA", "roadmap for…", "제공 일정",
 * "도입 시기", "출시 계획". A schedule of what is offered asks what comes after the list; asked
 * as a request ("…일정 확인 요망", "timeline pls"), not only as a yes or no question.
 */
const SCHEDULE_ASKED =
  /\b(?:schedule|timeline|timeframe|time frame|roadmap|eta)\b|(?:제공|출시|도입|추가|공개|탑재|지원|적용)\s?(?:일정|시기|계획|로드맵|예정일)/u;

/**
 * Whether the normalised question asks if an item is in the listed set beyond those listed (see
 * above); `asWritten` is the text before the glossary rewrote it. Passed on as heard ("하이쿠 3.5도 있다던데요?") or put forward with a tag ("오퍼스 4.5도 있음 맞지?", "Opus 4.5 is
 * on Foundry too, right?") it is a claim, checked against the list.
 */
export function asksBeyondTheList(text: string, asWritten?: string): boolean {
  const asWell =
    ASKED_AS_WELL.test(text) ||
    (asWritten !== undefined && NAME_AFTER_VERSION_AS_WELL.test(asWritten));
  if ((asWell || SCHEDULE_ASKED.test(text)) && !passesOnHearsay(text) && !endsWithClaimTag(text)) {
    return true;
  }
  return (IN_THE_SET.test(text) || ARRIVES_LATER.test(text)) && asksPlainly(text);
}
