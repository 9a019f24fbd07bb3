/**
 * "투자받기 전 몸값" dates the value before the investment, not money received. Phrasings not in
 * any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("before the investment", () => {
  it("reads 투자받기 전 as before the investment", () => {
    says("앤트로픽 투자 받기 전 기업가치는 얼마였어?", /1830억/u);
  });
});
