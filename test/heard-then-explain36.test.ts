/**
 * A thing heard, named to be explained ("…라고 하던데 그게 무슨 뜻이야?"), is explained, not
 * checked; and the verb that says how it was said ("까던데", "욕하더라") is no topic of its own.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

const LOOP = /^앤트로픽 → 마이크로소프트\(Azure 구매\)/u;

describe("a thing heard, asked to be explained", () => {
  it("is explained, with no yes in front", () => {
    says("뉴스에서 순환투자라고 하던데 그거 좀 설명해줘", LOOP);
  });

  it("whatever verb reported it", () => {
    says("커뮤에서 순환투자라고 욕하던데 그게 무슨 뜻이야?", LOOP);
    says("기사가 순환투자라고 씹던데 설명 좀", LOOP);
  });
});
