/**
 * Who makes or owns a named thing, claimed ("Vera Rubin is Anthropic's own chip", "Grace
 * Blackwell is Microsoft hardware", "베라 루빈이 앤트로픽이 만든 칩이라더라", "나델라가 엔비디아
 * CEO라며?"). The knowledge says whose each name is (glossary entries marked `owner`: "blackwell"
 * is NVIDIA's, "claude" Anthropic's); a party claimed in the maker's place that is not the owner
 * is a no, with the fact that names the thing. The grammar of the claim decides whether a party
 * is claimed as the maker: "P is E's (own) chip", "P made by E", "E makes P", "E's P",
 * "P(이) E가 만든 칩", "P 그거 E 칩", "E가 만든 P", "E의 P". A party named in another role
 * ("Anthropic runs its models on Vera Rubin") claims nothing about the maker.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { normalizeText } from "../../search/normalize.ts";
import { factText } from "./claim-marks.ts";
import type { ConfirmationVerdict } from "./confirm.ts";
import type { QuestionScope } from "./scope.ts";

/** The kinds of thing a maker owns, and a company's head: what "E's ___" claims E made or runs. */
const KIND = `(?:chips?|hardware|gpus?|silicon|processors?|accelerators?|systems?|products?|models?|designs?|platforms?|tech(?:nology)?|creation|invention|baby|ceo|boss|chief(?: executive)?|head)`;
const KIND_KO = `(?:칩|반도체|하드웨어|gpu|제품|시스템|모델|기술|거|것|꺼|ceo|씨이오|대표|회장|사장|수장)`;
const OWN = `(?:(?:very )?own |in-house |proprietary |homegrown |custom |house )?`;
const MAKE_PAST = `(?:made|built|designed|developed|manufactured|produced|created|invented|engineered|owned|sold|run)`;
const MAKE_NOW = `(?:make|build|design|develop|create|own|makes|made|builds|built|designs|designed|develops|developed|owns|owned|manufactures|manufactured|produces|produced|invented|created|engineered)`;
const MAKE_KO = `(?:직접 ?)?(?:만든|만드는|만들었|만들어|만듦|개발한|개발하는|개발했|설계한|설계하는|설계했|제작한|제작하는|제작했|자체)`;

/** Right after the party, with the thing named before it: "…is Anthropic's own chip", "…마소 칩". */
const MAKER_AFTER = new RegExp(
  String.raw`^(?:(?:'s|’s)\s+${OWN}${KIND}\b|\s+${KIND}\b|(?:'s|’s)\s+own\b)|^(?:의)?\s*(?:${MAKE_KO}|자체\s*${KIND_KO}|${KIND_KO}(?=$|[\s?？!.,~]|이|야|임|라|인|아니|잖|죠|지|냐|래|였|이었|맞))`,
  "u",
);
/** Between the thing and the party after it: "is", "made by", a particle, "그거". */
const THING_THEN_MAKER = new RegExp(
  String.raw`^(?:\s+(?:${KIND}\s+)?(?:(?:is|are|was|were|'s)(?:n't| not)?\s+)?(?:actually |really |just |basically |in fact |all )?(?:an? |the )?(?:${MAKE_PAST}\s+by\s+(?:the )?)?|(?:이|가|은|는|도)?\s*,?\s*(?:(?:그거|그건|그게|이거|이건|원래|사실|실은|진짜|알고 ?보니)(?:는|은|가|이)?\s*)*)$`,
  "u",
);
/** Between the thing and the party when "by" is needed to make it the maker ("made by"). */
const BY_BEFORE = new RegExp(String.raw`${MAKE_PAST}\s+by\s+(?:the )?$`, "u");
/** Between the party and the thing after it: "'s (own)", "makes (the)", "의", "가 만든". */
const MAKER_THEN_THING = new RegExp(
  String.raw`^(?:(?:'s|’s)\s+${OWN}|\s+${MAKE_NOW}\s+(?:the |its |their |these |those )?|의\s*(?:자체\s*)?|\s*${MAKE_KO}\s*(?:${KIND_KO}\s*)?)$`,
  "u",
);
/** "앤트로픽이 베라 루빈을 만들었대": the party, the thing, then a verb of making. */
const MADE_AFTER_THING = /^(?:을|를)?\s*(?:직접\s*)?(?:만들|만든|개발|설계|제작)/u;
/** A Korean party's particle before the thing it makes ("앤트로픽이 베라 루빈을 만들었"). */
const SUBJECT_BEFORE_THING = /^(?:이|가|은|는|에서)?\s*(?:직접\s*)?$/u;

