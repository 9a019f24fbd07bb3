/**
 * The 하오체 tags 맞소, 옳소, 그렇소, said as a sentence of their own after the claim, confirm it as
 * 맞아요 does. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("하오체 tags", () => {
  it("confirm the sentence before them", () => {
    says("마이크로소프트가 100억을 넣었다 들었소. 맞소?", /^아니에요/u);
    says("클로드는 애저에서도 쓸 수 있게 되었다 하오. 그렇소?", /^맞아요/u);
  });
});
