/**
 * Polite endings said cutely: 죵 for the tag 죠 ("맞는 거죵?"), and 용 for 요 after 예 and 서
 * ("거예용", "헷갈려서용"), read as the endings they stand for. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { foldKoreanRegister } from "../src/search/korean-register.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("cute polite endings", () => {
  it("reads 죵 as the tag 죠, so the claim is confirmed", () => {
    says("아마존이 아직 주요 클라우드라는 거 맞는 거죵?", /^맞아요/u);
    says("아마존이 지금도 훈련 파트너인 거죵?", /^맞아요/u);
  });

  it("reads 용 after 예 and 서 as 요", () => {
    expect(foldKoreanRegister("뭘 한다는 거예용?")).toBe("뭘 한다는 거예요?");
    expect(foldKoreanRegister("헷갈려서용")).toBe("헷갈려서요");
  });

  it("leaves nouns ending in 용 alone", () => {
    expect(foldKoreanRegister("비용 내용")).toBe("비용 내용");
  });
});
