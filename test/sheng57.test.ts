/**
 * Kenyan Sheng and Swahili in English questions (knowledge/glossary.json): greetings and address
 * words ask nothing, "ngapi" asks how much, "kitambo" is before. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("Sheng and Swahili words", () => {
  it("reads ngapi as how much, past the greetings", () => {
    says("niaje msee, microsoft put pesa ngapi into anthropic", /\$5 billion/u);
    says("manze bana, nvidia ganji ngapi", /\$10 billion/u);
  });

  it("reads kitambo as before", () => {
    says("si kitambo claude was on aws tu, which clouds now buda", /^Claude becomes/u);
  });

  it("keeps an off-topic question off the story", () => {
    turnsAway("niaje buda, where can I eat nyama choma in Nairobi");
  });
});
