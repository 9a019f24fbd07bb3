/**
 * "Where can you get Claude now?": where a model can be got is where it is offered. Only said
 * of a model: "Where do I get the article?" asks nothing of the story. Phrasings not in any eval
 * set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("where a model can be got", () => {
  it("names where it is offered", () => {
    says("ok so where do I get Claude after all this?", /AWS.*Google Cloud.*Azure/su);
  });

  it("leaves anything else alone", () => {
    turnsAway("Where do I get the article?");
  });
});
