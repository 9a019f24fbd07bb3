/**
 * Words of the asker's own asked in a language the story is not told in ("how do you say … in
 * Japanese", "…를 베트남어로 뭐라고 해"): a translation, another task, whatever words of the story
 * the phrase holds ("back", "sign"). A story term asked in the other of Korean and English is
 * still answered. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a phrase asked in a language the story is not told in", () => {
  it("is turned away", () => {
    turnsAway("how would you say 'back at two, sorry' in Italian for the sign on my door?");
  });

  it("is read as another task, not as words the story lacks", () => {
    const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
    for (const question of [
      "how to say 'NVIDIA deal week, 10 percent off' in German for our shop window",
      "'오늘 휴무, 내일 10시 오픈'을 베트남어로 뭐라고 써? 가게 앞에 붙이게",
      "translate 'back at one, ten percent off' into Thai for my stall",
    ]) {
      expect(index.analyze(question).asksForOtherTask, question).toBe(true);
    }
  });

  it("still answers a story term asked in English or Korean", () => {
    says("'순환 투자'는 영어로 뭐라고 해?", /circular/iu);
  });

  it("still converts into a country's currency", () => {
    says("what's the 30 billion in japanese yen at 150 yen per dollar?", /4\.5 trillion yen/u);
  });
});
