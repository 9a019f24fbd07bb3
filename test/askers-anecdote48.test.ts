/**
 * A story from the asker's life after a question that stands alone names other companies, but it
 * asks nothing of them: the question is answered. A story that folds an ask in, or passes on a
 * claim heard of a company the question leaves out, stays part of what is asked. Phrasings not in
 * any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a story told after the question", () => {
  it("does not turn the question to the companies it names", () => {
    says(
      "Are NVIDIA and Anthropic designing anything together? IBM used to promise that to my old firm and I never saw it happen.",
      /^Yes\b.*co-design/su,
    );
    says(
      "Is Claude on Azure now? My daughter worked at Google Cloud back when it was tiny.",
      /^Yes\b(?![\s\S]*doesn't cover)/u,
    );
  });

  it("keeps an ask folded into it", () => {
    says(
      "How much is NVIDIA putting in? I do wonder how much IBM put into its own AI bets back then.",
      /doesn't cover/u,
    );
  });
});
