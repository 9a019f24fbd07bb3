/**
 * Korean questions run together with no mark between, each ended by its question word ("마소 투자
 * 얼마야 발표 언제야", "총 투자 얼마임 칩 이름은 뭐고"): two parts when the rest asks with a question
 * word of its own; a question word whose rest asks nothing stays one question. Phrasings not in
 * any eval set.
 */
import { describe, expect, it } from "vitest";
import { splitQuestion } from "../src/answer/fallback/question-shape.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Korean questions run together", () => {
  it("split after a question word's ending when the rest asks too", () => {
    expect(splitQuestion("엔비 투자 얼마야 발표는 언제야")).toEqual([
      "엔비 투자 얼마야",
      "발표는 언제야",
    ]);
    expect(splitQuestion("애저 계약 얼마임 칩 이름 뭐임")).toEqual([
      "애저 계약 얼마임",
      "칩 이름 뭐임",
    ]);
  });

  it("stay one question when the rest asks nothing", () => {
    expect(splitQuestion("마소 투자 얼마야 진짜 궁금함")).toEqual(["마소 투자 얼마야 진짜 궁금함"]);
  });

  it("answers each part", () => {
    says("엔비 투자 얼마야 발표는 언제야", /최대 100억[\s\S]*11월 18일/u);
  });
});
