/**
 * What a party gets back for its money, asked as "obtain in exchange", "돈 넣고 뭘 받아", "투자하고
 * 뭘 돌려받아": the flows that come its way (NVIDIA: Anthropic's compute on its systems), not
 * its own investment again. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("what a party gets back for its money", () => {
  it("is what flows its way", () => {
    says("What does NVIDIA obtain in exchange for its investment?", /^Anthropic[^\n]*1 gigawatt/u);
    says("엔비디아는 투자하고 뭘 돌려받아?", /^앤트로픽은[^\n]*1기가와트/u);
    says("엔비디아는 돈 넣고 뭘 받아?", /^앤트로픽은[^\n]*1기가와트/u);
  });
});
