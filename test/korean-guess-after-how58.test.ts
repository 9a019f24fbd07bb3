/**
 * "어떻게 됨" and a guess typed after it with no mark between ("아마존은 어케됨 밀려남?"): the
 * question, then the asker's guess at its answer, answered as the question. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a guess after 어떻게 됨", () => {
  it("is answered as the question", () => {
    says("아마존은 이번 거래로 어케됨 밀려남?", /주요 클라우드/u);
    says("구글은 이번딜로 어떻게 됨 빠짐?", /Google Cloud/u);
  });
});
