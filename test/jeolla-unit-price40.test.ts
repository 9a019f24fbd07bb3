/**
 * 전라 / 충청 으디, 으느, 원제 (어디, 어느, 언제), 헌 (한) after a verb's noun and 하오체 쇼 (세요)
 * are read as standard Korean; what one chip costs ("칩 한 개에 얼마") is its unit price, which
 * the sources never give. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { foldKoreanDialect } from "../src/search/korean-dialect.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("전라 and 충청 forms", () => {
  it("folds 으디, 으느, 원제, 헌 and 쇼", () => {
    expect(foldKoreanDialect("원제 발표헌 거여? 으디서? 으느 행사? 알려주쇼")).toBe(
      "언제 발표한 거여? 어디서? 어느 행사? 알려주세요",
    );
  });

  it("leaves nouns in 헌 and a book's 원제목", () => {
    expect(foldKoreanDialect("공헌 문헌 원제목")).toBe("공헌 문헌 원제목");
  });

  it("answers a question in them", () => {
    says("이 딜 발표헌 날짜가 원제여?", /11월 18일/u);
  });

  it("a place not covered is turned away", () => {
    turnsAway("그 컴퓨팅 시설은 으디다 짓는당가? 으느 나라여");
  });
});

describe("what one thing costs, in Korean", () => {
  it("칩 한 개에 얼마", () => {
    turnsAway("베라 루빈 칩 한 개에 얼마나 해요?");
  });

  it("개당 가격", () => {
    turnsAway("블랙웰 GPU 개당 가격은 얼마예요?");
  });

  it("one cloud is no unit price", () => {
    says("클로드는 클라우드 한 개에만 있어?", /^아니에요/u);
  });
});
