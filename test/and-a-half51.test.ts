/**
 * "Ten and a half billion", "10 and a half billion": a half more of the scale that follows, in
 * words or digits, so a claim of it is checked against the figure (no, NVIDIA's is $10 billion),
 * not read as the figure itself. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, amountsIn } = askProbe(knowledgeDir);

describe("and a half", () => {
  it("adds a half of the scale that follows", () => {
    expect(amountsIn("ten and a half billion")).toEqual(["10500000000"]);
    expect(amountsIn("10 and a half billion")).toEqual(["10500000000"]);
  });

  it("makes a claim of it checked against the figure", () => {
    says(
      "so nvidia's in for ten and a half bil?",
      /^No: NVIDIA committed to invest up to \$10 billion/u,
    );
    says("was it 10 and a half billion from nvidia?", /^No: NVIDIA committed/u);
  });
});
