/**
 * A Korean yes/no tag left unmarked, then who said it ("…넣었다며 맞지 회사 선배가 그러더라고"):
 * the teller named after the tag asks nothing of its own, and the claim is checked. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a tag before the teller", () => {
  it("checks the claim", () => {
    says("엔비디아랑 마소가 앤트로픽에 삼백억불 꽂았다며 맞지 어제 손님이 그러더라고", /^아니/u);
    says("마소가 앤트로픽에 백억불 넣었다며 맞지 회사 선배가 그러더라고", /^아니/u);
  });
});
