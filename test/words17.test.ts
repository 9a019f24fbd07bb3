/**
 * The words people use (round seventeen): particles typed apart by voice typing, the chips asked
 * by many names, a name the asker cannot recall, the asker's hurry, a verb before the frame "거임",
 * "the Claude lot", a figure of one clause beside the unit asked of another, and "first, … and
 * second, …". Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { joinDetachedParticles } from "../src/search/detached-particles.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach, answersEach } = askProbe(knowledgeDir);

describe("joinDetachedParticles", () => {
  it("glues a particle typed apart to the word before", () => {
    expect(joinDetachedParticles("마소 는 앤트로픽 에 얼마")).toBe("마소는 앤트로픽에 얼마");
    expect(joinDetachedParticles("순환 투자 는 뭐 고 발표 는 언제")).toBe(
      "순환 투자는 뭐고 발표는 언제",
    );
    expect(joinDetachedParticles("MS 는 얼마 냈어")).toBe("MS는 얼마 냈어");
    expect(joinDetachedParticles("돈 은?")).toBe("돈은?");
  });

  it("leaves words that are words of their own, and text with none", () => {
    // 이 ("this"), 가 ("go"), 도 ("degree") and longer words stay apart.
    expect(joinDetachedParticles("이 거래 가 뭐야")).toBe("이 거래 가 뭐야");
    expect(joinDetachedParticles("앤트로픽 은행")).toBe("앤트로픽 은행");
    expect(joinDetachedParticles("how much did msft pay")).toBe("how much did msft pay");
    expect(joinDetachedParticles("얼마 는데")).toBe("얼마 는데");
  });
});

describe("a question with its particles typed apart", () => {
  it("reads each name and splits at its joins", () => {
    says("마소 는 앤트로픽 에 얼마 투자 했어", /50억/u);
    says("엔비디아 가 앤트로픽 에 넣은 돈 은 얼마 야", /100억/u);
    says("초록 팀 이랑 마소 는 합쳐서 얼마 넣음", /150억/u);
    says("앤트 는 애저 에 얼마 쓰기로 함", /300억/u);
    says("순환 투자 는 뭐 고 발표 는 언제 였어", /순환[\s\S]*11월 18일|11월 18일[\s\S]*순환/u);
    says("nvidia 는 얼마 투자함", /100억/u);
  });
});

describe("the chips asked by many names", () => {
  it("are Grace Blackwell and Vera Rubin", () => {
    const chips = /Blackwell[\s\S]*Rubin/u;
    says("엔비 칩 이름 뭐였지 루빈 머시기", chips);
    says("앤트로픽 이 쓰는 칩 블랙 거시기 맞지", chips);
    says("회의 전이라 급해요 앤트로픽 칩 뭐 쓴대", chips);
    says("수업 전이라서 급함 엔비디아 칩 이름 뭐임", chips);
    says("which silicon is anthropic's compute on", chips);
    says("클로드는 무슨 하드웨어 위에서 돌아가는 건지", chips);
    says("앤트로픽 1기가와트는 어떤 시스템 위에서 돌아가는 거야", /엔비디아 시스템|Blackwell/u);
  });

  it("leave Silicon Valley a place", () => {
    turnsAwayEach(["what does silicon valley think of this deal"]);
  });
});

describe("a party named by its people", () => {
  it("reads 'the Claude lot' and 'the Dario bunch' as Anthropic", () => {
    says("how much is the claude lot getting from microsoft", /\$5 billion/u);
    says("what did the dario bunch buy from microsoft", /\$30 billion/u);
  });
});

describe("a figure of one clause beside a unit asked in another", () => {
  it("asks the unit of the other clause's thing", () => {
    says("애저 건은 300억이고 엔비디아 칩 쪽 용량은 몇 기가와트야", /1기가와트/u);
    says("the azure part is 30 billion, but how many gigawatts is the nvidia part", /1 gigawatt/u);
  });

  it("still turns away a figure asked in another unit", () => {
    turnsAwayEach([
      "1기가와트는 돈으로 치면 몇 억 달러야",
      "What's the dollar value of the 1 GW?",
      "삼백억 달러면 몇 기가와트야",
      "How much would the 1 GW of Rubin systems cost in dollars?",
    ]);
  });
});

describe("a list of asks by ordinals", () => {
  it("asks each item, the question words of the first sharing its clause", () => {
    says(
      "firstly, who invested in anthropic, and secondly, what did anthropic buy from microsoft?",
      /\$10 billion[\s\S]*\$30 billion/u,
    );
    says(
      "to sum up: first, when and where did they announce it, and second, which Claude models do Foundry customers get?",
      /Ignite[\s\S]*Sonnet 4\.5/u,
    );
    answersEach([
      "quick one: first, how much did microsoft invest, and second, when was it announced",
    ]);
  });
});
