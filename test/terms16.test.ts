/**
 * Details of the covered sums that the record never gives (payment terms, netting, termination,
 * board votes, IP, the split of the 1 GW, …), asked in ways that used to find the covered sum
 * instead: guessed values after the question, the sums named by their figures, a condition
 * with a negation in it. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { claimDenies } from "../src/answer/fallback/confirm.ts";
import { onlyGuessesValues } from "../src/answer/fallback/guessed-values.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwayEach: expectTurnedAway, answersEach: expectAnswered } = askProbe(knowledgeDir);

describe("terms of a covered sum the knowledge lacks", () => {
  it("are not covered in either language", () => {
    expectTurnedAway([
      "Is there a net-60 payment term on the Azure bill?",
      "What are the payment terms for Anthropic's Azure spend?",
      "앤트로픽 애저 요금 결제조건 나와있나요?",
      "Does Microsoft have termination rights on the Azure contract?",
      "엔비디아가 앤트로픽 이사회 참관인 자리 받았어?",
      "Did NVIDIA's board vote unanimously on the $10B?",
      "Who holds the patents from the NVIDIA and Anthropic engineering work?",
      "What is Anthropic paying per gigawatt for the Grace Blackwell compute?",
      "How is the gigawatt broken down across Grace Blackwell and Vera Rubin?",
      "1기가와트는 시스템별로 어떻게 배분돼?",
      "앤트로픽 애저 컴퓨팅 중에 학습용 비중은?",
      "Is the 1 GW backed by a PPA with a utility?",
      "마소가 애저 팔아서 남기는 마진은?",
      "What share class does Microsoft get for its $5B?",
      "What is the term of the Azure agreement?",
      "what's the per-month Azure spend?",
    ]);
  });

  it("leave the covered sums and their kinds answered", () => {
    expectAnswered([
      "How is the $15B split between Microsoft and NVIDIA?",
      "Is Microsoft's $5B an equity investment or Azure credits?",
      "How much is NVIDIA putting into Anthropic?",
      "In terms of money, who pays whom?",
    ]);
  });
});

describe("values guessed after a question not covered", () => {
  it("are part of that question", () => {
    expectTurnedAway([
      "What is the interest rate on NVIDIA's $10B? 3%? 5%?",
      "How many years does the Azure deal run? Seven years? Ten?",
      "애저 약정은 몇 년짜리야? 3년? 5년?",
      "What's the lock-up period on NVIDIA's stake? 12 months? 18?",
    ]);
  });

  it("are read as guesses only when nothing else is written", () => {
    expect(onlyGuessesValues("5 years? 10?")).toBe(true);
    expect(onlyGuessesValues("like five years? ten?")).toBe(true);
    expect(onlyGuessesValues("3년? 5년?")).toBe(true);
    expect(onlyGuessesValues("maybe 20% or so?")).toBe(true);
    expect(onlyGuessesValues("10 billion from nvidia?")).toBe(false);
    expect(onlyGuessesValues("엔비디아는 100억?")).toBe(false);
  });

  it("leave a covered question's figure checked", () => {
    expectAnswered([
      "How much did NVIDIA invest? 10 billion?",
      "마소 50억 투자했지? 엔비디아는 100억?",
    ]);
  });
});

describe("sums named by their figures", () => {
  it("say which sums a term not covered is of", () => {
    expectTurnedAway([
      "엔비디아 100억 투자금이랑 애저 대금이 서로 상계되는 구조야?",
      "Does the $10B NVIDIA investment get netted against what Anthropic owes for compute?",
      "Is Microsoft's $5B offset against the $30B Azure bill?",
      "300억 애저 약정, 해지 조건은?",
    ]);
  });

  it("leave a wrong claim about a sum's own fact checked", () => {
    expectAnswered([
      "Anthropic pays NVIDIA directly for the 1 GW of chips, right?",
      "Anthropic puts $30B into Microsoft shares, right?",
    ]);
  });
});

describe("a negation inside a condition", () => {
  it("denies nothing the question claims", () => {
    expect(claimDenies("is there a penalty if anthropic doesn't spend the full 30b?")).toBe(false);
    expect(claimDenies("anthropic doesn't buy azure compute, right?")).toBe(true);
    expectTurnedAway([
      "Is there a penalty if Anthropic doesn't spend the full $30B?",
      "Any penalty if Anthropic spends less? If it only uses half?",
      "Is there a penalty? If Anthropic uses less than that?",
    ]);
    expectAnswered(["Anthropic doesn't buy Azure compute, right?"]);
  });
});
