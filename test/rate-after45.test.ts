/**
 * A conversion whose rate comes after the ask as a sentence of its own ("…몇 조야? 환율은
 * 1400원으로"), whose rate is written in words ("천삼백원"), whose figure is said first with a comma
 * ("300억 달러, 원화로…"), or whose figure is named with both its parties. A rate in euros is no
 * sum the asker holds. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, declinesAsAdvice } = askProbe(knowledgeDir);

describe("a conversion at a rate the asker gives", () => {
  it("takes the rate from the sentence after the ask", () => {
    says("엔비디아가 넣는 100억 달러 원화로는 얼마쯤? 환율 1300원으로 잡고", /13조/);
    says("What is Microsoft's 5 billion in yen? Use 150 yen to the dollar.", /750 billion yen/);
  });

  it("reads a rate written in Korean number words", () => {
    says("환율 천삼백원이면 엔비디아 투자금 100억 달러는 원화로 몇 조야?", /13조/);
  });

  it("converts a figure said first, before a comma", () => {
    says("100억 달러, 한국 돈으로 몇 조임? 환율 1,500원", /15조/);
  });

  it("converts a figure named with both its parties", () => {
    says("앤트로픽이 마이크로소프트에 내는 300억 달러 원화로 몇 조야 환율 1200원이면?", /36조/);
  });

  it("reads a rate in euros as no sum of the asker's", () => {
    says(
      "NVIDIA's 10 billion into Anthropic, in euros at 0.8 euros per dollar?",
      /8 billion euros/,
    );
    declinesAsAdvice("should I put 300 euros into NVIDIA shares?");
  });
});
