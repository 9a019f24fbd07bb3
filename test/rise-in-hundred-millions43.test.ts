/**
 * "몇 억 달러 뛴 거야?", "몇 억 달러 올랐어?": by how many hundred millions a figure rose asks the
 * rise, worked out; Gyeongsang "쫌" is "좀". Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a rise asked in hundred millions", () => {
  it("works out the rise", () => {
    says("앤트로픽 기업가치 이번에 몇 억 달러 올랐음?", /1670억/u);
    says("앤트로픽 밸류 몇억 불이나 뛴 거임? 계산 쫌", /1670억/u);
  });
});
