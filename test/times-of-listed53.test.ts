/**
 * A Korean list of two sides and "몇 배" after the last, a few words on ("투자받은 돈이랑 애저 사는 데
 * 쓰는 돈은 몇 배 차이 나?"): one ratio of the two, not an ask per side. Phrasings not in any eval
 * set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("몇 배 after a list of two", () => {
  it("is one ratio", () => {
    says("앤트로픽이 투자로 받는 돈하고 애저 사는 데 쓰는 돈은 몇 배 차이 나?", /2배/u);
    says("마소가 넣는 돈이랑 엔비디아가 넣는 돈은 서로 몇 배야?", /2배/u);
  });
});
