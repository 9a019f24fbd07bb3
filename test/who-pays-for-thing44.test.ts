/**
 * "Who pays who for the Azure bit?", "애저는 누가 누구한테 돈 내?": no party named, but the thing
 * one payment buys; that payment answers. Cockney "oo's" is "who's". Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("who pays whom for a thing", () => {
  it("gives the payment that buys it", () => {
    expect(ask("so who pays who for the Azure part?").text).toMatch(
      /^Anthropic → Microsoft: Azure/u,
    );
    expect(ask("애저 쓰는 돈은 누가 누구한테 내는 거예요?").text).toMatch(
      /^앤트로픽 → 마이크로소프트/u,
    );
    expect(ask("oo's payin' for the Azure side of it?").text).toMatch(/Anthropic → Microsoft/u);
  });
});
