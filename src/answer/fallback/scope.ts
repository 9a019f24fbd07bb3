/**
 * What a question is about, checked against what the knowledge covers: the entities it names (the
 * story's own, others the knowledge mentions, and companies or people it does not cover at all)
 * and the relation it asks for (an investment, a valuation, a market share...). A question about
 * an entity or relation the facts do not cover is turned away by name, so the answerer never
 * states one company's figure for another's.
 */
import { factOfFlow } from "../../knowledge/flow-fact.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Bilingual, Fact, OutsideEntity, Relation } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { claimFrameWords, withoutSetAside } from "../../search/confirmation.ts";
import { ENGLISH_MONTH_WORD } from "../../search/dates.ts";
import { stemEnglish } from "../../search/english.ts";
import { isEnding } from "../../search/korean.ts";
import { ENGLISH_STOPWORDS } from "../../search/stopwords.ts";
import { matchesOf } from "../../util/matches-of.ts";
import { factWordsOf } from "./fact-words.ts";
import { mainParties } from "./main-parties.ts";
import { offeredBesideKnown } from "./offered-choice.ts";
import { plainInCapitals } from "./plain-capitals.ts";

export interface NamedEntity {
  readonly id: string;
  readonly name: Bilingual;
  /** Not covered by the knowledge at all (an outside company, or an unknown capitalised name). */
  readonly outside: boolean;
  /** Where the name starts in the normalised question (for word order: who pays whom). */
  readonly position: number;
}

/**
 * Where a named entity is written in the text: its own position when read, else where one of its
 * names is found (Korean names are not placed when read), else -1.
 */
