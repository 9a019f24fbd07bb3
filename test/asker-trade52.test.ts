/**
 * Advice asked in passing: a trade picked as a question of its own ("…, buy or sell?"), the
 * asker's savings counted ("i got two thousand saved up, …"), a family member's career move weighed
 * ("my nephew wants to quit uni for…, smart move given…?"), and a crash predicted with the "to"
 * dropped ("msft going tank?"). A company's own buying or selling is still the story's.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { declinesAsAdvice, says } = askProbe(knowledgeDir);

describe("advice asked in passing", () => {
  it("declines a trade picked after a question", () => {
    declinesAsAdvice("nvidia at record highs after the anthropic news, buy or sell?");
    declinesAsAdvice("everyone hyped about nvidia and anthropic. hold or sell?");
  });

  it("declines where to put the asker's counted savings", () => {
    declinesAsAdvice("i got two thousand saved up, put it in msft or nvda?");
  });

  it("declines a family member's career move, judged with the times", () => {
    declinesAsAdvice(
      "My nephew wants to quit uni for one of those AI courses, smart move given all these billions?",
    );
  });

  it("declines a crash predicted without its 'to'", () => {
    declinesAsAdvice("u think msft going tank after dis?");
  });

  it("reads a company that has got a sum as a claim, not savings", () => {
    says("so Anthropic has got 15 billion sitting there from the two now?", /\$15 billion/u);
  });

  it("still answers what a company bought", () => {
    says("did Microsoft buy or sell anything from NVIDIA here?", /NVIDIA/u);
  });
});
