/**
 * After the question, "the wife" or "the missus" doing something is the asker's own circumstance,
 * as "my wife…" is: an aside, not a claim to check. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the asker's family after the question", () => {
  it("leaves the yes or no to the question", () => {
    says("Is Claude still in Copilot? The missus uses it at work.", /^Yes\b/u);
  });
});
