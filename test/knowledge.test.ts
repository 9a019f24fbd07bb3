import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expandWordLists } from "../src/knowledge/glossary-word-lists.ts";
import { foldSpace, KnowledgeError, loadKnowledge } from "../src/knowledge/load.ts";
import { knowledgeDir, miniKnowledgeDir } from "./helpers/paths.ts";

/** sha256 of ../shared/reference/article.ko.txt, the article as published. */
const ARTICLE_SHA256 = "f6c9270f983780adafb3d5dcb2f94766bedbe8242a502ff4c776776b9d8b5b56";

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function brokenCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), "deal-bot-knowledge-"));
  copies.push(dir);
  cpSync(knowledgeDir, dir, { recursive: true });
  edit(dir);
  return dir;
}

function editJson(
  dir: string,
  file: string,
  change: (json: Record<string, unknown>) => void,
): void {
  const full = path.join(dir, file);
  const json = JSON.parse(readFileSync(full, "utf8"));
  change(json);
  writeFileSync(full, JSON.stringify(json));
}

function problemsOf(dir: string): string[] {
  try {
    loadKnowledge(dir);
  } catch (error) {
    if (error instanceof KnowledgeError) return [...error.problems];
    throw error;
  }
  throw new Error("expected the knowledge folder to be rejected");
}

describe("knowledge/", () => {
  const knowledge = loadKnowledge(knowledgeDir);

  it("holds the article byte for byte", () => {
    const bytes = readFileSync(path.join(knowledgeDir, "article.ko.txt"));
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(ARTICLE_SHA256);
  });

  it("splits the article into titled sections and sentences with exact offsets", () => {
    const { article } = knowledge;
    expect(article.sections.map((section) => section.heading)).toEqual([
      undefined,
      "앤트로픽 투자, 누가 왜 뛰어들었을까요?",
      "마이크로소프트의 이중 전략: 오픈AI와 앤트로픽 사이",
      "엔비디아의 AI 반도체 전략: 수요 창출과 생태계 확장",
      "점점 심화되는 AI 순환 투자 구조의 그림자",
      "클로드의 존재감 확대: 모든 주요 클라우드에서 만나다",
      "AI 시장의 미래: 독점인가, 경쟁인가?",
      "마무리",
    ]);
    expect(article.sentences.length).toBeGreaterThan(30);
    for (const sentence of article.sentences) {
      expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text.length).toBeLessThan(200);
    }
  });

  it("rests every fact on a verbatim quote, a listed source or a named reporter", () => {
    const folded = foldSpace(knowledge.article.text);
    for (const fact of knowledge.facts) {
      if (fact.quote) expect(folded, fact.id).toContain(foldSpace(fact.quote));
      const grounded = fact.quote !== undefined || fact.sources.length > 0 || fact.reportedBy;
      expect(Boolean(grounded), fact.id).toBe(true);
      expect(fact.statement.ko.length).toBeGreaterThan(5);
      expect(fact.statement.en.length).toBeGreaterThan(5);
    }
  });

  it("records the article's errors as corrections of their own", () => {
    const corrections = knowledge.facts.filter((fact) => fact.kind === "correction");
    const text = corrections.map((fact) => fact.statement.en).join("\n");
    expect(text).toMatch(/\$30 billion/);
    expect(text).toMatch(/\$15 billion/);
    expect(text).toMatch(/Microsoft Foundry/);
    expect(text).toMatch(/up to.*initially/);
    expect(text).toMatch(/condition/);
  });

  it("has every flow and alias pointing at entities and facts that exist", () => {
    const entities = new Set(knowledge.manifest.entities.map((entity) => entity.id));
    for (const flow of knowledge.flows.flows) {
      expect(entities.has(flow.from) && entities.has(flow.to)).toBe(true);
    }
    const forms = knowledge.concepts.flatMap((concept) =>
      concept.forms.map((form) => form.toLowerCase()),
    );
    for (const alias of [
      "ms",
      "msft",
      "마소",
      "마이크로소프트",
      "nvda",
      "엔비디아",
      "앤트로픽",
      "클로드",
      "azure",
      "애저",
      "gw",
      "기가와트",
    ]) {
      expect(forms).toContain(alias);
    }
  });

  it("translates every heading and sentence", () => {
    for (const sentence of knowledge.article.sentences) {
      expect(knowledge.translations.get(sentence.text), sentence.text).toBeTruthy();
    }
  });

  it("loads a second, unrelated knowledge folder with the same code", () => {
    const mini = loadKnowledge(miniKnowledgeDir);
    expect(mini.manifest.name).toBe("hanbit-byeolbit");
    expect(mini.article.sections.map((section) => section.heading)).toEqual([
      undefined,
      "인수 조건은 무엇일까요?",
      "시장의 반응",
    ]);
    expect(mini.version).not.toBe(knowledge.version);
  });

  it("names the file and the field of every problem", () => {
    const dir = brokenCopy((copy) => {
      editJson(copy, "facts.json", (json) => {
        const facts = json.facts as Record<string, unknown>[];
        (facts[0] as Record<string, unknown>).quote = "이 문장은 기사에 없습니다";
        (facts[1] as Record<string, unknown>).kind = "rumour";
      });
      editJson(copy, "flows.json", (json) => {
        ((json.flows as Record<string, unknown>[])[0] as Record<string, unknown>).to = "apple";
      });
    });
    const problems = problemsOf(dir).join("\n");
    expect(problems).toMatch(/facts\.json: facts\[1\]\.kind/);
    const second = brokenCopy((copy) => {
      editJson(copy, "facts.json", (json) => {
        ((json.facts as Record<string, unknown>[])[0] as Record<string, unknown>).quote =
          "이 문장은 기사에 없습니다";
      });
      editJson(copy, "flows.json", (json) => {
        ((json.flows as Record<string, unknown>[])[0] as Record<string, unknown>).to = "apple";
      });
    });
    const crossProblems = problemsOf(second).join("\n");
    expect(crossProblems).toMatch(
      /facts\.json: facts\[0\] \(microsoft-investment\)\.quote: is not verbatim/,
    );
    expect(crossProblems).toMatch(
      /flows\.json: flows\[0\] \(microsoft-to-anthropic\)\.to: unknown entity "apple"/,
    );
  });

  it("names a product's maker that is no party, and a relation that is none", () => {
    const dir = brokenCopy((copy) => {
      editJson(copy, "facts.json", (json) => {
        const names = json.names as Record<string, unknown>[];
        const claude = names.find((entry) => entry.id === "claude") as Record<string, unknown>;
        claude.madeBy = { party: "openai-labs", relations: ["compute", "royalties"] };
      });
    });
    const problems = problemsOf(dir).join("\n");
    expect(problems).toMatch(
      /names\[\d+\] \(claude\)\.madeBy\.party: unknown entity "openai-labs"/,
    );
    expect(problems).toMatch(/\(claude\)\.madeBy\.relations: unknown relation "royalties"/);
    expect(problems).not.toMatch(/unknown relation "compute"/);
  });

  it("rejects a missing file and broken JSON by name", () => {
    const missing = brokenCopy((copy) =>
      writeFileSync(path.join(copy, "aliases.json"), "{ not json"),
    );
    expect(problemsOf(missing).join("\n")).toMatch(/aliases\.json: not valid JSON/);
  });
});

