/**
 * Backing out of a commitment ("can Anthropic walk away from the Azure deal?", "get-out clause",
 * "애저 계약에서 발 뺄 수 있어?") asks the contract's terms, which the knowledge does not give: not
 * the commitment itself under a yes or no. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwayEach } = askProbe(knowledgeDir);

describe("backing out of a commitment", () => {
  it("is turned away as contract terms", () => {
    turnsAwayEach([
      "could anthropic pull out of the thirty billion azure thing later?",
      "is there an out clause on the azure spend?",
      "앤트로픽이 마소 클라우드 계약에서 나중에 발을 뺄 수도 있음?",
    ]);
  });
});
