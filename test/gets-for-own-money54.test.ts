/**
 * "Does Microsoft get X for their five billion?": the figure after "for their / its" is the
 * getter's own money, paid for what it gets, so no claim that the money goes to it. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("what a party gets for its own money", () => {
  it("reads the money as the getter's, not as money it receives", () => {
    turnsAwaySaying(
      "Does Microsoft get a seat on Anthropic's board for their five billion?",
      /board/u,
    );
    says(
      "Does Microsoft get anything back for its five billion?",
      /^(?!No, the money goes the other way)/u,
    );
  });

  it("leaves money a party gets as received", () => {
    says("Does Anthropic get 5 billion from Microsoft?", /^Yes/u);
  });
});
