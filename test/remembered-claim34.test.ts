/**
 * "…걸로 기억하는데 맞나요?": a claim the asker remembers, closed like one heard or known ("걸로
 * 아는데"): the memory is no word of the claim. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a claim the asker remembers", () => {
  it("is checked like one heard", () => {
    says("발표가 12월 초에 났던 걸로 기억하는데 맞나요?", /^아니에요[\s\S]*11월 18일/u);
  });
});
