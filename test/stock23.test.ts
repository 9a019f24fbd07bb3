/**
 * A party of the story buying another party's shares, stock or equity is its investment in it
 * (glossary: "주식 사준/산/샀", "지분 인수한", "주주가 된" as a stake bought), not goods bought, not
 * the asker's trade (stopwords: "did nvidia buy …" names the buyer), and not "not covered". The
 * English phrasings with the party between the verb and "stock" ("has microsoft bought anthropic
 * stock?") are left: written out party by party they cost the cold start 35 ms of glossary.
 * The asker's own trade is still turned away, and a buy-out of the company stays the acquisition.
 */
import { describe, expect, it } from "vitest";
import { advicePatterns } from "../src/search/stopwords.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach, ask } = askProbe(knowledgeDir);

describe("a party buying another's shares", () => {
  it("is its investment, in Korean", () => {
    says("마소가 앤트로픽 주식 사준 거 맞지?", /^맞아요, 마이크로소프트는 앤트로픽에 최대 50억/u);
    says("엔비디아가 앤트로픽 주식 사준 거야?", /^맞아요, 엔비디아는 앤트로픽에 최대 100억/u);
    says("엔비디아가 앤트로픽 주식 산 거야?", /^맞아요, 엔비디아는 앤트로픽에 최대 100억/u);
    says("마소가 앤트로픽 주식 샀어?", /^맞아요, 마이크로소프트는/u);
    says("엔비디아가 앤트로픽 지분 인수한 거야?", /^맞아요, 엔비디아는/u);
  });

  it("becoming another's shareholder is its investment too", () => {
    says("엔비디아가 앤트로픽 주주가 된 거야?", /^맞아요, 엔비디아는 앤트로픽에/u);
    says("앤트로픽이 엔비디아 주주가 된 거야?", /^아니에요, 방향이 반대예요/u);
  });

  it("is its investment, in English", () => {
    says(
      "did nvidia buy anthropic shares?",
      /^Yes: NVIDIA committed to invest up to \$10 billion/u,
    );
    says("did microsoft purchase shares in anthropic?", /^Yes: Microsoft/u);
  });

  it("claimed the other way round is a no with the real direction", () => {
    says("앤트로픽이 엔비디아 주식 산 거야?", /^아니에요, 방향이 반대예요, 엔비디아는 앤트로픽에/u);
  });

  it("leaves the asker's own trade turned away", () => {
    turnsAwayEach([
      "앤트로픽 주식 사도 돼?",
      "엔비디아 주식 지금 사도 될까요?",
      "should I buy NVDA shares?",
      "did you buy nvda shares?",
      "does anyone buy msft stock",
    ]);
  });

  it("leaves a buy-out of the company as it was", () => {
    expect(ask("Microsoft is buying Anthropic").text).toMatch(/ownership/u);
  });

  it("reads a company named after did/has/will as the buyer, not the asker", () => {
    const patterns = advicePatterns(["shares", "stock", "nvda"]);
    const advice = (text: string) => patterns.some((pattern) => pattern.test(text));
    expect(advice("did nvidia buy anthropic shares?")).toBe(false);
    expect(advice("will microsoft buy more stock")).toBe(false);
    expect(advice("did you buy nvda shares?")).toBe(true);
    expect(advice("will anyone buy stock now")).toBe(true);
    expect(advice("time to buy nvda shares?")).toBe(true);
    // Set against a loan, buying shares is the kind of money paid, not the asker's trade.
    expect(advice("money from ms to anthropic, it is loan or buy shares?")).toBe(false);
    expect(advice("should i take a loan or buy shares?")).toBe(true);
  });
});
