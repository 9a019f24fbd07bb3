/**
 * Taglish: Tagalog question words, verbs and particles mixed into English ("magkano binigay ng
 * nvidia?", "kailan inannounce yung deal?") read as their English words. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Taglish", () => {
  it("asks how much by magkano", () => {
    says("uy magkano talaga binigay ng nvidia?", /NVIDIA committed to invest up to \$10 billion/u);
    says("magkano yung nag-invest ang microsoft sa anthropic?", /\$5 billion/u);
  });

  it("asks when by kailan", () => {
    says("kailan ba inannounce yung partnership?", /18 November 2025/u);
  });
});
