/**
 * A share bought or money put somewhere, asked for an opinion ("마소 주식 사는 거 어떻게 생각해?",
 * "넣어둘까?", "thoughts on picking up some NVIDIA shares?"), is the asker's trade: advice, never answered with the deal's figures. A company's
 * money put into another, asked of, is still the story's. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("a share bought, asked for an opinion", () => {
  it("is advice", () => {
    turnsAwayEach([
      "엔비 주식 사는 거 어떻게 생각하세요?",
      "마이크로소프트 주식에 여윳돈 넣는 거 어때요?",
      "엔비디아 주식 좀 사 두는 거 어때?",
    ]);
  });

  it("is advice in English too", () => {
    turnsAwayEach([
      "How about putting a little money into MSFT shares?",
      "thoughts on grabbing some nvidia shares?",
    ]);
    says("what do you think about NVIDIA investing in its own customer?", /NVIDIA/u);
  });

  it("leaves a company's money asked of the story's", () => {
    says("엔비디아가 앤트로픽에 넣는 돈은 얼마야?", /100억 달러/u);
  });
});
