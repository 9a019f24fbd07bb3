/**
 * What the sources never give, asked in words the turn-away did not know: a share with a word of
 * how much between ("몇 프로 정도 받"), racks counted, chips counted ("how many chips in that
 * gigawatt", not "chips in" as paying), an extra charge or a discount, where the power comes from.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("measures the sources never give", () => {
  it("turns each away", () => {
    turnsAwayEach([
      "엔비디아는 앤트로픽 지분을 몇 프로쯤 챙겨?",
      "1기가와트면 블랙웰 몇 랙 정도 돼?",
      "how many chips in that one gigawatt, roughly?",
      "M365 코파일럿 클로드 쓰면 과금 따로 붙어?",
      "does Microsoft charge extra for Claude in Copilot?",
      "1기가와트 전력 어디서 끌어옴?",
    ]);
  });

  it("still reads 'chips in' with a sum as paying", () => {
    says("so NVIDIA chips in ten billion?", /\$10 billion/u);
  });
});
