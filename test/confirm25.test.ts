/**
 * Round twenty-five's confirmations: a lone crying mark after the tag ("…맞지?ㅠ"), a claim that
 * names only a product, no party nor relation ("그레이스 블랙웰이랑 베라 루빈 쓰는 거 맞아?"),
 * a trade someone close proposes ("남편이 … 사자는데"), advice however the message ends; a noun
 * that ends like a sentence ("주요 클라우드") no longer cuts a long claim in two; "amazon's out?"
 * is an ending claimed; where in the article the claim was read ("기사 끝부분에 …라고 돼 있는데")
 * is its source; one heading quoted ("소제목 '…'") is not the layout; a short remark after a Korean
 * tag ("…맞지? 진짜개쩐다", "…맞아요? 기사에 그렇게") leaves the tag asking to confirm.
 */
import { describe, expect, it } from "vitest";
import { asksForStructure } from "../src/answer/fallback/structure.ts";
import { asksToConfirm, claimsEnded } from "../src/search/confirmation.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, ask, turnsAway } = askProbe(knowledgeDir);

describe("a lone crying mark after the tag", () => {
  it("is no word of the claim", () => {
    for (const question of ["1기가와트맞지?ㅠ", "1기가와트 맞지?ㅜ", "1기가와트 맞지?ㅜㅜ"]) {
      says(question, /^맞아요, .*1기가와트/u);
    }
    says("이제파운드리이름이애저AI파운드리맞지?ㅠ", /^아니에요, Microsoft Foundry/u);
  });

  it("leaves the marks it already dropped as they were", () => {
    says("1기가와트 맞지?ㅠㅠ", /^맞아요, .*1기가와트/u);
    says("1기가와트 맞지?", /^맞아요, .*1기가와트/u);
  });
});

