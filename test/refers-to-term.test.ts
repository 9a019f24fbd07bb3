/**
 * "지칭하다" (refers to) asks what one of the article's terms names, like 가리키다: no thing
 * called 지칭 is asked about.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";

const { says } = askProbe("knowledge");

describe("지칭 asks what a term names", () => {
  it.each([
    ["기사에 나온 '주요 클라우드 제공업체'는 어느 회사들을 지칭해?", /아마존|AWS/],
    ["'순환 투자'라는 표현은 무엇을 지칭하나요", /순환/],
    ["거기서 3대 클라우드가 지칭하는 곳 좀", /구글|Google/],
  ])("%s", (question, pattern) => says(question, pattern));
});