export function placeNamed(text: string, entity: NamedEntity): number {
  if (entity.position > 0) return entity.position;
  const found = [entity.name.en, entity.name.ko]
    .map((name) => text.indexOf(name.toLowerCase()))
    .filter((at) => at >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

export interface QuestionScope {
  /** Entities named, in the order the question names them. */
  readonly entities: readonly NamedEntity[];
  /**
   * Where or at what a claim says something happened ("announced at Google I/O", "빌드에서
   * 발표"): each name's written forms. Not parties: a confirmation checks them against its fact.
   */
  readonly places: readonly (readonly string[])[];
  /** Relations the facts cover that the question asks for. */
  readonly relations: readonly Relation[];
  /** Relations the knowledge does not cover that the question asks for ("market share"). */
  readonly outsideRelations: readonly OutsideRelation[];
}

type OutsideRelation = Omit<Relation, "concepts" | "passages"> & {
  readonly with?: readonly string[];
  /** What to say after "not covered" (the knowledge's words). */
  readonly note?: Bilingual;
  /** The covered relation a claim of this one is mistaken for (knowledge's `mistakenFor`). */
  readonly mistakenFor?: string;
  /** The covered relation that answers this one between parties a fact of it joins. */
  readonly coveredBy?: string;
};

/** Whether an article sentence names the entity together with one of the concepts. */
export type PassageCheck = (entity: string, concepts: readonly string[]) => boolean;

export interface NotCovered {
  readonly entities: readonly NamedEntity[];
  readonly relation?: OutsideRelation;
  /** Facts of the same relation the knowledge does cover (for "what it does cover"). */
  readonly covered: readonly Fact[];
}

/** Words after which a capitalised word is a place, event or time, not a company ("at Build"). */
const PLACE_PREPOSITIONS = new Set(["at", "during", "from", "since", "until"]);
/**
 * After "in" or "on", a name is a product ("the default model in Windows", "on Bedrock") in a
 * question about the knowledge, and a place otherwise ("what time is it in Tokyo?").
 */
const IN_ON = new Set(["in", "on"]);

export function readScope(
  knowledge: Knowledge,
  analysis: Analysis,
  raw: string,
  isTypoOfKnownWord: (word: string) => boolean,
): QuestionScope {
  const { entities: parties, places } = readNamed(knowledge, analysis, raw, isTypoOfKnownWord);
  const text = analysis.normalized;
  const asked = withoutCoveredBetween(
    knowledge,
    withoutShareOfMeasure(
      knowledge,
      withoutSetAsideRelations(
        withoutPartyStanding(
          relationsAsked(knowledge, analysis, compile(knowledge)),
          text,
          parties,
        ),
        analysis,
      ),
      text,
    ),
    parties,
  );
  // "기사가 클로드에 대해선 뭐라고 해": the article says it, of Claude; not what Claude said.
  // "someone in chat said 183 billion, what's that about": the saying passes the claim on.
  if (asked.relations.some(isSaying) && (articleSpeaksOf(text) || HEARSAY_FRAME.test(text))) {
    return { entities: parties, places, ...asked, relations: asked.relations.filter(notSaying) };
  }
  return { entities: parties, places, ...asked };
}

/**
 * Who a text names, and where a claim in it says something happened: readScope's `entities` and
 * `places`, without reading the relations it asks (for a check that needs only who is named: a
 * claim's legs, a story's companies).
 */
export function readNamed(
  knowledge: Knowledge,
  analysis: Analysis,
  raw: string,
  isTypoOfKnownWord: (word: string) => boolean,
): Pick<QuestionScope, "entities" | "places"> {
  const { scope } = knowledge;
  const text = analysis.normalized;
  const subjects = subjectIds(knowledge);
  const entities: NamedEntity[] = [];
  const add = (entity: NamedEntity) => {
    const name = entity.name.en.toLowerCase();
    const known = entities.some((e) => e.id === entity.id || e.name.en.toLowerCase() === name);
    if (!known) entities.push(entity);
  };

  // Indexed loops: a for…of step here allocates (readScope runs for every text answered).
  for (let at = 0; at < analysis.terms.length; at++) {
    const term = analysis.terms[at] as Analysis["terms"][number];
    if (term.kind !== "concept") continue;
    const id = term.features[0]?.slice(2) ?? "";
    if (!subjects.has(id)) continue;
    add({
      id,
      name: scope.names.get(id) ?? { ko: term.text, en: term.text },
      outside: false,
      position: Math.max(0, text.indexOf(term.text)),
    });
  }
  const compiled = compile(knowledge);
  const outside = outsidePositions(text, compiled.outsideForms);
  for (let at = 0; outside !== undefined && at < compiled.outsideEntities.length; at++) {
    const { entity } = compiled.outsideEntities[at] as Compiled["outsideEntities"][number];
    const position = outside[at];
    if (position !== undefined) add({ id: entity.id, name: entity.name, outside: true, position });
  }
  // A capitalised word that names a relation ("IPO") is what is asked, not who.
  for (const name of unknownCapitalisedNames(raw, analysis)) {
    const lower = name.name.en.toLowerCase();
    const outsideForm = compiled.outsideEntities.some(({ forms }) =>
      forms.some((form) => form.text === lower),
    );
    // "according to CNBC", "CNBC reported…": a name the facts themselves write, named as a
    // source, is the source they cite, no party.
    if (
      !isTypoOfKnownWord(lower) &&
      !compiled.relationWords.has(lower) &&
      !outsideForm &&
      !(factWordsOf(knowledge).has(lower) && namedAsSource(text, lower)) &&
      !namedAsTeller(text, lower) &&
      !plainInCapitals(knowledge, raw, name.name.en)
    ) {
      add(name);
    }
  }
  byPosition(entities);
  // A claim's place or event ("at Microsoft Build") names no party: it is checked, not scoped.
  if (!analysis.asksToConfirm) return { entities, places: [] };
  const slots = placeSlots(text).map((slot) => endedAtParty(slot, text, entities));
  // A city after "in" holds only names the knowledge lacks: a party there, or a company it
  // knows outside the story ("announced the investment in OpenAI"), stays one.
  const inSlot = (entity: NamedEntity) =>
    slots.some(
      (slot) =>
        entity.position >= slot.start &&
        entity.position < slot.end &&
        (!slot.city || entity.id.startsWith("name:")),
    );
  const places = slots.flatMap((slot) =>
    slot.city === "unchecked"
      ? []
      : placeNames(knowledge, analysis, slot.text, slot.city === "mark"),
  );
  const parties = entities.filter((entity) => !inSlot(entity));
  return { entities: parties, places };
}

/**
 * An "at …" place that begins with no name, cut before a name after it: "at the Legion says
 * Microsoft's putting in" holds "the legion says", and Microsoft is the claim's subject; "at the
 * Microsoft Build event" keeps both its names.
 */
function endedAtParty(slot: PlaceSlot, text: string, entities: readonly NamedEntity[]): PlaceSlot {
  if (!slot.leading) return slot;
  // "at Microsoft Build": a place that begins with a name is that name's, all of it.
  // An unknown capitalised name ("the Legion") is the place's own word, never where it ends.
  const party = (entity: NamedEntity) => !entity.id.startsWith("name:");
  const named = (entity: NamedEntity) =>
    party(entity) &&
    entity.position >= slot.start &&
    LEADING_ARTICLE.test(text.slice(slot.start, entity.position));
  if (entities.some(named)) return slot;
  const next = entities.find(
    (entity) => party(entity) && entity.position > slot.start && entity.position < slot.end,
  );
  if (!next) return slot;
  const kept = text.slice(slot.start, next.position).trimEnd();
  return { ...slot, end: slot.start + kept.length, text: kept };
}
const LEADING_ARTICLE = /^(?:(?:the|a|an|some|one|that|this|its|their)\s+)?$/u;

/**
 * Named entities sorted in place by where they stand, equal ones kept in order (what the stable
 * builtin sort gives): by insertion, for the few a text names, where the builtin copies them into
 * a work array of its own and calls a closure per pair.
 */
function byPosition(entities: NamedEntity[]): void {
  for (let at = 1; at < entities.length; at++) {
    const entity = entities[at] as NamedEntity;
    const position = entity.position;
    let to = at;
    while (to > 0 && (entities[to - 1] as NamedEntity).position > position) {
      entities[to] = entities[to - 1] as NamedEntity;
      to--;
    }
    entities[to] = entity;
  }
}

/** "아마존의 위치는", "엔비디아의 위치가": a word for a site, after a party's name and 의. */
const AFTER_PARTY = /(\S+)의\s?(위치(?:는|가|를|도|에)?)(?=\s|[?!.,]|$)/gu;

/**
 * "딜 이후에 아마존의 위치는 어떻게 돼?": a company's 위치 is its standing, not a site; the
 * relation of places that word alone would ask for is not asked.
 */
function withoutPartyStanding(
  asked: RelationsAsked,
  text: string,
  parties: readonly NamedEntity[],
): RelationsAsked {
  if (asked.outsideRelations.length === 0 || !text.includes("의")) return asked;
  for (const match of matchesOf(AFTER_PARTY, text)) {
    const start = match.index;
    const end = start + (match[1] as string).length;
    if (!parties.some((party) => party.position >= start && party.position < end)) continue;
    const word = match[2] as string;
    const outsideRelations = asked.outsideRelations.filter(
      (relation) => !relation.forms.includes(word),
    );
    return { relations: asked.relations, outsideRelations };
  }
  return asked;
}

/**
 * "has Microsoft ever invested in OpenAI before?": an outside relation (money before this deal)
 * asked of two named parties that a background fact of its covering relation joins (Microsoft
 * invests in OpenAI) is that fact's question, not an uncovered one. The deal's own facts never
 * excuse it: money before the deal is not the deal's money.
 */
function withoutCoveredBetween(
  knowledge: Knowledge,
  asked: RelationsAsked,
  parties: readonly NamedEntity[],
): RelationsAsked {
  if (asked.outsideRelations.length === 0 || parties.length < 2) return asked;
  const named = new Set(parties.map((party) => party.id));
  const joined = (relation: string): boolean =>
    knowledge.facts.some(
      (fact) =>
        fact.relation === relation &&
        // A fact of the background (Microsoft in OpenAI), not one of the deal's own.
        fact.background &&
        fact.subject.some((id) => named.has(id)) &&
        fact.object.some((id) => named.has(id)),
    );
  const outsideRelations = asked.outsideRelations.filter(
    (relation) => relation.coveredBy === undefined || !joined(relation.coveredBy),
  );
  return outsideRelations.length === asked.outsideRelations.length
    ? asked
    : { relations: asked.relations, outsideRelations };
}

/**
 * Right after a form: the party's measure it is cut from, within four words ("'s valuation",
 * "'s post-deal valuation", which the glossary reads "'s after the deal valuation").
 */
const POSSESSIVE_AFTER = /^'s ((?:[\w-]+ ?){1,4})/u;

/**
 * "What share of Anthropic's valuation is the combined investment?": a form of an outside
 * relation ("what share of Anthropic", a stake) cut short of the party's measure it goes on to
 * name, one the facts give a figure of, asks for that figure's share, not a stake. Dropped only
 * when every place the form stands is such a cut.
 */
function withoutShareOfMeasure(
  knowledge: Knowledge,
  asked: RelationsAsked,
  text: string,
): RelationsAsked {
  if (asked.outsideRelations.length === 0 || !text.includes("'s ")) return asked;
  const measureWords = figureMeasureWords(knowledge, asked.relations);
  if (measureWords.size === 0) return asked;
  const cut = (form: string): boolean => {
    let seen = false;
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const next = POSSESSIVE_AFTER.exec(text.slice(at + form.length));
      if (!next?.[1]?.split(" ").some((word) => measureWords.has(word))) {
        return false;
      }
      seen = true;
    }
    return seen;
  };
  const outsideRelations = asked.outsideRelations.filter(
    (relation) =>
      !relation.forms.some((form) => cut(form.toLowerCase())) ||
      relation.forms.some((form) => {
        const lower = form.toLowerCase();
        return wholeWordIndex(text, lower) >= 0 && !cut(lower);
      }),
  );
  return outsideRelations.length === asked.outsideRelations.length
    ? asked
    : { relations: asked.relations, outsideRelations };
}

/** The Latin words of the relations asked that the facts give a figure of ("valuation"). */
function figureMeasureWords(
  knowledge: Knowledge,
  relations: readonly Relation[],
): ReadonlySet<string> {
  const words = new Set<string>();
  for (const relation of relations) {
    if (!knowledge.facts.some((fact) => fact.kind === "figure" && fact.relation === relation.id)) {
      continue;
    }
    for (const concept of knowledge.concepts) {
      if (!relation.concepts.includes(concept.id)) continue;
      for (const form of concept.forms) if (/^[a-z-]+$/u.test(form)) words.add(form);
    }
  }
  return words;
}

/**
 * "it's an 'up to' $10B, not a guaranteed lump sum, right?": a claim does not ask about what it
 * sets aside in a contrast; an outside relation named only there is not asked.
 */
function withoutSetAsideRelations(asked: RelationsAsked, analysis: Analysis): RelationsAsked {
  if (asked.outsideRelations.length === 0 || !analysis.asksToConfirm) return asked;
  const text = analysis.normalized;
  const blanked = withoutSetAside(text);
  if (blanked === text) return asked;
  // Dropped only when its words are found, and found only where set aside.
  const outsideRelations = asked.outsideRelations.filter(
    (relation) =>
      relation.forms.some((form) => wholeWordIndex(blanked, form.toLowerCase()) >= 0) ||
      !relation.forms.some((form) => wholeWordIndex(text, form.toLowerCase()) >= 0),
  );
  return outsideRelations.length === asked.outsideRelations.length
    ? asked
    : { relations: asked.relations, outsideRelations };
}

/**
 * "according to X", "per X", "X reported", "X had Anthropic at…", "X's figure": a name written as
 * the source of a figure or claim.
 */
function namedAsSource(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  return (
    SOURCE_BEFORE.test(text.slice(Math.max(0, at - 24), at)) ||
    SOURCE_AFTER.test(text.slice(at + name.length, at + name.length + 24)) ||
    SOURCE_AFTER_KO.test(text.slice(at + name.length, at + name.length + 12))
  );
}

/**
 * "A guy on Reddit said…", "My PM asked me whether…", "someone on Twitter claims…": a name in the
 * words of the one who tells the asker something is where the claim or the question came from, not
 * what it is about. The teller is no one the asker names by name (a guy, my PM), then a verb of
 * saying or asking follows.
 */
export function namedAsTeller(text: string, name: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  const before = text.slice(Math.max(0, at - 40), at);
  return (
    (TELLER_ON_BEFORE.test(before) || TELLER_OWN_BEFORE.test(before)) &&
    TELLER_AFTER.test(text.slice(at + name.length, at + name.length + 30))
  );
}

/**
 * "a guy on ", "some dude in the ", "someone from ", "my cousin at ": the teller, then where
 * (normalising may have dropped the slang noun: "some on ").
 */
const TELLER_ON_BEFORE =
  /(?:^|\s)(?:(?:a|an|some|my|our|one|this|that)(?:\s+[\p{L}'-]+){0,2}|someone|somebody|people|folks|everyone|everybody)\s+(?:on|in|at|from)\s+(?:the\s+|a\s+|my\s+|our\s+)?$/u;
/** "my ", "our ", "a ": the teller is the name itself (my PM, our CFO, a VP). */
const TELLER_OWN_BEFORE = /(?:^|\s)(?:my|our|a|an)\s+$/u;
/** Then the telling: "said", "asked me", "swore", "keeps saying", "literally told me". */
const TELLER_AFTER =
  /^(?:'s)?(?:\s+(?:\p{L}+(?:'\p{L}+)?|\p{L}+ \p{L}+))?\s+(?:said|says|say|told|tells|asked|asks|claims?|claimed|thinks|thought|swore|swears|insists|insisted|reckons|reckoned|argued|argues|mentioned|posted|wrote|writes|explained|was saying|keeps saying|kept saying)\b/u;

const SOURCE_BEFORE =
  /\b(?:according to|per|reported by|as reported by|citing|cited by|via|from)\s+(?:the\s+)?$/u;
/** "CNBC 보도로는", "CNBC에 따르면", "CNBC 추정치": a source, in Korean. */
const SOURCE_AFTER_KO =
  /^(?:의)?\s?(?:보도|기사|추정|집계|에 ?따르면|에 ?의하면|에선|에서는|에 ?나온|발 )/u;
const SOURCE_AFTER =
  /^(?:'s)?\s+(?:reported|reports|report|say|says|said|put|puts|pegged|pegs|estimated|estimates|wrote|writes|had|has|have|valued|values|priced|prices|called|calls|cited|cites|quoted|quotes|figure|number|estimate|piece|story)\b/u;

/**
 * The article (or its writer) as the one saying something about a topic: "기사가 클로드에 대해선
 * 뭐라고 해", "엔비디아 전략은 기사에서 뭐라고 분석해?", "what does the article say NVIDIA wants?".
 */
const ARTICLE_SPEAKS_OF =
  /(?:기사|글쓴이|필자|작성자|블로거|본문|(?<!\p{Script=Hangul})글)(?:이|가|는|은|에서|에선|에서는|엔|에는|에|선)?\s(?:\S+\s){0,3}?\S*(?:에 ?대해|에 ?대해선|에 ?대해서는|에 ?관해|에 ?관해선|얘기|관련)|(?:에 ?대해|에 ?관해)\S*\s(?:\S+\s)?뭐라고?\s?(?:나와|나오|나옴|써|쓰여|적혀|돼 ?있|되어 ?있)|\b(?:article|piece|post|blog|writer|author|blogger)\b[^?.!]*\b(?:say|says|said|mention|mentions|write|writes|wrote|claim|claims)\b[^?.!]*\b(?:about|of|on)\b|(?:기사|글쓴이|필자|작성자|블로거|본문|(?<!\p{Script=Hangul})글)(?:에서|에선|에서는|엔|에는|는|은|이|가)\s(?:\S+\s){0,2}?뭐라|\bwhat (?:does|did) (?:the |this )?(?:article|piece|post|blog|writer|author|blogger) (?:say|write)\b/u;
/**
 * Someone nobody can name passing a claim on ("someone in chat said", "my dad says", "a guy on
 * YouTube claimed", "친구가 … 말했는데", "유튜브에서 … 말하던데"): the saying is the frame around the
 * question, not what it asks. A named speaker ("Nadella said") is no frame.
 */
const HEARSAY_FRAME =
  /\b(?:someone|somebody|people|everyone|everybody|folks|a (?:guy|friend|coworker|colleague|youtuber|streamer|commenter)|some (?:guy|dude|youtuber|streamer|analyst|commenter)|my \w+)(?: (?:on|in|at|from) (?:the |a |my )?[\w.-]+(?: \w+)?)? (?:said|says|say|told me|claims?|claimed|was saying)\b|(?:누군가|사람들이|친구가|엄마가|아빠가|동기가|선배가|유튜버가|(?:뉴스|티비|tv|유튜브|방송|단톡방?|커뮤)에서)\s(?:\S+\s){0,8}?\S*(?:말했|말하던|말하더|말하네|말함)/u;

/** The forms a relation of saying has ("said", "뭐라고"). */
const SAYING_FORM = /^(?:said|says|뭐라고|뭐라|말했|발언)$/u;

function articleSpeaksOf(text: string): boolean {
  return ARTICLE_SPEAKS_OF.test(text);
}

export function isSaying(relation: Relation): boolean {
  return relation.forms.some((form) => SAYING_FORM.test(form));
}

function notSaying(relation: Relation): boolean {
  return !isSaying(relation);
}

type RelationsAsked = Pick<QuestionScope, "relations" | "outsideRelations">;

/**
 * The relations a text asks for, covered or not: readScope's `relations` and `outsideRelations`,
 * without reading its entities and places (for a check that needs only these).
 */
export function readRelations(knowledge: Knowledge, analysis: Analysis): RelationsAsked {
  return relationsAsked(knowledge, analysis, compile(knowledge));
}

/**
 * The relations a text asks for: they depend on the text alone, and one answer reads the scope of
 * a text more than once (whether a part stands alone, then its answer), so they are read once per
 * analysis and kept on it (Analysis.derived), with what they were read from: a copy of an
 * analysis with other words is read again.
 */
interface KeptRelations {
  readonly knowledge: Knowledge;
  readonly normalized: string;
  readonly terms: Analysis["terms"];
  readonly hangulWords: Analysis["hangulWords"];
  readonly asked: RelationsAsked;
}

function keptRelations(knowledge: Knowledge, analysis: Analysis): RelationsAsked | undefined {
  const kept = analysis.derived.relations as KeptRelations | undefined;
  return kept?.knowledge === knowledge &&
    kept.normalized === analysis.normalized &&
    kept.terms === analysis.terms &&
    kept.hangulWords === analysis.hangulWords
    ? kept.asked
    : undefined;
}

/** Right before a word, the occasion of something else: "said … in the announcement". */
const OCCASION_BEFORE = /\b(?:in|at|during|on|from) (?:the|this|that|its|their|today's) $/u;
/** What someone said ("what did X say", "뭐라고 했어"): asked of an occasion named after it. */
const SAYING =
  /\b(?:say|says|said|tell|told|comment\w*|remark\w*|stated?|claim(?:ed|s)?)\b|뭐라|말했|말 했|말한|(?<![월년주기])말 한|무슨 말|언급|발언/u;
/** A Korean word of the occasion: "발표에서", "발표 때", "발표 당시". */
const OCCASION_KO = /(?:에서|때|당시)$/u;
/** …or the Korean word after it: "발표 때", "발표 당시", "발표 자리에서". */
const OCCASION_KO_AFTER = /^\s?(?:때|당시|자리|현장)/u;

const LETTER = /[\p{L}\p{N}]/u;

/** Where a form stands as words of its own in a text, or -1 (no pattern compiled per answer). */
function wholeWordIndex(text: string, form: string): number {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + form.length] ?? " ";
    if (!LETTER.test(before) && !LETTER.test(after)) return at;
  }
  return -1;
}

/**
 * "What did Nadella say about OpenAI in the announcement?", "나델라가 발표에서 뭐라고 했어?": a
 * relation named only as the occasion of another relation asked is when it happened, not what is
 * asked. Kept when it is the only relation (then it is what is asked).
 */
function withoutOccasion(
  relations: QuestionScope["relations"],
  analysis: Analysis,
): QuestionScope["relations"] {
  const text = analysis.normalized;
  // The other thing asked: another relation, or what someone said then.
  if (relations.length < 2 && !(relations.length === 1 && SAYING.test(text))) return relations;
  const occasion = (relation: QuestionScope["relations"][number]) => {
    let named = false;
    const atOccasion = (at: number, length: number) => {
      named = true;
      const before = text.slice(Math.max(0, at - 20), at);
      const after = text.slice(at + length, at + length + 8);
      return (
        OCCASION_BEFORE.test(before) ||
        OCCASION_KO.test(text.slice(at, at + length)) ||
        OCCASION_KO_AFTER.test(after)
      );
    };
    for (const term of analysis.terms) {
      if (term.kind !== "concept" || !relation.concepts.includes(term.features[0]?.slice(2) ?? ""))
        continue;
      if (!atOccasion(text.indexOf(term.text), term.text.length)) return false;
    }
    // Its words ("the event"), where no concept names it.
    for (const form of relation.forms) {
      const at = wholeWordIndex(text, form);
      if (at >= 0 && !atOccasion(at, form.length)) return false;
    }
    return named;
  };
  const kept = relations.filter((relation) => !occasion(relation));
  return kept.length > 0 || SAYING.test(text) ? kept : relations;
}

function relationsAsked(
  knowledge: Knowledge,
  analysis: Analysis,
  compiled: Compiled,
): RelationsAsked {
  const known = keptRelations(knowledge, analysis);
  if (known) return known;
  const text = analysis.normalized;
  // Loops, not flatMap (a builtin call and an array per term): this runs for every text read.
  const conceptIds = new Set<string>();
  const phraseWords = new Set<string>();
  for (let at = 0; at < analysis.terms.length; at++) {
    const term = analysis.terms[at] as Analysis["terms"][number];
    if (term.kind !== "concept") continue;
    conceptIds.add(term.features[0]?.slice(2) ?? "");
    // A word of a known phrase ("press release") is that phrase, not an outside relation ("release").
    if (!term.text.includes(" ")) continue;
    const phrase = term.text.split(" ");
    for (let word = 0; word < phrase.length; word++) {
      phraseWords.add(phrase[word] as string);
      phraseWords.add(stemOf(phrase[word] as string));
    }
  }
  const words = questionWords(analysis);
  // A Korean word that starts with a concept's form asks for it too ("투자액", "발표였음"): the
  // concepts the text's Korean words start with are found once, by the words' first syllables.
  const named = [conceptIds, conceptsStartingWords(knowledge, analysis)] as const;
  // Every Latin word of the text is in words.latin (questionWords): when no phrase word is one of
  // them, leaving the phrase words out changes neither the words nor the text.
  const leavesOut = phraseWords.size > 0 && sharesAny(phraseWords, words.latin);
  const outsideWords = !leavesOut
    ? words
    : {
        hangul: words.hangul,
        latin: new Set([...words.latin].filter((word) => !phraseWords.has(word))),
        spaced: words.spaced,
      };
  const outsideText = !leavesOut
    ? text
    : text.replace(/[a-z]+/g, (word) => (phraseWords.has(word) ? " " : word));
  // Both lists read from the same words (most texts): one walk of the text for both, split after.
  const both = leavesOut
    ? undefined
    : namedMarks(compiled.allRelations, compiled.allRelationForms, text, words, named);
  // Both lists are read from `both` before anything else runs: namedMarks hands back its scratch
  // marks, written over by its next call.
  const relationsFound = both
    ? marked(compiled.relations, both, 0)
    : relationsNamed(compiled.relations, compiled.relationForms, text, words, named);
  const outsideFound = both
    ? marked(compiled.outsideRelations, both, compiled.relations.length)
    : relationsNamed(
        compiled.outsideRelations,
        compiled.outsideRelationForms,
        outsideText,
        outsideWords,
        named,
        { text, words },
      );
  const asked: RelationsAsked = {
    relations: withoutPassiveSaying(withoutOccasion(relationsFound, analysis), text),
    outsideRelations: outsideFound.filter((relation) => !namedAsPaymentKind(relation, text)),
  };
  const kept: KeptRelations = {
    knowledge,
    normalized: analysis.normalized,
    terms: analysis.terms,
    hangulWords: analysis.hangulWords,
    asked,
  };
  analysis.derived.relations = kept;
  return asked;
}

/**
 * A Korean saying in the passive, as the sentence's predicate: what is spoken of ("구글은 어떤
 * 맥락으로 언급되는지", "…언급된 거예요?"). Not "나델라 인용된 부분": a quoted part is asked for.
 */
const PASSIVE_SAYING =
  /(?:언급|거론|인용|소개)(?:되는지|되나|되냐|되었|됐|돼|됨|되어|된 ?(?:거|것|건|게))/u;
/** A saying with a speaker: "뭐라고 했어", "언급했어", "발언", "said". */
const ACTIVE_SAYING =
  /뭐라|말했|말 했|말한|(?<![월년주기])말 한|무슨 말|발언|언급(?:했|한|하|함)|\b(?:say|says|said|comment\w*|remark\w*)\b/u;

/**
 * "구글은 이번 건에서 어떤 맥락으로 언급되는지": a party spoken of in the passive asks where the
 * piece names it, not what it said; with no saying of a speaker beside it, no saying is asked.
 */
function withoutPassiveSaying(
  relations: QuestionScope["relations"],
  text: string,
): QuestionScope["relations"] {
  if (relations.length === 0 || !PASSIVE_SAYING.test(text) || ACTIVE_SAYING.test(text)) {
    return relations;
  }
  return relations.filter(notSaying);
}

/** After a Korean word, the money coming back as it: "매출로 더 크게 돌려받는", "수익으로 돌아오는". */
const COMES_BACK_AS_KO =
  /^(?:으로|로)\s(?:\S+\s){0,2}?(?:돌려받|돌려 받|돌아오|돌아와|돌아온|되돌려|되돌아)/u;
/** Before an English word: "as (Azure) revenue", with the money coming back in the text. */
const AS_KIND_EN = /\bas (?:\w+ )?$/u;
const COMES_BACK_EN =
  /\b(?:gets?|got|getting|earns?|takes?|receiv\w*) (?:\w+ ){0,3}?back\b|\bcomes? back\b|\bflows? back\b/u;

/**
 * "마소는 앤트한테 돈 주고 애저 매출로 더 크게 돌려받는 거 아님?", "gets more back as Azure
 * revenue": the word of a relation the knowledge lacks (revenue) names what a payment comes back
 * as, which the flows say; it asks nothing of its own. Every place its forms are written must be
 * so.
 */
function namedAsPaymentKind(relation: OutsideRelation, text: string): boolean {
  let named = false;
  for (const form of relation.forms) {
    const lower = form.toLowerCase();
    let at = text.indexOf(lower);
    while (at >= 0) {
      named = true;
      const after = text.slice(at + lower.length);
      const before = text.slice(Math.max(0, at - 20), at);
      const asKind =
        COMES_BACK_AS_KO.test(after) || (AS_KIND_EN.test(before) && COMES_BACK_EN.test(text));
      if (!asKind) return false;
      at = text.indexOf(lower, at + lower.length);
    }
  }
  return named;
}

function sharesAny(some: ReadonlySet<string>, others: ReadonlySet<string>): boolean {
  for (const word of some) if (others.has(word)) return true;
  return false;
}

/**
 * The relations (in their order) that a concept of theirs names or a form of theirs asks
 * (formAsked): the same as testing every form of every relation, but single words are looked up
 * from the question's words, so each question costs its own few words, not the hundreds of forms.
 */
function relationsNamed<T>(
  entries: readonly CompiledRelation<T>[],
  forms: FormLookup,
  text: string,
  words: QuestionWords,
  /** The concepts the text names: a relation with one of them is asked. */
  named: readonly ReadonlySet<string>[],
  /** Where a relation's `with` words are looked for (the text before words were left out). */
  context?: { readonly text: string; readonly words: QuestionWords },
): T[] {
  return marked(entries, namedMarks(entries, forms, text, words, named, context), 0);
}

/** The relations of a list whose mark (from `offset` on in the marks) is set, in their order. */
function marked<T>(
  entries: readonly CompiledRelation<T>[],
  marks: readonly number[],
  offset: number,
): T[] {
  const found: T[] = [];
  for (let index = 0; index < entries.length; index++) {
    if (marks[offset + index] === 1) found.push((entries[index] as CompiledRelation<T>).relation);
  }
  return found;
}

/**
 * namedMarks' marks, one array kept for every call: the caller reads them (marked) before the next
 * call writes over them. An array grown by a push per relation was a few kilobytes of garbage per
 * text read (the relation lists are long, and each growth copies the array).
 */
const namedMarksScratch: number[] = [];

/**
 * relationsNamed's marks: 1 for each relation (by its index in `entries`) the text asks. The
 * array is shared scratch, valid until the next call, and may be longer than `entries` (read only
 * the first entries.length).
 */
function namedMarks(
  entries: readonly CompiledRelation<unknown>[],
  forms: FormLookup,
  text: string,
  words: QuestionWords,
  named: readonly ReadonlySet<string>[],
  /**
   * "building a new data centre": a word of a known phrase is never the relation asked, but it
   * still says what the relation is asked of (its `with` words are read in the whole text).
   */
  context: { readonly text: string; readonly words: QuestionWords } = { text, words },
): readonly number[] {
  // An array, not a Uint8Array: a typed array over 64 bytes keeps its bytes off the heap, and each
  // answer's one then had to be freed by the next young-generation collection (its sweep of array
  // buffers, handed to a helper thread that collection may wait for).
  const asked = namedMarksScratch;
  for (let index = 0; index < entries.length; index++) {
    if (index < asked.length) asked[index] = 0;
    else asked.push(0);
  }
  // The relations of the concepts named, looked up by concept, not each relation's concepts
  // checked against them.
  for (let set = 0; set < named.length; set++) {
    (named[set] as ReadonlySet<string>).forEach((concept) => {
      const at = forms.byConcept.get(concept);
      if (at) for (let i = 0; i < at.length; i++) asked[at[i] as number] = 1;
    });
  }
  // Indexed loops and one forEach: a for…of step in this function allocates (its iterator
  // results are not optimised away), and it runs twice per text.
  const askIfNamed = (candidates: readonly { form: CompiledForm; index: number }[]) => {
    for (let at = 0; at < candidates.length; at++) {
      const { form, index } = candidates[at] as { form: CompiledForm; index: number };
      if (asked[index] === 0 && formAsked(text, words, form)) asked[index] = 1;
    }
  };
  words.latin.forEach((word) => {
    const at = forms.latin.get(word);
    if (at) for (let i = 0; i < at.length; i++) asked[at[i] as number] = 1;
    // A Latin phrase stands in the text only where its first word is a word of the text.
    const phrases = forms.latinPhrases.get(word);
    if (phrases) askIfNamed(phrases);
  });
  // Words that open on the same syllable have the same candidates, asked of the same text: each
  // syllable's candidates are read once.
  let firstsRead = "";
  for (let at = 0; at < words.hangul.length; at++) {
    const first = (words.hangul[at] as string).charAt(0);
    if (firstsRead.includes(first)) continue;
    firstsRead += first;
    const candidates = forms.hangul.get(first);
    if (candidates) askIfNamed(candidates);
  }
  // A phrase stands in the text (or the split words) only where its first character does: the
  // text's characters are looked up, not every phrase searched for.
  // Character codes, not characters: a Hangul character read as a string is a new string each.
  askIfNamed(forms.other.always);
  const codesRead: number[] = [];
  const askByFirst = (searched: string) => {
    for (let at = 0; at < searched.length; at++) {
      const first = searched.charCodeAt(at);
      const candidates = forms.other.byFirst.get(first);
      if (!candidates || codesRead.includes(first)) continue;
      codesRead.push(first);
      askIfNamed(candidates);
    }
  };
  askByFirst(text);
  if (words.spaced !== "") askByFirst(words.spaced);
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] as CompiledRelation<unknown>;
    if (asked[index] !== 1) continue;
    // "name" asks for the expert's name only when the expert is what it is said of.
    if (
      entry.requires.length > 0 &&
      !entry.requires.some((form) => formAsked(context.text, context.words, form))
    ) {
      asked[index] = 0;
    }
  }
  return asked;
}

