/**
 * A comparison typed as a statement with no mark ("microsoft is putting in more than nvidia") is
 * sent to be checked: yes or no first. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a bare comparison", () => {
  it("gets a verdict first", () => {
    says("microsoft is putting in more than nvidia", /^No\b/u);
    says("so anthropic pays more than it gets", /^Yes\b/u);
  });
});
