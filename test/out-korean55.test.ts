/**
 * "아웃" (out), said of a party dropped from a deal or a role, is 빠지다: "아마존은 이제 아웃임?"
 * asks whether Amazon is dropped. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("아웃", () => {
  it("asks whether a party is dropped", () => {
    says("아마존은 이제 아웃임?", /^아니에요, 아마존은 여전히/u);
    says("오픈AI는 마소한테서 아웃된 거야?", /^아니에요, .*여전히 중요한 파트너/u);
  });
});
