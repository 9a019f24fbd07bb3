/**
 * "Which conference was this at — Ignite or Build?": a question that closes on a choice between
 * two names offers them; when the knowledge knows one of them, the other is the choice it rules
 * out, not a company asked about.
 */
import { matchesOf } from "../../util/matches-of.ts";

/** Two capitalised names joined by "or", closing a sentence: "Ignite or Build?". */
const CLOSING_CHOICE = /\b([A-Z][A-Za-z0-9]+)\s+or\s+([A-Z][A-Za-z0-9]+)\s*(?:[?!.]|$)/gu;

/**
 * The names (lower case) a closing choice offers beside a name the knowledge knows; `unknown`
 * holds the question's words the knowledge lacks.
 */
export function offeredBesideKnown(raw: string, unknown: ReadonlySet<string>): Set<string> {
  const offered = new Set<string>();
  if (!raw.includes(" or ")) return offered;
  for (const match of matchesOf(CLOSING_CHOICE, raw)) {
    const first = (match[1] ?? "").toLowerCase();
    const second = (match[2] ?? "").toLowerCase();
    if (unknown.has(first) === unknown.has(second)) continue;
    offered.add(unknown.has(first) ? first : second);
  }
  return offered;
}
