/**
 * "MSFT→Anthropic 은 알겠고 반대 방향은?", "Microsoft to Anthropic I get, what about the other
 * direction?": one way the money goes is said to be known, and the way back is asked. The payee
 * of the way known is the one who pays on the way back, to each payer named before it.
 */
import type { Language } from "../../knowledge/schema.ts";
import type { NamedEntity } from "./scope.ts";

/** The asker says the way named is known: "알겠고", "I get", "got that". */
const KNOWN =
  /알겠|알고 ?있|이해(?:했|됐|는 ?됐)|\b(?:i get|i got|got that|i know|understood|that part'?s clear|makes sense)\b/u;
/** The other way asked: "반대 방향은", "거꾸로는", "the other direction", "the reverse". */
const OPPOSITE_ASKED =
  /반대 ?(?:방향|쪽|로)|역방향|거꾸로|\b(?:the )?(?:other|opposite|reverse) (?:direction|way)\b|\bthe reverse\b|\bvice versa\b/u;
/** What leads to the payee of a way: an arrow, "to", "(으)로". */
const TOWARD = /(?:→|->|=>|>|\bto\b|에서|부터)\s*$/u;

/**
 * The ways back as questions, one per payer ("How much does Anthropic pay Microsoft?"), or
 * undefined when the question does not ask the other way of a way it says is known.
 */
export function waysBackAsked(
  normalized: string,
  /** The parties named, read only when the words ask the way back (most questions do not). */
  partiesNamed: () => readonly NamedEntity[],
  language: Language,
): string[] | undefined {
  const opposite = OPPOSITE_ASKED.exec(normalized);
  const known = KNOWN.exec(normalized);
  if (!opposite || !known || opposite.index < known.index) return undefined;
  const named = partiesNamed()
    .filter((party) => !party.outside && party.id !== "article" && party.position < known.index)
    .sort((a, b) => a.position - b.position);
  const payee = named.find((party) =>
    TOWARD.test(normalized.slice(Math.max(0, party.position - 6), party.position)),
  );
  if (!payee) return undefined;
  const payers = named.filter((party) => party.id !== payee.id);
  if (payers.length === 0) return undefined;
  return payers.map((payer) =>
    language === "ko"
      ? `${payee.name.ko}이 ${payer.name.ko}에 내는 돈은 얼마예요?`
      : `How much does ${payee.name.en} pay ${payer.name.en}?`,
  );
}
