/**
 * The main cloud in casual words: "main one for cloud", "main fella for cloud", "go-to cloud".
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the main cloud in casual words", () => {
  it("reads the main one for cloud as the main cloud", () => {
    says("amazon's still their main guy for the cloud, yeah?", /^Yes.*primary/u);
    says("Who is Anthropic's go to cloud these days?", /Amazon/u);
  });
});
