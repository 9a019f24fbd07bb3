/**
 * The milliard written out in German, Dutch, Italian and Polish ("5 Milliarden", "10 miljard",
 * "15 miliardi") is a billion; "in German we say …" is the asker's context, no topic. Phrasings
 * not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, amountsIn } = askProbe(knowledgeDir);

describe("the milliard written out", () => {
  it("is a billion", () => {
    says("NVIDIA investiert 10 Milliarden in Anthropic, right?", /^Yes: NVIDIA committed/u);
    says("in dutch we say miljard: so is it 15 miljard from both together?", /\$15 billion/u);
  });
  it("reads the amount", () => {
    expect(amountsIn("microsoft 5 miliardi")).toEqual(["5000000000"]);
  });
});
