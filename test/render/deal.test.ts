import { describe, expect, it } from "vitest";
import { summarize } from "../../src/answer/shared/summary.ts";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { dealMessage } from "../../src/render/discord-deal.ts";
import { knowledgeDir } from "../helpers/paths.ts";

const knowledge = loadKnowledge(knowledgeDir);

describe("/deal's footer", () => {
  it("says in the reader's language what the figures rest on, with no internal hash", () => {
    for (const language of ["ko", "en"] as const) {
      const message = dealMessage(
        summarize(knowledge, language),
        language,
        knowledge.manifest.article.title[language],
      );
      const footer = message.embeds?.[0]?.footer?.text ?? "";
      expect(footer).not.toContain(knowledge.version);
      expect(footer).not.toMatch(/\bknowledge\b/i);
      expect(footer).toContain(knowledge.manifest.article.title[language]);
      if (language === "ko") expect(footer).not.toMatch(/\b[A-Za-z]{4,}\b(?![^(]*\))/);
      else expect(footer).not.toMatch(/[가-힣]/);
    }
  });
});
