/**
 * The yes/no tag typed 맞져 is 맞죠; 전라 / 경상 다메 is the hearsay 다며; a hearsay question that
 * asks how much, when or who ("돈을 얼마 넣었다며?") puts nothing forward; 뭐시기 is a placeholder.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { asksToConfirm } from "../src/search/confirmation.ts";
import { foldKoreanRegister } from "../src/search/korean-register.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Korean tags", () => {
  it("맞져 is 맞죠, and a verb in 져 stays", () => {
    expect(foldKoreanRegister("아마존이 주요 클라우드 맞져? 돈 가져")).toBe(
      "아마존이 주요 클라우드 맞죠? 돈 가져",
    );
  });

  it("맞져 before an afterthought still asks to confirm", () => {
    says("클로드 아마존에서도 쓸수있는거 맞져? 구글말고도?", /^맞아요/u);
  });

  it("다메 is the hearsay tag", () => {
    says("엔비디아가 앤트로픽에 100억 넣었다메?", /^맞아요/u);
  });

  it("a hearsay question asking how much puts nothing forward", () => {
    expect(asksToConfirm("마소가 앤트에 돈을 얼마 넣었다며?")).toBe(false);
    expect(asksToConfirm("누가 그러던데 마소가 100억이라며?")).toBe(true);
  });

  it("뭐시기 asks nothing", () => {
    says("엔비 뭐시기가 앤트에 얼마 넣었다며?", /100억/u);
  });
});
