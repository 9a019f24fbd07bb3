/**
 * What one party gets back from another: "Does NVIDIA get anything back from Anthropic?", "does
 * nvidia get owt back from anthropic, or is it all one way?", "엔비디아는 앤트로픽한테서 뭐
 * 받아?". The way asked is from the party it comes from to the one that gets it; the answerer
 * gives it beside the way there, since a reading of the parties alone gives only the story's
 * headline money (NVIDIA invests in Anthropic). Generic words of getting and giving.
 */
import { placeNamed, type QuestionScope } from "./scope.ts";

/** "get anything back from", "got paid from", "receive money in return from". */
const GETS_FROM =
  /\b(?:get|gets|getting|got|receive|receives|receiving|received)\s+(?:(?:anything|something|owt|aught|money|cash|any money|any cash|a thing|a dime|a penny|a cent|much|stuff|nothing)\s+)?(?:back|in return|in exchange)\s+from\s+(?:the\s+)?$/u;
/** "한테서 뭐 받아", "로부터 돈 받", "에게서 뭘 돌려받": the party before the ending gives. */
const KOREAN_GETS_FROM =
  /^\S+?(?:한테서|에게서|로부터)\s+(?:(?:뭐|뭘|뭐를|무엇을|무엇|돈|대가|뭔가|아무것도)\s+)?(?:(?:다시|도로|거꾸로|반대로)\s+)?(?:받|돌려받|얻)/u;

/** The way asked (giver to getter), or undefined when the question asks no such thing. */
export function getsBackFrom(
  text: string,
  scope: QuestionScope,
  isStoryParty: (id: string) => boolean,
): { from: string; to: string } | undefined {
  const parties = scope.entities.filter((entity) => !entity.outside && isStoryParty(entity.id));
  if (parties.length !== 2) return undefined;
  for (const giver of parties) {
    const getter = parties.find((entity) => entity !== giver);
    if (!getter) continue;
    const at = placeNamed(text, giver);
    if (at < 0) continue;
    const before = text.slice(0, at);
    if (GETS_FROM.test(before) && placeNamed(text, getter) < at) {
      return { from: giver.id, to: getter.id };
    }
    if (KOREAN_GETS_FROM.test(text.slice(at))) return { from: giver.id, to: getter.id };
  }
  return undefined;
}
