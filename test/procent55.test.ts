/**
 * "procent", "prozent": percent as Dutch, Scandinavian and German speakers write it, asks a share.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("procent", () => {
  it("asks a share", () => {
    says("how many procent of the total is nvidia's part?", /two thirds/u);
    says("what prozent of the combined investment is microsoft?", /one third/u);
  });
});
