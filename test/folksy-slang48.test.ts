/**
 * Folksy and Singlish words read as plain ones: exclamations that ask nothing ("holy cow", "geez"),
 * greenbacks (dollars), the handshake (the deal), the big cheese / top dog (main), heavy lifting
 * (the main work), kaki (partner) and kena (a passive marker). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("folksy and Singlish words", () => {
  it("reads greenbacks and the handshake", () => {
    says("Holy cow, how many greenbacks did NVIDIA bring to the handshake?", /\$10 billion/u);
  });

  it("reads the top dog and the heavy lifting", () => {
    says("Geez, which outfit is the top dog for Anthropic's model training?", /Amazon/u);
    says("who does the heavy lifting for anthropic's training?", /Amazon/u);
  });

  it("reads kaki and kena", () => {
    says("openai and microsoft still kakis anot", /critical partner|key partner/u);
  });
});
