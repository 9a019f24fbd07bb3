/**
 * A sum held against another figure: "A랑 B 합치면 기사에 나온 C랑 안 맞잖아" adds A and B and says
 * what C is; C is no addend. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("a sum held against another figure", () => {
  it("adds the figures before the sum word and says what the compared one is", () => {
    for (const question of [
      "마소 오십억 엔비 백억 합치면 얼마야 기사 제목엔 삼백억이던데",
      "엔비 백억에 마소 오십억 합치면 기사랑 비교해서 삼백억이 뭐야",
    ]) {
      const text = ask(question).text;
      expect(text, question).toMatch(/150억 달러/);
      expect(text, question).toMatch(/300억 달러는 .*구매입니다/);
      expect(text, question).not.toMatch(/450억/);
    }
  });

  it("still adds every figure when nothing is compared", () => {
    const text = ask("마소 50억 엔비 100억 애저 300억 다 합치면 얼마").text;
    expect(text).toMatch(/450억/);
  });
});
