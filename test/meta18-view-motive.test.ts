/**
 * What the article argues, asked in several shapes: a summary word beside a reason asked sets
 * the answer's length, not its subject; a layout in bullets is filler; the article's view on a
 * topic a section heading names is that section, whatever the asker's own words; and the money
 * said to come back as the investor's revenue is the loop; how accurate the piece is, asked by
 * degree, by its consistency, by the name it uses, against sources named, or of a line quoted.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says, answersEach } = askProbe(knowledgeDir);

describe("a summary word beside a reason asked", () => {
  it("answers the reason, not the summary", () => {
    says("in a sentence: why did microsoft go for anthropic?", /dependen|diversif/iu);
    says("Briefly, in two sentences, why is NVIDIA putting money in?", /dependen|demand/iu);
    says("한 줄로 요약하면 마소가 앤트로픽에 투자한 이유가 뭐야?", /의존/u);
  });

  it("leaves a summary with no reason asked alone", () => {
    says("in a nutshell, what happened?", /\$15 billion/u);
  });
});

describe("a layout in bullets", () => {
  it("is filler beside a summary", () => {
    says("Sum up the piece's main argument as bullet points", /Microsoft[\s\S]*NVIDIA/u);
    says("summarise the blog post's thesis in five bullets", /Microsoft[\s\S]*NVIDIA/u);
  });
});

describe("the article's view on a topic one of its headings names", () => {
  it("quotes that section, past the asker's own words", () => {
    says("does the writer reckon this squashes competition or boosts it?", /barrier|진입 장벽/u);
    says("so where does the blog land on competition, does it help or hurt it", /barrier/u);
    says("글쓴이 입장은 독점 쪽으로 기운다는 거야 경쟁 쪽으로 기운다는 거야?", /진입 장벽/u);
    says("기사 마지막에 독점이냐 경쟁이냐 어떻게 결론 내렸어?", /독점|경쟁/u);
  });

  it("leaves a view on a topic no heading names to the rest", () => {
    const answer = ask("what's the article's take on whether this hurts the weather?");
    expect(answer.text).not.toMatch(/healthy competitive|건강한 경쟁/u);
  });
});

describe("the investor's money said to come back as its revenue", () => {
  it("is the loop", () => {
    says("isn't nvidia basically buying its own revenue here?", /circular|loop/iu);
    says(
      "so the chips nvidia sells are paid with its own money, buying its own revenue?",
      /circular|loop/iu,
    );
    says("does the money flow back into sales for microsoft?", /circular|loop/iu);
    says("엔비디아 투자금이 다시 엔비디아 매출로 돌아오는 구조 아님?", /순환/u);
    says("마소가 넣은 돈이 애저 매출로 환류된다는 얘기야?", /순환/u);
    says("마소가 넣은 돈이 결국 마소 매출로 되돌아오는 거야?", /순환/u);
  });

  it("leaves a party's revenue asked alone not covered", () => {
    expect(ask("엔비디아 매출은 얼마야?").abstained).toBe(true);
    expect(ask("what's nvidia's annual revenue?").abstained).toBe(true);
  });
});

describe("how accurate the article is", () => {
  it("by degree: the fact check of the figure", () => {
    says("To what degree does the article get the $30B headline right?", /\$15 billion/u);
  });

  it("by its consistency: both sides of the review, on a topic named too", () => {
    says("Does the article contradict itself about how much was invested?", /\$30 billion/u);
    says("기사가 투자 규모에서 앞뒤가 안 맞는 거 아냐?", /300억[\s\S]*150억/u);
  });

  it("of a name it uses, said still current", () => {
    says(
      "is the name 'Azure AI Foundry' in the blog still current?",
      /^No\b[\s\S]*Microsoft Foundry/u,
    );
  });

  it("against sources named, in a short list", () => {
    says(
      "Which figures in the post are accurate per the cited sources? short list",
      /\$5 billion[\s\S]*\$10 billion/u,
    );
  });

  it("of a line quoted: what the record adds to its figure", () => {
    says(
      '"1기가와트의 컴퓨팅 자원을 투입" - what nuance is missing from this sentence?',
      /up to|initial/u,
    );
  });
});

describe("questions of other shapes", () => {
  it("are still answered", () => {
    answersEach(["why does NVIDIA invest in Anthropic?", "기사 결론이 뭐에요?"]);
  });
});
