/**
 * Terms of a covered sum that the record never gives (its schedule, its price per unit, how it is
 * booked): the question names the sum, but asks something of it that no fact states. Phrasings
 * not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const {
  ask,
  turnsAwayEach: expectTurnedAway,
  answersEach: expectAnswered,
} = askProbe(knowledgeDir);

describe("a hyphenated word of something not covered", () => {
  it("is found though the question's words are split at the hyphen", () => {
    expectTurnedAway([
      "what does a gpu-hour cost anthropic on azure",
      "Is Microsoft's $5B paid as a lump-sum?",
      "Any write-down risk on Microsoft's Anthropic stake?",
    ]);
  });
});

describe("when and in what pieces the money arrives", () => {
  it("is not which way the money goes", () => {
    expectTurnedAway([
      "마소 오십억은 언제 들어와? 나눠서 들어와?",
      "Does the NVIDIA money come in tranches or does Anthropic receive it all at once?",
    ]);
  });

  it("leaves which way the money goes answered", () => {
    expectAnswered([
      "엔비디아 돈은 앤트로픽이 받는 거야 주는 거야?",
      "Which way does the $30B go?",
    ]);
  });
});

describe("terms of a covered sum the record never gives", () => {
  it("turns away cash against kind", () => {
    expectTurnedAway([
      "Is Microsoft's five billion all cash?",
      "Does NVIDIA pay in cash or in chips?",
    ]);
  });

  it("turns away clauses the contracts may hold", () => {
    expectTurnedAway([
      "Does Microsoft get a right of first refusal if Anthropic raises again?",
      "Any take-or-pay on the Azure contract?",
      "엔비디아 투자에 경업금지 약정 있어?",
    ]);
  });

  it("turns away when the money arrives and over how long it is spent", () => {
    expectTurnedAway([
      "엔비디아 돈 언제 들어와요?",
      // "언제" before the money: still when it lands, not which way it goes.
      "언제 돈 들어오는데?",
      "근데 언제 엔비디아 돈 들어와요?",
      "마소 돈 벌써 보낸 거야?",
      "Is the Azure spend spread over a decade?",
      "How much more capacity after the initial gigawatt?",
    ]);
  });

  it("leaves the announcement's date and the kind of stake answered", () => {
    expectAnswered([
      "엔비디아는 언제 투자 발표했어?",
      "When was the NVIDIA investment announced?",
      "Is Microsoft's $5B an equity stake or a cloud credit?",
    ]);
  });
});

describe("what follows if a term is not kept", () => {
  it("is not covered, whatever verb is negated", () => {
    expectTurnedAway([
      "What happens if Microsoft never pays the full five billion?",
      "What would happen if NVIDIA doesn't invest the whole $10B?",
      "what if anthropic can't use all the azure capacity",
      "앤트로픽이 300억 다 안 쓰면 어떻게 돼?",
      "엔비디아가 100억 다 못 넣으면 어떻게 되나요?",
      "앤트로픽이 애저를 쓰지 않으면 어떻게 돼?",
    ]);
  });

  it("leaves what happens to the money answered", () => {
    expectAnswered(["what happens to the $30B Anthropic spends?"]);
  });
});

describe("a term of an agreement the knowledge has no word for", () => {
  it("is not covered, asked of a sum the knowledge has", () => {
    expectTurnedAway([
      "What's the rate on the Azure commitment?",
      "What's the schedule for the $30B?",
      "What's the tenor of the Azure deal?",
      "애저 300억 약정 기간은?",
    ]);
  });

  it("leaves the terms and the date the knowledge has answered", () => {
    expectAnswered(["What are the terms?", "투자 조건은?", "What's the date of the announcement?"]);
  });
});

describe("how a sum is booked", () => {
  it("is not covered, and a claim of it says no direction of the money", () => {
    expectTurnedAway([
      "Does Microsoft count Anthropic's $30B as Azure revenue?",
      "마소가 앤트로픽 300억을 매출로 잡아?",
    ]);
  });

  it("leaves a claim that moves the money checked for its direction", () => {
    const answer = ask("Someone said Anthropic received $30B in cash from Microsoft. True?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/other way/u);
  });
});

describe("only 'when', after a part not covered", () => {
  it("asks the time of that part, not the story's date", () => {
    for (const question of [
      "How many people will Anthropic hire with the money, and by when?",
      "Anthropic이 Azure capacity를 몇 기가와트까지 늘려? 언제까지?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/18 November|11월 18일|1 gigawatt is/u);
    }
  });

  it("leaves 'when' after a covered part answered", () => {
    expectAnswered(["What's Anthropic's valuation? And when?"]);
  });
});
