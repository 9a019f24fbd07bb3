/**
 * Exclamations that call on the Lord or heaven, or bless the listener ("Good Lord, …", "bless
 * your heart, …"), frame a question and ask nothing: the capitalised "Lord" is no party, and the
 * blessing is no second question. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("an exclamation before the question", () => {
  it("is no party of the question", () => {
    says(
      "Good Lord, how much did nvidia put in?",
      /^NVIDIA committed to invest up to \$10 billion/u,
    );
    says("Dear Lord, what's Anthropic worth now?", /\$350 billion/u);
  });

  it("is no second question", () => {
    says("bless your heart, how much did nvidia put in?", /^NVIDIA committed/u);
  });
});
