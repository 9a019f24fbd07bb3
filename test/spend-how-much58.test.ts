/**
 * How much a party decided to spend ("애저엔 얼마 쓰기로 했어요?") is how much it spends: the Azure
 * purchase, not a question turned away for the verb's -기로. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("how much it decided to spend", () => {
  it("is what it spends", () => {
    says("애저에 얼마 쓰기로 한 거예요?", /300억/u);
  });
});
