/**
 * The asker's own understanding as the frame of a claim ("…라고 이해했는데 맞나요?") is no part of
 * the claim; and a position kept ("지위를 유지") is Amazon remaining the primary cloud. Phrasings
 * not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a claim framed as the asker's understanding", () => {
  it("is confirmed, yes first", () => {
    says(
      "AWS가 아직 앤트로픽 메인 클라우드 사업자라고 이해하고 있는데 맞습니까?",
      /^맞아요, 아마존/u,
    );
    says("아마존이 훈련 파트너 지위는 그대로 유지하는 거죠?", /^맞아요, 아마존/u);
  });
});
