/**
 * Which side of a payment each party is on, in a shopper's or a bookkeeper's words: buyer or
 * seller, customer or supplier, revenue or cost, investment or revenue. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("the sides of a purchase", () => {
  it.each([
    "who's the client and who's the vendor here?",
    "so in the azure thing anthropic is buyer or seller??",
    "앤트로픽이 구매자예요 판매자예요?",
    "공급업체랑 고객 구분 좀 해주세요",
  ])("names the buyer and the seller for %s", (question) => {
    const said = answer(question);
    expect(said.abstained).toBe(false);
    expect(said.text).toMatch(/Anthropic is the buyer|앤트로픽이 구매자/);
    expect(said.text).toMatch(/Azure/);
  });

  it("files a purchase's figure as the buyer's cost and the seller's revenue", () => {
    expect(answer("For Anthropic, is the 30B a cost or income?").text).toMatch(
      /a cost for it, and revenue for Microsoft/,
    );
    expect(answer("300억 달러는 마소 입장에선 매출인가요 비용인가요?").text).toMatch(
      /마이크로소프트에게는 매출/,
    );
  });

  it("files an investment as money invested, not revenue", () => {
    expect(answer("is the 10 billion from nvidia revenue for anthropic?").text).toMatch(
      /investment money, not revenue/,
    );
    expect(answer("마소가 넣은 50억은 앤트로픽 입장에서 수익이에요?").text).toMatch(
      /매출이 아니라 투자받은 돈/,
    );
  });

  it("names what else goes between two parties asked who supplies whom", () => {
    const said = answer("Microsoft and Anthropic - which one is the supplier, which the customer?");
    expect(said.text).toMatch(/Claude/);
  });
});

describe("a supplier's side or an investor's, between two parties", () => {
  it.each([
    "is nvidia anthropic's vendor or its investor?",
    "엔비디아는 앤트로픽한테 공급사야 투자자야?",
  ])("names the compute sold beside the stake for %s", (question) => {
    const said = answer(question);
    expect(said.abstained).toBe(false);
    expect(said.text).toMatch(/Grace Blackwell/);
    expect(said.text).toMatch(/\$10 billion|100억/);
  });
});

describe("a party's own books, not a side", () => {
  it.each([
    "앤트로픽 매출 얼마야?",
    "Anthropic's yearly revenue is roughly $10B, right?",
    "Will Microsoft book the $30B as revenue this quarter?",
    "마소는 300억 매출을 언제부터 인식해?",
  ])("leaves %s to what the knowledge lacks", (question) => {
    expect(answer(question).text).not.toMatch(
      /is the buyer|is the investor|구매자\(고객\)|투자자로서/,
    );
  });
});

describe("writing the answer down is no advice", () => {
  it("reads '…에 써야 돼요' after a worksheet as homework, and the asker's choice as advice", () => {
    expect(answer("누가 공급자고 누가 고객이에요? 활동지에 써야 돼요").abstained).toBe(false);
    expect(answer("우리 팀은 클로드를 어디서 써야 돼?").abstained).toBe(true);
  });
});

describe("an investment and a purchase told apart", () => {
  it.each([
    "what's the difference between the investment and the purchase commitment?",
    "investing vs buying compute, not the same thing right?",
    "지분 투자하고 애저 구매는 어떻게 달라?",
  ])("gives each flow's sides for %s", (question) => {
    const said = answer(question);
    expect(said.text).toMatch(/is the buyer|구매자\(고객\)/);
    expect(said.text).toMatch(/is the investor|투자자로서/);
  });

  it("leaves their sizes to arithmetic", () => {
    const said = answer(
      "how much bigger is the purchase than the investment, whats the difference?",
    );
    expect(said.text).not.toMatch(/is the buyer/);
  });
});
