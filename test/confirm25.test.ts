/**
 * Round twenty-five's confirmations: a lone crying mark after the tag ("…맞지?ㅠ"), a claim that
 * names only a product, no party nor relation ("그레이스 블랙웰이랑 베라 루빈 쓰는 거 맞아?"),
 * and a trade someone close proposes ("남편이 … 사자는데"), advice however the message ends.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, ask, turnsAway } = askProbe(knowledgeDir);

describe("a lone crying mark after the tag", () => {
  it("is no word of the claim", () => {
    for (const question of ["1기가와트맞지?ㅠ", "1기가와트 맞지?ㅜ", "1기가와트 맞지?ㅜㅜ"]) {
      says(question, /^맞아요, .*1기가와트/u);
    }
    says("이제파운드리이름이애저AI파운드리맞지?ㅠ", /^아니에요, Microsoft Foundry/u);
  });

  it("leaves the marks it already dropped as they were", () => {
    says("1기가와트 맞지?ㅠㅠ", /^맞아요, .*1기가와트/u);
    says("1기가와트 맞지?", /^맞아요, .*1기가와트/u);
  });
});

describe("a claim naming only a product", () => {
  it("is a yes with the fact that holds it", () => {
    for (const question of [
      "그레이스 블랙웰이랑 베라 루빈 쓰는 거 맞아?",
      "블랙웰이랑 베라 루빈 쓰는거 팩트임?",
      "그레이스 블랙웰이랑 베라 루빈 쓰는거 맞음?",
      "베라 루빈 쓰는 거 맞지?",
    ]) {
      says(question, /^맞아요, .*Grace Blackwell 및 Vera Rubin/u);
    }
  });

  it("denied, is a no", () => {
    says("그레이스 블랙웰 안 쓰는 거 맞지?", /^아니에요, .*Grace Blackwell/u);
  });

  it("leaves a product the knowledge lacks, and the article's own facts, alone", () => {
    turnsAway("호퍼 쓰는 거 맞아?");
    says("headline cap or facts?", /^The article's intro says .*\$30 billion/u);
    expect(ask("headline cap or facts?").text).not.toMatch(/^Yes/u);
  });
});

describe("a trade someone close proposes", () => {
  it("is advice, turned away", () => {
    turnsAway("남편이 마소 더 사자는데 말려야돼요?ㅠ");
    turnsAway("남편이 마소 더 사자는데 말려야돼요?");
    turnsAway("남편이 엔비디아 팔자고 하는데 어떡해요");
  });

  it("a company's own offer stays the story's", () => {
    says("마이크로소프트가 앤트로픽에 투자하는 거 맞지?", /^맞아요/u);
  });
});
