/**
 * Names as speech-to-text writes them (knowledge/glossary.json): NVIDIA heard as "and video" or
 * "in video", Claude as "clawed", OpenAI as "open eye". They are the name only in a question about
 * the story and not about media: "video" alone never becomes NVIDIA. Also slang that asks the
 * figure inside it ("threw how much at") and "in simple words" framing a question. Phrasings not
 * in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);
const concepts = (question: string) =>
  index.analyze(question).terms.flatMap((term) => term.features.filter((f) => f.startsWith("c:")));

describe("a name heard as ordinary words", () => {
  it("reads NVIDIA said as 'and video' or 'in video' in a question about the story", () => {
    for (const question of [
      "so what did and video promise to anthropic",
      "how big is microsoft and video's stake in anthropic",
      "and vidia put money into anthropic too?",
      "why is in video giving anthropic billions",
      "is anthropic paying and video for chips",
    ]) {
      expect(concepts(question), question).toContain("c:nvidia");
    }
  });

  it("reads Claude said as 'clawed' and OpenAI as 'open eye'", () => {
    expect(concepts("which clawed models does microsoft foundry get")).toContain("c:claude");
    expect(concepts("is open eye still a partner of microsoft after this deal")).toContain(
      "c:openai",
    );
  });

  it("never reads 'video' alone, or a question about media, as NVIDIA", () => {
    for (const question of [
      "what is video",
      "is there a video of the anthropic announcement",
      "is there audio and video of the microsoft announcement",
      "can you make a slideshow and video for my class",
    ]) {
      expect(concepts(question), question).not.toContain("c:nvidia");
    }
    expect(concepts("my cat clawed the couch again")).not.toContain("c:claude");
    expect(concepts("keep an open eye on the schedule")).not.toContain("c:openai");
  });

  it("answers the heard name's figure", () => {
    expect(ask("what's the amount and video committed to anthropic").text).toMatch(/10 billion/);
  });
});

describe("slang that asks the figure inside it", () => {
  it("keeps 'how much' of 'threw how much at'", () => {
    for (const question of [
      "msft threw how much at anthropic lol",
      "so nvidia dumped how much into anthropic??",
      "microsoft spent how much on anthropic exactly",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/\$(5|10) billion/);
    }
  });
});

describe("'in simple words' frames a question", () => {
  it("asks nothing of its own", () => {
    for (const question of [
      "explain the msft nvidia anthropic thing in simple words",
      "what did nvidia promise anthropic, in simple terms",
    ]) {
      expect(ask(question).abstained, question).toBe(false);
    }
  });
});

describe("a party's title names its person when what was said is asked", () => {
  it("reads Microsoft's boss, chief or head as Nadella", () => {
    for (const question of [
      "what did the boss of microsoft say on openai",
      "msft's chief executive commented what about anthropic?",
      "마소 회장님은 오픈AI 두고 뭐라고 말했어요?",
      "마이크로소프트 수장이 한 말이 뭐야",
    ]) {
      expect(ask(question).text, question).toMatch(/나델라|Nadella/);
    }
  });
});

describe("OpenAI's rival names Anthropic, as the article calls it", () => {
  it("reads the rival as Anthropic unless the question names a rival itself", () => {
    expect(concepts("how much is nvidia putting into chatgpt's rival")).toContain("c:anthropic");
    expect(concepts("마소가 오픈AI 경쟁사에 돈 넣은 이유가 뭐야")).toContain("c:anthropic");
    expect(concepts("is google openai's rival too")).not.toContain("c:anthropic");
  });
});

describe("a firm or binding commitment asks whether the amount is fixed", () => {
  it("answers the gigawatt's 'up to' and 'initially'", () => {
    for (const question of [
      "is that 1 gigawatt a binding commitment or what",
      "1기가와트 확정된 계약이에요?",
      "would you call the one gigawatt a hard commitment?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/up to|최대/);
      expect(answer.text, question).not.toMatch(/^(Yes|맞아요)/);
    }
  });
});

describe("which products of a party have Claude in them", () => {
  it("names the products Claude is built into", () => {
    for (const question of [
      "클로드 탑재된 마소 제품 알려주세요",
      "마이크로소프트 제품 중 클로드 쓸 수 있는 거 있어?",
      "is claude baked into any microsoft products",
    ]) {
      expect(ask(question).text, question).toMatch(/Copilot|Foundry/);
    }
  });
});

describe("what Anthropic is, asked of it by itself", () => {
  it("gives the article's words for it: Claude's maker, ChatGPT's rival", () => {
    for (const question of [
      "앤트로픽은 무슨 회사인데?",
      "할머니가 앤트로픽 어떤 회사냐고 물어보셔서요",
      "sorry what does anthropic even do",
      "what sort of company is anthropic, per the article?",
    ]) {
      expect(ask(question).text, question).toMatch(/클로드|챗GPT|Claude|ChatGPT/);
    }
  });

  it("leaves 'which company' and other companies alone", () => {
    expect(ask("앤트로픽이 어떤 회사에서 투자받았어?").text).toMatch(/50억|100억/);
    expect(ask("엔비디아는 뭐 하는 회사야").text).not.toMatch(/클로드/);
  });
});
