/**
 * Who is whose customer, asked with a customer's or a supplier's word and a "who": "who's the
 * customer of who here?", "From Anthropic's side, who are the suppliers?", "are they each other's
 * customers?", "누가 누구 고객이라는 거예요?", "앤트로픽 공급업체는 누구예요?". The knowledge says
 * it as data: each purchase in flows.json makes its payer the customer of the one paid, and each
 * of its `supplies` is what one party sells another where no money flow is given. Two parties
 * that buy from each other are said to be each other's customers first.
 */
import { formatFigure } from "../../knowledge/figures.ts";
import { factOfFlow } from "../../knowledge/flow-fact.ts";
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Fact, Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import { withParticle } from "../../search/korean.ts";
import { sentencesHolding } from "../shared/article-refs.ts";
import { verdictWords } from "../shared/phrases.ts";
import type { Answer } from "../types.ts";
import type { QuestionScope } from "./scope.ts";
import { flowStep } from "./shapes.ts";
import { composeAnswer } from "./text.ts";
import { writtenPosition } from "./written-position.ts";

/** One party buying something from another. */
interface Sale {
  readonly customer: string;
  readonly supplier: string;
  readonly what: Readonly<Record<Language, string>>;
  readonly figure?: Knowledge["flows"]["flows"][number]["figure"];
  readonly fact: string;
  readonly said?: string;
}

/** The sales asked about, and whether their two parties are asked as one pair. */
export interface CustomerRoles {
  readonly sales: readonly Sale[];
  readonly pair?: readonly [string, string];
  /** "Are they each other's customers?": a yes or no comes first. */
  readonly mutualClaimed?: boolean;
  /** "Each other's customers" named: whose words those are comes first. */
  readonly mutualNamed?: boolean;
  /**
   * "NVIDIA is Anthropic's customer?", "앤트로픽이 엔비디아 고객이라고 볼 수 있어?": the sales
   * claimed, each as who buys from whom; the yes or no comes first.
   */
  readonly claimed?: readonly { readonly customer: string; readonly supplier: string }[];
}

/** The cheap test: a word for either side of a sale, in either language. */
const ROLE_WORD =
  /\b(?:customers?|clients?|buyers?|purchasers?|suppliers?|vendors?|sellers?|providers?)\b|고객|손님|구매자|공급자|공급사|공급업체|납품업체|판매자|거래처/u;
/** The selling side's words: asked of one party, its suppliers are who it buys from. */
const SELLER_WORD =
  /\b(?:suppliers?|vendors?|sellers?|providers?)\b|공급자|공급사|공급업체|납품업체|판매자/u;
// Not "provider": "Anthropic's primary cloud provider" is another company's fact.
const EN_ROLE = "(?:customers?|clients?|buyers?|purchasers?|suppliers?|vendors?|sellers?)";
const KO_ROLE = "(?:고객|손님|구매자|공급자|공급사|공급업체|납품업체|판매자|거래처)";
/**
 * Who is on which side asked: "who are the suppliers", "customer of whom", "whose client",
 * "each other's customers", "which one is the vendor", "누가 누구 고객", "서로의 고객",
 * "공급업체는 누구", "누구 고객".
 */
const WHO_ROLE = new RegExp(
  [
    // "who are the suppliers", "who are nvidia's customers": a party's, never a kind of one
    // ("who is Anthropic's main cloud provider").
    `\\bwho(?:'s| is| are|'re| was| were)? (?:the |its |their |[\\w]+'s? )?${EN_ROLE}\\b`,
    `\\b${EN_ROLE} (?:of|to|for) (?:who|whom|which)\\b`,
    `\\bwhose ${EN_ROLE}\\b`,
    `\\beach other'?s? ${EN_ROLE}\\b|\\b${EN_ROLE} (?:of|to) (?:each other|one another)\\b|\\bmutual ${EN_ROLE}\\b`,
    `\\bwhich (?:one|company|side|party|of (?:them|the two|the three)) (?:is|are|was) (?:the |a |an )?${EN_ROLE}\\b`,
    `누가 ?누구\\S*\\s?(?:\\S+\\s)?${KO_ROLE}`,
    `서로(?:의|가)? ?${KO_ROLE}`,
    `${KO_ROLE}\\S*\\s?(?:누구|어디)`,
    `(?:누구|어디)(?:의|한테|에게)?\\s?${KO_ROLE}`,
  ].join("|"),
  "u",
);

/**
 * One way round or the other, asked of two parties: "is A B's customer or B A's?", "A가 B 고객이야
 * 아니면 B가 A 고객이야?". With a role word and two parties, which of them buys from which.
 */
