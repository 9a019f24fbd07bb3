/**
 * "what" after a comparison ("twice what", "half of what", "more than what") points at a thing, and
 * asks nothing: "Did NVIDIA put in twice what Microsoft did?" is a yes/no claim of a ratio. "half
 * what" claims a half as "half as much as" does. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a relative what after a comparison", () => {
  it("keeps a ratio claim a yes/no question", () => {
    says("Has NVIDIA committed double what Microsoft committed?", /^Yes\b.*2x/su);
    says("Did Anthropic pledge more than what its two backers pledged?", /^Yes\b/u);
  });

  it("reads half what as a half", () => {
    says("Microsoft's cheque is half what NVIDIA's is, right?", /^Yes\b.*50%/su);
  });
});
