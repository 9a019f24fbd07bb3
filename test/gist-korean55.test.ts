/**
 * 요점 (the gist) asks for a summary, as 요지 does; 포인트 is still the article's 점 (a point of
 * worry). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("요점", () => {
  it("asks for the summary", () => {
    says("이 글 요점이 뭐야", /파트너십 \(2025년 11월\)/u);
    says("그래서 요점이 뭔데요?", /파트너십 \(2025년 11월\)/u);
  });

  it("leaves 포인트 a point of worry", () => {
    says("글쓴이가 걱정하는 포인트가 뭐야?", /순환 투자/u);
  });
});
