import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.ts";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { embedLength, fitEmbed } from "../../src/render/embed-limits.ts";
import { sourcesDetail, sourcesLines } from "../../src/render/sources.ts";
import { knowledgeDir } from "../helpers/paths.ts";

const knowledge = loadKnowledge(knowledgeDir);
const sentence = knowledge.article.sentences[3];
const section = knowledge.article.sections[1]?.heading ?? "";

const answer: Answer = {
  mode: "fallback",
  language: "en",
  abstained: false,
  text: "An answer.",
  citations: [{ quote: sentence?.text ?? "", section }],
  sources: [{ title: "A [bracketed] *title*", url: "https://www.example.com/post" }],
};

describe("sourcesLines", () => {
  it("is one subtext line: sections, source hosts, and the deterministic note", () => {
    const lines = sourcesLines(answer, knowledge);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^-# 📖 「.+」 · 🔗 \[example\.com\]\(<https:\/\/www\.example\.com\/post>\) · /,
    );
    expect(lines[0]).toContain("no AI");
  });

  it("shows Claude's answers without the note, and a notice on its own line instead", () => {
    expect(sourcesLines({ ...answer, mode: "claude" }, knowledge)[0]).not.toContain("no AI");
    const lines = sourcesLines(
      { ...answer, notice: "Claude is unavailable.\nSecond line" },
      knowledge,
    );
    expect(lines).toEqual([
      expect.not.stringContaining("no AI"),
      "-# ⚠️ Claude is unavailable. Second line",
    ]);
  });

  it("says nothing under an abstention without sources", () => {
    expect(
      sourcesLines({ ...answer, abstained: true, citations: [], sources: [] }, knowledge),
    ).toEqual([]);
  });
});

describe("sourcesDetail", () => {
  it("quotes in full, translated for English readers, with escaped source titles", () => {
    const detail = sourcesDetail(answer, knowledge);
    expect(detail).toContain(`> ${sentence?.text}`);
    expect(detail).toMatch(/^> \*.+\*$/m);
    expect(detail).toContain("[A \\[bracketed\\] \\*title\\*](<https://www.example.com/post>)");
    expect(sourcesDetail({ ...answer, language: "ko" }, knowledge)).not.toMatch(/^> \*.+\*$/m);
  });
});

describe("fitEmbed", () => {
  it("shortens every part, drops fields past 25, and keeps the total under 6,000", () => {
    const fitted = fitEmbed({
      title: "t".repeat(300),
      description: "d".repeat(5000),
      fields: Array.from({ length: 40 }, (_, index) => ({
        name: `${index}`,
        value: "v".repeat(2000),
      })),
      footer: { text: "f".repeat(3000) },
    });
    expect(fitted.title?.length).toBe(256);
    expect(fitted.fields?.length).toBeLessThanOrEqual(25);
    for (const field of fitted.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(1024);
    expect(embedLength(fitted)).toBeLessThanOrEqual(6000);
    expect(fitted.title?.endsWith("…")).toBe(true);
  });

  it("fills empty field names and values, which Discord rejects", () => {
    const fitted = fitEmbed({ fields: [{ name: " ", value: "" }] });
    expect(fitted.fields?.[0]?.name.length).toBeGreaterThan(0);
    expect(fitted.fields?.[0]?.value.length).toBeGreaterThan(0);
  });
});
