/**
 * The custom ids on the bot's buttons. Each carries the id of the answer it belongs to, so a
 * click can find the answer's quotes and the feedback log line can name the answer.
 */

export type ButtonAction =
  | { readonly kind: "sources"; readonly answerId: string }
  | { readonly kind: "feedback"; readonly vote: "up" | "down"; readonly answerId: string };

export const customId = {
  sources: (answerId: string) => `sources:${answerId}`,
  feedback: (vote: "up" | "down", answerId: string) => `feedback:${vote}:${answerId}`,
};

const ANSWER_ID = /^[a-z0-9]{1,40}$/;

export function parseCustomId(id: string): ButtonAction | undefined {
  const [kind, first, second] = id.split(":");
  if (kind === "sources" && first && ANSWER_ID.test(first) && second === undefined) {
    return { kind, answerId: first };
  }
  if (
    kind === "feedback" &&
    (first === "up" || first === "down") &&
    second &&
    ANSWER_ID.test(second)
  ) {
    return { kind, vote: first, answerId: second };
  }
  return undefined;
}

/** The answer id a bot message's buttons carry, if any (used to walk back a conversation). */
export function answerIdOfCustomIds(ids: readonly string[]): string | undefined {
  for (const id of ids) {
    const action = parseCustomId(id);
    if (action) return action.answerId;
  }
  return undefined;
}
