/**
 * Money slang and a boss's name for his company: tendies are money, tossing money at a party is
 * investing in it, a possessive money phrase of a boss or product ("jensen's money", "satya's
 * billions", "젠슨네 돈") is the company's money, money put "into claude" goes to its maker,
 * "cloud daddy" is the cloud provider and "daddy" the backer. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { index, ask, says, turnsAway } = askProbe(knowledgeDir);

describe("money slang", () => {
  it("reads tendies and tossing at as an investment asked", () => {
    says("how many tendies is nvda tossing at anthropic", /\$10 billion/u);
    says("microsoft chucked how much at anthropic lol", /\$5 billion/u);
    says("nvidia tossing how much money at anthropic", /\$10 billion/u);
  });

  it("reads Australian money verbs and tags: bung, whack and chuck into; g'day and fair dinkum", () => {
    says("how much did msft bung into anthropic", /\$5 billion/u);
    says("g'day, what's nvidia whacking into anthropic", /\$10 billion/u);
    says("how much is nvidia chucking in2 anthropic, fair dinkum", /\$10 billion/u);
  });
});

describe("a boss's or product's money is its company's", () => {
  it("reads the possessive as the company, the money word kept", () => {
    expect(index.analyze("satya's cash for anthropic").normalized).toMatch(/^microsoft cash/u);
    expect(index.analyze("jensens money into anthropic").normalized).toMatch(/^nvidia money/u);
    expect(index.analyze("젠슨네 돈 얼마 들어감").normalized).toMatch(/^엔비디아 돈/u);
  });

  it("answers the company's investment", () => {
    says("how much of nadella's money went to anthropic", /\$5 billion/u);
    says("satya's billions in anthropic, how much exactly", /\$5 billion/u);
    says("how big is jensen's check to anthropic", /\$10 billion/u);
    says("leather jacket money into anthropic: how much?", /\$10 billion/u);
    says("젠슨네 돈 앤트로픽에 얼마나 들어갔어?", /100억/u);
  });

  it("keeps money spent on a thing apart from its owner's money", () => {
    expect(index.analyze("how much gpu money does anthropic spend").normalized).not.toMatch(
      /nvidia money/u,
    );
  });

  it("reads money put into Claude as money put into Anthropic, and only money", () => {
    says("how many bucks went into claude from nvidia", /\$10 billion/u);
    says("how much did nvda pour into claude", /\$10 billion/u);
    says("how much did huang throw at claude", /\$10 billion/u);
    says("how many billions went into claude from microsoft", /\$5 billion/u);
    expect(index.analyze("is opus in claude for foundry users").normalized).not.toMatch(
      /anthropic/u,
    );
  });
});

describe("daddy for the one who pays or provides", () => {
  it("reads a cloud daddy as the cloud provider, and Bezos as Amazon when the cloud is talked of", () => {
    says("is bezos still anthropic's cloud daddy?", /Amazon/u);
    says("who's the main cloud daddy for anthropic these days", /Amazon/u);
  });

  it("reads daddy as the investor", () => {
    says("who are anthropic's new daddies", /NVIDIA|Microsoft/u);
  });

  it("leaves Bezos the man when nothing of money or the cloud is asked", () => {
    turnsAway("what did bezos tweet about the deal");
  });

  it("keeps a jacket's price about the man", () => {
    expect(ask("how much was jensen's leather jacket").text).not.toMatch(/\$10 billion/u);
  });
});
