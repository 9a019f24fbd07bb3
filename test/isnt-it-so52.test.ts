/**
 * 충청 and 전라 "아녀" (아니야) closing a claim ("…만 쓰는 거 아녀"), and the copula "-여" after an
 * open noun ("그거 맞는 얘기여"): yes/no questions, checked as claims. Nouns of their own that end
 * in 여 (기여, 대여) are not read as it. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a claim closed by 아녀 or a copula 여", () => {
  it("is checked as a claim", () => {
    says("클로드 인자 아마존에선 못 쓰고 애저에서만 되는 거 아녀", /^아니/u);
    says("엔비디아가 앤트로픽에 백억불 넣기로 했다카던데 그거 맞는 얘기여", /^(?:맞|네)/u);
  });

  it("leaves nouns that end in 여 as they are", () => {
    const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
    expect(index.analyze("엔비디아의 기여").normalized).toContain("기여");
  });
});
