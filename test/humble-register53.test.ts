/**
 * The humble -옵- / -사오- of old letters and prayers ("…이옵니까", "…하온지", "…있사온데",
 * "…주시옵소서") read as the plain formal endings, and the words 간추리다 (sum up), 등장하다 (appear)
 * and 염려 (worry) read as the ones the knowledge uses. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { foldKoreanRegister } from "../src/search/korean-register.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the humble -옵- of old letters", () => {
  it("is the plain formal ending", () => {
    expect(foldKoreanRegister("액수가 얼마이옵니까")).toBe("액수가 얼마입니까");
    expect(foldKoreanRegister("여쭙고자 하옵니다")).toBe("여쭙고자 합니다");
    expect(foldKoreanRegister("쓰고 있사온데")).toBe("쓰고 있는데");
    expect(foldKoreanRegister("까닭이 무엇이온지")).toBe("까닭이 무엇인지");
    expect(foldKoreanRegister("묻고자 하오니 알려 주시옵소서")).toBe("묻고자 하니 알려 주세요");
  });

  it("leaves 오다's own 옵 alone", () => {
    expect(foldKoreanRegister("기사에 나옵니까")).toBe("기사에 나오나요");
    expect(foldKoreanRegister("돈이 들어옵니까")).toBe("돈이 들어오나요");
  });

  it("lets the question be answered", () => {
    says("삼가 여쭈옵니다. 아마존은 앤트로픽에게 어떠한 존재이온지 일러 주시옵소서.", /아마존/u);
    says("글쓴이가 이 거래에서 염려하는 바를 간추려 주시옵소서.", /순환 투자/u);
    says("오픈AI는 이 글에 어떻게 등장하옵니까?", /오픈AI/u);
  });
});
