/**
 * Why the asker asks, said after the question with its "I" left out ("Need it for my minutes of
 * meeting.", "It's for my class notes.", "Asking for a friend."): an aside, dropped as "I need it
 * for…" already was, so a confirmation still says yes or no first. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the asker's reason after the question", () => {
  it("needed for the minutes", () => {
    says("The deal was announced at Ignite, correct? Need it for our board minutes.", /^Yes\b/u);
  });

  it("for the asker's slides", () => {
    says("Valuation is 350 billion now, right? It's for my team slides.", /^Yes\b/u);
  });

  it("a false claim is still refuted", () => {
    says("Amazon stopped being the main cloud, correct? Needed it for my report.", /^No\b/u);
  });
});
