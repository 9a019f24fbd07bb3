/**
 * "Result" and "outcome" say nothing of a subject: "Did Arsenal win last night? What was the
 * result?" is not about the deal, though the article says "as a result of this investment". A
 * question about the deal's outcome still names the deal. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("result and outcome as question words", () => {
  it("a sports result is off-topic", () => {
    turnsAway("Arsenal played last night? What was the result?");
  });

  it("an election outcome is off-topic", () => {
    turnsAway("what was the outcome of the Brazilian election?");
  });

  it("a question about the deal's result still names what it asks", () => {
    says("As a result of the deal, where can people use Claude now?", /all three major clouds/u);
  });
});
