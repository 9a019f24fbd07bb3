/**
 * A claim that names an outside thing as what a covered fact runs on or is done with ("The 1 GW
 * runs on Google TPUs, right?", "1기가와트를 AMD 칩으로 돌리는 거 맞아?"): the fact names its
 * own, so the claim is a no, with that fact. Only when the outside name is in that place (after
 * "on", "with", "using"; before 으로, 로, 에서), not the one who acts or pays ("SoftBank invested
 * in Anthropic?" stays "not covered"), and only when one fact settles it: the fact whose figure
 * the claim gives, or the only fact of the relation asked.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { factText, inFactText } from "./claim-marks.ts";
import type { ConfirmationVerdict } from "./confirm.ts";
import { isPlace } from "./exclusive.ts";
import { figureKey } from "./figure-key.ts";
import { factOfMakersThing } from "./maker-thing-fact.ts";
import { PART_OF } from "./part-of.ts";
import { involves, type NamedEntity, type QuestionScope } from "./scope.ts";
import { writtenWordAt } from "./word-at.ts";

/**
 * English words before a thing used: "runs on", "built with", "using", "via"; where money is
 * committed or spent ("committed $30B to Google Cloud").
 */
const ENGLISH_INSTRUMENT =
  /\b(?:on|with|using|uses?|used|via|through|onto|(?:commit\w*|pledg\w*|promis\w*|earmark\w*|spend\w*|spent|put\w*|pour\w*|sink\w*|sunk|allocat\w*|go|goes|going|gone|went|flow\w*|head\w*)\s+(?:\S+\s+){0,3}?(?:to|into|toward|towards)|buy|buys|buying|bought|purchas\w*|rent\w*|leas(?:e|es|ed|ing))\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$/u;
/** A preposition of place right before the name. */
const PLACE_BEFORE = /\b(?:in|at|near|inside|outside|around|across)\s+(?:the\s+)?$/u;
/** "is", "are", "of" before the name (and a word of its own, "nvidia hopper"). */
const COPULA_OR_OF = /\b(?:is|are|was|were|be|of)\s+(?:on\s+|the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}$/u;
const HANGUL = /\p{Script=Hangul}/u;
/**
 * A Hangul word with a topic or subject particle right before the name, or glued to a Latin name
 * when the words are run together ("컴퓨팅은AMD칩으로").
 */
const KOREAN_TOPIC_BEFORE = /\p{Script=Hangul}(?:은|는|이|가)(?:\s+(?:\S+\s+)?)?$/u;
/**
 * Other names offered beside this one as the same choice ("on H100s / Hopper", "with TPUs or
 * Trainium"): the words that come before the list come before this name too.
 */
const ALTERNATIVES_BEFORE = /(?:[\w.-]+\s*(?:\/|\bor\b)\s*)+$/u;

