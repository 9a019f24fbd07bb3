/**
 * The asker's own doubt closing a claim ("…, or am I misremembering?") is a yes/no tag, not an
 * alternative offered; "Net-net", "Bottom line" open a question and ask nothing. Phrasings not in
 * any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the asker's doubt", () => {
  it("is a tag on the claim before it", () => {
    says("NVIDIA pledged ten billion, or am I confused?", /^Yes\b/u);
    says("Did Microsoft commit fifty billion, or am I imagining things?", /^No\b/u);
  });

  it("an opening summary word asks nothing", () => {
    says("Net-net Claude runs on all three big clouds now, accurate? which ones", /^Yes\b/u);
  });
});