/**
 * Concept id of a named thing -> the entity that owns it, from the glossary's `owner` entries
 * whose name is the concept's own first form ("blackwell", "claude"): a word for a whole kind
 * ("gpu", a form of "chip") names no one thing.
 */
export const ownersOf = oncePerKnowledge((knowledge): ReadonlyMap<string, string> => {
  const map = new Map<string, string>();
  const entityOf = new Map<string, string>();
  for (const concept of knowledge.concepts) {
    if (!concept.entity) continue;
    for (const form of concept.forms) entityOf.set(normalizeText(form), concept.entity);
  }
  for (const entry of knowledge.glossary) {
    if (!entry.owner) continue;
    const owner = entityOf.get(normalizeText(entry.means));
    if (!owner) continue;
    const says = new Set(entry.say.map(normalizeText));
    for (const concept of knowledge.concepts) {
      const first = concept.forms[0];
      if (concept.entity || first === undefined || map.has(concept.id)) continue;
      if (says.has(normalizeText(first))) map.set(concept.id, owner);
    }
  }
  return map;
});

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where a concept is written in the text: its forms' matches, run together ("그레이스 블랙웰"). */
function spanOf(knowledge: Knowledge, id: string, text: string): Span | undefined {
  const concept = knowledge.concepts.find((candidate) => candidate.id === id);
  if (!concept) return undefined;
  let span: { start: number; end: number } | undefined;
  for (const form of concept.forms) {
    const written = form.toLowerCase();
    const at = text.indexOf(written);
    if (at < 0) continue;
    const end = at + written.length;
    if (!span) span = { start: at, end };
    else if (at <= span.end + 1 && end >= span.start - 1) {
      span = { start: Math.min(span.start, at), end: Math.max(span.end, end) };
    }
  }
  return span;
}

/** The party's written word at its position ("앤트로픽이", "microsoft"), to read what follows. */
const WORD = /^[\p{L}\p{N}]+/u;

/**
 * A noun of money or dealings right after the thing ("Anthropic's Azure commitment", "앤트로픽의
 * 애저 약정"): the possessive owns the commitment, with the thing only naming what it is for.
 */
const DEALING_AFTER =
  /^\s*(?:commitments?|committed|spend|spending|spent|bill|bills|deal|deals|contracts?|purchases?|purchasing|usage|use|orders?|budget|costs?|payments?|investments?|agreements?|partnerships?|credits?|account|capacity|access|buy|buying|outlay|tab)(?![\p{L}])|^\s*(?:약정|구매|사용|계약|지출|비용|투자|결제|주문|협약|파트너십|이용|매입)/u;

/** Whether the text claims the party at `start` as the maker or owner of the thing at `thing`. */
function claimsMaker(text: string, start: number, thing: Span): boolean {
  const word = WORD.exec(text.slice(start))?.[0] ?? "";
  const end = start + word.length;
  if (word === "") return false;
  if (thing.end <= start) {
    // The thing first: "Vera Rubin is Anthropic's own chip", "P made by E", "P 그거 E 칩".
    const between = text.slice(thing.end, start);
    if (!THING_THEN_MAKER.test(between)) return false;
    return BY_BEFORE.test(between) || MAKER_AFTER.test(text.slice(end, end + 24));
  }
  if (end <= thing.start) {
    // The party first: "Microsoft's Grace Blackwell", "E makes P", "E가 만든 P", "E의 P".
    const between = text.slice(end, thing.start);
    if (DEALING_AFTER.test(text.slice(thing.end))) return false;
    if (word.endsWith("의") && /^\s*(?:자체\s*)?$/u.test(between)) return true;
    if (MAKER_THEN_THING.test(between) && between.trim() !== "") return true;
    return (
      SUBJECT_BEFORE_THING.test(between) &&
      /[이가은는]$/u.test(word) &&
      MADE_AFTER_THING.test(text.slice(thing.end, thing.end + 12))
    );
  }
  return false;
}

