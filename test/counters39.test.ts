/**
 * A number that counts servings, animals, cups or hours ("10인분", "3마리") is no figure of the
 * deal: "갈비찜 양념 비율 10인분" had been answered with NVIDIA's share of the total. And "전주"
 * names a backer only beside the deal's money; otherwise it is the city or the week before.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says, turnsAway } = askProbe(knowledgeDir);

describe("numbers that count everyday things", () => {
  it("a recipe's ratio for ten servings is off topic", () => {
    turnsAway("불고기 양념 비율 10인분 기준으로 알려줘");
  });

  it("a share asked of cups of rice is off topic", () => {
    turnsAway("쌀 5컵에 물 비율 몇 프로야");
  });

  it("a figure of the deal written with a money unit still counts", () => {
    says("엔비디아 100억은 합계의 몇 퍼센트야?", /66\.7|3분의 2/u);
  });
});

describe("전주 as a backer or a place", () => {
  it("the weather in Jeonju is off topic", () => {
    turnsAway(
      "전주 날씨가 모레 어떨는지요? 깍두기를 담그려고 무를 씻어 놓았는데 비가 오면 곤란해서요.",
    );
  });

  it("the backer of the deal is still asked", () => {
    expect(ask("이번 앤트로픽 투자 전주가 누구임").abstained).toBe(false);
  });
});
