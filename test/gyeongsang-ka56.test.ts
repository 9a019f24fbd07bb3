/**
 * The Gyeongsang quotative 카 with no 라 or 다 before it, right after the noun it names ("순환투자
 * 카는 거", "뭐시기 카던데"), is 라고 하: the thing called so is what is asked. Phrasings not in
 * any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the quotative 카 after a bare noun", () => {
  it("asks of the thing named", () => {
    says("순환투자 카던데 그기 뭔 말이고", /앤트로픽 → 마이크로소프트/u);
    says("진입장벽 카는 거 머꼬", /진입 장벽/u);
  });
});