/**
 * A no when the claim names a thing the knowledge knows the owner of and claims another party
 * as its maker or owner; undefined otherwise (the right owner, or no maker claimed). A company
 * outside the deal (or its product's name, an alias of it: "GPT", "ChatGPT") claimed as a
 * party's own or made by it ("GPT 만든 데가 앤트로픽", "Anthropic is the company behind ChatGPT")
 * is answered by companyClaimRefuted.
 */
export function makerClaimRefuted(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  rankedFacts: readonly Fact[],
): ConfirmationVerdict | undefined {
  const owners = ownersOf(knowledge);
  if (owners.size === 0 || scope.entities.length === 0) return undefined;
  const text = analysis.normalized;
  for (const term of analysis.terms) {
    if (term.kind !== "concept" || term.entity) continue;
    const id = term.features[0]?.slice(2);
    const owner = id === undefined ? undefined : owners.get(id);
    if (id === undefined || owner === undefined) continue;
    const thing = spanOf(knowledge, id, text);
    if (!thing) continue;
    const wrong = scope.entities.some(
      (entity) => entity.id !== owner && claimsMaker(text, entity.position, thing),
    );
    if (!wrong) continue;
    const concept = knowledge.concepts.find((candidate) => candidate.id === id);
    const forms = concept?.forms.map((form) => form.toLowerCase()) ?? [];
    const fact = rankedFacts.find(
      (candidate) =>
        candidate.kind !== "correction" && forms.some((form) => factText(candidate).includes(form)),
    );
    if (fact) return { agrees: false, facts: [fact], reversed: false };
  }
  return companyClaimRefuted(knowledge, analysis, scope, rankedFacts, owners);
}

/**
 * Companies outside the deal that own named things (the `means` of the glossary's `owner`
 * entries that name no party of the deal: "openai", "amazon", "google"): concept ids.
 */
const companiesOf = oncePerKnowledge((knowledge): ReadonlySet<string> => {
  const means = new Set(
    knowledge.glossary.filter((entry) => entry.owner).map((entry) => normalizeText(entry.means)),
  );
  const companies = new Set<string>();
  for (const concept of knowledge.concepts) {
    if (concept.entity) continue;
    if (concept.forms.some((form) => means.has(normalizeText(form)))) companies.add(concept.id);
  }
  return companies;
});

/** Entity id -> its written forms, lower-cased: to tell "앤트로픽이죠" from a run-on word. */
const formsOf = oncePerKnowledge((knowledge): ReadonlyMap<string, ReadonlySet<string>> => {
  const map = new Map<string, Set<string>>();
  for (const concept of knowledge.concepts) {
    if (!concept.entity) continue;
    const forms = map.get(concept.entity) ?? new Set<string>();
    for (const form of concept.forms) forms.add(form.toLowerCase());
    map.set(concept.entity, forms);
  }
  return map;
});

/** "GPT 만든 데가 E", "챗지피티 개발한 회사는 E": the thing, a verb of making, the one who. */
const MADE_ONE_KO = new RegExp(
  String.raw`^\s*(?:을|를)?\s*${MAKE_KO}\s*(?:데|곳|회사|기업|업체|애들|쪽|놈들|사람들|주인)(?:가|는|이|은|도)?\s*$`,
  "u",
);
/** "ChatGPT is from E", "P comes from E": between the thing and the party. */
const FROM_BEFORE = /\s(?:is|are|was|comes?|came)\s+(?:actually |really |originally )?from\s+$/u;
/** "X is E" / "E is (the) X": a copula between two companies, claiming they are one. */
const IS_BETWEEN =
  /^\s+(?:is|are|was|=)\s+(?:just |actually |really |basically |secretly )?(?:the |an? )?$|^\s*=\s*$/u;
