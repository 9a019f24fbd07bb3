/**
 * Plain English for where in the article and for the loop (knowledge/glossary.json): "at the very
 * top" and "the first part of the article" are its opening, "closing take" its conclusion, money
 * "going round and round" the circular investment, Pidgin "wahala" the problem, and "no make
 * sense" the asker's confusion. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("where in the article, in plain words", () => {
  it("reads the top and the first part as the opening", () => {
    says("which number do they put right at the top?", /intro says/u);
    says("first part of the piece, what figure does it claim", /intro says/u);
  });

  it("reads the closing take as the conclusion", () => {
    says("final thoughts of the writer, what are they", /monopoly/u);
  });

  it("leaves a deal's closing date and a top investor alone", () => {
    turnsAway("what is the closing date of the deal");
  });
});

describe("the loop and the worry, in chat words", () => {
  it("reads money going round and round as the circular investment", () => {
    says("cash going round and round between them, wahala or not?", /circular/u);
  });

  it("keeps confusion about something else off the story", () => {
    turnsAway("my landlord rules no make sense");
  });
});
