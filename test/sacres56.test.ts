/**
 * A Quebec swear dropped into an English question ("tabarnak", "câlisse", "ostie") is an
 * exclamation, like "good lord": it asks nothing and is no word the article lacks. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Quebec swears", () => {
  it("ask nothing", () => {
    says("ostie how much did nvidia put in, my hands are frozen", /\$10 billion/u);
    says("câlisse when was it announced, my shift is over", /18 November 2025/u);
  });
});
