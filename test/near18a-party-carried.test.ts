/**
 * A question asked of a company the part or sentence before named, when the knowledge has no
 * fact of that company for it ("Google invested too; how much?"): turned away for that company,
 * never answered with the story's own figure. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("a figure asked of the company named before", () => {
  it.each([
    "구글도 앤트로픽에 투자했던데, 얼마 투자했는지 기사에 있어?",
    "아마존도 앤트로픽에 돈 넣었잖아, 투자 금액 나와?",
    "아마존도 앤트로픽에 투자했지? 얼마 넣었어?",
    "구글도 앤트로픽 투자자잖아요. 투자 금액이 얼마예요?",
    "구글도 앤트로픽에 투자함 ㅇㅇ 얼마 박았는지 알아?",
    "Google's an Anthropic investor too, so what did they invest in total?",
    "Amazon backed Anthropic as well, didn't it? how much was that?",
  ])("is turned away for that company: %s", (question) => {
    const said = ask(question);
    expect(said.abstained, question).toBe(true);
    expect(said.text).toMatch(/구글|아마존|Google|Amazon/);
    expect(said.text).not.toMatch(/150억|\$15 billion/);
  });

  it("answers what the part asks of a party of its own", () => {
    says("Did Google chip in as well? And how much is Microsoft investing?", /\$5 billion/);
    says(
      "아마존은 (1) 이번에 투자했나요? (2) 앤트로픽과는 지금 어떤 관계로 남아요?",
      /주요 클라우드/,
    );
  });

  it("keeps the asker's background as context", () => {
    says("구글 다니는 친구가 물어봤는데요. 이번 투자 총액이 얼마예요?", /150억/);
    says("I hold some NVDA. What's the total investment?", /\$15 billion/);
    says("I work at Google. How much did Microsoft invest?", /\$5 billion/);
  });
});

describe("a bare topic after a yes or no on another company", () => {
  it.each([
    "오라클 클라우드에서도 클로드 쓸 수 있어? 가격은요?",
    "IBM 클라우드에도 클로드 들어가? 계약 조건은?",
    "Is Claude on Oracle Cloud too? and the pricing?",
  ])("asks it of that company: %s", (question) => {
    const said = ask(question);
    expect(said.abstained, question).toBe(true);
    expect(said.text).not.toMatch(/conditional|조건으로|세 주요 클라우드|all three major clouds/);
  });

  it("is answered after a yes or no on the story's own parties", () => {
    says("클로드 애저에서 쓸 수 있어? 조건은?", /클로드/);
  });
});
