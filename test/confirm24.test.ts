/**
 * Round twenty-four's confirmations: memo-style requests for a check ("…인지 여부 확인 요청",
 * "…맞는지 회신 바람"), the tag followed by the asker's working or an unfinished reason ("…맞지?
 * 10 vs 5", "…맞지? 실제 투자는 150억이고 …"), and a ratio claimed after a
 * premise of figures ("마소 50억 엔비 100억이면 엔비가 두배"): each answered yes or no first.
 */
import { describe, expect, it } from "vitest";
import { asksToConfirm } from "../src/search/confirmation.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, index } = askProbe(knowledgeDir);

describe("memo-style requests for a check", () => {
  it("read as confirmations", () => {
    for (const question of [
      "ms·엔비디아의 앤트로픽 투자 총액이 300억 달러인지 여부 확인 요청",
      "앤트로픽이 마이크로소프트 클라우드 서비스에 300억 달러 지출 약정한 것이 맞는지 회신 바람",
      "엔비디아가 앤트로픽에 투자했는지 여부 확인 바랍니다",
      "그 말이 맞는 것인지 확인해 주실 수 있을까요?",
    ]) {
      expect(asksToConfirm(question), question).toBe(true);
    }
  });

  it("a value asked for is no claim", () => {
    expect(asksToConfirm("앤트로픽 기업가치가 얼마인지 여부 확인 요청")).toBe(false);
  });

  it("are answered no or yes first", () => {
    says(
      "MS·엔비디아의 앤트로픽 투자 총액이 300억 달러인지 여부 확인 요청",
      /^아니에요, 두 회사의 앤트로픽 투자는 합쳐서 최대 150억/u,
    );
    says(
      "앤트로픽이 마이크로소프트 클라우드 서비스에 300억 달러 지출 약정한 것이 맞는지 회신 바람",
      /^맞아요, 앤트로픽은 마이크로소프트 Azure 컴퓨팅 용량을 300억/u,
    );
  });
});

describe("what follows the tag and asks nothing", () => {
  it("the asker's working in figures", () => {
    expect(asksToConfirm("엔비디아가 마소보다 정확히 두 배 더 넣은 거 맞지? 10 vs 5")).toBe(true);
    says("엔비디아가 마소보다 정확히 두 배 더 넣은 거 맞지? 10 vs 5", /^맞아요, .*100억.*50억/u);
  });

  it("a figure with a word after it is still a part of its own", () => {
    expect(asksToConfirm("엔비디아가 마소보다 두 배 넣은 거 맞지? 엔비 100 + 마소 50")).toBe(false);
  });

  it("an unfinished reason in figures", () => {
    says(
      "기사 첫 문단에 300억 달러 투자했다는 거 그거 틀린 거 맞지? 실제 투자는 150억이고 300억은 딴 돈이고",
      /^맞아요, .*150억/u,
    );
  });

  it("a restatement without a figure, a question, or an explain request stay parts of their own", () => {
    for (const question of [
      "앤트로픽이 엔비디아에 투자하는 구조 맞죠? 엔비디아가 돈 받는 쪽이고",
      "마소가 50억 넣은 거 맞지? 그리고 엔비디아는 얼마 넣었는데",
      "엔비디아 100억 맞지? 설명해줘",
    ]) {
      expect(index.analyze(question).asksToConfirm, question).toBe(false);
    }
    says(
      "앤트로픽이 엔비디아에 투자하는 구조 맞죠? 엔비디아가 돈 받는 쪽이고",
      /^아니에요, 방향이 반대예요/u,
    );
  });
});

describe("a ratio claimed after a premise of figures", () => {
  it("measures whom the claim names after the premise", () => {
    says(
      "마소 50억 엔비 100억이면 엔비가 딱 두배 낸 거네 ㅇㅈ?",
      /^맞아요, 엔비디아 → 앤트로픽 투자\(최대 100억 달러\)는 .*2배/u,
    );
    says(
      "마소 50억 엔비 100억이면 마소가 두배 낸 거네 ㅇㅈ?",
      /^아니에요, 마이크로소프트 → 앤트로픽 투자/u,
    );
  });

  it("a part claimed of the whole the premise sums", () => {
    says(
      "MS랑 엔비디아 합쳐서 최대 150억 달러고, 그중 엔비디아 몫이 3분의 2인 거 맞지?",
      /^맞아요, 엔비디아 → 앤트로픽 투자\(최대 100억 달러\)는 두 회사 투자 합계\(최대 150억 달러\)의 3분의 2/u,
    );
    says(
      "MS랑 엔비디아 합쳐서 최대 150억 달러고, 그중 마소 몫이 절반인 거 맞지?",
      /^아니에요, 마이크로소프트 → 앤트로픽 투자\(최대 50억 달러\)는 두 회사 투자 합계.*3분의 1/u,
    );
  });

  it("with no premise, the first named is measured as before", () => {
    says("엔비디아가 마소의 두 배 맞지?", /^맞아요, 엔비디아 → 앤트로픽 투자/u);
  });
});