/** The forms of a list of relations, filed for relationsNamed, each with its relation's index. */
interface FormLookup {
  /** A concept -> the relations it names. */
  readonly byConcept: ReadonlyMap<string, readonly number[]>;
  /** Single Latin words: the word and its stem -> the relations with it. */
  readonly latin: ReadonlyMap<string, readonly number[]>;
  /** Single Hangul words, by their first character (a word that starts with one may ask it). */
  readonly hangul: ReadonlyMap<string, readonly { form: CompiledForm; index: number }[]>;
  /**
   * Latin phrases by their first word (its letters up to the first other character): a phrase
   * found as a word of its own starts with a whole word of the text, which QuestionWords.latin
   * holds ("market share" is looked at only when "market" is there).
   */
  readonly latinPhrases: ReadonlyMap<string, readonly { form: CompiledForm; index: number }[]>;
  /**
   * Other phrases (Korean, or opening with a digit or a sign), by their first character, and
   * anything else (an empty form): one by one.
   */
  readonly other: {
    readonly byFirst: ReadonlyMap<number, readonly { form: CompiledForm; index: number }[]>;
    readonly always: readonly { form: CompiledForm; index: number }[];
  };
}

/** The letters a Latin phrase opens with ("market share" -> "market"). */
const LEADING_LATIN_WORD = /^[a-z]+/;