/** A name listed before this one ("on Vera Rubin and Hopper chips"): the same slot's words. */
const LISTED_BEFORE = /(?:[\w.'’-]+\s+){1,2}and\s+$/u;

/** The text before the name, with any alternatives or names listed beside it left out. */
function textBefore(text: string, entity: NamedEntity, width: number): string {
  const before = text.slice(Math.max(0, entity.position - width), entity.position);
  const unlisted = before.endsWith(" and ") ? before.replace(LISTED_BEFORE, "") : before;
  return unlisted.includes("/") || unlisted.includes(" or ")
    ? unlisted.replace(ALTERNATIVES_BEFORE, "")
    : unlisted;
}
/** A copula that opens its clause asks about the name after it ("Is Samsung supplying…?"). */
const ASKS_WITH_COPULA =
  /(?:^|[.?!,;:]\s*|\b(?:so|and|but|then|why|how|what|where|when|who)\s+)(?:is|are|was|were)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$/u;
/** A Korean word (the name's own, or the next one: "AMD 칩으로") that says "with" or "on". */
const KOREAN_INSTRUMENT = /(?:으로|로|에서)(?:도|만)?$|^(?:기반|기준)/u;
/** Money that comes from the name: the name pays, it is not a thing used. */
const MONEY_FROM =
  /\b(?:invest\w*|fund\w*|money|cash|stake|paid|pays?|from)\b|받|투자|(?<!(?:쓰는|쓸|쓴|쓰기로 한|내는|낼|낸|지출하는|지불하는|결제하는|들이는|붓는)\s?)돈|지분/u;

function inInstrumentPlace(text: string, entity: NamedEntity): boolean {
  const before = textBefore(text, entity, 48);
  // "built in Texas", "at a site near Austin": a place, which the facts do not give, not a thing
  // used.
  if (PLACE_BEFORE.test(before)) return false;
  if (ENGLISH_INSTRUMENT.test(before)) return true;
  // "the hardware is nvidia hopper", "a gigawatt of google tpus": the thing's value, said of it.
  // …not "Is Samsung supplying…?", where the name is who acts.
  if (COPULA_OR_OF.test(before) && !ASKS_WITH_COPULA.test(before)) return true;
  // "컴퓨팅은 AMD 칩 기준이라던데", "하드웨어가 인텔 거래": a Korean topic said to be the name,
  // the copula of "the hardware is AMD".
  if (HANGUL.test(before) && KOREAN_TOPIC_BEFORE.test(before)) return true;
  const words = wordsFrom(text, entity);
  return (
    words.some((word) => /\p{Script=Hangul}/u.test(word) && KOREAN_INSTRUMENT.test(word)) ||
    // "구글 클라우드 쓰는 거", "AMD 칩 사용": the name is the object of a verb of using.
    text
      .slice(entity.position)
      .split(/\s+/u, 5)
      .slice(1)
      .some((word) => KOREAN_USE.test(word))
  );
}

/** A Korean verb of using or running, right after the name (its object, with no particle). */
const KOREAN_USE =
  /^(?:쓰|써|씀|쓴|사용|이용|돌리|돌린|돌려|굴리|굴린|굴려|돌아가|구매|구입|지불|결제|지출|(?:내|낸|낼|내기로|냄)(?=\s|$|는|다|$))/u;

/** The name written right after a party's name, one word before it ("엔비디아 TPU", "nvidia tpus"). */
function afterPartyName(text: string, scope: QuestionScope, entity: NamedEntity): boolean {
  return scope.entities.some(
    (party) =>
      !party.outside &&
      party.position < entity.position &&
      /^\S+\s+$/u.test(text.slice(party.position, entity.position)),
  );
}

/** The name's word and the two after it ("amd mi300 chips", "인텔 칩 기반이라며"). */
function wordsFrom(text: string, entity: NamedEntity): string[] {
  return text
    .slice(entity.position)
    .split(/\s+/u, 3)
    .map((word) => word.replace(/[^\p{L}\p{N}]+$/u, ""));
}

/**
 * The relation is named next to the outside name ("AMD chips", "인텔 칩"): the name is the
 * relation's thing, not something else the claim mentions.
 */
function relationNamedBeside(
  knowledge: Knowledge,
  text: string,
  entities: readonly NamedEntity[],
  conceptIds: readonly string[],
): boolean {
  const forms = knowledge.concepts
    .filter((concept) => conceptIds.includes(concept.id))
    .flatMap((concept) => concept.forms.map((form) => form.toLowerCase()));
  const isForm = (word: string) => forms.some((form) => word === form || word.startsWith(form));
  return entities.some(
    (entity) =>
      wordsFrom(text, entity).slice(1).some(isForm) ||
      // "the hardware in the deal is nvidia hopper", "a gigawatt of google tpus": the relation's
      // word is what the name is said to be, earlier in the same clause.
      clauseBefore(text, entity).some(isForm),
  );
}

/** A preposition that opens the words of using: "on", "with", "via". */
const PREPOSITION_FIRST = /^(?:on|with|via|through|onto)\s/u;
/** A word before a noun: "the", "new", "extra", a possessive ("anthropic's"). */
const NOUN_DETERMINER =
  /^(?:the|this|that|these|those|its|their|new|extra|additional|added|whole|entire|all|[\w-]+(?:'s|’s))$/u;

/**
 * The words before the name in its clause, when the name follows "is", "are" or "of", or a verb
 * of running on ("the new compute runs on Google TPUs": the relation's word is what runs on it).
 */
function clauseBefore(text: string, entity: NamedEntity): string[] {
  const before = textBefore(text, entity, 48);
  const named = COPULA_OR_OF.test(before) || KOREAN_TOPIC_BEFORE.test(before);
  // "the new compute runs on Google TPUs": the subject of the verb of running on, not the verb
  // itself ("Does Anthropic train on TPUs?" names no thing that runs on them).
  const instrument = named ? undefined : ENGLISH_INSTRUMENT.exec(before);
  if (instrument) {
    const subject =
      before
        .slice(0, instrument.index)
        .split(/[.?!,;:]/u)
        .pop() ?? "";
    const words = subject.split(/\s+/u).filter((word) => word !== "");
    // After a bare preposition the word before it is the verb ("train on"), unless a
    // determiner comes before it ("running the extra compute on"): then it is the noun that runs
    // on the name. A verb of using ("uses", "bought") is the match's own first word. The subject
    // is a noun after a determiner ("the new compute", "anthropic's capacity"), not a verb
    // ("train its models").
    const lastIsNoun = NOUN_DETERMINER.test(words.at(-2) ?? "");
    const kept = PREPOSITION_FIRST.test(instrument[0]) && !lastIsNoun ? words.slice(0, -1) : words;
    return kept.filter((_, at) => at > 0 && NOUN_DETERMINER.test(kept[at - 1] ?? ""));
  }
  // "컴퓨팅은 구글 TPU 기반", "하드웨어가 AMD 칩": a Korean topic or subject said to be the name.
  if (
    !named &&
    // "새 컴퓨팅 TPU로 돌아간다며": the name with 으로 / 로, what the words before run on.
    !wordsFrom(text, entity)
      .slice(0, 2)
      .some((word) => HANGUL.test(word) && KOREAN_INSTRUMENT.test(word))
  ) {
    return [];
  }
  const clause = before.split(/[.?!,;:]/u).pop() ?? "";
  return clause.split(/\s+/u).filter((word) => word !== "");
}

/** The word after a name is one the knowledge does not know ("google cloud tpus", "aws trainium"). */
function namesUnknownProduct(analysis: Analysis, entity: NamedEntity): boolean {
  const rest = analysis.normalized.slice(entity.position);
  const name = entity.name.en.toLowerCase();
  if (!rest.startsWith(name)) return false;
  const next = /^\s+([a-z][\w-]*)/u.exec(rest.slice(name.length))?.[1];
  return (
    next !== undefined &&
    analysis.terms.some((term) => term.kind === "latin" && !term.known && term.text === next)
  );
}

/** The amounts of the claim as the facts write them ("1gw" -> 1 GW). */
function claimedFigure(analysis: Analysis, fact: Fact): boolean {
  const key = figureKey(fact);
  return (
    key !== undefined && analysis.terms.some((term) => term.kind === "amount" && term.text === key)
  );
}

export function checkOutsideInstrument(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
): ConfirmationVerdict | undefined {
  const text = analysis.normalized;
  // "runs on Google Cloud TPUs": a product the knowledge does not know, named with its company,
  // is an outside thing too, whoever the company is.
  // "1기가와트는 AWS에서 돌아가는 거", "$30B on Google Cloud": a place the knowledge knows, used
  // where the fact names another (conf10).
  const outside = scope.entities.filter(
    (entity) =>
      entity.outside ||
      namesUnknownProduct(analysis, entity) ||
      (isPlace(knowledge, entity.id) && inInstrumentPlace(text, entity)),
  );
  if (outside.length === 0 || MONEY_FROM.test(text)) return undefined;
  // "Can the 5 billion be pulled back if Anthropic doesn't use Azure?": what is claimed of the
  // place is a relation no fact covers (a clawback); the place's fact does not settle it.
  if (scope.outsideRelations.length > 0) return undefined;
  // "AMD 칩도 쓰는 거지?", "Intel chips too": one more besides the fact's own, which the sources
  // neither list nor rule out: not covered, not a no.
  if (ADDITIVE.test(text)) return undefined;
  // "Does any of the $30B end up on Oracle-hosted capacity?", "1기가와트 중 일부는 코어위브에서?":
  // a part of it elsewhere, which the sources neither list nor rule out either.
  if (PART_OF.test(text)) return undefined;
  if (!outside.every((entity) => inInstrumentPlace(text, entity))) return undefined;
  const claims = knowledge.facts.filter((fact) => fact.kind !== "correction");
  const byFigure = claims.filter((fact) => claimedFigure(analysis, fact));
  const byRelation = scope.relations.flatMap((relation) => {
    const facts = claims.filter((fact) => fact.relation === relation.id);
    const beside = relationNamedBeside(knowledge, text, outside, relation.concepts);
    return facts.length === 1 && beside ? facts : [];
  });
  // "엔비디아 TPU를 쓰기로 한 거 맞죠?", "MS Trainium on Azure?": another maker's thing written
  // after a party's name; the fact that names that party's own thing settles it.
  const byMaker =
    byFigure.length === 0 && byRelation.length === 0
      ? outside
          // Only a thing the knowledge does not hold ("TPU"): the story's own things ("마소가 클로드
          // 독점 유통권…") are no other maker's.
          .filter((entity) => entity.outside && afterPartyName(text, scope, entity))
          .map((entity) =>
            factOfMakersThing(
              knowledge,
              analysis,
              scope,
              writtenWordAt(text, entity.position),
              claims,
            ),
          )
          .find((found) => found !== undefined)
      : undefined;
  const [fact] = byFigure.length === 1 ? byFigure : byMaker ? [byMaker] : byRelation;
  if (!fact) return undefined;
  const written = `${fact.statement.en} ${fact.statement.ko}`.toLowerCase();
  // The company of a product named ("NVIDIA Hopper") may well be in the fact: the product is not.
  // A known place counts only where the fact names it nowhere.
  const named = outside.some(
    (entity) =>
      (entity.outside || isPlace(knowledge, entity.id)) &&
      (involves(fact, entity.id) ||
        [entity.name.en, entity.name.ko].some((name) => written.includes(name.toLowerCase()))),
  );
  return named ? undefined : { agrees: false, facts: [fact], reversed: false };
}

/** "too", "also", "joins", "도 …", "까지": another one besides, which the facts do not list. */
const ADDITIVE =
  /\b(?:too|also|as well|another|besides|join(?:s|ed|ing)?)\b|(?<=\p{L})도\s(?!\s*(?:되|돼|될|괜찮))|(?<=\p{L})(?<!와트|달러|억|조|불)까지\s|합류|참여|가세/u;
/** "Did Jensen say anything?", "젠슨 황이 한 말 있어?": whether there is any, not a claim. */
const ASKS_IF_ANY =
  /\b(?:any|anything|anyone)\b|있(?:어|나|니|냐|음|을까|어요|나요|습니까)\s*[?？]*\s*$/u;

/**
 * A claim that gives a relation only one fact holds to another name ("google is anthropic's
 * main training partner now", "GTC에서 젠슨이 발표한 거 맞지?"): the fact's subject is not named,
 * a name the fact does not involve stands in its place. A no, with that fact. Only for facts
 * that state something (a figure belongs to its owner: "OpenAI is worth $500B" is not covered),
 * and not for a claim of one more ("Google is a partner too").
 */
export function checkOutsideHolder(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  rankedFacts: readonly Fact[],
): ConfirmationVerdict | undefined {
  const text = analysis.normalized;
  if (ADDITIVE.test(text) || ASKS_IF_ANY.test(text)) return undefined;
  // "Claude 다음 모델 … 이 딜이랑 같이 발표됐어요?": what is claimed done is a thing no fact
  // covers (a next model); whoever did it, the relation's own fact does not settle it.
  if (scope.outsideRelations.length > 0) return undefined;
  const [first] = scope.entities;
  const found: Fact[] = [];
  for (const relation of scope.relations) {
    const facts = knowledge.facts.filter(
      (fact) => fact.kind !== "correction" && fact.relation === relation.id,
    );
    const [fact] = facts;
    if (facts.length !== 1 || !fact || fact.figure !== undefined) continue;
    if (scope.entities.some((entity) => fact.subject.includes(entity.id))) continue;
    // The claim says the relation in its own words ("training partner", "발표"): a relation
    // with no words of its own (who said what) is the speaker check's.
    const concepts = new Set(relation.concepts.map((id) => `c:${id}`));
    const said = analysis.terms.find((term) =>
      term.features.some((feature) => concepts.has(feature)),
    );
    if (!said) continue;
    // "Apple unveiled a new iPad": a name after the relation's word (not "by" it) is what was
    // done, another thing than the fact's.
    const saidAt = text.indexOf(said.text);
    const byName = (entity: NamedEntity) =>
      /\bby\s+(?:the\s+)?$/u.test(text.slice(0, entity.position));
    if (
      !HANGUL.test(said.text) &&
      scope.entities.some((entity) => entity.outside && entity.position > saidAt && !byName(entity))
    ) {
      continue;
    }
    // Nothing else claimed that the knowledge lacks ("a new iPhone", "in 2026").
    const factWords = factText(fact);
    const claimsMore = analysis.terms.some(
      (term) =>
        term.entity === undefined &&
        !scope.entities.some(
          (entity) =>
            term.features.includes(`c:${entity.id}`) || text.indexOf(term.text) === entity.position,
        ) &&
        (term.kind === "amount" ? !factWords.includes(term.text) : !term.known) &&
        !inFactText(fact, term.text),
    );
    if (claimsMore) continue;
    const written = `${fact.statement.en} ${fact.statement.ko}`.toLowerCase();
    const standIn = scope.entities.filter(
      (entity) =>
        !fact.subject.includes(entity.id) &&
        !(fact.object ?? []).includes(entity.id) &&
        ![entity.name.en, entity.name.ko].some((name) => written.includes(name.toLowerCase())) &&
        // In the holder's place: the first name of the claim, or the one it was done by.
        (entity === first || byName(entity)),
    );
    if (standIn.length > 0) found.push(fact);
  }
  // Several relations asked ("main training partner"): the one whose fact ranks first.
  const [fact] = [...found].sort((a, b) => rankOf(rankedFacts, a) - rankOf(rankedFacts, b));
  return fact ? { agrees: false, facts: [fact], reversed: false } : undefined;
}

function rankOf(rankedFacts: readonly Fact[], fact: Fact): number {
  const at = rankedFacts.indexOf(fact);
  return at < 0 ? rankedFacts.length : at;
}
