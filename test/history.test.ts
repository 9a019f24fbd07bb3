import { describe, expect, it } from "vitest";
import {
  boundHistory,
  MAX_HISTORY_CHARS,
  MAX_HISTORY_TURNS,
  MAX_TURN_CHARS,
} from "../src/answer/history.ts";
import type { ConversationTurn } from "../src/answer/types.ts";

const turn = (role: ConversationTurn["role"], text: string): ConversationTurn => ({ role, text });

describe("the one history bound", () => {
  it("keeps the most recent turns, each cut to its limit, within the total", () => {
    const long = Array.from({ length: 40 }, (_, index) =>
      turn(index % 2 === 0 ? "user" : "assistant", `${index} ${"x".repeat(MAX_TURN_CHARS * 2)}`),
    );
    const bounded = boundHistory(long);
    expect(bounded.length).toBeLessThanOrEqual(MAX_HISTORY_TURNS);
    expect(bounded.at(-1)?.text.startsWith("39 ")).toBe(true);
    for (const kept of bounded) expect(kept.text.length).toBeLessThanOrEqual(MAX_TURN_CHARS);
    const total = bounded.reduce((sum, kept) => sum + kept.text.length, 0);
    expect(total).toBeLessThanOrEqual(MAX_HISTORY_CHARS);
  });

  it("joins turns in a row from one side and drops empty ones", () => {
    expect(
      boundHistory([
        turn("user", "first"),
        turn("user", " "),
        turn("user", "again"),
        turn("assistant", "part 1"),
        turn("assistant", "part 2"),
      ]),
    ).toEqual([turn("user", "first\n\nagain"), turn("assistant", "part 1\n\npart 2")]);
  });

  it("leaves a short history as it is", () => {
    const short = [turn("user", "q"), turn("assistant", "a")];
    expect(boundHistory(short)).toEqual(short);
  });
});
