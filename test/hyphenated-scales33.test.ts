/**
 * "thirty-thousand-million-dollar": a thousand of a larger scale, hyphenated as one word before a
 * noun (the long British count), is read as the whole amount. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, amountsIn: amounts } = askProbe(knowledgeDir);

describe("a hyphenated thousand of millions", () => {
  it("is the whole amount", () => {
    expect(amounts("a five-thousand-million-dollar stake")).toEqual(["5000000000"]);
    expect(amounts("the 30-thousand-million figure")).toEqual(["30000000000"]);
    says("Is NVIDIA's stake the ten-thousand-million-dollar one?", /^Yes\b[^\n]*\$10 billion/u);
  });
});
