/**
 * A plus between words before the word for a deal lists the deal's sides ("Big green + Redmond +
 * Anthropic deal"); it adds nothing. A plus beside a figure, or with no deal word after it, stays
 * a sum. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { listedParties } from "../src/search/listed-parties.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("listedParties", () => {
  it("reads the plus of a deal's sides as 'and'", () => {
    expect(listedParties("team green + mr softy partnership: when?")).toBe(
      "team green and mr softy partnership: when?",
    );
    expect(listedParties("nvidia+anthropic+microsoft tie-up date")).toBe(
      "nvidia and anthropic and microsoft tie-up date",
    );
    expect(listedParties("엔비+마소+앤트 협력 언제 나옴")).toBe("엔비, 마소, 앤트 협력 언제 나옴");
  });

  it("leaves a sum alone", () => {
    for (const text of [
      "5b + 10b deal total?",
      "$5B + $10B = ?",
      "msft + nvda money into anthropic, total?",
      "msft + nvda, how much altogether",
      "no plus here, the deal date?",
    ]) {
      expect(listedParties(text), text).toBe(text);
    }
  });
});

describe("a deal named by its sides joined with plus signs", () => {
  it("answers when and where it was announced, not a sum", () => {
    for (const question of [
      "team green + mr softy + anthropic partnership announced on what date?",
      "nvidia+anthropic+microsoft tie-up, which day did it go public?",
      "Microsoft + NVIDIA + Anthropic alliance: at which event was it unveiled?",
      "엔비+마소+앤트 협력 언제 발표된 거임?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/18 November|11월 18일|Ignite/u);
      expect(answer.text, question).not.toMatch(/add up to|더하면/u);
    }
  });

  it("still adds up the investments when a total is asked", () => {
    says("msft + nvda into anthropic, how much altogether?", /\$15 billion/u);
  });
});
