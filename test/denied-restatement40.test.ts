/**
 * A tagged claim said again by what it is not, after its tag ("…남는 거 맞죠? 애저로 완전히
 * 옮기는 게 아니라.", "…right? Not moving to Azure."), is one claim: the yes or no is the claim's,
 * and the denial is no ending claimed. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("a claim said again by what it is not", () => {
  it("in Korean", () => {
    says(
      "아마존이 계속 앤트로픽 주요 클라우드로 남는 거 맞지? 애저로 옮기는 게 아니라.",
      /^맞아요/u,
    );
  });

  it("in English", () => {
    says("Amazon stays Anthropic's primary cloud, right? not replaced by Azure.", /^Yes\b/u);
  });

  it("a sentence after the tag that asks is still a part", () => {
    const answer = ask(
      "Amazon stays Anthropic's primary cloud, right? And how much is the Azure deal?",
    );
    expect(answer.text).toMatch(/\$30 billion/u);
  });
});
