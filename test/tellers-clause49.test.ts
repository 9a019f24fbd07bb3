/**
 * Someone close to the asker told of before or after the question ("아들이 요즘 클로드 쓴다던데 …",
 * "…? 딸이 회사에서 쓴대요", "My nephew keeps going on about Claude, …"): the clause says why the
 * asker asks, so its words (Claude, a use, a workplace) are not read as part of the question. A
 * question that points back at the clause ("거기서도 …") or a clause naming a party or a figure
 * stays whole. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("a teller's clause beside the question", () => {
  it("answers the question after a teller's leading clause", () => {
    says(
      "조카가 요즘 클로드로 숙제한다던데 엔비디아는 얼마 투자했어요?",
      /^엔비디아는 .*100억 달러/u,
    );
    says(
      "My nephew keeps going on about Claude, how much did NVIDIA put in?",
      /^NVIDIA .*\$10 billion/u,
    );
  });

  it("answers the question before a teller's closing clause, alone", () => {
    const answer = ask("클로드는 어느 클라우드에서 써요? 딸이 회사에서 쓴대요");
    expect(answer.text).toMatch(/^클로드는 .*Google Cloud/u);
    expect(answer.text).not.toMatch(/맞아요/u);
  });

  it("keeps a question that points back at the teller's clause", () => {
    says("딸이 회사에서 깃허브 코파일럿 쓴다던데 거기서도 클로드 돼요?", /Copilot/u);
  });

  it("keeps a teller's claim with a figure to check", () => {
    says("아들이 엔비디아가 300억 넣었다던데 맞아요?", /^아니에요/u);
  });
});