describe("glossary word lists (wordLists, named as @name in when / unless)", () => {
  it("stands a named list's words in for its name, beside an entry's own words", () => {
    const problems: string[] = [];
    const entries = expandWordLists(
      {
        wordLists: { "money-talk": ["invest", "돈"], mine: ["my", "내가"] },
        entries: [
          { say: ["jensen"], means: "nvidia", when: ["@money-talk", "paid"], unless: ["@mine"] },
          { say: ["lol"], means: "" },
        ],
      },
      "glossary.json",
      problems,
    );
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ when: ["invest", "돈", "paid"], unless: ["my", "내가"] });
    expect(entries[1]).toEqual({ say: ["lol"], means: "" });
  });

  it("the project's glossary reads its shared lists: a guarded entry holds their words", () => {
    const guarded = loadKnowledge(knowledgeDir).glossary.filter((entry) => entry.when);
    const words = guarded.flatMap((entry) => [...(entry.when ?? []), ...(entry.unless ?? [])]);
    expect(words.some((word) => word.startsWith("@"))).toBe(false);
    expect(words).toContain("invest");
  });

  it("rejects a folder whose glossary names a list it does not have, or keeps one nobody names", () => {
    const dir = brokenCopy((copy) =>
      editJson(copy, "glossary.json", (json) => {
        const lists = json.wordLists as Record<string, string[]>;
        lists.orphan = ["nobody"];
        const entries = json.entries as { when?: string[] }[];
        const guarded = entries.find((entry) => entry.when);
        if (guarded?.when) guarded.when = [...guarded.when, "@no-such-list"];
      }),
    );
    const problems = problemsOf(dir);
    expect(problems.some((problem) => problem.includes('unknown word list "@no-such-list"'))).toBe(
      true,
    );
    expect(problems.some((problem) => problem.includes("wordLists.orphan: not used"))).toBe(true);
  });
});
