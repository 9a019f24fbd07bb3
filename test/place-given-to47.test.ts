/**
 * A place given up to someone ("주력 자리를 마소에 넘겨준", "자리를 애저한테 내준") is an ending
 * claimed, as the place given up with no one named is: the fact that it remains answers no.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a place given up to another party", () => {
  it("is an ending the fact that goes on denies", () => {
    says("아마존이 앤트로픽 주력 클라우드 자리를 애저에게 내준 셈인가요?", /^아니에요.*여전히/su);
    says("아마존이 주 클라우드 자리를 마소한테 넘겨준 거 맞지?", /^아니에요.*여전히/su);
  });
});
