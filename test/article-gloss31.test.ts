/**
 * "…, or is that merely the article's gloss?", "the writer's spin": the article's interpretation,
 * in an editor's words. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the article's gloss", () => {
  it("asks for the article's reading", () => {
    says(
      "Microsoft invests only if Anthropic uses Azure - is that the article's gloss?",
      /^The article says Microsoft's money is conditional[\s\S]*article's reading/u,
    );
    says(
      "Did Nadella say they'd be customers of each other, or is that the journalist's gloss?",
      /customers of each other/u,
    );
  });
});
