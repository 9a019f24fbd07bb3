/**
 * "이글", "그글": the demonstrative typed onto 글 is this piece, as "이 글". Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the demonstrative typed onto 글", () => {
  it("is the piece", () => {
    says("이글 무슨 내용임", /파트너십 \(2025년 11월\)/u);
    says("그글 요점만 좀", /파트너십 \(2025년 11월\)/u);
  });
});
