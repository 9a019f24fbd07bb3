/**
 * Made hard for someone ("will this make it harder for startups?", "crowding out small players")
 * is the barrier the article sees for newcomers: a glossary phrase, so "hard" stays a word the
 * knowledge lacks elsewhere. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("made hard for newcomers", () => {
  it("is the barrier to entry", () => {
    says("so will the deal make it hard for startups", /barrier/u);
    says("won't it be harder for smaller AI companies now", /barrier/u);
  });

  it("leaves other hard things alone", () => {
    turnsAway("is it hard to learn python?");
  });
});
