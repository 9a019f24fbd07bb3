/**
 * Money said to move toward or away from one party ("flows into Anthropic", "comes in", "goes
 * out of") asks that party's side of the money, not the first flow that names it. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("money moving to or from one party", () => {
  it("into a party is what it receives", () => {
    says("How much money flows into Anthropic?", /^Microsoft → Anthropic.*NVIDIA → Anthropic/u);
    says("from Anthropic's side, how much money comes in?", /^Microsoft → Anthropic/u);
  });

  it("out of a party is what it pays", () => {
    says("What flows out of Anthropic?", /^Anthropic → Microsoft/u);
    says("how much money goes to Microsoft?", /^Anthropic → Microsoft/u);
  });
});
