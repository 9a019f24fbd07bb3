/**
 * Where the asker should work is their own decision, like where to put their money: the article
 * cannot advise it. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { declinesAsAdvice, says } = askProbe(knowledgeDir);

describe("a career decision", () => {
  it("is declined as advice in English", () => {
    declinesAsAdvice("Would moving to Microsoft's AI group be a wise career step for me now?");
    declinesAsAdvice("Career-wise, is NVIDIA the safer place to be after this?");
  });

  it("is declined as advice in Korean", () => {
    declinesAsAdvice("앤트로픽에서 오퍼 받았는데 지금 옮겨도 괜찮을까요?");
    declinesAsAdvice("커리어상 엔비디아랑 마소 중 어디가 나아요?");
  });

  it("leaves a company's own offer to the story", () => {
    says("What did Microsoft offer Anthropic in this deal?", /Azure|\$5 billion/u);
  });
});
