/**
 * The one bound on a conversation's history, applied by answer() for every surface (the terminal
 * chat, Discord reply chains, the CLI): the most recent few turns, each cut to a bounded length,
 * within a total. It keeps a long reply chain or chat from growing a Claude request, its cost and
 * the memory it holds, without limit.
 */
import type { ConversationTurn } from "./types.ts";

/** Most turns kept (a question and its answer are two). */
export const MAX_HISTORY_TURNS = 6;
/** Longest single turn kept, in characters; longer ones keep their beginning. */
export const MAX_TURN_CHARS = 1_000;
/** Longest history in total, in characters; the oldest turns go first. */
export const MAX_HISTORY_CHARS = 4_000;

/**
 * The history within the bound, oldest first: empty turns dropped, two turns in a row from one
 * side (a question asked twice, an answer split over messages) joined into one.
 */
export function boundHistory(history: readonly ConversationTurn[]): ConversationTurn[] {
  const merged: ConversationTurn[] = [];
  for (const turn of history) {
    const text = turn.text.trim();
    if (text === "") continue;
    const previous = merged.at(-1);
    if (previous?.role === turn.role) {
      merged[merged.length - 1] = { role: turn.role, text: `${previous.text}\n\n${text}` };
    } else {
      merged.push({ role: turn.role, text });
    }
  }
  let kept = merged.slice(-MAX_HISTORY_TURNS).map((turn) => ({
    role: turn.role,
    text: keepBeginning(turn.text, MAX_TURN_CHARS),
  }));
  while (kept.length > 0 && totalChars(kept) > MAX_HISTORY_CHARS) kept = kept.slice(1);
  return kept;
}

function keepBeginning(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function totalChars(turns: readonly ConversationTurn[]): number {
  return turns.reduce((sum, turn) => sum + turn.text.length, 0);
}
