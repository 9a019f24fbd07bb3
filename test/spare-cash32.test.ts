/**
 * The asker's own money and whether a place is a good one for it is advice; a party's choice of
 * a place is not. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, answersEach } = askProbe(knowledgeDir);

describe("a good home for the asker's money", () => {
  it("is advice", () => {
    for (const question of [
      "Got a bit of spare cash lying around, would NVIDIA be a good home for it?",
      "Is Microsoft a safe spot for my savings after this deal?",
    ]) {
      expect(ask(question).text, question).toMatch(/investment advice/u);
    }
  });
  it("a party's choice is not", () => {
    answersEach(["Was Azure a good choice of cloud for Anthropic's money?"]);
  });
});
