/**
 * What Anthropic does with "this money" (knowledge/facts.json, use-of-funds): asked with "이 돈으로
 * 뭐", "do with all that money", the use of the invested money, which the story does not report.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("what the money is for", () => {
  it("is the use of the invested money, not covered", () => {
    turnsAwaySaying("so what's anthropic gonna do with this money", /use of the invested money/u);
    turnsAwaySaying("앤트로픽은 그 돈으로 무엇을 하려는 거요", /사용처/u);
  });

  it("leaves the Azure purchase to the story", () => {
    says("앤트로픽이 이 돈으로 애저 쓰는 거야?", /Azure/u);
  });
});