function fileForms(entries: readonly CompiledRelation<unknown>[]): FormLookup {
  const latin = new Map<string, number[]>();
  const hangul = new Map<string, { form: CompiledForm; index: number }[]>();
  const latinPhrases = new Map<string, { form: CompiledForm; index: number }[]>();
  const byFirst = new Map<number, { form: CompiledForm; index: number }[]>();
  const always: { form: CompiledForm; index: number }[] = [];
  const fileLatin = (key: string, index: number) => {
    const list = latin.get(key);
    if (!list) latin.set(key, [index]);
    else if (!list.includes(index)) list.push(index);
  };
  const byConcept = new Map<string, number[]>();
  entries.forEach((entry, index) => {
    for (const concept of entry.concepts) {
      const list = byConcept.get(concept);
      if (!list) byConcept.set(concept, [index]);
      else if (!list.includes(index)) list.push(index);
    }
    for (const form of entry.forms) {
      const leading = form.phrase && !form.hangul ? LEADING_LATIN_WORD.exec(form.text) : null;
      if (leading) {
        const list = latinPhrases.get(leading[0]);
        if (list) list.push({ form, index });
        else latinPhrases.set(leading[0], [{ form, index }]);
      } else if (form.text === "") always.push({ form, index });
      else if (form.phrase) {
        const first = form.text.charCodeAt(0);
        const list = byFirst.get(first);
        if (list) list.push({ form, index });
        else byFirst.set(first, [{ form, index }]);
      } else if (form.hangul) {
        const first = form.text.charAt(0);
        const list = hangul.get(first);
        if (list) list.push({ form, index });
        else hangul.set(first, [{ form, index }]);
      } else {
        fileLatin(form.text, index);
        fileLatin(form.stem, index);
      }
    }
  });
  return { byConcept, latin, hangul, latinPhrases, other: { byFirst, always } };
}

