/**
 * Questions about the article itself: the piece as a publication (its kind; its outlet, author and
 * date, which the knowledge does not give), and near questions around it. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("the piece as a publication", () => {
  it("says what kind of piece it is, yes or no first to a claimed kind", () => {
    for (const [question, opening] of [
      ["what sort of piece is this, news or a blog?", /^It is a Korean blog post/],
      ["이 글 뉴스 기사야 아니면 개인 블로그야?", /^이 글은 한국어 블로그 글이에요/],
      ["is this only a blog post?", /^Yes, it is a Korean blog post/],
      ["이거 블로그 포스팅 맞죠?", /^맞아요, 이 글은 한국어 블로그 글/],
      ["so this is a newspaper article, right?", /^No, it is a Korean blog post/],
      ["이거 신문 기사 맞지?", /^아니에요, 이 글은 한국어 블로그 글/],
    ] as const) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(opening);
    }
  });

  it("turns away its outlet, author and date, naming what is not given", () => {
    for (const [question, missing] of [
      ["which website published this article?", /which outlet or blog published it/],
      ["이 글 어느 언론사 거야?", /어느 매체·블로그에 실렸는지/],
      ["what day was this piece posted?", /when it was published/],
      ["이 글 몇 월 며칠에 게시된 거야?", /언제 게시됐는지/],
      ["the piece was authored by a Bloomberg journalist, wasn't it?", /who wrote it/],
    ] as const) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).toMatch(missing);
    }
  });

  it("reads the piece's date in two words as its date, not the release's", () => {
    for (const question of [
      "출처 달려면 이 글 발행 일자가 필요해요",
      "블로그 글 작성 날짜 좀 알려줄래?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).toMatch(/작성 날짜가 나오지 않아요/u);
    }
    expect(ask("공동 발표문 게시 날짜는 언제야?").abstained).toBe(false);
  });

  it("leaves the piece named by its kind to the question asked of it", () => {
    expect(ask("what does this blog post say is the main risk?").text).not.toMatch(/blog post;/);
    expect(ask("이 블로그 글이 말하는 순환 투자가 뭐야?").text).not.toMatch(/블로그 글이에요/);
    // The announcement's page is not the piece: it has a date and a place.
    expect(ask("when was the announcement blog post published?").text).toMatch(/18 November/);
  });

  it("reads 기사야 and 회사야 as nouns, not as 'must buy'", () => {
    expect(ask("앤트로픽은 무슨 회사야?").text).not.toMatch(/투자 조언/);
    expect(ask("이거 기사야?").text).not.toMatch(/투자 조언/);
    expect(ask("마소 주식 지금 사야 돼?").abstained).toBe(true);
  });
});

describe("the unnamed expert", () => {
  it("turns away his name and employer, alone or after a topic the parts point back at", () => {
    for (const question of [
      "who does the expert quoted in the article work for?",
      "what firm is that analyst from?",
      "그 전문가 어디 소속임?",
      "전문가 성함이 어떻게 되나요?",
      "the analyst behind the loop quote, what's his full name?",
      "the expert in the piece, where does he work and what is his name?",
      "순환 투자 말한 전문가 이름이 뭐고 그 사람 직장은 어디야?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("still says who is quoted, and that he is unnamed", () => {
    for (const question of ["who is the analyst quoted on the loop?", "그 전문가는 누구야?"]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/unnamed|이름 없는/);
    }
    // "name" said of something else is no question about the expert.
    expect(ask("what is the name of the conference where it was announced?").text).toMatch(
      /Ignite/,
    );
  });
});

describe("the article's stance and its years", () => {
  it("reads bias and balance as a question of stance", () => {
    for (const question of [
      "기사가 한쪽으로 치우친 거 같아?",
      "이 글 중립적인 편이야?",
      "would you call the piece impartial?",
      "is the article slanted?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/순환 투자 구조|circular investment structure/);
    }
    // The writer of something else is not this piece's writer.
    expect(ask("is the author of that novel biased?").text).not.toMatch(/circular investment/);
  });

  it("a view asked on a topic the stance does not speak of gets the passage on that topic (lead, round 7)", () => {
    const future = ask("기사는 AI 시장 미래를 어떻게 봐?");
    expect(future.abstained).toBe(false);
    expect(future.text).not.toMatch(/순환 투자 구조/u);
    expect(future.text).toMatch(/미래|2025/u);
    expect(ask("what does the author think about competition in AI").text).toMatch(/monopol/u);
    // The stance's own topic still gets the stance.
    expect(ask("기사는 순환 투자를 어떻게 봐?").text).toMatch(/순환 투자 구조/u);
    expect(ask("what's the blogger's take on the money flows").text).toMatch(
      /circular investment structure/u,
    );
  });

  it("reads 몇 년에 / what year as a year asked, not a duration", () => {
    for (const question of [
      "기사에서 AI 시장이 더 복잡해질 거라고 한 게 몇 년도야?",
      "what year does the writer expect a more complex AI market?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/2025/);
    }
    expect(ask("애저 구매는 몇 년에 걸쳐 하는 거야?").abstained).toBe(true);
  });
});

describe("the intro by its many names", () => {
  it("gets the intro's figure and its fact check", () => {
    for (const question of [
      "기사 첫 문장에 나오는 돈이 얼마야?",
      "What amount does the piece open with?",
      "what's the number at the top of the article?",
      "기사 앞부분에서 내세운 투자 규모는?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/300억|\$30 billion/);
    }
  });
});

describe("how many things the article gets wrong", () => {
  it("counts the fact checks and lists them", () => {
    for (const [question, head] of [
      ["기사에 잘못된 부분이 몇 가지야?", /^팩트 시트가 .* 5가지예요/],
      ["how many inaccuracies does the piece contain?", /^The fact sheet lists 5 points/],
      ["number of errors in the blog post?", /^The fact sheet lists 5 points/],
    ] as const) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(head);
    }
    // A count of something else is no count of errors.
    expect(ask("how many clouds is Claude on?").text).not.toMatch(/points where/);
  });
});

describe("near questions answered with a nearby fact", () => {
  it("turns away prices per token, never the models list", () => {
    for (const question of [
      "how much is Haiku 4.5 per thousand tokens on Foundry?",
      "오퍼스 4.1 토큰당 가격 얼마임?",
      "what's the API pricing for Claude on Azure?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).not.toMatch(/Sonnet 4\.5/);
    }
  });

  it("reads 'dollar figure' after a comma as the amount the part before asks", () => {
    for (const question of [
      "How much did Microsoft spend on NVIDIA's systems, in dollars?",
      "What does Microsoft hand NVIDIA for the hardware, dollar amount?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(true);
      expect(answer.text, question).toMatch(/no figure/);
    }
    // "…? 얼마나?" is still one question, answered with the flow and its missing figure.
    expect(ask("엔비디아한테 마소가 돈 줘? 얼마나?").abstained).toBe(false);
  });
});

describe("who said what", () => {
  it("finds the speaker by the words of his quote", () => {
    for (const question of [
      "who was it that called them each other's customers?",
      "'상호 고객'이라는 말은 누가 했어?",
    ]) {
      expect(ask(question).text, question).toMatch(/Nadella|나델라/);
    }
    // The loop line is still the unnamed expert's.
    expect(ask("who said the structure is circular?").text).toMatch(/unnamed expert/);
  });
});

describe("a fact-sheet name and its link to the story", () => {
  it("reads 무슨 상관 / 연관 as asking the link, not as an unknown word", () => {
    for (const question of [
      "블랙웰은 뭐고 이거랑 무슨 상관이야?",
      "베라 루빈이 이 투자랑 무슨 연관이야?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/Blackwell|Rubin/);
    }
    expect(ask("손흥민이랑 무슨 상관이야?").abstained).toBe(true);
  });
});

describe("claims about what the sources do not give", () => {
  it("are not covered, not corrected with a nearby fact", () => {
    for (const question of [
      "앤트로픽 연 매출이 50억 달러 정도라며?",
      "Anthropic's annual revenue is around $5B, correct?",
      "NVIDIA's money arrives in the first tranche next month, right?",
      "Grace Blackwell 시스템 출하는 내년 초라던데 맞아?",
      "The Blackwell systems get delivered to Azure by March, right?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
    // A partnership is not a shipment.
    expect(ask("is the NVIDIA partnership a technology partnership?").abstained).toBe(false);
  });
});

describe("an event by a name of several words", () => {
  it("holds every word of the name, voice-typed too", () => {
    expect(ask("so the deal was revealed at ig night, yeah?").text).toMatch(/^Yes/);
    expect(ask("이그나이트 행사에서 발표한 거 맞지?").text).toMatch(/^맞아요/);
    expect(ask("so the deal was revealed at Microsoft Build, yeah?").text).toMatch(/^No/);
  });
});

describe("an outlet that reported a fact", () => {
  it("is the fact's source, not the piece's outlet", () => {
    expect(ask("which news outlet reported the valuation figure?").text).toMatch(/CNBC/);
    expect(ask("기업가치는 어느 언론사 보도야?").text).toMatch(/CNBC/);
    expect(ask("what outlet is this piece from?").abstained).toBe(true);
  });
});

describe("a story, then a question the knowledge does not cover", () => {
  it("turns the question away instead of answering the story", () => {
    for (const question of [
      "my cousin works at a bank and everyone there talks about AI money, and this piece mentions Amazon and the clouds. how much did Amazon invest in Anthropic?",
      "요즘 AI 뉴스가 너무 많아서 헷갈려요, 기사에 클라우드 얘기도 나오고. 메타는 앤트로픽에 얼마 넣었어?",
    ]) {
      expect(ask(question).abstained, question).toBe(true);
    }
  });

  it("still answers a question asked before the uncovered one", () => {
    const answer = ask("Microsoft put in $5B, right? how much did Google put in?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/Google/);
  });
});

describe("a date asked with 몇", () => {
  it("asks a date (the announcement's), not a figure", () => {
    for (const question of ["몇 년도에 딜 발표한 거야?", "발표는 몇 월 며칠이었어?"]) {
      expect(ask(question).text, question).toMatch(/11월 18일/);
    }
    expect(ask("마소 투자 몇 억 달러야?").text).toMatch(/50억/);
  });
});

describe("what the article says of a topic (conf9)", () => {
  it("is the article's passages on it, not what the topic said", () => {
    const claude = ask("이 글에서는 클로드에 관해서 뭐라고 하는데?");
    expect(claude.abstained).toBe(false);
    expect(claude.text).toMatch(/클로드/);
    expect(ask("필자는 마이크로소프트 얘기를 뭐라고 했어?").abstained).toBe(false);
    // A party's own words are still asked of the party.
    expect(ask("나델라가 한 말이 뭐야?").text).toMatch(/나델라/);
  });
});

describe("what the article leaves out of a topic (conf9)", () => {
  it("is the record's fact checks and unquoted facts on that topic", () => {
    const gigawatt = ask("what did the article leave out about the one gigawatt?");
    expect(gigawatt.text).toMatch(/initially/);
    expect(gigawatt.text).not.toMatch(/Ignite/);
    expect(ask("기사에 안 나온 거 뭐 있어?").text).toMatch(/150억/);
  });
});

describe("whether the article mentions something (conf9)", () => {
  it("is read from the article's own sentences", () => {
    expect(ask("does the blog post mention Grace Blackwell?").text).toMatch(/^Yes.*\n\n> .*Grace/s);
    expect(ask("이 글에 엔비디아 언급돼 있어?").text).toMatch(/^맞아요/);
    expect(ask("기사에 하이쿠 4.5 나와?").text).toMatch(/^아니에요.*Haiku 4\.5/s);
  });

  it("leaves a name neither the article nor the facts speak of to 'not covered'", () => {
    expect(ask("does the article mention Jeff Bezos?").abstained).toBe(true);
  });

  it("is not a request that names what the article says", () => {
    expect(ask("기사에 나오는 순환 투자 얘기 좀 설명해줘").text).not.toMatch(/^맞아요/);
  });
});

describe("the article's tone and worries (meta10)", () => {
  it("gives the tone when the tone is asked, in either language", () => {
    for (const question of [
      "how dramatic is the writing in this blog post?",
      "Would you call the article's style sensational?",
      "기사 말투가 너무 자극적인 거 아냐?",
      "이 글 문체는 어떤 느낌이야?",
      "describe its tone in a sentence",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/^(?:The article's tone|기사의 논조)/);
    }
  });

  it("gives the worry, not the tone, when the worry is asked in slang", () => {
    for (const question of [
      "so what's bugging the blogger here?",
      "what is the author upset about?",
      "필자가 찝찝해하는 부분이 뭐야?",
    ]) {
      const answer = ask(question);
      expect(answer.text, question).toMatch(/^(?:The article's worry|기사가 우려하는 점)/);
    }
    // Not the article's worry: nothing about the piece is asked.
    expect(ask("my code keeps bugging out, help").abstained).toBe(true);
  });

  it("names the barrier to entry among the article's worries", () => {
    expect(ask("does the writer think new AI startups will struggle to get in?").text).toMatch(
      /barrier to entry|진입 장벽/,
    );
  });
});

describe("whether the article can be relied on (meta10)", () => {
  it("says what holds up against the record, then where it differs", () => {
    for (const question of [
      "would a teacher accept this post as a reliable thing to quote?",
      "이 기사 신뢰할 만한 출처야?",
      "which claims in the blog are actually correct?",
      "공식 발표문과 비교해서 이 글 정확해?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(
        /^(?:What the article gets right|기록과 맞는 기사 속 수치)/,
      );
      expect(answer.text, question).toMatch(/\$15 billion|150억/);
    }
  });

  it("puts the unnamed source right after the key fact check when the piece is asked of as a source", () => {
    const answer = ask("is this blog a trustworthy source for my paper?");
    expect(answer.text.indexOf("unnamed expert")).toBeGreaterThan(
      answer.text.indexOf("$15 billion"),
    );
    expect(answer.text.indexOf("unnamed expert")).toBeLessThan(answer.text.indexOf("Foundry"));
  });

  it("leaves a question about one topic, or about errors alone, to what it asks", () => {
    expect(ask("can I trust the article's $30B figure?").text).not.toMatch(
      /^What the article gets right/,
    );
    expect(ask("is the article reliable on Microsoft's stake?").text).not.toMatch(
      /^What the article gets right/,
    );
    expect(ask("what mistakes does the article make?").text).toMatch(/^Where the article differs/);
  });
});

describe("a summary of the piece for someone, and what is wrong in one part (meta10)", () => {
  it("reads who the summary is for as no topic", () => {
    for (const question of [
      "write a summary of this post that I can share with my coworkers",
      "할머니한테 보여줄 수 있게 이 글 쉽게 요약해 줘",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/^(?:Microsoft · NVIDIA|마이크로소프트 · 엔비디아)/);
    }
    // A topic after the piece is still the topic.
    expect(ask("a summary of the article about NVIDIA's chips").text).not.toMatch(/^Microsoft · /);
  });

  it("gives the fact checks of the part named, not the article's worry or tone", () => {
    for (const question of [
      "any issues with how the piece opens?",
      "글 서두에 잘못된 내용 있어?",
    ]) {
      expect(ask(question).text, question).toMatch(
        /^(?:Yes: |맞아요, )?(?:[Tt]he article's intro says|기사 도입부의)/,
      );
    }
    expect(ask("what's the problem with circular investment?").text).toMatch(/worry/);
  });
});

describe("the occasion of a saying, an open other choice, the blog's name (meta10)", () => {
  it("reads 'in the announcement' after a saying as when, not what is asked", () => {
    expect(ask("during the announcement, what did Nadella say regarding OpenAI?").text).toMatch(
      /critical partner/,
    );
    expect(ask("발표 자리에서 나델라가 오픈AI에 대해 언급한 내용은?").text).toMatch(
      /중요한 파트너/,
    );
    // Alone, the announcement is what is asked.
    expect(ask("when was the announcement?").text).toMatch(/18 November 2025/);
  });

  it("reads 'or somewhere else?' after a claim as a yes/no question about the claim", () => {
    expect(ask("did they announce it at CES or somewhere different?").text).toMatch(
      /^No\b.*Ignite/s,
    );
    expect(ask("빌드에서 발표한 거야 아니면 다른 곳이야?").text).toMatch(/^아니에요.*Ignite/s);
  });

  it("turns away the blog's own name", () => {
    expect(ask("what is this blog called, what's the blog's name?").abstained).toBe(true);
    expect(ask("이 글 올라온 블로그 이름 알려줘").abstained).toBe(true);
  });
});

describe("what the article says, against what is true (meta10)", () => {
  it("says yes to a claim about the article's own words, then the record", () => {
    expect(ask("the post writes that the two giants invested $30B, right?").text).toMatch(
      /^Yes, the article does say that.*\$15 billion/s,
    );
    expect(ask("글쓴이는 MS 투자가 클라우드 이용을 조건으로 한다고 적었지?").text).toMatch(
      /^맞아요, 기사에는 그렇게 나와요/,
    );
  });

  it("leaves whether the article's claim is true to the usual check", () => {
    expect(ask("the blog says $30B was invested — is that actually true?").text).not.toMatch(
      /^Yes, the article does say/,
    );
  });

  it("answers a yes/no question about a part's accuracy with its verdict first", () => {
    expect(ask("is the opening paragraph of the blog accurate?").text).toMatch(
      /^No: .*\$15 billion/s,
    );
    expect(ask("글 첫머리에 틀린 내용 있어?").text).toMatch(/^맞아요, 기사 도입부의/);
  });
});

describe("the article's own words, quoted back (meta10)", () => {
  it("answers a phrase quoted from the article with the fact its words stand for", () => {
    expect(ask("이 글이 말한 ‘최신 클로드 모델’ 구체적으로 뭐뭐야?").text).toMatch(
      /Sonnet 4\.5.*Haiku 4\.5/s,
    );
  });

  it("leaves who is behind the quoted words to what is asked", () => {
    expect(ask("who exactly is the '기술 전문가' the article quotes?").text).not.toMatch(
      /^Microsoft Foundry/,
    );
  });

  it("reads 'match the record' and '분석하고 있어' as asking the article's account", () => {
    expect(ask("does the article's take on Amazon match the record?").text).toMatch(/Amazon/);
    expect(ask("기사는 엔비디아 쪽 노림수를 어떻게 분석해?").text).toMatch(/엔비디아/);
  });
});

describe("the article held against the official record (lead10)", () => {
  it("answers the article's differences from the record when the announcement is the yardstick", () => {
    for (const question of [
      "Is there anything in this write-up that doesn't tally with the press release?",
      "Which bits of the post are the blogger's interpretation rather than what the companies announced?",
      "블로그 글 중에 보도자료랑 어긋나는 대목 있어요?",
      "이 글에서 사실이 아니라 글쓴이의 추측인 부분이 뭐예요?",
      "Does the story line up with the official announcement?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/\$15 billion|150억 달러/);
      expect(answer.text, question).toMatch(/\$30 billion|300억 달러/);
    }
  });

  it("still answers the announcement itself, and one named figure's correction alone", () => {
    expect(ask("What did the companies officially announce, and where?").text).toMatch(/Ignite/);
    const figure = ask("how does the article's 30B differ from the official numbers?");
    expect(figure.text).toMatch(/^The article's intro says/);
    expect(figure.text).not.toMatch(/^Where the article differs/);
  });
});

describe("the rival the article names (lead10)", () => {
  it("reads 'competing with', 'up against' and 경쟁 상대 as asking the rival, not the market", () => {
    for (const question of [
      "who's Anthropic going up against, per the piece?",
      "what is Claude competing with, according to the blog?",
      "글에서 앤트로픽의 경쟁 상대로 꼽은 게 뭐예요?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/ChatGPT|챗GPT/);
    }
  });
});

describe("a name's own corrected kind (lead10)", () => {
  it("answers the product name asked as 'the Foundry product', which its correction covers", () => {
    for (const question of [
      "What's the Foundry product known as these days?",
      "파운드리 제품 이름이 지금은 뭐예요?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/Microsoft Foundry/);
    }
  });
});
