/**
 * The asker's own papers to write or polish (a cover letter, a résumé): no news story writes them,
 * whatever job or company they name. Phrasings in no set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";

const { turnsAwayEach, answersEach } = askProbe("knowledge");

describe("a request to write the asker's own papers", () => {
  it("is turned away", () => {
    turnsAwayEach([
      "자소서 마지막 문단 좀 첨삭해 주세요",
      "이력서 경력 부분 다듬어 줄래? 엔비디아 지원용",
      "Could you draft my cover letter for an Anthropic role?",
      "polish my resume please, applying to Microsoft",
    ]);
  });

  it("leaves questions about the story alone", () => {
    answersEach(["엔비디아 투자 한도 얼마야?", "Is the headline figure of 30 billion wrong?"]);
  });
});
