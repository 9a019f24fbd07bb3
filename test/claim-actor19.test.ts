/**
 * A figure claimed as one party's commitment when the fact gives it as another's ("Microsoft
 * committed 1 GW to NVIDIA, right?"): a no with the fact, though the fact names every party of the
 * claim. A claim naming the fact's own subject, or two parties doing it together, is left alone.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a figure given to the wrong party", () => {
  it("is a no with the fact", () => {
    says("Microsoft committed 1 GW to NVIDIA, right?", /^No: Anthropic/u);
    says("so nvidia pledged the one gigawatt of compute, correct?", /^No: Anthropic/u);
    says("엔비디아가 1기가와트를 약정한 거 맞죠?", /^아니에요, 앤트로픽/u);
    says("1기가와트는 마이크로소프트가 약속한 용량이다, 맞나요?", /^아니에요, 앤트로픽/u);
  });

  it("leaves the right party, and two parties together, alone", () => {
    says("Anthropic committed to 1 GW of NVIDIA compute, right?", /^Yes/u);
    says("앤트로픽이 1기가와트를 계약한 거 맞죠?", /^맞아요/u);
    says("NVIDIA committed up to $10 billion, right?", /^Yes/u);
    says("Microsoft and NVIDIA pledged up to $15 billion, right?", /^Yes/u);
  });
});
