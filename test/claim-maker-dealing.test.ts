/**
 * "Anthropic's Azure commitment": a possessive before a thing with a noun of money or dealings
 * after it owns the dealing, and claims no maker of the thing (phrasings in no question set).
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";

const { says } = askProbe("knowledge");

describe("a party's dealing named after a thing", () => {
  it("is no claim that the party makes the thing", () => {
    says("Anthropic's Azure commitment comes to thirty billion dollars, correct?", /^Yes/);
    says("is Anthropic's Azure spending 30bn?", /^Yes/);
    says("앤트로픽의 애저 구매 규모가 300억 달러 맞지?", /^맞아요/);
  });

  it("leaves a maker claimed before the thing refuted", () => {
    says("Microsoft's Grace Blackwell systems are what it runs on, correct?", /^No/);
    says("마이크로소프트의 그레이스 블랙웰 칩이지?", /^아니에요/);
  });
});
