/**
 * A claim passed on the way a news desk passes on a rumour ("…란 설. 확인 요망", "…로 알려져.
 * 맞나?", "…발언 설", "…한 것으로 전해져. 확인 바람"): the frame is read as "… 맞아?", so the
 * claim is checked and the answer opens with yes or no. A value asked to be checked ("금액 확인
 * 요망") is no claim. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { asRumourCheck } from "../src/search/wire-rumour.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a rumour's frame", () => {
  it("reads as a confirmation", () => {
    expect(asRumourCheck("엔비디아 200억불 투자란 소문, 팩트체크 요망")).toBe(
      "엔비디아 200억불 투자란 거 맞아?",
    );
    expect(asRumourCheck("마소, 50억불 투자한 것으로 전해져. 확인 바람")).toBe(
      "마소, 50억불 투자한 거 맞아?",
    );
    expect(asRumourCheck("나델라 결별 시사 발언 설")).toBe("나델라 결별 시사 발언 맞아?");
    expect(asRumourCheck("클로드 애저 입점으로 알려져. 사실?")).toBe("클로드 애저 입점 맞아?");
  });

  it("leaves values asked, questions and plain text alone", () => {
    for (const question of [
      "마소 투자 금액 확인 요망",
      "발표 날짜 확인 필요",
      "누가 얼마 넣었는지 확인 요망",
      "엔비디아 투자액은 얼마야?",
      "설명 좀 해줘",
    ]) {
      expect(asRumourCheck(question)).toBe(question);
    }
  });

  it("is answered yes or no first", () => {
    says("[단독] 마소, 앤트로픽에 최대 50억불 투자한 것으로 전해져. 확인 바람", /^맞아요/u);
    says(
      "엔비디아 200억불 투자란 소문, 팩트체크 요망",
      /^아니에요, 엔비디아는 앤트로픽에 최대 100억/u,
    );
    says("클로드 애저에서 돌아간다는 얘기 확인 필요함", /^맞아요/u);
    says("[속보] 1GW 컴퓨트, 아마존 트레이니엄 기반이란 설. 확인 요망", /^아니에요/u);
  });
});

describe("a relationship wound up", () => {
  it("is a no when the fact says it remains", () => {
    says("나델라가 오픈AI와 파트너십 사실상 정리한다고 한 거 맞아?", /^아니에요/u);
    says("MS, 오픈AI랑 협력 완전히 정리한 거 맞지?", /^아니에요/u);
  });
});

describe("deep tech", () => {
  it("is the deep technology partnership", () => {
    says("엔비디아랑 앤트로픽 딥테크 협력 처음인 거 맞지?", /^맞아요/u);
    says("so nvidia + anthropic = a deep-tech partnership incl. co-design, yes?", /^Yes/u);
  });
});
