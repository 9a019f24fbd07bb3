/**
 * A claim that sets aside another way round or another party ("the 30 billion is Anthropic paying
 * Microsoft, not Microsoft paying Anthropic, correct?", "is the 10 billion from nvidia and not
 * from microsoft?") claims only what it keeps. A set-aside naming no party, or a party the kept
 * words neither name nor pin by a figure ("Claude is on AWS but not on Google Cloud"), is a
 * claim of its own and stays.
 */

import type { Analysis } from "../../search/analyze.ts";
import { claimWithoutSetAside } from "../../search/confirmation.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import { storyParties } from "./circumstance.ts";

/** The kept words of such a claim and their reading, still a claim to confirm; else undefined. */
export function claimKeptOfSetAside(
  index: KnowledgeIndex,
  asked: string,
): { readonly text: string; readonly analysis: Analysis } | undefined {
  const cut = claimWithoutSetAside(asked);
  if (!cut) return undefined;
  const aside = storyParties(index, cut.setAside);
  if (aside.size === 0) return undefined;
  const read = index.analyze(cut.kept);
  if (!read.asksToConfirm) return undefined;
  // "is the 10 billion from nvidia and not from microsoft?": a figure claimed pins its parties.
  const claim = { text: cut.kept, analysis: read };
  if (read.terms.some((term) => term.kind === "amount" && term.known)) return claim;
  const kept = storyParties(index, cut.kept);
  for (const party of aside) if (!kept.has(party)) return undefined;
  return claim;
}
