/**
 * More Taglish: "bilyon", "sinabi" (said), "babayaran" (will pay), "gagamitin" (will use),
 * "anong klaseng" (what kind of), "binibili" (buying), the person markers "si", "ni", "kay" and
 * fillers; and a sign-off after two asks ("… magkano po? Salamat in advance") is no part of them.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says, amountsIn } = askProbe(knowledgeDir);

describe("Taglish words", () => {
  it("reads 'bilyon' as a billion", () => {
    expect(amountsIn("10 bilyon ba talaga ang binigay ng nvidia?")).toContain("10000000000");
  });

  it("reads what was said, paid, used and bought", () => {
    says("Ano ang sinabi ni Nadella tungkol sa OpenAI?", /critical partner/u);
    says("Magkano po ang babayaran ni Anthropic para sa Azure?", /\$30 billion/u);
    says("Anong klaseng chips ang gagamitin ni Anthropic?", /Grace Blackwell/u);
    says("Ano po ang binibili ni Microsoft kay Nvidia?", /NVIDIA systems/u);
  });

  it("answers each ask before a sign-off", () => {
    const answer = ask("Si Microsoft, 5 bilyon diba? E si Nvidia, magkano po? Salamat in advance");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/\$10 billion/u);
    expect(answer.text).not.toMatch(/\$15 billion/u);
  });
});
