/**
 * Where the asker read it, said after the ask ("per the press release"), is the source, not an
 * announcement of something else; "product surfaces" are products; "intoo", "figger" typos.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the source named after the ask", () => {
  it("answers from the facts", () => {
    says("what product surfaces is Claude staying in, according to the press release?", /Copilot/u);
    says("how much did Microsoft put intoo Anthropic? need the figger", /\$5 billion/u);
  });
});
