/**
 * A summary asked with a word on the asker's time or patience ("길게 말고", "no time to read") is
 * the story's summary: the remark asks nothing. "short version" and "풀어서 얘기해" ask a summary
 * too. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

const SUMMARY = /Microsoft · NVIDIA · Anthropic|마이크로소프트 · 엔비디아 · 앤트로픽/u;

describe("a summary asked with a remark on the asker's time", () => {
  it("is the summary", () => {
    says("요약 좀 해줘 일하느라 바빠서 길게 못 읽음", SUMMARY);
    says("summarize this article please, kids screaming, no time to read the whole thing", SUMMARY);
    says("어르신들도 알아듣게, 이 기사 쉽게 풀어서 얘기 좀 해 주세요", SUMMARY);
  });

  it("reads other words for a short account as a summary", () => {
    says("what's the short version of this whole deal", SUMMARY);
  });

  it("still turns away a summary of something the story lacks", () => {
    turnsAway("summarize the antitrust review of the deal, no time to read");
  });
});
