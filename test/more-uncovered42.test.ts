/**
 * More things the knowledge lacks, asked in other words: whether the money was already
 * transferred, how much went in so far, the next model; "will it …?" after a thing turned away
 * asks about that thing. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("more things not covered", () => {
  it("turns away payments made so far", () => {
    turnsAway("has microsoft already wired the money or not?");
    turnsAway("엔비디아 돈은 이미 들어갔나요?");
  });

  it("turns away the next model and what follows of it", () => {
    turnsAway("what's the next Claude model called? will it be on Foundry too?");
    turnsAway("클로드 차기 모델 이름 알려줘");
  });

  it("still answers Foundry's models", () => {
    says("which Claude models are on Foundry?", /Sonnet 4\.5/u);
  });
});
