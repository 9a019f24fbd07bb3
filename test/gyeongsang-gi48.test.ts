/**
 * 경상 기 (거) glued to a verb ("돌아가는기 맞제", "쓰는기 있나", "끝난기가"), 우째 glued to its verb
 * ("우째되노") and 인자 (이제) after a sentence's first word or a clause closed on 거: read as the
 * standard forms. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Gyeongsang 기 and 인자", () => {
  it("reads a glued 기 before a yes/no tag", () => {
    says("클로드 인자 애저에서도 쓸 수 있는기 맞제", /^맞아요/u);
  });

  it("reads 우째 glued to its verb and a glued 기고", () => {
    says("아마존은 앤트로픽이랑 인자 우째되는기고", /주요 클라우드/u);
  });
});
