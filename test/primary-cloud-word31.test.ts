/**
 * "주된 클라우드" is the primary cloud, as "메인 클라우드" is: a claim that Amazon still is one is a
 * yes, not a no with the three-clouds fact. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("주된 클라우드", () => {
  it("is the primary cloud", () => {
    says("아마존이 지금도 앤트로픽의 주된 클라우드 맞나요?", /^맞아요, 아마존은 여전히/u);
  });
});
