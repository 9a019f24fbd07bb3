/**
 * A question written as a letter to "support": its salutation, closing and signature are no
 * words of the question (the phrasings here are in no question set).
 */
import { describe, expect, it } from "vitest";
import { withoutEmailEnvelope } from "../src/answer/fallback/email-envelope.ts";
import { askProbe } from "./helpers/ask-probe.ts";

const { ask, says, turnsAway } = askProbe("knowledge");

describe("withoutEmailEnvelope", () => {
  it("keeps the body between the salutation and the closing", () => {
    expect(
      withoutEmailEnvelope(
        "Good morning,\nCould you tell me what the cap is?\nWarm regards,\nJ. Okafor\nHead of Research | Okafor Capital",
      ),
    ).toBe("Could you tell me what the cap is?");
    expect(
      withoutEmailEnvelope(
        "Dear Sir or Madam,\n\nI am writing to ask when it was unveiled.\n\nYours faithfully,\nMargaret Hill",
      ),
    ).toBe("I am writing to ask when it was unveiled.");
    expect(withoutEmailEnvelope("hey team!\nthe cap is 10bn right?\ncheers\n-- \nsam")).toBe(
      "the cap is 10bn right?",
    );
  });

  it("reads a Korean letter", () => {
    expect(
      withoutEmailEnvelope(
        "안녕하세요 담당자님,\n문의드립니다.\n발표일이 언제인가요?\n감사합니다.\n김민수 드림",
      ),
    ).toBe("문의드립니다.\n발표일이 언제인가요?");
    expect(
      withoutEmailEnvelope("고객센터 담당자님께,\n투자 한도 확인 부탁드립니다.\n수고하세요~"),
    ).toBe("투자 한도 확인 부탁드립니다.");
  });

  it("drops a signature that opens with no closing", () => {
    expect(withoutEmailEnvelope("Hello\n\nWho pays whom?\n\nRita Gomez | Buyer | Gomez SA")).toBe(
      "Who pays whom?",
    );
    expect(withoutEmailEnvelope("How big is the stake?\nSent from my Galaxy")).toBe(
      "How big is the stake?",
    );
    expect(withoutEmailEnvelope("Hi all,\nwhen was it?\nTIA,\nRob")).toBe("when was it?");
  });

  it("drops a sign-off after the last question on its line", () => {
    expect(
      withoutEmailEnvelope("how big is the stake? Kind regards, Ines Ruiz, Treasury Analyst"),
    ).toBe("how big is the stake?");
    expect(withoutEmailEnvelope("발표일이 언제죠? 감사합니다. 이도윤 드림")).toBe(
      "발표일이 언제죠?",
    );
    expect(withoutEmailEnvelope("발표일이 언제죠? 미리 감사드려요~")).toBe("발표일이 언제죠?");
    expect(withoutEmailEnvelope("Hi,\nwhen was it? Cheers, Raj\nOps Lead")).toBe("when was it?");
    for (const message of [
      "Is it 10B? Best of luck with the bot",
      "Is it 10B? Thanks to the deal they grow",
      "Who put in more? Tyler says the chip maker",
    ]) {
      expect(withoutEmailEnvelope(message)).toBe(message);
    }
  });

  it("leaves a message that is no letter as it is", () => {
    for (const message of [
      "Hey, how much did they invest?\nand when",
      "What did they invest?\nThanks,\nAlso when was it announced?",
      "Checklist for my notes:\n- total investment\n- size of the cloud deal",
      "Best guess?\nthey put in 10B",
      "how much was it",
    ]) {
      expect(withoutEmailEnvelope(message)).toBe(message);
    }
    // Lines of fields in the body are no signature when a question follows them.
    expect(withoutEmailEnvelope("Hi,\nA | 10B\nB | 5B\nis that right?")).toBe(
      "A | 10B\nB | 5B\nis that right?",
    );
  });
});

describe("a question written as a letter", () => {
  it("answers the body, not the signature", () => {
    says(
      "Hi there,\n\nQuick question - did Microsoft put 5 billion into Anthropic?\n\nMany thanks,\nGreta Lindqvist\nProcurement Officer\nNordvik Logistics",
      /^Yes/,
    );
    says(
      "Dear Sir or Madam,\n\nI am writing to ask when the partnership was unveiled.\n\nYours faithfully,\nMargaret Hill",
      /18 November/,
    );
    says("hey team!\nnvidia put in 10bn right?\ncheers\n-- \nsam", /^Yes/);
    says(
      "안녕하세요 담당자님,\n문의드립니다.\n엔비디아가 앤트로픽에 투자한 금액이 얼마인가요?\n감사합니다.\n김민수 드림",
      /100억 달러/,
    );
    says(
      "Hi all,\nJust to confirm: the deal was announced at Ignite?\nThanks!\nLee\nSent from my Galaxy",
      /^Yes/,
    );
  });

  it("answers a one-line letter signed with a job title", () => {
    says(
      "Hello support, how much is Microsoft putting in? Warm regards, Ines Ruiz, Treasury Analyst",
      /5 billion/,
    );
  });

  it("still turns away an off-topic letter or one asking advice", () => {
    turnsAway(
      "Hello,\n\nWhat is the capital of Peru?\n\nKind regards,\nTom Becker\nProduct Manager",
    );
    expect(
      ask("Dear support,\n\nShould I buy NVIDIA shares now?\n\nBest,\nOlga\nPortfolio Manager")
        .text,
    ).toMatch(/advice/);
  });
});

describe("take over said of no company", () => {
  it("is one cloud replacing another, not a takeover", () => {
    says("Is AWS still the main cloud for Anthropic, or has Azure taken over?", /Amazon/);
    says("Is Amazon still Anthropic's main cloud, or did Microsoft's cloud take over?", /Amazon/);
  });

  it("said of a company, is still read as a takeover (which did not happen)", () => {
    says("Is NVIDIA planning to take over Anthropic?", /^No/);
  });
});
