/**
 * A claim that names its party by a cleft ("So Microsoft is who pays the $30B to Anthropic,
 * yes?", "NVIDIA is the one that buys the compute, right?", "Anthropic's the company who
 * invested, correct?"): "is who" only points at the party, so the claim is read as "Microsoft
 * pays the $30B to Anthropic" and its direction is checked. Without a tag the question asks who
 * ("Microsoft is who pays?" is rare; "who pays whom?" has no party before it) and is left alone.
 */
import { asksToConfirm } from "./confirmation.ts";

/** "X is who <verb>s", "X is the one that <verb>ed", "X's the party who…". */
const CLEFT =
  /(?<=[\p{L}\p{N}])(?:\s+(?:is|was)|'s)\s+(?:who|the\s+(?:one|party|company|side|firm|player)\s+(?:who|that))\s+(?=(?:actually\s+|really\s+)?[a-z]{2,}(?:s|ed|t)\b)/iu;

export function asCleftClaim(question: string): string {
  if (!question.includes(" who ") && !question.includes(" the ")) return question;
  const cleft = CLEFT.exec(question);
  if (!cleft || !asksToConfirm(question.toLowerCase())) return question;
  return `${question.slice(0, cleft.index)} ${question.slice(cleft.index + cleft[0].length)}`;
}
