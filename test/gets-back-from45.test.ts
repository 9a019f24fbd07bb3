/**
 * What one party gets back from another is asked of both ways between them ("does Microsoft get
 * anything back from Anthropic, or is it one way?" is Anthropic's Azure purchases beside
 * Microsoft's investment), not only the story's headline money from the one to the other.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("what one party gets back from another", () => {
  it("answers the way back beside the way there", () => {
    says(
      "does microsoft get anything back from anthropic, or is it one way?",
      /Anthropic → Microsoft/u,
    );
    says("nvidia gets nothing in return from anthropic, right?", /Anthropic → NVIDIA/u);
  });

  it("still answers money got from an investor", () => {
    says("does anthropic get money from nvidia?", /\$10 billion/u);
  });
});
