/**
 * Tags and words of address from more Englishes and Korean memo style: Indian English "na?",
 * "who all", "which all", "yaar", "paisa", "kar do"; Cajun "dat", "wit", "cher" and a remark on
 * where the claim was read after the tag; Korean "…보도 사실 여부 확인 요망", "…맞는지 사실관계
 * 확인 바람". Short slang of the glossary never splits an unspaced run ("valuedat"). Phrasings
 * not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("tags and address", () => {
  it("reads Indian English tags and words", () => {
    says("Amazon is still Anthropic's main cloud, na?", /^Yes/u);
    says("who all does the piece quote by name?", /Nadella/u);
    says("which all Claude models can Foundry customers pick?", /Sonnet 4\.5/u);
    says("yaar how much paisa did microsoft put in?", /\$5 billion/u);
    says("NVIDIA put in ten billion, confirm kar do", /^Yes/u);
  });

  it("reads Cajun words and the remark after the tag", () => {
    says(
      "Anthropic gon spend thirty billion on Azure, dat right cher? Read it in some blog",
      /^Yes/u,
    );
    says("what Amazon got goin on wit Anthropic?", /primary cloud provider/u);
  });

  it("reads Korean memo-style checks as confirmations", () => {
    says(
      "엔비디아가 앤트로픽에 100억 달러를 투자했다는 보도 사실 여부 확인 요망",
      /^(?:네|맞아요)/u,
    );
    says("마이크로소프트 투자액이 200억 달러인 것이 맞는지 사실관계 확인 바람", /^아니/u);
  });

  it("never splits an unspaced run on short slang", () => {
    says("whatwasanthropicvaluedat", /\$350 billion/u);
  });
});
