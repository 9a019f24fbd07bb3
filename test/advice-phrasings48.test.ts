/**
 * Advice asked in phrasings the patterns missed: the asker's trade judged with 것은 / 건 ("더 사는 건
 * 합리적인가요"), a Singlish trade ("msft buy can or not"), and how to get into a company ("엔비디아
 * 들어가려면 뭘 해야"). A party's own acts stay questions about the deal. Phrasings not in any eval
 * set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { declinesAsAdvice, says } = askProbe(knowledgeDir);

describe("advice in more phrasings", () => {
  it("declines the asker's trade judged with 것은 or 건", () => {
    declinesAsAdvice("마소 주식을 더 사는 건 합리적인가요?");
  });

  it("declines a Singlish trade", () => {
    declinesAsAdvice("msft stock buy can or not");
  });

  it("declines how to get a job at a party", () => {
    declinesAsAdvice("조카가 엔비디아 들어가려면 뭘 준비해야 돼요?");
  });

  it("still answers what a party is doing", () => {
    says("엔비디아가 앤트로픽에 투자하는 것은 얼마인가요?", /100억 달러/u);
  });
});
