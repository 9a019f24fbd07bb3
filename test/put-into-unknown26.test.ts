/**
 * 넣다 (put in) is how Korean says an investment, but only of money put into a party: put into a
 * thing the knowledge does not know, a claim is about something else and is turned away, not
 * answered with a deal figure. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("put into a thing the story does not know", () => {
  it("is turned away", () => {
    turnsAwayEach([
      "된장찌개에 설탕 넣는 거야?",
      "커피에 소금 넣는다던데 진짜?",
      "떡볶이에 치즈 넣는 거 아니지?",
    ]);
  });

  it("leaves money put into a party to the record", () => {
    says("앤트로픽에 100억 넣은 거 맞지?", /100억/u);
    says("엔비디아가 앤트로픽에 돈 넣은 거 맞아?", /100억/u);
  });
});