/** What may end an identity claim: the question's end or a tag ("…, right?"). */
const CLAIM_END = /^\s*(?:$|[?？!.,~]|right\b|no\b|yeah\b|correct\b|innit\b|isn'?t\b|yes\b|or\b)/u;
/** "E's" closing the claim ("ChatGPT is Anthropic's, right?"). */
const POSSESSIVE_END = /^(?:'s|’s)(?=\s*(?:$|[?？!.,~]|right\b|no\b|yeah\b|correct\b|isn'?t\b))/u;
/** A Korean party word closing a copula claim ("앤트로픽이죠", "앤트로픽이야", "앤트로픽 아님"). */
const COPULA_KO =
  /(?:이|가)?(?:죠|지|야|임|잖아|잖아요|아님|아냐|아니야|아니에요|예요|에요|이에요|인가요|입니까|냐|니|라며|라던데|래|맞지|맞죠|맞음|맞아)$/u;
const COPULA_KO_AFTER =
  /^(?:이|가)?(?:죠|지|야|임|잖아|아님|아냐|아니야|예요|에요|이에요|인가요|입니까|냐|니|라며|래)|^\s*(?:아님|아냐|아니야|아닌가|맞지|맞죠|맞음|맞아)/u;

/** Whether the text claims the party at `start` made, owns or is the company written at `thing`. */
function claimsCompany(
  text: string,
  start: number,
  thing: Span,
  partyForms: ReadonlySet<string>,
): boolean {
  if (claimsMaker(text, start, thing)) return true;
  const word = WORD.exec(text.slice(start))?.[0] ?? "";
  if (word === "") return false;
  const end = start + word.length;
  if (thing.end <= start) {
    const between = text.slice(thing.end, start);
    if (MADE_ONE_KO.test(between) || FROM_BEFORE.test(between)) return true;
    const after = text.slice(end);
    if (IS_BETWEEN.test(between)) return CLAIM_END.test(after) || POSSESSIVE_END.test(after);
    // "오픈ai가 앤트로픽이죠?": particles only between, a copula on the party's word.
    return (
      /^(?:이|가|은|는)?\s*$/u.test(between) &&
      partyForms.has(word.replace(COPULA_KO, "")) &&
      CLAIM_END.test(text.slice(end))
    );
  }
  if (end <= thing.start) {
    const between = text.slice(end, thing.start);
    const after = text.slice(thing.end);
    if (IS_BETWEEN.test(between)) return CLAIM_END.test(after);
    return /[이가은는]$/u.test(word) && /^\s*$/u.test(between) && COPULA_KO_AFTER.test(after);
  }
  return false;
}

/**
 * A company outside the deal, or its product's name, claimed as a party's or made by it ("GPT 만든
 * 데가 앤트로픽 맞지?", "Did Anthropic make ChatGPT?", "Anthropic is the company behind ChatGPT?"):
 * a no, with the fact about the claimed party's own named thing ("Claude …"). Undefined when the
 * party has no such fact.
 */
function companyClaimRefuted(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: QuestionScope,
  rankedFacts: readonly Fact[],
  owners: ReadonlyMap<string, string>,
): ConfirmationVerdict | undefined {
  const companies = companiesOf(knowledge);
  const text = analysis.normalized;
  for (const term of analysis.terms) {
    if (term.kind !== "concept" || term.entity) continue;
    const id = term.features[0]?.slice(2);
    if (id === undefined || !companies.has(id)) continue;
    const thing = spanOf(knowledge, id, text);
    if (!thing) continue;
    const claimed = scope.entities.find(
      (entity) =>
        !entity.outside &&
        entity.id !== id &&
        claimsCompany(text, entity.position, thing, formsOf(knowledge).get(entity.id) ?? new Set()),
    );
    if (!claimed) continue;
    const own = new Set<string>();
    for (const [thingId, owner] of owners) if (owner === claimed.id) own.add(thingId);
    // The ranked facts are about the company named; the party's own thing may rank nowhere.
    const names = (candidate: Fact) =>
      candidate.kind !== "correction" && candidate.subject.some((subject) => own.has(subject));
    const fact =
      rankedFacts.find(names) ??
      knowledge.facts.find((candidate) => candidate.key && names(candidate)) ??
      knowledge.facts.find(names);
    if (fact) return { agrees: false, facts: [fact], reversed: false };
  }
  return undefined;
}
