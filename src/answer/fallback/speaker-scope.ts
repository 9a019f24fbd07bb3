/**
 * "What did Google say about Claude?", "오픈AI는 뭐라고 했어?", "Did Dario Amodei comment on the
 * deal?": what a party said is asked. When the facts quote no word of that party's (it is only
 * spoken of, or not named at all), the quote the facts do hold is someone else's: it must not be
 * offered as the party's words. The story's own companies are left out: the article reports what
 * each of them announced.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Relation } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { mainParties } from "./main-parties.ts";
import { isSaying, type NamedEntity, type NotCovered, type QuestionScope } from "./scope.ts";

/** A word of saying anywhere in the text: the cheap test before any party is looked at. */
const SAYING_WORD =
  /\b(?:say|says|said|saying|comment\w*|remarks?|statements?|respond\w*|react\w*|take on|views? on|makes? of|made of|think|thinks|thought|reckons?|reckoned|feels?|felt)\b|뭐라|무슨 ?말|어떤 ?말|발언|언급|코멘트|한 ?말|입장문|생각|반응/u;

/** Right before the speaker: "what did ", "how has ", "did ", "what does the ", "what's " (reckon). */
const ENGLISH_ASKS_BEFORE =
  /\b(?:what|how|did|does|do|has|have|had|will|would|what's|what is|how's|how is)\s+(?:the\s+)?(?:folks\s+at\s+)?$/u;
/** From the speaker on: "google say", "dario amodei comment on", "dario reckon", "openai's ceo feel". */
const ENGLISH_SAYS_AFTER =
  /^[^?.!,;]{0,30}?\s(?:say|said|comment|comments|commented|respond|responded|react|reacted|remark|remarked|think|thought|reckon|reckons|reckoned|feel|felt|makes? of|made of)\b/u;
/** "did dario amodei comment on", "did google say anything": whether they spoke on it at all. */
const ENGLISH_SPOKE_ON =
  /^[^?.!,;]{0,30}?\s(?:say|comment|respond|react|remark)\s?(?:on|about|regarding|anything|something|publicly|at all|[?]|$)/u;
