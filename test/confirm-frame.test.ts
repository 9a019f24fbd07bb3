/**
 * conf12: a claim framed as someone's ("…라는 주장, 진위는?", "…다는 소문이 사실이야?") is checked as
 * the clause before the frame; two claims in one message each get their yes or no; a maker or
 * product claimed of a fact must be the fact's. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { claimClauses } from "../src/answer/fallback/claim-parts.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { asksToConfirm, withoutClaimNoun } from "../src/search/confirmation.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("a claim framed as someone's, asked for its truth", () => {
  it("reads the frame noun as the thing claimed and the truth asked as a tag", () => {
    expect(withoutClaimNoun("마소가 돈을 냈다는 주장의 진위는?")).toBe(
      "마소가 돈을 냈다는 거 맞아?",
    );
    expect(withoutClaimNoun("엔비가 샀다는 보도가 사실입니까?")).toBe(
      "엔비가 샀다는 게 사실입니까?",
    );
    // A noun that is no frame, or a frame with no truth asked, stays.
    expect(withoutClaimNoun("순환 투자라는 말은 무슨 뜻이야?")).toBe(
      "순환 투자라는 말은 무슨 뜻이야?",
    );
  });

  it("answers yes or no to the clause before the frame", () => {
    expect(lead("마소가 50억 달러까지 투자한다는 루머, 진위 확인 좀")).toMatch(/^맞아요/);
    expect(lead("앤트로픽이 엔비디아에 100억 달러를 투자했다는 썰이 사실이야?")).toMatch(
      /^아니에요/,
    );
    expect(lead("발표일이 11월 18일이라는 뉴스 맞나요?")).toMatch(/^맞아요/);
  });
});

describe("a maker or owner claimed of a named thing", () => {
  it("is a no when the party claimed is not the one the knowledge names as owner", () => {
    expect(lead("Vera Rubin hardware was built by Microsoft, correct?")).toMatch(/^No/);
    expect(lead("Grace Blackwell is basically Anthropic's homegrown chip, yeah?")).toMatch(/^No/);
    expect(lead("블랙웰 그건 원래 앤트로픽 칩이지?")).toMatch(/^아니에요/);
    expect(lead("마소가 직접 만든 베라 루빈 쓰는 거 맞지?")).toMatch(/^아니에요/);
  });

  it("leaves the right owner, a denial of the wrong one and another role alone", () => {
    expect(lead("Vera Rubin systems are NVIDIA's, right?")).not.toMatch(/^No/);
    expect(lead("Grace Blackwell is not Anthropic's chip, right?")).toMatch(/^Yes/);
    expect(lead("Anthropic's compute runs on Grace Blackwell systems, right?")).toMatch(/^Yes/);
  });
});

describe("a hardware name the record never gives", () => {
  it("is a no when an unknown Korean word stands right before a kind of hardware", () => {
    expect(lead("앤트로픽 추가 용량은 볼타 칩 기반이지?")).toMatch(/^아니에요/);
    expect(lead("1기가와트짜리 컴퓨팅이 튜링 시스템에서 돈다며?")).toMatch(/^아니에요/);
  });

  it("leaves a word that says which sort, and the names the record gives", () => {
    expect(lead("1기가와트는 엔비디아 최신 칩으로 돌리는 거 맞지?")).not.toMatch(/^아니에요/);
    expect(lead("추가 용량은 루빈 칩 기반이지?")).toMatch(/^맞아요/);
  });
});

describe("two claims in one message", () => {
  it("splits at a joint between clauses, not between two names", () => {
    const names = new Set(["nvidia", "microsoft"]);
    expect(claimClauses("NVIDIA pays $10B and Microsoft pays $5B, right?", names)).toEqual([
      "NVIDIA pays $10B, right?",
      "Microsoft pays $5B, right?",
    ]);
    expect(claimClauses("NVIDIA and Microsoft invest $15B together, right?", names)).toBe(
      undefined,
    );
    expect(claimClauses("엔비디아는 최대 100억이고, 마소는 최대 50억 맞죠?", names)).toEqual([
      "엔비디아는 최대 100억이지?",
      "마소는 최대 50억 맞죠?",
    ]);
  });

  it("checks each claim and says first which one is wrong", () => {
    const answer = lead(
      "Anthropic buys $30B of Azure compute; NVIDIA invests up to $20B — both right?",
    );
    expect(answer).toMatch(/^No/);
    expect(answer).toContain("NVIDIA invests up to $20B");
    expect(lead("마소는 최대 50억이고, 엔비디아는 최대 100억 맞죠?")).toMatch(/^맞아요/);
    expect(lead("The 1 GW runs on Azure, right? And Microsoft put in $5B, right?")).toMatch(/^Yes/);
  });
});

describe("whom the asker addresses, after the tag", () => {
  it("is no word of the claim: the tag before it still asks yes or no", () => {
    expect(asksToConfirm("마소 50억 넣은 거 맞죠 교수님")).toBe(true);
    expect(lead("엔비디아 투자 최대 100억 맞나요 부장님?")).toMatch(/^맞아요/);
    expect(lead("앤트로픽이 애저에 50억 쓰는 거 맞지 언니")).toMatch(/^아니에요/);
  });
});

describe("money claimed as paid to a place the record does not name", () => {
  it("is a no with the fact that names its own place", () => {
    expect(lead("300억 달러는 구글 클라우드에 지출하는 돈이지?")).toMatch(/^아니에요/);
    expect(lead("The thirty billion flows to Oracle's cloud, yeah?")).toMatch(/^No/);
  });

  it("keeps money that comes from the name out of it", () => {
    expect(answerFromKnowledge(index, "아마존이 앤트로픽에 주는 돈이 300억이지?").abstained).toBe(
      true,
    );
  });
});

describe("a name claimed as the current one", () => {
  it("is a no for the former name, in either language's spelling, and a yes for the new one", () => {
    expect(lead("애저 AI 파운드리가 요즘 공식 명칭이죠?")).toMatch(/^아니에요/);
    expect(lead("Is Azure AI Foundry the product's present name, right?")).toMatch(/^No/);
    expect(lead("마이크로소프트 파운드리가 지금 정식 이름 맞지?")).toMatch(/^맞아요/);
  });
});
