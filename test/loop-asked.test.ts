/**
 * The loop itself asked beside the writer's view of it: what goes round is answered. The worry
 * asked alone stays the worry. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { asksWhatTheLoopIs } from "../src/answer/fallback/loop-asked.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("asksWhatTheLoopIs", () => {
  it("reads the loop asked for", () => {
    for (const text of [
      "what is this money loop the author keeps complaining about",
      "which circle is the writer nervous about",
      "글쓴이가 우려하는 순환 구조가 뭐임",
      "기자가 불만인 게 어떤 고리야",
    ]) {
      expect(asksWhatTheLoopIs(text), text).toBe(true);
    }
  });

  it("leaves the worry asked alone", () => {
    for (const text of ["what worries the author", "is the writer worried about the loop?"]) {
      expect(asksWhatTheLoopIs(text), text).toBe(false);
    }
  });
});

describe("the loop the writer is worried about", () => {
  it("is answered with who pays whom round the loop", () => {
    for (const question of [
      "what is this money loop the author keeps complaining about",
      "which circle is the writer nervous about?",
      "글쓴이가 우려하는 순환 구조가 뭐임",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/NVIDIA|엔비디아/u);
      expect(answer.text, question).toMatch(/circular|순환/u);
    }
  });

  it("keeps the worry when the worry is what is asked", () => {
    expect(ask("what is the writer worried about?").text).toMatch(/worry|transparen/u);
  });
});
