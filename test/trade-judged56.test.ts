/**
 * The asker's own move judged: buying a company's shares called mad or wise ("엔비디아 사는 거
 * 미친 짓이죠?", "would buying Amazon shares be smart?"), and where someone should go to work
 * ("MS로 옮기는 게 나을까요"). Advice, turned away; a party's own move judged stays the story's.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, declinesAsAdvice } = askProbe(knowledgeDir);

describe("the asker's move judged", () => {
  it("is advice", () => {
    declinesAsAdvice("적금 깨서 엔비디아 매수하는 거 무모한가요?");
    declinesAsAdvice("딸이 엔비디아로 옮기는 게 낫겠죠?");
    declinesAsAdvice("is selling my msft stock now a mistake?");
  });

  it("leaves a party's move to the story", () => {
    says("앤트로픽이 애저 사는 게 맞아?", /300억 달러/u);
  });
});
