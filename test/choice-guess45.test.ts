/**
 * Choices offered for the answer of a part turned away ("How many staff? Big outfit or small?",
 * "…react how? up or down, how many %?", "직원 몇 명? 큰 회사냐 작은 회사냐") are no ask of their
 * own: the question stays turned away. Choices naming a party are kept. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwayEach, answersEach } = askProbe(knowledgeDir);

describe("choices for the answer of a part turned away", () => {
  it("turns away English choices after an ask not covered", () => {
    turnsAwayEach([
      "How many employees does Anthropic have? Huge outfit or a small shop?",
      "how did NVDA shares move that week? higher or lower, by how much?",
      "how did MSFT stock react that day? up or down, how many %?",
    ]);
  });

  it("turns away Korean choices after an ask not covered", () => {
    turnsAwayEach(["앤트로픽 직원 수 얼마나 돼? 대기업이냐 스타트업이냐"]);
  });

  it("keeps choices that name a party, and an either-or asked by itself", () => {
    answersEach([
      "Is the NVIDIA money a loan or equity?",
      "Who pays for the Azure compute? Anthropic or Microsoft?",
    ]);
  });
});