const EITHER_WAY = /\bor\b|아니면|혹은|\bvice versa\b|반대(?:로|야|예요|인가)/u;
/** A stake asked beside the sale: the money-role answer gives both. */
const INVESTOR = /\binvestors?\b|투자자/u;
/** Both ways at once: "each other", "one another", "mutual", "서로", "상호". */
const MUTUAL = /\beach other|\bone another\b|\bmutual\w*|서로|상호/u;
/** Every role word, for the claims read one by one ("A가 B 고객이기도 하고 B가 A 고객이기도"). */
const ROLE_WORDS = new RegExp(`\\b${EN_ROLE}\\b|${KO_ROLE}`, "gu");
/** Between the party and its role word: a possessive only ("Anthropic's customer", "엔비디아(의) 고객"). */
const OWNER_BEFORE = /^(?:'s?)?\s*(?:의\s*)?$/u;
/** The buying side's words: a claimed customer is the one who pays. */
const BUYER_WORD = /^(?:customers?|clients?|buyers?|purchasers?|고객|손님|구매자|거래처)$/u;
/** "a customer of B", "supplier to B": the party after the role word is the one it belongs to. */
const OWNER_AFTER = /^\s+(?:of|to|for)\s+(?:the\s+)?$/u;

/**
 * A thing's own customers ("Foundry's customers", "Azure 고객"): the people who use a product,
 * not a side of this deal's sales.
 */
const THING_BEFORE_ROLE = new RegExp(
  `^[\\p{L}\\p{N}]+(?:'s)?\\s?(?:의\\s?)?${KO_ROLE}|^[\\p{L}\\p{N}]+(?:'s)? ${EN_ROLE}\\b`,
  "u",
);

/** The sales the knowledge holds (every purchase flow, then every supply) and the names they carry. */
const salesOf = oncePerKnowledge((knowledge: Knowledge) => {
  const sales: Sale[] = [
    ...knowledge.flows.flows
      .filter((flow) => flow.purchase)
      .map((flow) => ({
        customer: flow.from,
        supplier: flow.to,
        what: flow.what,
        figure: flow.figure,
        fact: flow.fact,
      })),
    ...knowledge.flows.supplies.map((supply) => ({
      customer: supply.customer,
      supplier: supply.supplier,
      what: supply.what,
      fact: supply.fact,
      said: supply.said,
    })),
  ];
  // What a question of sales may name beside the parties: what the sales' facts name ("Azure",
  // "Claude"), and who said the parties buy from each other. Another company is its own question.
  const factsNamed = [...knowledge.flows.flows, ...sales]
    .flatMap((entry) => [entry.fact, ...("said" in entry && entry.said ? [entry.said] : [])])
    .flatMap((id) => knowledge.facts.filter((fact) => fact.id === id));
  const said = new Set(sales.flatMap((sale) => (sale.said ? [sale.said] : [])));
  const carried = new Set([
    ...sales.flatMap((sale) => [sale.customer, sale.supplier]),
    ...factsNamed.flatMap((fact) =>
      said.has(fact.id) ? fact.subject : [...fact.subject, ...(fact.object ?? [])],
    ),
  ]);
  return { sales, carried };
});

/** Whether the words ask who is whose customer (see the file comment). */
export function asksCustomerRoles(
  knowledge: Knowledge,
  analysis: Analysis,
  scope: () => QuestionScope,
): CustomerRoles | undefined {
  const text = analysis.normalized;
  if (!ROLE_WORD.test(text) || analysis.asksForAdvice) return undefined;
  const eitherWay = !WHO_ROLE.test(text);
  const claim = eitherWay && !EITHER_WAY.test(text);
  // A role claimed, not asked which way: only with a yes or no asked ("…, right?", "…볼 수 있어?").
  if (claim && !analysis.asksToConfirm) return undefined;
  // "who's the investor and who's the customer?": the money both ways, stakes included.
  if (INVESTOR.test(text)) return undefined;
  const { sales, carried } = salesOf(knowledge);
  if (sales.length === 0) return undefined;
  const read = scope();
  if (read.entities.some((entity) => entity.outside || !carried.has(entity.id))) return undefined;
  const parties = new Set(sales.flatMap((sale) => [sale.customer, sale.supplier]));
  const thingsRole = read.entities.some(
    (entity) =>
      !parties.has(entity.id) && THING_BEFORE_ROLE.test(text.slice(writtenPosition(text, entity))),
  );
  if (thingsRole) return undefined;
  const named = [...new Set(read.entities.map((entity) => entity.id))].filter((id) =>
    parties.has(id),
  );
  const [one, other] = named;
  const mutualNamed = MUTUAL.test(text);
  const mutualClaimed = analysis.asksToConfirm && mutualNamed;
  // One way round or the other is asked of two parties only.
  if (eitherWay && named.length !== 2) return undefined;
  if (named.length === 2 && one !== undefined && other !== undefined) {
    const between = sales.filter(
      (sale) =>
        (sale.customer === one && sale.supplier === other) ||
        (sale.customer === other && sale.supplier === one),
    );
    if (between.length === 0) return undefined;
    if (!claim) return { sales: between, pair: [one, other], mutualClaimed, mutualNamed };
    // Each role word read as a claim: who is whose customer, from word order and "of".
    const claimed = claimedSales(knowledge, text, [one, other]);
    if (claimed.length === 0) return undefined;
    const bothWays = claimed.some((sale) =>
      claimed.some((back) => back.customer === sale.supplier && back.supplier === sale.customer),
    );
    return {
      sales: between,
      pair: [one, other],
      mutualClaimed: bothWays || mutualClaimed,
      mutualNamed: bothWays || mutualNamed,
      ...(bothWays || mutualNamed ? {} : { claimed }),
    };
  }
  if (claim) return undefined;
  if (named.length === 1 && one !== undefined) {
    // "Anthropic's suppliers": what it buys. "NVIDIA's customers": who buys from it. "서로의
    // 고객": both ways.
    const side = SELLER_WORD.test(text) ? "customer" : "supplier";
    const own = MUTUAL.test(text) ? [] : sales.filter((sale) => sale[side] === one);
    const shown = own.length > 0 ? own : sales.filter((sale) => involves(sale, one));
    return { sales: shown, mutualClaimed, mutualNamed };
  }
  // No party named ("who's whose customer in this deal?"): every sale, each other's first. A
  // single side asked of no one ("who is the buyer?") is left to the flows the words name.
  if (named.length === 0 && read.entities.length === 0 && /\bwhose\b|누가 ?누구/u.test(text)) {
    return { sales, mutualNamed };
  }
  return undefined;
}

/** Each party's written forms, longest first, lower-cased as questions are. */
const partyForms = oncePerKnowledge((knowledge: Knowledge) => {
  const forms = new Map<string, string[]>();
  for (const concept of knowledge.concepts) {
    if (!concept.entity) continue;
    const own = forms.get(concept.entity) ?? [];
    own.push(...concept.forms.map((form) => form.toLowerCase()));
    forms.set(concept.entity, own);
  }
  for (const own of forms.values()) own.sort((a, b) => b.length - a.length);
  return forms;
});

/** Where each of the parties is written, every time, in order; a Latin form as a whole word. */
function partiesWritten(
  knowledge: Knowledge,
  text: string,
  ids: readonly string[],
): { id: string; start: number; end: number }[] {
  const found: { id: string; start: number; end: number }[] = [];
  const forms = partyForms(knowledge);
  for (const id of ids) {
    for (const form of forms.get(id) ?? []) {
      for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        const end = at + form.length;
        const latin = /[a-z]/u.test(form);
        if (latin && (/[a-z]/u.test(text[at - 1] ?? "") || /[a-z]/u.test(text[end] ?? ""))) {
          continue;
        }
        if (found.some((seen) => at < seen.end && end > seen.start)) continue;
        found.push({ id, start: at, end });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The sales a claim makes, one per role word: the party written just before the role word (or
 * after "customer of") is the one it belongs to, the other party before that is the one said to
 * be it. "NVIDIA is Anthropic's customer": NVIDIA buys from Anthropic; "A가 B 공급업체": A sells
 * to B.
 */
function claimedSales(
  knowledge: Knowledge,
  text: string,
  pair: readonly [string, string],
): { customer: string; supplier: string }[] {
  const written = partiesWritten(knowledge, text, pair);
  const claims: { customer: string; supplier: string }[] = [];
  for (const role of text.matchAll(ROLE_WORDS)) {
    const at = role.index;
    const before = written.filter((party) => party.end <= at);
    const after = written.find((party) => party.start >= at + role[0].length);
    const ownerAfter =
      after !== undefined && OWNER_AFTER.test(text.slice(at + role[0].length, after.start));
    const last = before.at(-1);
    const owner = ownerAfter
      ? after
      : last && OWNER_BEFORE.test(text.slice(last.end, at))
        ? last
        : undefined;
    if (!owner) continue;
    const subject = before
      .filter((party) => party.id !== owner.id && party.start < owner.start)
      .at(-1);
    if (!subject) continue;
    const buyer = BUYER_WORD.test(role[0]);
    claims.push(
      buyer
        ? { customer: subject.id, supplier: owner.id }
        : { customer: owner.id, supplier: subject.id },
    );
  }
  return claims;
}

function involves(sale: Sale, id: string): boolean {
  return sale.customer === id || sale.supplier === id;
}

/** Each sale as "A is B's customer: what (figure)", each other's customers said first. */
export function customerRolesAnswer(
  knowledge: Knowledge,
  language: Language,
  { sales, pair, mutualClaimed, mutualNamed, claimed }: CustomerRoles,
): Answer {
  const name = (id: string) => knowledge.scope.names.get(id)?.[language] ?? id;
  const lines = sales.map((sale) => {
    const customer = name(sale.customer);
    const supplier = name(sale.supplier);
    const what = `${sale.what[language]}${sale.figure ? ` (${formatFigure(sale.figure, language)})` : ""}`;
    return language === "ko"
      ? `${withParticle(customer, "은", "는")} ${supplier}의 고객이에요: ${what}`
      : `${customer} is ${supplier}'s customer: ${what}`;
  });
  // Two parties each buying from the other: each other's customers, said first.
  const mutual = sales.filter(
    (sale) =>
      sale.customer < sale.supplier &&
      sales.some((back) => back.customer === sale.supplier && back.supplier === sale.customer),
  );
  const opening = mutual
    .map((sale) => {
      const [a, b] =
        pair?.includes(sale.customer) && pair[0] === sale.supplier
          ? [name(sale.supplier), name(sale.customer)]
          : [name(sale.customer), name(sale.supplier)];
      return language === "ko"
        ? `${withParticle(a, "과", "와")} ${withParticle(b, "은", "는")} 서로의 고객이에요. `
        : `${a} and ${b} are each other's customers. `;
    })
    .join("");
  const verdict = mutualClaimed
    ? `${mutual.length > 0 ? verdictWords[language].yes : verdictWords[language].no}${language === "ko" ? ", " : ": "}`
    : claimed
      ? `${claimVerdict(sales, claimed, language)}${language === "ko" ? ", " : ": "}`
      : "";
  const saidIds = mutual.length > 0 ? sales.flatMap((sale) => (sale.said ? [sale.said] : [])) : [];
  const facts = [...new Set([...sales.map((sale) => sale.fact), ...saidIds])].flatMap(
    (id) => knowledge.facts.find((fact) => fact.id === id) ?? [],
  );
  // Whose words "each other's customers" are comes first when the words are asked about (after
  // the yes or no of a claim), last otherwise.
  const said = facts
    .filter((fact) => saidIds.includes(fact.id))
    .map((fact) => `${fact.statement[language]} `)
    .join("");
  // Between two parties, the stakes beside the sales: the money between them, both ways.
  const stakes = knowledge.flows.flows.filter(
    (flow) =>
      !flow.purchase &&
      pair !== undefined &&
      ((flow.from === pair[0] && flow.to === pair[1]) ||
        (flow.from === pair[1] && flow.to === pair[0])),
  );
  const stakeLines = stakes.map((flow) => ` ${flowStep(knowledge, language, flow)}.`).join("");
  const stakeFacts = stakes.flatMap((flow) => factOfFlow(knowledge, flow) ?? []);
  const body = `${lines.join(". ")}.${stakeLines}`;
  const head = mutualNamed
    ? `${verdict}${said}${opening}${body}`
    : `${verdict}${opening}${body}${said === "" ? "" : ` ${said.trim()}`}`;
  const shown = [...facts, ...stakeFacts];
  return composeAnswer(knowledge, language, shown, quotesOf(knowledge, shown), head.trim());
}

/** Yes when every sale claimed is one the knowledge holds; no, the other way round, when its reverse is. */
function claimVerdict(
  sales: readonly Sale[],
  claimed: readonly { readonly customer: string; readonly supplier: string }[],
  language: Language,
): string {
  const holds = (customer: string, supplier: string) =>
    sales.some((sale) => sale.customer === customer && sale.supplier === supplier);
  if (claimed.every((claim) => holds(claim.customer, claim.supplier))) {
    return verdictWords[language].yes;
  }
  const reversed = claimed.every((claim) => holds(claim.supplier, claim.customer));
  if (!reversed) return verdictWords[language].no;
  return language === "ko"
    ? `${verdictWords.ko.no}, 반대예요`
    : `${verdictWords.en.no}, the other way round`;
}

/** The first two article sentences the facts quote. */
function quotesOf(knowledge: Knowledge, facts: readonly Fact[]) {
  return facts
    .flatMap((fact) => (fact.quote ? sentencesHolding(knowledge, fact.quote) : []))
    .filter(
      (quote, index, all) =>
        all.findIndex((other) => other.sentence.index === quote.sentence.index) === index,
    )
    .slice(0, 2);
}
