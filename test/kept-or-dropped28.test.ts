/**
 * "retain" is keep, "pushed out" and "been dropped" are the end of a partnership, and "formal"
 * qualifies a role as "official" does: all are read as the words a fact that goes on answers.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("kept or dropped", () => {
  it("answers whether a partner is kept", () => {
    says("Does AWS retain its place with Anthropic?", /Amazon remains/u);
    says("does Amazon still have a formal role?", /Amazon remains/u);
  });

  it("answers whether a partner was pushed out", () => {
    says("Has AWS been pushed out by Microsoft?", /^No[\s\S]*Amazon remains/u);
    says("Amazon got dropped, right?", /^No[\s\S]*Amazon remains/u);
  });
});