/** "at Microsoft Build", "during CES": an event's name, up to the end of the clause. */
const ENGLISH_PLACE =
  /(?:\b(?:at|during)|(?<=\b(?:announcement|unveiling|keynote|reveal|launch)\s+(?:was|were|is)\s+(?:held\s+|made\s+)?)in)\s+((?:the\s+)?[^\s,?.!;]+(?:\s+(?!(?:right|correct|true|yes|no|isn't|wasn't|didn't|in|on|and|or|last|this|back)\b)[^\s,?.!;]+){0,2})/gu;
/**
 * Where an announcement was made, after "in": "unveiled it in San Francisco", "announced in
 * Las Vegas". The word or two after "in", read only for names the knowledge lacks (a month or a
 * day is a time, checked as a date; so is a part of a month: "in mid-November").
 */
const ENGLISH_CITY =
  /\b(?:announc|unveil|reveal)\w*(?:\s+(?:it|this|that|them|(?:the|their|this|that|its)\s+[^\s,?.!;]+))?\s+in\s+(?!(?:the\s+)?(?:early|mid|middle|late|end|beginning|start)\b)([^\s,?.!;]+(?:\s+(?!(?:right|correct|true|yes|no|isn't|wasn't|didn't|in|on|at|and|or|last|this|back|by|with|for)\b)[^\s,?.!;]+)?)/gu;
/**
 * The city of an event named ("at CES in Las Vegas", "at Ignite in San Francisco"): the event is
 * what the fact must hold; the city, which the facts do not give, is no party and no mark.
 */
const EVENT_CITY =
  /\b(?:at|during)\s+(?:the\s+)?[^\s,?.!;]+(?:\s+(?!(?:in|on|and|or|right|correct|true)\b)[^\s,?.!;]+){0,3}?\s+in\s+([^\s,?.!;]+(?:\s+(?!(?:right|correct|true|yes|no|isn't|wasn't|didn't|in|on|at|and|or|last|this|back|by|with|for)\b)[^\s,?.!;]+)?)/gu;
/**
 * "구글 I/O에서 발표", "이그나이트에서 나온": the word or two before 에서, before a verb of telling;
 * up to four before a word for an event ("아마존 리인벤트 행사에서": the host's name is the event's).
 */
const KOREAN_PLACE =
  /((?:[^\s]+\s)?(?:(?:[^\s]+(?<![가는은])\s){1,2}(?=(?:행사|컨퍼런스|콘퍼런스|이벤트|무대|키노트|박람회)에서))?[^\s]+?)에서\s?(?:공동\s?)?(?:발표|공개|나온|나왔|열린|소개|밝히|밝혔|처음)/gu;
/** "발표 구글 I/O에서 한 거", "공개는 빌드에서 했지": the telling first, then where it was done. */
const KOREAN_PLACE_AFTER =
  /(?:발표|공개)(?:를|는|은|도)?\s((?:[^\s]+\s)?[^\s]+?)에서\s?(?:한|했|하는|함|된|됐|진행)/gu;

/**
 * The event said to be where it happened: "the venue was AWS re:Invent", "Ignite was the venue",
 * "발표 행사가 GTC였던가?", "빌드 라는 행사에서".
 */
const ENGLISH_EVENT =
  /\b(?:venue|event|conference|stage|occasion)\s+(?:was|is|had been)\s+((?:the\s+)?[^\s,?.!;]+(?:\s+(?!(?:right|correct|true|yes|no|isn't|wasn't|in|on|and|or)\b)[^\s,?.!;]+){0,2})|((?:[^\s,?.!;]+\s)?[^\s,?.!;]+)\s+(?:was|is)\s+the\s+(?:venue|event|stage|occasion)\b/gu;
const KOREAN_EVENT =
  /(?:(?:행사|무대|장소|이벤트|컨퍼런스|콘퍼런스|발표)(?:가|는|은)|(?:발표|공개|announce|unveil)(?:한|된|했던|됐던|하던)\s?(?:게|건|거|곳이|곳은|데가|데는|자리가|자리는))\s((?:[^\s]+\s)?[^\s]+?)(?:\s?때)?(?:이었|였|이야|야|임|이지|인가|이냐|이죠|죠|이라|라)|((?:[^\s]+\s)?[^\s]+?)\s?(?:이)?라는\s(?:행사|컨퍼런스|콘퍼런스|이벤트|무대)/gu;
/**
 * "announce it on Build conference", "in Ignite event", "for Microsoft Build conference": a name
 * (of a word or two) before a word for an event, after "on", "in" or "for" as second-language
 * writers put it (reg12).
 */
const ENGLISH_EVENT_ON =
  /\b(?:on|in|for)\s+((?:the\s+)?[^\s,?.!;]+(?:\s+[^\s,?.!;]+)?)\s+(?:event|conference|keynote|summit|expo)s?\b/gu;
const EVENT_HINT =
  /\b(?:venue|event|conference|stage|occasion)\b|행사|무대|장소|이벤트|컨퍼런스|콘퍼런스|발표(?:가|는|은)\s|(?:발표|공개|announce|unveil)(?:한|된|했던|됐던|하던)\s?(?:게|건|거|곳|데|자리)/u;

const KOREAN_TIME =
  /요일|^(?:작년|재작년|올해|금년|지난 ?해|어제|오늘|그제|그저께|지난 ?달|이번 ?달|지난 ?주|이번 ?주|연말|연초|상반기|하반기|분기|초|중순|말|\d)/u;

interface PlaceSlot {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /**
   * A city after "in": "mark", only its names the knowledge lacks are the place; "unchecked",
   * the city of an event named, no place to check.
   */
  readonly city?: "mark" | "unchecked";
  /**
   * An "at …" or "during …" place: its words run on up to three, so a party named after its first
   * word begins the next clause ("at work Microsoft's putting in …"), not the place.
   */
  readonly leading?: true;
}

const CITY_PATTERNS: readonly (readonly [RegExp, "mark" | "unchecked"])[] = [
  [ENGLISH_CITY, "mark"],
  [EVENT_CITY, "unchecked"],
];

function placeSlots(text: string): PlaceSlot[] {
  const slots: PlaceSlot[] = [];
  // " in " first: most claims name no city.
  if (text.includes(" in ")) {
    for (const [pattern, city] of CITY_PATTERNS) {
      for (const match of matchesOf(pattern, text)) {
        const slot = match[1] ?? "";
        const start = (match.index ?? 0) + match[0].lastIndexOf(slot);
        slots.push({ start, end: start + slot.length, text: slot, city });
      }
    }
  }
  const events = EVENT_HINT.test(text);
  for (const pattern of [
    ENGLISH_PLACE,
    KOREAN_PLACE,
    KOREAN_PLACE_AFTER,
    ENGLISH_EVENT,
    KOREAN_EVENT,
    ENGLISH_EVENT_ON,
  ]) {
    // Without 에서 the Korean pattern cannot match: its scan (a word or two tried from every
    // place, 3-5 µs a text) is skipped; so are the events' without a word for an event.
    if ((pattern === KOREAN_PLACE || pattern === KOREAN_PLACE_AFTER) && !text.includes("에서")) {
      continue;
    }
    if (
      (pattern === ENGLISH_EVENT || pattern === KOREAN_EVENT || pattern === ENGLISH_EVENT_ON) &&
      !events
    ) {
      continue;
    }
    for (const match of matchesOf(pattern, text)) {
      const slot = match[1] ?? match[2] ?? "";
      // "발표는 화요일이었지?", "발표가 작년이었나": a time, not where it was announced.
      if (pattern === KOREAN_EVENT && KOREAN_TIME.test(slot)) continue;
      const start = (match.index ?? 0) + match[0].indexOf(slot);
      slots.push(
        pattern === ENGLISH_PLACE
          ? { start, end: start + slot.length, text: slot, leading: true }
          : { start, end: start + slot.length, text: slot },
      );
    }
  }
  return slots;
}

/**
 * How many words of a confirmation's places ("at the Consumer Electronics Show in Las Vegas") the
 * knowledge does not know: names to check, not words off the topic.
 */
export function unknownPlaceWords(analysis: Analysis): number {
  if (!analysis.asksToConfirm) return 0;
  let count = 0;
  for (const slot of placeSlots(analysis.normalized)) {
    for (const word of slot.text.split(/\s+/u)) {
      if (
        analysis.terms.some((term) => term.text === word && !term.known && term.kind !== "amount")
      ) {
        count++;
      }
    }
  }
  return count;
}

/** The names in a place slot, each as the forms a fact may write it in. */
function placeNames(
  knowledge: Knowledge,
  analysis: Analysis,
  slot: string,
  city = false,
): string[][] {
  const names: string[][] = [];
  // "announced at ignite huh": the claim's tag is no word of the place.
  const frame = claimFrameWords(analysis.normalized);
  for (const written of slot.split(/\s+/)) {
    // "at microsoft's ignite": the owner's name, without its possessive.
    const owner = written.replace(/['’]s$/u, "");
    const word = owner.length >= 2 ? owner : written;
    if (word.length < 2 || ENGLISH_STOPWORDS.has(word) || frame.has(word)) continue;
    if (city && (ENGLISH_MONTH_WORD.test(word) || TIME_NAME.test(word))) continue;
    // "valued at $183b", "at 1gw": an amount, not a place's name.
    if (/^[$€£₩]?\d/u.test(word)) continue;
    // A word of a name of several words ("night" of "ig night") is that name.
    const term = analysis.terms.find(
      (candidate) =>
        candidate.text === word ||
        candidate.text.startsWith(word) ||
        (candidate.kind === "concept" && candidate.text.split(" ").includes(word)),
    );
    if (!term) {
      // "i/o", "re:invent": not a word the analyser keeps, but a name all the same.
      if (/[a-z]/.test(word)) names.push([word]);
      continue;
    }
    if (term.kind === "concept") {
      if (city) continue;
      const id = term.features[0]?.slice(2);
      const concept = knowledge.concepts.find((candidate) => candidate.id === id);
      if (concept && !concept.intent) names.push(concept.forms.map((form) => form.toLowerCase()));
    } else if (!term.known && term.kind !== "amount") {
      names.push([word]);
    }
  }
  return names;
}

/** The entity or relation the knowledge does not cover, if the question asks about one. */
export function findNotCovered(
  knowledge: Knowledge,
  scope: QuestionScope,
  passageCovers: PassageCheck,
  asksForFigure = false,
): NotCovered | undefined {
  const outside = scope.entities.filter((entity) => entity.outside);
  const relation = scope.outsideRelations[0] ?? scope.relations[0];
  const factsOf = (relations: readonly Relation[]): readonly Fact[] =>
    relations.length === 1
      ? factsWithRelation(knowledge, (relations[0] as Relation).id)
      : knowledge.facts.filter((fact) => relations.some((r) => factHasRelation(fact, r.id)));
  const coversItself = (entity: string, relations: readonly Relation[]) =>
    relations.some(
      (r) =>
        factsWithRelation(knowledge, r.id).some((fact) => involvesIn(fact, entity, r.id)) ||
        (r.passages && passageCovers(entity, r.concepts)),
    );
  // "Which NVIDIA systems will Claude run on?": what no fact says of a product is asked of its
  // maker (the compute Anthropic bought), not a thing the knowledge lacks.
  const standsFor = (entity: string, relations: readonly Relation[]) => {
    const maker = knowledge.scope.makers.get(entity);
    return maker !== undefined &&
      relations.length > 0 &&
      relations.every((r) => maker.relations.includes(r.id)) &&
      !coversItself(entity, relations)
      ? maker.party
      : entity;
  };
  const covers = (entity: string, relations: readonly Relation[]) =>
    coversItself(standsFor(entity, relations), relations);
  if (outside.length > 0) {
    return {
      entities: outside,
      ...(relation ? { relation } : {}),
      covered: figuresOnly(factsOf(scope.relations.slice(0, 1))),
    };
  }
  const [outsideRelation] = scope.outsideRelations;
  if (outsideRelation) {
    return { entities: scope.entities, relation: outsideRelation, covered: [] };
  }
  if (scope.relations.length === 0) return pairNeverTogether(knowledge, scope, passageCovers);
  if (scope.entities.length === 0) return undefined;

  // Each entity named must take part in some fact of a relation asked.
  const facts = factsOf(scope.relations);
  // "the $5B from MSFT, or just azure credits?": a minor name that a flow of another named party
  // is made of (Azure, what Anthropic buys from Microsoft) is that party's thing, not a party.
  const parties = scope.entities.filter((entity) => entity.id !== "article");
  const named = parties.filter((entity) => !isThingOfNamedFlow(knowledge, entity, parties));
  const uncovered = named.filter((entity) => !covers(entity.id, scope.relations));
  if (uncovered.length > 0) {
    const relation =
      scope.relations.find((r) => named.some((entity) => covers(entity.id, [r]))) ??
      scope.relations[0];
    return {
      entities: uncovered,
      ...(relation ? { relation } : {}),
      covered: relation ? figuresOnly(factsOf([relation])) : [],
    };
  }
  // "How much did A invest in B?" where the only fact about A and B has no figure.
  const factsOnly = scope.relations.filter((r) => !r.passages);
  if (asksForFigure && named.length >= 2 && factsOnly.length > 0) {
    // Facts where a named party acts (its subject), not one where both are merely objects.
    const together = factsOf(factsOnly).filter(
      (fact) =>
        named.every((entity) => involves(fact, entity.id)) &&
        named.some((entity) => fact.subject.includes(entity.id)),
    );
    if (together.length > 0 && together.every((fact) => fact.figure === undefined)) {
      return {
        entities: named,
        ...(factsOnly[0] ? { relation: factsOnly[0] } : {}),
        covered: together,
      };
    }
  }
  // Two parties named, each covered apart but never together ("NVIDIA's investment in OpenAI"),
  // one of them outside the story's main entities: that pairing is not covered.
  if (named.length === 2) {
    const [a, b] = named.map((entity) => standsFor(entity.id, scope.relations)) as [string, string];
    const together =
      facts.some((fact) => involves(fact, a) && involves(fact, b)) ||
      scope.relations.some((r) => r.passages);
    const main = mainParties(knowledge);
    const minor = named.filter((entity) => !main.has(standsFor(entity.id, scope.relations)));
    if (!together && minor.length > 0) {
      return {
        entities: minor,
        ...(scope.relations[0] ? { relation: scope.relations[0] } : {}),
        covered: [],
      };
    }
  }
  return undefined;
}

/**
 * "GPT-5도 파운드리에 있어?": no relation named, two parties that no fact and no article sentence
 * name together, one of them outside the story's main companies. Whatever is asked of the pair,
 * the knowledge does not cover it; the nearest passage about one of them would answer another
 * question.
 */
function pairNeverTogether(
  knowledge: Knowledge,
  scope: QuestionScope,
  passageCovers: PassageCheck,
): NotCovered | undefined {
  const named = scope.entities.filter((entity) => entity.id !== "article");
  if (named.length !== 2) return undefined;
  const [a, b] = named as [NamedEntity, NamedEntity];
  const main = mainParties(knowledge);
  const minor = named.filter((entity) => !main.has(entity.id));
  if (minor.length === 0) return undefined;
  const together =
    knowledge.facts.some((fact) => involves(fact, a.id) && involves(fact, b.id)) ||
    passageCovers(a.id, [b.id]);
  return together ? undefined : { entities: minor, covered: [] };
}

/**
 * What another party's fact may stand beside "not covered" as: a figure of the same kind ("OpenAI's
 * valuation" -> Anthropic's), which says how far the knowledge goes. Another person's words or
 * role ("what did NVIDIA's CEO say?" -> Nadella's quote) would read as the answer: never offered.
 */
function figuresOnly(facts: readonly Fact[]): readonly Fact[] {
  return facts.filter((fact) => fact.figure !== undefined);
}

/** Each relation's facts, filled in as relations are asked. */
const factsByRelation = oncePerKnowledge(() => new Map<string, readonly Fact[]>());

/** The facts of one relation (their own or a further pair), in order: found once per relation. */
function factsWithRelation(knowledge: Knowledge, relation: string): readonly Fact[] {
  const byRelation = factsByRelation(knowledge);
  let facts = byRelation.get(relation);
  if (!facts) {
    facts = knowledge.facts.filter((fact) => factHasRelation(fact, relation));
    byRelation.set(relation, facts);
  }
  return facts;
}

export function factHasRelation(fact: Fact, relation: string): boolean {
  return fact.relation === relation || fact.also.some((pair) => pair.relation === relation);
}

/** A party to the fact in this relation: for a further pair ("also"), its subject only. */
/**
 * Whether a name outside the story's main entities is what a money flow of a main party named
 * before it is made of: the flow's fact involves both ("MSFT … azure credits"; a payment "for the
 * Azure compute", in claim-direction.ts).
 */
export function isThingOfNamedFlow(
  knowledge: Knowledge,
  thing: NamedEntity,
  named: readonly NamedEntity[],
): boolean {
  const id = thing.id;
  if (knowledge.manifest.entities.some((entity) => entity.id === id)) return false;
  // Named after the party whose flow it is ("MSFT … azure credits"); named first, it is the
  // actor asked about ("Did Azure invest…?").
  const main = named.filter(
    (entity) =>
      entity.id !== id &&
      entity.position < thing.position &&
      knowledge.manifest.entities.some((other) => other.id === entity.id),
  );
  if (main.length === 0) return false;
  return knowledge.flows.flows.some((flow) => {
    if (!main.some((entity) => flow.from === entity.id || flow.to === entity.id)) return false;
    const fact = factOfFlow(knowledge, flow);
    return fact !== undefined && involves(fact, id);
  });
}

function involvesIn(fact: Fact, entity: string, relation: string): boolean {
  if (fact.relation === relation)
    return fact.subject.includes(entity) || fact.object.includes(entity);
  return fact.also.some((pair) => pair.relation === relation && pair.subject.includes(entity));
}

/** The fact's subject, objects and further subjects. */
export function involves(fact: Fact, entity: string): boolean {
  return (
    fact.subject.includes(entity) ||
    fact.object.includes(entity) ||
    fact.also.some((pair) => pair.subject.includes(entity))
  );
}

/** Each concept's one-word Korean forms of two syllables or more. */
const hangulFormsOf = oncePerKnowledge((knowledge): Map<string, string[]> => {
  const forms = new Map<string, string[]>();
  for (const concept of knowledge.concepts) {
    const hangul = concept.forms.filter(
      (form) => /^\p{Script=Hangul}{2,}$/u.test(form) && !form.includes(" "),
    );
    if (hangul.length > 0) forms.set(concept.id, hangul);
  }
  return forms;
});

/** hangulFormsOf's forms filed by their first syllable, each with its concept. */
const hangulFormsByFirstSyllable = oncePerKnowledge(
  (knowledge): Map<string, { form: string; concept: string }[]> => {
    const byFirst = new Map<string, { form: string; concept: string }[]>();
    for (const [concept, forms] of hangulFormsOf(knowledge)) {
      for (const form of forms) {
        const first = form.charAt(0);
        const list = byFirst.get(first);
        if (list) list.push({ form, concept });
        else byFirst.set(first, [{ form, concept }]);
      }
    }
    return byFirst;
  },
);

/** The concepts with a Korean form (hangulFormsOf) that one of the text's Korean words starts with. */
function conceptsStartingWords(knowledge: Knowledge, analysis: Analysis): ReadonlySet<string> {
  const byFirst = hangulFormsByFirstSyllable(knowledge);
  const concepts = new Set<string>();
  for (const term of analysis.terms) {
    if (term.kind !== "hangul") continue;
    const word = term.text;
    const candidates = byFirst.get(word.charAt(0));
    if (!candidates) continue;
    for (const { form, concept } of candidates) if (word.startsWith(form)) concepts.add(concept);
  }
  return concepts;
}

/** Concept ids that facts name as a subject or object, and those with display names. */
const subjectIds = oncePerKnowledge((knowledge): ReadonlySet<string> => {
  const ids = new Set<string>(knowledge.scope.names.keys());
  for (const fact of knowledge.facts) {
    for (const id of [...fact.subject, ...fact.object]) ids.add(id);
  }
  return ids;
});

/**
 * Where each outside entity (by its index) is first named in the text, by any of its forms, or
 * undefined when none is. A form stands only where its first character does: at each character
 * of the text the forms opening on it are compared there (their second character first), not
 * every form searched for through the whole text. Positions rise, so a form's first place that
 * stands is the one formPosition finds.
 */
function outsidePositions(text: string, forms: OutsideForms): (number | undefined)[] | undefined {
  let positions: (number | undefined)[] | undefined;
  for (let at = 0; at < forms.always.length; at++) {
    const { form, index } = forms.always[at] as { form: CompiledForm; index: number };
    const position = formPosition(text, form.text, form.hangul);
    if (position === undefined) continue;
    positions ??= noPositions(forms.count);
    const best = positions[index];
    if (best === undefined || position < best) positions[index] = position;
  }
  for (let at = 0; at < text.length; at++) {
    const candidates = forms.byFirst.get(text.charCodeAt(at));
    if (candidates === undefined) continue;
    for (let each = 0; each < candidates.length; each++) {
      const { form, index } = candidates[each] as { form: CompiledForm; index: number };
      const best = positions?.[index];
      if (best !== undefined && best <= at) continue;
      const written = form.text;
      // Past the text's end no second character matches (and none is read there).
      if (
        written.length > 1 &&
        (at + 1 === text.length || text.charCodeAt(at + 1) !== written.charCodeAt(1))
      ) {
        continue;
      }
      if (!text.startsWith(written, at) || !standsAt(text, at, written.length, form.hangul)) {
        continue;
      }
      positions ??= noPositions(forms.count);
      positions[index] = at;
    }
  }
  return positions;
}

/**
 * One slot per outside entity, all undefined: written at any index and read up to the count,
 * the list is never read or written past its end (a sparse list grown by index is).
 */
function noPositions(count: number): (number | undefined)[] {
  return new Array<number | undefined>(count).fill(undefined);
}

/** The outside entities' forms by their first character (an empty form: always asked). */
interface OutsideForms {
  readonly byFirst: ReadonlyMap<number, readonly { form: CompiledForm; index: number }[]>;
  readonly always: readonly { form: CompiledForm; index: number }[];
  /** How many outside entities there are: the length of outsidePositions' list. */
  readonly count: number;
}

function fileOutsideForms(
  entities: readonly { readonly forms: readonly CompiledForm[] }[],
): OutsideForms {
  const byFirst = new Map<number, { form: CompiledForm; index: number }[]>();
  const always: { form: CompiledForm; index: number }[] = [];
  entities.forEach(({ forms }, index) => {
    for (const form of forms) {
      if (form.text === "") {
        always.push({ form, index });
        continue;
      }
      const first = form.text.charCodeAt(0);
      const list = byFirst.get(first);
      if (list) list.push({ form, index });
      else byFirst.set(first, [{ form, index }]);
    }
  });
  return { byFirst, always, count: entities.length };
}

interface CompiledForm {
  readonly text: string;
  readonly hangul: boolean;
  readonly phrase: boolean;
  readonly stem: string;
}

interface CompiledRelation<T> {
  readonly relation: T;
  readonly concepts: readonly string[];
  readonly forms: readonly CompiledForm[];
  /** Words one of which must be asked too (empty: none needed). */
  readonly requires: readonly CompiledForm[];
}

interface Compiled {
  readonly relations: readonly CompiledRelation<Relation>[];
  readonly relationForms: FormLookup;
  readonly outsideRelations: readonly CompiledRelation<OutsideRelation>[];
  readonly outsideRelationForms: FormLookup;
  /** The relations, then the outside ones: both read in one walk of a text (relationsAsked). */
  readonly allRelations: readonly CompiledRelation<Relation | OutsideRelation>[];
  readonly allRelationForms: FormLookup;
  readonly outsideEntities: readonly {
    readonly entity: OutsideEntity;
    readonly forms: readonly CompiledForm[];
  }[];
  /** The outside entities' forms, filed for outsidePositions. */
  readonly outsideForms: OutsideForms;
  /** Every form of every relation, covered or not, lower-cased. */
  readonly relationWords: ReadonlySet<string>;
}

/** The scope's forms lower-cased and classified once per knowledge folder. */
const compile = oncePerKnowledge((knowledge): Compiled => {
  const form = (raw: string): CompiledForm => {
    const text = raw.toLowerCase();
    return {
      text,
      hangul: /\p{Script=Hangul}/u.test(text),
      // "gpu-hour", "lump-sum": a hyphen joins words, and the question's words are split at it.
      phrase: /[\s-]/u.test(text),
      stem: stemEnglish(text),
    };
  };
  const { scope } = knowledge;
  const relations = scope.relations.map((relation) => ({
    relation,
    concepts: relation.concepts,
    forms: relation.forms.map(form),
    requires: [],
  }));
  const outsideRelations = scope.outside.relations.map((relation) => ({
    relation,
    concepts: [],
    forms: relation.forms.map(form),
    requires: relation.with.map(form),
  }));
  const outsideEntities = scope.outside.entities.map((entity) => ({
    entity,
    forms: [...new Set([...entity.forms, ...unspacedHangul(entity)])].map(form),
  }));
  const allRelations = [...relations, ...outsideRelations];
  const compiled: Compiled = {
    relations,
    relationForms: fileForms(relations),
    outsideRelations,
    outsideRelationForms: fileForms(outsideRelations),
    allRelations,
    allRelationForms: fileForms(allRelations),
    outsideEntities,
    outsideForms: fileOutsideForms(outsideEntities),
    relationWords: new Set(
      [...relations, ...outsideRelations].flatMap((entry) => entry.forms.map((form) => form.text)),
    ),
  };
  return compiled;
});

/**
 * "일론머스크", "샘올트먼": Korean writes a full name with or without its space. The entity's
 * Korean name and its spaced Hangul forms, written without their spaces.
 */
function unspacedHangul(entity: OutsideEntity): string[] {
  return [entity.name.ko, ...entity.forms]
    .filter((written) => written.includes(" ") && /^[\p{Script=Hangul}\s]+$/u.test(written))
    .map((written) => written.replace(/\s+/gu, ""));
}

/**
 * Where a name stands in the text as a word of its own: Latin names between non-letters, Hangul
 * names at a word start followed by nothing or a particle ("오라클이", not "메타버스").
 */
function formPosition(
  text: string,
  form: string,
  hangul = HANGUL_CHAR.test(form),
): number | undefined {
  // Runs for every form of every outside name and phrase, for every question: no copy of the
  // text after each hit, and the patterns compiled once.
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    if (standsAt(text, at, form.length, hangul)) return at;
  }
  return undefined;
}

/** Whether a form found at this place in the text stands there as a word of its own. */
function standsAt(text: string, at: number, length: number, hangul: boolean): boolean {
  const before = text[at - 1] ?? " ";
  const end = at + length;
  if (hangul) {
    if (HANGUL_CHAR.test(before)) return false;
    HANGUL_RUN.lastIndex = end;
    const rest = HANGUL_RUN.exec(text)?.[0] ?? "";
    return rest === "" || isEnding(rest);
  }
  return !ASCII_WORD_CHAR.test(before) && !ASCII_WORD_CHAR.test(text[end] ?? "");
}

const HANGUL_CHAR = /\p{Script=Hangul}/u;
/** The Hangul run starting at lastIndex (sticky). */
const HANGUL_RUN = /\p{Script=Hangul}*/uy;
const ASCII_WORD_CHAR = /[a-z0-9]/;

/** Whether a relation's word or phrase is asked: phrases in the text, single words as words. */
interface QuestionWords {
  /** Korean words that are not concepts, as written. */
  readonly hangul: readonly string[];
  /** Unspaced Korean as split into words, spaced ("주요클라우드야" -> "주요 클라우드야"), or "". */
  readonly spaced: string;
  /** Every Latin word of the question (stopwords too: "say", "when") and its stem. */
  readonly latin: ReadonlySet<string>;
}

function questionWords(analysis: Analysis): QuestionWords {
  // Every Hangul word, question words and light verbs too ("어떻게 말했나요" asks what was said),
  // and the words of unspaced runs ("오픈ai에대해뭐라했어" asks it too).
  const written = analysis.normalized.match(HANGUL_RUNS) ?? [];
  // Compared word by word, not by count: an amount's unit ("100억") is a run of Hangul written
  // but no word, so a count would hide the split of "락업있음" in "엔비100억 락업있음?".
  const hangul = splitsARun(analysis.hangulWords, written)
    ? [...written, ...analysis.hangulWords]
    : written;
  const latin = new Set<string>();
  // The runs of a-z read by character code, not by a global pattern's exec: each exec made a
  // match array (with its index, input and groups) as well as the word.
  const text = analysis.normalized;
  let start = -1;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 0;
    const letter = code >= 97 && code <= 122;
    if (letter && start < 0) start = at;
    else if (!letter && start >= 0) {
      const word = text.slice(start, at);
      latin.add(word);
      latin.add(stemOf(word));
      start = -1;
    }
  }
  const spaced = hangul === written ? "" : analysis.hangulWords.join(" ");
  return { hangul, latin, spaced };
}

/** A run of Hangul (a global pattern: match gives every run). */
const HANGUL_RUNS = /\p{Script=Hangul}+/gu;

/** Whether the words read from the Hangul runs include one no run is written as. */
function splitsARun(words: readonly string[], written: readonly string[]): boolean {
  for (let at = 0; at < words.length; at++) {
    if (!written.includes(words[at] as string)) return true;
  }
  return false;
}

const stems = new Map<string, string>();
function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemEnglish(word);
    if (stems.size < 10_000) stems.set(word, stem);
  }
  return stem;
}

function formAsked(text: string, words: QuestionWords, form: CompiledForm): boolean {
  if (form.phrase) {
    if (formPosition(text, form.text, form.hangul) !== undefined) return true;
    return (
      form.hangul && words.spaced !== "" && formPosition(words.spaced, form.text) !== undefined
    );
  }
  if (form.hangul) {
    // A plain loop: this runs for every form of every relation, for every question.
    for (const word of words.hangul) {
      if (word.startsWith(form.text) && isEnding(word.slice(form.text.length))) return true;
    }
    return false;
  }
  return words.latin.has(form.text) || words.latin.has(form.stem);
}

/** Days and holidays: a time ("over Sunday lunch", "nearer Christmas"), never a party. */
const TIME_NAME =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|christmas|xmas|easter|thanksgiving|halloween|hanukkah|ramadan|chuseok)$/u;

/**
 * What a sentence's first word follows: the text's start, an end mark or a line break (a chat
 * line opens a sentence), then spaces, quotes and the marks of emphasis or a quote block ("*",
 * "_", "#", ">": "*BREAKING* …" forwarded).
 */
const SENTENCE_START = /(?:^|[.?!\n])[\s"'“‘(*_#>]*$/u;

/** A greeting before a name ("Dear Team,", "Hi Priya,"): the one addressed, not a party. */
const GREETING = new Set(["dear", "hi", "hello", "hey", "attn", "attention", "greetings"]);

/** A title before a name ("Mr Nadella", "Dr. Amodei"): the name after it is the party. */
const HONORIFIC = /^(?:mr|mrs|ms|mx|dr|prof|sir|madam|mister|miss)$/u;

/**
 * Capitalised words the knowledge does not know, read as names of companies or people it does
 * not cover ("SoftBank", "Mistral's", "xAI"). A sentence's first word counts only when it looks
 * like a name (inner capital, all capitals, or a possessive); a word after "at"/"on"/"in" is a
 * place or event, not a party ("announced at Build").
 */
/** A number just before a word: "1 GB", "5TB". */
const AFTER_NUMBER = /\d\s?$/u;

function unknownCapitalisedNames(raw: string, analysis: Analysis): NamedEntity[] {
  const unknown = new Set<string>();
  for (let at = 0; at < analysis.terms.length; at++) {
    const term = analysis.terms[at] as Analysis["terms"][number];
    if (term.kind === "latin" && !term.known) unknown.add(term.text);
  }
  if (unknown.size === 0) return [];
  // "…Ignite or Build?": the name offered beside one the knowledge knows is ruled out, not asked.
  const offered = offeredBesideKnown(raw, unknown);
  const aboutKnowledge = analysis.terms.some((term) => term.kind === "concept");
  const names: NamedEntity[] = [];
  const word = /[A-Za-z][A-Za-z0-9]*/g;
  let previous = "";
  let lastEnd = -1;
  for (let match = word.exec(raw); match !== null; match = word.exec(raw)) {
    const written = match[0];
    const lower = written.toLowerCase();
    const looksLikeName =
      /[a-z][A-Z]/.test(written) || (/^[A-Z]{2,}$/.test(written) && written.length <= 6);
    const capitalised = /^[A-Z]/.test(written) || looksLikeName;
    // The word's place (a sentence's start, a possessive after it) is read last, for an unknown
    // capitalised word only: reading it slices the text around every word.
    if (
      capitalised &&
      unknown.has(lower) &&
      !offered.has(lower) &&
      !ENGLISH_STOPWORDS.has(lower) &&
      !ENGLISH_MONTH_WORD.test(lower) &&
      !TIME_NAME.test(lower) &&
      !HONORIFIC.test(lower) &&
      lower.length >= 2 &&
      !PLACE_PREPOSITIONS.has(previous) &&
      !GREETING.has(previous) &&
      // "1 GB like storage", "a 5 TB drive": capitals after a number are its unit.
      !(looksLikeName && AFTER_NUMBER.test(raw.slice(Math.max(0, match.index - 2), match.index))) &&
      (!IN_ON.has(previous) || aboutKnowledge) &&
      (looksLikeName ||
        !SENTENCE_START.test(raw.slice(0, match.index)) ||
        /^['’]s\b/.test(raw.slice(match.index + written.length)))
    ) {
      const last = names.at(-1);
      if (last && lastEnd >= 0 && /^\s+$/.test(raw.slice(lastEnd, match.index))) {
        const joined = `${last.name.en} ${written}`;
        names[names.length - 1] = { ...last, name: { ko: joined, en: joined } };
      } else {
        names.push({
          id: `name:${lower}`,
          name: { ko: written, en: written },
          outside: true,
          position: Math.max(0, analysis.normalized.indexOf(lower)),
        });
      }
      lastEnd = match.index + written.length;
    } else {
      lastEnd = -1;
    }
    previous = lower;
  }
  return names;
}
