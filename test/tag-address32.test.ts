/**
 * Whom a tag is asked of ("…, didn't he, everyone?") closes the tag: the tag's "n't" is no
 * denial of the claim. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a tag, then whom it asks", () => {
  it("a true claim is still a yes", () => {
    says("Microsoft put up to 5 billion into Anthropic, didn't it, guys?", /^Yes/u);
    says("The deal went public at Ignite, didn't it, mate?", /^Yes/u);
  });
  it("a denial in the claim itself still counts", () => {
    says("Anthropic didn't invest in Microsoft, did it, folks?", /^Yes/u);
  });
});
