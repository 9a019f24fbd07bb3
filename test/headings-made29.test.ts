/**
 * Headings or an outline asked to be made for something of the asker's ("내 보고서 목차 좀
 * 짜줘", "draft me an outline for my talk") are another task, not the article's layout; with the
 * article named, or asked to be listed, the article's headings answer. Phrasings not in any eval
 * set.
 */
import { describe, expect, it } from "vitest";
import { asksForStructure } from "../src/answer/fallback/structure.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("headings to be made", () => {
  it("turns away an outline for the asker's own document", () => {
    turnsAway("졸업 논문 목차 좀 짜 주세요");
    turnsAway("Can you make me a table of contents for my thesis?");
    expect(asksForStructure("사업계획서 목차 만들어줘")).toBe(false);
  });

  it("still lists the article's headings when they are asked for", () => {
    says("기사 소제목 목차 좀 짜서 보여줘", /7개의 소제목/u);
    says("소제목만 뽑아줘", /7개의 소제목/u);
    says("What are the article's headings?", /7 sections/u);
  });
});
