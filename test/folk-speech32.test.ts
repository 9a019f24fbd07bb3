/**
 * Southern US folk speech read as plain words: "fixin' to" is going to, a "feller" a person, a
 * "shindig" an event, "frettin' about" worried about. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("folk speech", () => {
  it("is read as the plain words", () => {
    says("how much is NVIDIA fixin' to put into them Anthropic fellers?", /\$10 billion/u);
    says("what big shindig was all this announced at?", /Ignite/u);
    says("what's the author frettin' about in this piece?", /circular/u);
  });
});
