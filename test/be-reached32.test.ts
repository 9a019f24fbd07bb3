/**
 * A model that "can be reached" somewhere is offered there (access); "reach" alone is still a
 * company's presence. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("be reached", () => {
  it("is where the model is offered", () => {
    says("Is it true Claude can now be reached on Google's cloud as well?", /^Yes[^\n]*Google/u);
  });
  it("reach alone is presence", () => {
    says("Did Claude's reach grow with this deal?", /presence/u);
  });
});