describe("a claim naming only a product", () => {
  it("is a yes with the fact that holds it", () => {
    for (const question of [
      "그레이스 블랙웰이랑 베라 루빈 쓰는 거 맞아?",
      "블랙웰이랑 베라 루빈 쓰는거 팩트임?",
      "그레이스 블랙웰이랑 베라 루빈 쓰는거 맞음?",
      "베라 루빈 쓰는 거 맞지?",
    ]) {
      says(question, /^맞아요, .*Grace Blackwell 및 Vera Rubin/u);
    }
  });

  it("denied, is a no", () => {
    says("그레이스 블랙웰 안 쓰는 거 맞지?", /^아니에요, .*Grace Blackwell/u);
  });

  it("leaves a product the knowledge lacks, and the article's own facts, alone", () => {
    turnsAway("호퍼 쓰는 거 맞아?");
    says("headline cap or facts?", /^The article's intro says .*\$30 billion/u);
    expect(ask("headline cap or facts?").text).not.toMatch(/^Yes/u);
  });
});

describe("a trade someone close proposes", () => {
  it("is advice, turned away", () => {
    turnsAway("남편이 마소 더 사자는데 말려야돼요?ㅠ");
    turnsAway("남편이 마소 더 사자는데 말려야돼요?");
    turnsAway("남편이 엔비디아 팔자고 하는데 어떡해요");
  });

  it("a company's own offer stays the story's", () => {
    says("마이크로소프트가 앤트로픽에 투자하는 거 맞지?", /^맞아요/u);
  });
});

describe("a noun ending like a sentence ('주요', '필요', '…보다')", () => {
  it("does not cut a long unpunctuated claim in two", () => {
    for (const question of [
      "이번 딜로 아마존은 더 이상 앤트로픽의 주요 클라우드 제공업체가 아니게 된 거 맞지?",
      "이번 발표로 아마존은 더 이상 앤트로픽의 주요 클라우드 제공업체가 아니게 된 것 맞나요?",
      "이번 딜로 마이크로소프트가 아마존 대신 앤트로픽의 주요 클라우드 제공업체가 되신 게 맞으실까요?",
    ]) {
      says(question, /^아니에요, 아마존은 여전히 앤트로픽의 주요 클라우드/u);
    }
  });

  it("a true premise stays a yes", () => {
    says(
      '"아마존이 여전히 앤트로픽의 주요 클라우드 제공업체이자 훈련 파트너로 남아있지만" 이 부분 보고 좀 의외였어요. 이번 딜 이후에도 아마존이 주요 클라우드 파트너인 게 맞는 거죠?',
      /^맞아요, 아마존은 여전히/u,
    );
  });
});

describe("an ending claimed", () => {
  it("'X's out' and a no longer said five words on are endings", () => {
    expect(claimsEnded("amazon's out as anthropic's primary cloud?")).toBe(true);
    expect(claimsEnded("azure is anthropic's primary cloud now, amazon's out? be fr")).toBe(true);
    expect(
      claimsEnded("이제 아마존은 앤트로픽의 주요 클라우드 제공업체가 아니게 된 거 맞죠?"),
    ).toBe(true);
    says("azure is anthropic's primary cloud now, amazon's out? be fr", /^No: Amazon remains/u);
    says(
      "이제 아마존은 앤트로픽의 주요 클라우드 제공업체가 아니게 된 거 맞죠?",
      /^아니에요, 아마존은 여전히/u,
    );
  });

  it("'Claude's out on …' (released) ends nothing", () => {
    expect(claimsEnded("claude's out on all three clouds, right?")).toBe(false);
    says("amazon's still anthropic's primary cloud, be fr", /^Yes: Amazon remains/u);
  });
});

describe("where in the article the claim was read", () => {
  it("is its source, no topic of the claim", () => {
    says(
      "기사 끝부분에 아마존이 여전히 주요 클라우드 제공업체이자 훈련 파트너라고 돼 있는데, 실제로도 그래?",
      /^맞아요, 아마존은 여전히/u,
    );
    says(
      "기사 끝에 아마존이 여전히 주요 클라우드 제공업체라고 돼 있는데, 실제로도 그래?",
      /^맞아요, 아마존은 여전히/u,
    );
    says(
      "기사 도입부에 마소랑 엔비디아가 300억 투자했다고 돼 있는데, 실제로도 그래?",
      /^아니에요, .*150억/u,
    );
  });
});

describe("one heading named by its words", () => {
  it("is not the layout", () => {
    expect(
      asksForStructure("기사 소제목 '모든 주요 클라우드에서 만나다', 사실관계 맞는 거죠?"),
    ).toBe(false);
    expect(asksForStructure("기사 소제목 뭐야?")).toBe(true);
    expect(asksForStructure("list the article's headings")).toBe(true);
    says(
      "기사 소제목 '모든 주요 클라우드에서 만나다', 번역할 때 사실관계 맞는 거죠? 세 곳이 어디예요?",
      /아마존, 구글/u,
    );
  });
});

describe("a short remark after a Korean tag", () => {
  it("leaves the tag asking to confirm", () => {
    for (const question of [
      "총투자액 300억 맞아요? 기사에 그렇게",
      "마소 100억 엔비 50억 맞제? 헷갈리네",
      "그레이스블랙웰이랑 베라루빈 쓰는거 맞지?진짜개쩐다",
    ]) {
      expect(asksToConfirm(question), question).toBe(true);
    }
    says("총투자액 300억 맞아요? 기사에 그렇게", /^아니에요, .*150억/u);
    says(
      "마소 100억 엔비 50억 맞제? 헷갈리네",
      /^아니에요, 마이크로소프트는 앤트로픽에 최대 50억/u,
    );
    says("그레이스블랙웰이랑 베라루빈 쓰는거 맞지?진짜개쩐다", /^맞아요, .*Grace Blackwell/u);
  });

  it("a remark that asks, or opens a topic, is a part of its own", () => {
    expect(asksToConfirm("마소 50억 맞지? 엔비는")).toBe(false);
    expect(asksToConfirm("마소 50억 맞지? 엔비 얼마야")).toBe(false);
    // A request of any verb, not only the listed ones ("풀어줘", "짚어주세요").
    expect(asksToConfirm("순환 구조 맞아? 하나씩 풀어줘")).toBe(false);
    expect(asksToConfirm("마소 50억 맞지? 하나씩 짚어주세요")).toBe(false);
    says(
      "기사에 나온 'Azure AI Foundry'가 지금도 정식 명칭 맞나요? 출처 확인 부탁요.",
      /^아니에요, 기사의 'Azure AI Foundry'는 예전 이름/u,
    );
  });
});

describe("a Korean tag, then when the claim holds", () => {
  it("still asks to confirm: a figure from before the deal is a no, the right one a yes", () => {
    expect(asksToConfirm("기업가치 1830억 된 거 맞죠 이번에")).toBe(true);
    says("기업가치 1830억 된 거 맞죠 이번에", /^아니에요, .*3500억/u);
    says("기업가치 3500억 된 거 맞죠 이번에", /^맞아요, .*3500억/u);
  });
});
