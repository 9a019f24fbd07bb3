/**
 * "put money in" at the end of a question is investing, not "money in" (money received): "who
 * else put money in besides …?" asks for other investors, which the story does not have, and
 * "did Amazon put money in?" asks of Amazon's investment. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwaySaying } = askProbe(knowledgeDir);

describe("money put in", () => {
  it("asks who else invested, which the story does not say", () => {
    turnsAwaySaying("aside from MS and NVIDIA, has anybody else put money in?", /besides/u);
  });

  it("asks of the party named", () => {
    turnsAwaySaying("so did Amazon put some money in this time?", /Amazon's investment/u);
  });
});
