/**
 * Earlier turns made fit for the Messages API, which wants the first message from the user and
 * the turns alternating; the new question follows, so the history ends with an answer. The bound
 * on how much history there is lives in ../history.ts and is applied by answer() before this.
 */
import type { ConversationTurn } from "../types.ts";

export function messagesHistory(history: readonly ConversationTurn[]): ConversationTurn[] {
  const alternating: ConversationTurn[] = [];
  for (const turn of history) {
    const previous = alternating.at(-1);
    if (previous?.role === turn.role) {
      alternating[alternating.length - 1] = {
        role: turn.role,
        text: `${previous.text}\n\n${turn.text}`,
      };
    } else {
      alternating.push(turn);
    }
  }
  let start = 0;
  while (alternating[start]?.role === "assistant") start += 1;
  let end = alternating.length;
  while (end > start && alternating[end - 1]?.role === "user") end -= 1;
  return alternating.slice(start, end);
}
