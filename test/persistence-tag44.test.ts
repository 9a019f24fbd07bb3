/**
 * "…, right? nothing changed?", "…맞지? 바뀐 거 없어?": a tag asking whether anything changed, in
 * the negative, asks the claim again; its "nothing" or "없" denies nothing. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a 'nothing changed?' tag after a claim", () => {
  it("keeps the yes of an English claim", () => {
    says("Amazon's still the main cloud for Anthropic, yeah? nothing's changed there?", /^Yes\b/u);
    says("Claude still sits in GitHub Copilot, correct? no change?", /^Yes\b/u);
  });

  it("keeps the yes of a Korean claim", () => {
    says("아마존이 여전히 앤트로픽 메인 클라우드 맞죠? 변한 건 없죠?", /^맞아요/u);
  });

  it("keeps the no of a wrong claim", () => {
    says("Google is Anthropic's main training partner now, right? nothing changed?", /^No\b/u);
  });
});
