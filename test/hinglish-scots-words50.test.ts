/**
 * Hinglish in Latin script ("kitna paisa diya Nvidia ne", "kab announce hua") and Scots words
 * ("how much did they pit in", "that right, ken?"): their question words, verbs and particles read
 * as the English ones, so the question is answered rather than turned away as unknown words.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Hinglish and Scots words", () => {
  it("reads Hinglish question words and verbs", () => {
    says("yaar Microsoft ne Anthropic mein kitne paise lagaye?", /\$5 billion/u);
    says("ye partnership kab announce hui thi bhai?", /18 November 2025/u);
    says("Satya ji ne OpenAI ke baare mein kya bola?", /critical partner/u);
  });

  it("reads Scots words and the 'ken' tag", () => {
    says("hoo much did nvidia pit intae it, ken?", /\$10 billion/u);
    says("anthropic's buying thirty billion o' azure, that right, ken?", /^Yes/u);
  });
});
