/**
 * "기사상으로", "본문상" (as the article has it) point at the article, as "기사에서" does: they are
 * no words of a topic the story lacks. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("as the article has it", () => {
  it("points at the article", () => {
    says("아마존은 앤트로픽한테 어떤존재예요 글상으로", /아마존/u);
    says("MS는 오픈AI에게 어떤존재냐 본문상으로", /오픈AI/u);
  });
});