/** "Dario Amodei's comments", "Google's statement". */
const ENGLISH_OWN_WORDS =
  /^[^?.!,;\s]+(?:\s[^?.!,;\s]+)?['’]s\s(?:own\s)?(?:comments?|remarks?|statements?|words|response|reaction|take)\b/u;
/** "Dario's take on the deal", "Google's reaction to it": what the party makes of something. */
const ENGLISH_TAKE_ON =
  /^[^?.!,;\s]+(?:\s[^?.!,;\s]+)?['’]s\s(?:take|reaction|response|view|views)\s(?:on|to|about|of)\b/u;
/**
 * "구글은 클로드에 대해 뭐라고 했어", "오픈AI 측은 뭐라 함", "다리오가 한 말": the speaker's word
 * ends on a subject or topic particle, and the saying follows within a few words.
 */
const KOREAN_SAYS_AFTER =
  /^(?:\s?(?:사장|대표|회장|의장|최고경영자|창업자|ceo)(?:님)?)?(?:가|이|는|은|도|\s?측은|\s?측에서는|\s?측에선|\s?쪽은|\s?쪽에서는)\s(?:\S+\s){0,4}?\S*(?:뭐라|무슨\s?말|어떤\s?말|발언|언급(?:했|한|하|함)|코멘트|한\s?말|어떻게\s?생각|반응)/u;
/**
 * "샘 올트먼 이 딜에 대해 코멘트함?", "젠슨은 순환투자 관련해서 언급했어?": whether they spoke on a
 * topic at all, the Korean "did X comment on…" (a claim of who said a quote names no topic).
 */
const KOREAN_SPOKE_ON =
  /^(?:가|이|는|은|도)?\s(?:\S+\s){0,3}?\S*(?:에\s?대해(?:서)?|에\s?대한|관련(?:해서|해)?|에\s?관해(?:서)?)\s?(?:발언|언급|코멘트|입장|뭐라)/u;
/** "…있었어?", "…없었어?", "…나왔어?": whether something was there at all. */
const THERE_WERE = /있었|없었|있어|없어|있나|없나|나왔|나온/u;
/** "구글의 발언", "오픈AI 측 입장문". */
const KOREAN_OWN_WORDS = /^(?:의|\s측)\s(?:공식\s)?(?:발언|코멘트|언급|입장문)/u;

/**
 * The party asked to have said something whose words no fact of saying holds, as "not covered"
 * (with the saying relation), or undefined.
 */
export function silentSpeaker(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): NotCovered | undefined {
  const text = analysis.normalized;
  if (!SAYING_WORD.test(text)) return undefined;
  const saying = sayingRelation(knowledge);
  if (!saying) return undefined;
  const main = mainParties(knowledge);
  const speakers = speakersOf(knowledge, saying.id);
  const silent = scope.entities.filter(
    (entity) =>
      entity.id !== "article" &&
      !main.has(entity.id) &&
      !speakers.has(entity.id) &&
      askedAsSpeaker(text, writtenAt(knowledge, text, entity), analysis.asksToConfirm),
  );
  if (silent.length === 0) return undefined;
  return { entities: silent.slice(0, 1), relation: saying, covered: [] };
}

/**
 * Where the entity's name is written, and how long it is there: the scope's position is where
 * its term was found, which is the start of the text when the term is a form written otherwise
 * ("오픈 ai" for "오픈ai"). The longest form at the first place one stands.
 */
function writtenAt(
  knowledge: Knowledge,
  text: string,
  entity: NamedEntity,
): { at: number; length: number } {
  const forms =
    knowledge.concepts.find((concept) => concept.id === entity.id)?.forms ??
    knowledge.scope.outside.entities.find((outside) => outside.id === entity.id)?.forms ??
    [];
  let at = -1;
  let length = 0;
  for (const form of [entity.name.en, entity.name.ko, ...forms]) {
    const lower = form.toLowerCase();
    const found = lower.length >= 2 ? text.indexOf(lower) : -1;
    if (found < 0) continue;
    if (at < 0 || found < at || (found === at && lower.length > length)) {
      at = found;
      length = lower.length;
    }
  }
  return at >= 0 ? { at, length } : { at: entity.position, length: 0 };
}

function askedAsSpeaker(
  text: string,
  { at, length }: { at: number; length: number },
  claim: boolean,
): boolean {
  const after = text.slice(at, at + 60);
  const before = text.slice(Math.max(0, at - 30), at);
  // "순환투자 코멘트 젠슨 황이 한 말 맞지?", "Did Jensen say the circular line?": a claim of who
  // said a quote is checked against the quote's fact. Only whether they spoke on a topic at all
  // ("Did Dario comment on the deal?") is asked of the speaker.
  // "구글의 공식 발언 같은 건 없었어?": whether there were words of theirs at all.
  // "Dario's take on the deal? any quote?": what they make of it is asked, whatever the yes/no
  // after it; a take claims no words of theirs.
  if (claim) {
    const rest = text.slice(at + length, at + length + 60);
    return (
      (ENGLISH_ASKS_BEFORE.test(before) && ENGLISH_SPOKE_ON.test(` ${after}`)) ||
      (length > 0 && KOREAN_OWN_WORDS.test(rest) && THERE_WERE.test(rest)) ||
      ENGLISH_TAKE_ON.test(after) ||
      (length > 0 && KOREAN_SPOKE_ON.test(rest))
    );
  }
  if (ENGLISH_OWN_WORDS.test(after)) return true;
  // A Korean particle counts only after the whole name ("오픈에이아이" ends on 이, no particle).
  if (length > 0) {
    const rest = text.slice(at + length, at + length + 60);
    if (KOREAN_SAYS_AFTER.test(rest) || KOREAN_OWN_WORDS.test(rest)) return true;
  }
  return ENGLISH_ASKS_BEFORE.test(before) && ENGLISH_SAYS_AFTER.test(` ${after}`);
}

/** The relation of saying: the one whose own forms are "said" or "뭐라고" (scope.ts). */
function sayingRelation(knowledge: Knowledge): Relation | undefined {
  return knowledge.scope.relations.find(isSaying);
}

/**
 * Whoever a fact of saying has as its subject, or names beside it (the speaker's company). The
 * relation is the knowledge's one relation of saying, so the first call's stands for all.
 */
const speakersOf = oncePerKnowledge((knowledge, relation: string): ReadonlySet<string> => {
  const speakers = new Set<string>();
  for (const fact of knowledge.facts) {
    if (fact.relation !== relation) continue;
    for (const id of fact.subject) speakers.add(id);
    for (const pair of fact.also) for (const id of pair.subject) speakers.add(id);
  }
  return speakers;
});
