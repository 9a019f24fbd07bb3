/**
 * "차액" asks the difference of two figures; "제일 큰 클라우드" (the biggest cloud) of a party is
 * its main one; 아즉도 is 아직도. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("차액 and the biggest cloud", () => {
  it("computes the difference asked as 차액", () => {
    says("앤트로픽 기업가치 1830억 달러랑 3500억 달러 차액 계산 좀", /1670억/u);
  });

  it("reads the biggest cloud as the main one", () => {
    says("아즉도 앤트로픽 제일 큰 클라우드 회사는 아마존 맞나요?", /^맞아요, 아마존은 여전히/u);
  });
});
