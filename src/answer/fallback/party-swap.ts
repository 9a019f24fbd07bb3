/**
 * "How much has Amazon invested in Anthropic in total? And Google?", "아마존은 얼마 넣었어? 구글은?":
 * a part that only names another party asks the part before's question of it. The part before's
 * question with each of its parties in turn put in the named one's place: when none of those
 * readings is covered, the follow-up is not covered either (answered alone, the named party's
 * nearest fact would sit beside "not covered"). One reading covered leaves the part to the
 * answerer as before, and so does one of the story's own parties named ("…Amazon…? And Microsoft?").
 */
import type { Analysis } from "../../search/analyze.ts";
import { spaceSplitCount } from "../../search/split-count.ts";

/** A party as the scope reads it: its id and where its name starts in the normalized text. */
interface PartyAt {
  readonly id: string;
  readonly position: number;
}

/** At most this many words ask the part before's question of another party ("and what about amzn"). */
const PARTY_ONLY_WORDS = 4;

/** The written name of the party at a position: the term that starts there. */
function nameAt(analysis: Analysis, position: number): string | undefined {
  return analysis.terms.find((term) => analysis.normalized.startsWith(term.text, position))?.text;
}

/**
 * The part before (as read, with its parties) asked again of the one party the follow-up (as read,
 * with its parties) names and nothing else: one reading per party of the part before that is not
 * that party. None when the follow-up says more than a name, or the part before names no party.
 */
export function askedOfNamedParty(
  before: Analysis,
  beforeParties: readonly PartyAt[],
  own: Analysis,
  ownParties: readonly PartyAt[],
): string[] {
  // A figure asked ("how much has Amazon put in? And Google?"): the named party's nearest fact is
  // no figure of it. Other questions of a party at the story's edge may be answered by its role.
  if (!before.asksForFigure) return [];
  const [party] = ownParties;
  if (!party || ownParties.some((other) => other.id !== party.id)) return [];
  if (spaceSplitCount(own.normalized) > PARTY_ONLY_WORDS) return [];
  const name = nameAt(own, party.position);
  if (!name || own.terms.some((term) => term.text !== name)) return [];
  // One of the story's own parties ("And Microsoft?") has facts of its own that may answer what
  // the part before meant; only a party at the story's edge (a cloud, a rival) is read this way.
  if (own.terms.some((term) => term.entity !== undefined)) return [];
  const readings: string[] = [];
  for (const other of beforeParties) {
    if (other.id === party.id) continue;
    const written = nameAt(before, other.position);
    if (!written) continue;
    const end = other.position + written.length;
    readings.push(
      `${before.normalized.slice(0, other.position)}${name}${before.normalized.slice(end)}`,
    );
  }
  return readings;
}
