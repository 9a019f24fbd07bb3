/**
 * "ceased to be", "supplanted", "overtaken": formal verbs of an ending get the same no as
 * "dropped" when the fact says the partner remains. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a formal verb of ending", () => {
  it("is denied by a fact that says it remains", () => {
    says("Has Amazon ceased to be Anthropic's primary training partner?", /^No\b/u);
    says("Did Microsoft supplant Amazon as Anthropic's main cloud?", /^No\b/u);
    says("Has Microsoft overtaken Amazon as the primary training partner?", /^No\b/u);
  });
});
