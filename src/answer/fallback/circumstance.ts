/**
 * A circumstance that sets the scene of a question ("what's amazon's role now that msft is in?",
 * "Now that Azure has Claude, where does that leave AWS?", "마소가 들어왔으니 아마존은 뭐 해?"):
 * its parties are the backdrop, not who is asked about. The question without it asks the same.
 */

/** "…, now that X…" / "… given that X…" at the end, up to the question mark. */
const TRAILING_EN =
  /^(.*?\S)\s*,?\s+(?:now that|given that|seeing as|seeing that|what with|now when)\s+[^,?]+?(?=[?？!.]*\s*$)/iu;
/** "Now that X…, …" at the start, up to its comma. */
const LEADING_EN =
  /^\s*(?:so\s+|and\s+|but\s+)?(?:now that|given that|seeing as|seeing that|what with)\s+[^,]+,\s*(\S.*)$/iu;
/** "마소가 들어왔으니 …", "마소가 합류한 이상 …": a clause of joining, then the question. */
const LEADING_KO =
  /^\s*\S+(?:\s+\S+){0,3}?\s*(?:들어왔으니|들어왔으니까|들어온 이상|들어온 마당에|합류했으니|합류했으니까|합류한 이상|끼었으니|끼었으니까|참여했으니|참여했으니까|참여한 이상|손잡았으니|손잡았으니까|손잡은 이상)\s*,?\s+(\S.*)$/u;

/**
 * What the asker heard, then why: "앤트 돈이 마소 거쳐서 엔비까지 간다는데 마소는 왜 내?", "I heard
 * the money loops back, but why does Microsoft pay NVIDIA?". The heard clause is the backdrop of
 * a why with a subject of its own. Other questions after a heard clause ("…빠진다던데 맞아?",
 * "…투자했다던데 얼마?") check or size what was heard: the clause is what is asked.
 */
const HEARD_KO =
  /^\s*\S.*?(?:다는데|다던데|라는데|라던데|대는데|다고 하는데|다고 들었는데|라고 하는데)\s*,?\s+(\S+(?:\s+\S+){2,})$/u;
const HEARD_EN =
  /^\s*(?:so\s+)?(?:i (?:heard|read|hear)|they say|people say|apparently|supposedly|rumou?r is)\b[^,?]+,\s*(?:so|but|then|and)?\s*(\S+(?:\s+\S+){2,})$/iu;
/** A why asked after the heard clause. */
const WHY = /왜|어째서|무슨 이유|\bwhy\b|\bhow come\b/iu;

/** The question without its circumstance, or undefined when it has none. */
export function withoutCircumstance(question: string): string | undefined {
  const trailing = TRAILING_EN.exec(question);
  if (trailing?.[1]) return `${trailing[1]}?`;
  const leading = LEADING_EN.exec(question) ?? LEADING_KO.exec(question);
  if (leading?.[1]) return leading[1];
  const heard = HEARD_KO.exec(question) ?? HEARD_EN.exec(question);
  return heard?.[1] && WHY.test(heard[1]) ? heard[1] : undefined;
}
