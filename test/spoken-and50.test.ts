/**
 * "글고", "그리구": "그리고" as it is typed and spoken. It joins two asks, and asks nothing itself
 * ("…맞제? 글고 엔비는 얼마고?" answers NVIDIA's figure, not "not covered"). Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("spoken forms of 그리고", () => {
  it("joins the second ask", () => {
    says(
      "앤트로픽이 애저에 300억 쓰는 기 맞제? 글고 엔비는 얼마고?",
      /300억 달러[\s\S]*엔비디아는 앤트로픽에 최대 100억/u,
    );
  });

  it("asks a party alone the part before's question", () => {
    says("마소 투자금은 얼마임? 글고 엔비는?", /50억[\s\S]*100억/u);
  });
});
