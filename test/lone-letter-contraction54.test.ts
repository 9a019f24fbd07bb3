/**
 * A lone letter before an apostrophe is half a contraction ("y'at", "y'know": you), not chat's
 * one-letter word ("y" for why), so "Where y'at" asks no reason. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a lone letter before an apostrophe", () => {
  it("is no chat word for why", () => {
    says(
      "Where y'at cher, what's Microsoft puttin in on this Anthropic gig?",
      /up to \$5 billion/u,
    );
    says("y'know what NVIDIA's puttin into Anthropic?", /up to \$10 billion/u);
  });

  it("leaves chat's y for why", () => {
    says("y did nvidia invest in anthropic", /NVIDIA/u);
  });
});
