/**
 * Words the knowledge lacked: a press release is the announcement (no product's release);
 * "on the fence" is neutral, the article's stance; 경계하는 of the writer is a worry; a valuation
 * "어느 선으로 책정" is how much it is valued at. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("words of the announcement and the article", () => {
  it("reads a press release as the announcement", () => {
    says("Was it a conference announcement or a press release?", /18 November 2025/u);
  });

  it("reads fence-sitting as the article's stance", () => {
    says("Does the writer pick a side or sit on the fence?", /circular investment/u);
  });

  it("reads the writer's wariness as the article's worry", () => {
    says("기자가 제일 경계하는 건 뭐예요?", /순환 투자/u);
  });

  it("reads a valuation set at some level as the valuation", () => {
    says("앤트로픽 몸값이 어느 수준으로 책정됐나요?", /3500억/u);
  });
});
