/**
 * Earlier turns of a conversation, made fit for the Messages API: the most recent few, each cut to
 * a bounded length, starting with a question and alternating question / answer, ending with an
 * answer (the new question follows). Bounds keep a long Discord reply chain from growing the
 * request, and the cost, without limit.
 */
import type { ConversationTurn } from "../types.ts";

/** Most turns kept (a question and its answer are two). */
export const MAX_HISTORY_TURNS = 6;
/** Longest single turn kept, in characters; longer ones keep their beginning. */
export const MAX_TURN_CHARS = 1_000;
/** Longest history in total, in characters; the oldest turns go first. */
export const MAX_HISTORY_CHARS = 4_000;

export function boundHistory(history: readonly ConversationTurn[]): ConversationTurn[] {
  const merged: ConversationTurn[] = [];
  for (const turn of history) {
    const text = turn.text.trim();
    if (text === "") continue;
    const previous = merged.at(-1);
    // Two turns in a row from one side (a question asked twice, a split answer) become one.
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
  // The API wants the first message from the user, and the new question comes next.
  while (kept[0]?.role === "assistant") kept = kept.slice(1);
  while (kept.at(-1)?.role === "user") kept = kept.slice(0, -1);
  return kept;
}

function keepBeginning(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function totalChars(turns: readonly ConversationTurn[]): number {
  return turns.reduce((sum, turn) => sum + turn.text.length, 0);
}
