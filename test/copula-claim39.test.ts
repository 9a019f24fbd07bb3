/**
 * The copula left over from a noun ("…클라우드인 거 맞나요?" leaves "인") says nothing of its own,
 * as 하다 and 되다 already did; and Konglish "메인" is 주요. "아마존이 여전히 메인 클라우드인 거
 * 맞나요?" had been answered without its yes. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a noun claim with its copula", () => {
  it("Amazon still the main training partner, with 인거", () => {
    says("아마존이 여전히 앤트로픽 메인 훈련 파트너인거 맞나요?", /^맞아요/u);
  });

  it("Amazon still the main cloud provider, with 인거", () => {
    says("아마존이 여전히 앤트로픽의 메인 클라우드 제공업체인거 맞나요?", /^맞아요/u);
  });
});
