import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { afterAll, describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { type Knowledge, loadKnowledge } from "../src/knowledge/load.ts";
import { openIndexCache } from "../src/search/index-cache.ts";
import { buildKnowledgeIndex, type KnowledgeIndex } from "../src/search/knowledge-index.ts";
import { lexiconToSnapshot } from "../src/search/lexicon-snapshot.ts";
import { knowledgeDir, miniEnglishKnowledgeDir } from "./helpers/paths.ts";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function scratch(): { dir: string; cacheFile: string } {
  const root = mkdtempSync(path.join(tmpdir(), "deal-bot-index-"));
  roots.push(root);
  const dir = path.join(root, "knowledge");
  cpSync(knowledgeDir, dir, { recursive: true });
  return { dir, cacheFile: path.join(root, "cache", "index.v8") };
}

const QUESTIONS = [
  "마이크로소프트는 앤트로픽에 얼마 투자해?",
  "How much is NVIDIA investing?",
  "엔비디아투자얼마",
  "what's the circular investment problem, tl;dr",
  "앤쓰로픽 기업가치?",
  "Does Anthropic pay Microsoft or receive money from it?",
  "OpenAI's valuation?",
  "MSFT 지금 풀매수?",
];

/** What an index gives: its lexicon written down, each feature's idf, and a few answers. */
function fingerprint(index: KnowledgeIndex, knowledge: Knowledge) {
  const topic = { ...knowledge.manifest.search, glossary: knowledge.glossary };
  const lexicon = lexiconToSnapshot(index.lexicon, knowledge.concepts, topic);
  const features = new Set<string>();
  for (const question of QUESTIONS) {
    for (const feature of index.analyze(question).features.keys()) features.add(feature);
  }
  return {
    lexicon,
    idf: [...features].map((feature) => [feature, index.idf(feature)]),
    maxIdf: index.maxIdf,
    sentenceConcepts: index.sentenceConcepts.map((concepts) => [...concepts]),
    answers: QUESTIONS.map((question) => answerFromKnowledge(index, question)),
  };
}

describe("the search index cache", () => {
  it("gives the index building gives, once remembered", () => {
    const { dir, cacheFile } = scratch();
    const knowledge = loadKnowledge(dir, { validationCache: false });
    const built = fingerprint(buildKnowledgeIndex(knowledge, { cache: false }), knowledge);
    const first = fingerprint(buildKnowledgeIndex(knowledge, { cache: cacheFile }), knowledge);
    const remembered = fingerprint(buildKnowledgeIndex(knowledge, { cache: cacheFile }), knowledge);
    expect(first).toEqual(built);
    expect(remembered).toEqual(built);
    // A field added to the lexicon must be remembered too (lexicon-snapshot.ts).
    const fields = (index: KnowledgeIndex) => Object.keys(index.lexicon).sort();
    expect(fields(buildKnowledgeIndex(knowledge, { cache: cacheFile }))).toEqual(
      fields(buildKnowledgeIndex(knowledge, { cache: false })),
    );
    // Answers that rely on the glossary, the advice patterns and the typo targets.
    expect(remembered.answers[6]?.abstained).toBe(true);
    expect(remembered.answers[7]?.abstained).toBe(true);
  });

  it("is read instead of building when nothing changed", () => {
    const { dir, cacheFile } = scratch();
    const knowledge = loadKnowledge(dir, { validationCache: false });
    buildKnowledgeIndex(knowledge, { cache: cacheFile });
    // A marker only the remembered index can have: the next build must show it.
    const stored = deserialize(readFileSync(cacheFile)) as {
      lexicon: { stopwords: string[] };
    };
    stored.lexicon.stopwords.push("markerfromthecache");
    writeFileSync(cacheFile, serialize(stored));
    const index = buildKnowledgeIndex(knowledge, { cache: cacheFile });
    expect(index.lexicon.stopwords.has("markerfromthecache")).toBe(true);
    expect(
      buildKnowledgeIndex(knowledge, { cache: false }).lexicon.stopwords.has("markerfromthecache"),
    ).toBe(false);
  });

  it("builds again once the knowledge changed", () => {
    const { dir, cacheFile } = scratch();
    buildKnowledgeIndex(loadKnowledge(dir, { validationCache: false }), { cache: cacheFile });
    const before = readFileSync(cacheFile);
    const file = path.join(dir, "facts.json");
    const json = JSON.parse(readFileSync(file, "utf8")) as { facts: { keywords: string[] }[] };
    json.facts[0]?.keywords.push("zebracrossing");
    writeFileSync(file, JSON.stringify(json));
    const knowledge = loadKnowledge(dir, { validationCache: false });
    const index = buildKnowledgeIndex(knowledge, { cache: cacheFile });
    expect(index.lexicon.latinStems.has("zebracross")).toBe(true);
    expect(fingerprint(index, knowledge)).toEqual(
      fingerprint(buildKnowledgeIndex(knowledge, { cache: false }), knowledge),
    );
    // Remembered again, for the changed knowledge.
    expect(readFileSync(cacheFile).equals(before)).toBe(false);
    expect(JSON.stringify(deserialize(readFileSync(cacheFile)))).toContain("zebracross");
  });

  it("does not give one knowledge's index to another", () => {
    const { dir, cacheFile } = scratch();
    buildKnowledgeIndex(loadKnowledge(dir, { validationCache: false }), { cache: cacheFile });
    const english = loadKnowledge(miniEnglishKnowledgeDir);
    expect(fingerprint(buildKnowledgeIndex(english, { cache: cacheFile }), english)).toEqual(
      fingerprint(buildKnowledgeIndex(english, { cache: false }), english),
    );
  });

  it("builds again once the code changed", () => {
    const { dir, cacheFile } = scratch();
    const knowledge = loadKnowledge(dir, { validationCache: false });
    const snapshot = { lexicon: {}, documents: [] } as never;
    openIndexCache(cacheFile, knowledge, "code one").write(snapshot);
    expect(openIndexCache(cacheFile, knowledge, "code one").read()).toEqual(snapshot);
    expect(openIndexCache(cacheFile, knowledge, "code two").read()).toBeUndefined();
  });

  it("is ignored when damaged or unwritable", () => {
    const { dir, cacheFile } = scratch();
    const knowledge = loadKnowledge(dir, { validationCache: false });
    const built = fingerprint(buildKnowledgeIndex(knowledge, { cache: false }), knowledge);
    buildKnowledgeIndex(knowledge, { cache: cacheFile });
    const good = readFileSync(cacheFile);

    writeFileSync(cacheFile, "{ not json");
    expect(fingerprint(buildKnowledgeIndex(knowledge, { cache: cacheFile }), knowledge)).toEqual(
      built,
    );
    // Well-formed, with the right key, but not fitting the knowledge: built, not read.
    const stored = deserialize(good) as { lexicon: { forms: unknown }; documents: unknown[] };
    writeFileSync(cacheFile, serialize({ ...stored, documents: stored.documents.slice(1) }));
    expect(fingerprint(buildKnowledgeIndex(knowledge, { cache: cacheFile }), knowledge)).toEqual(
      built,
    );
    writeFileSync(cacheFile, serialize({ ...stored, lexicon: { ...stored.lexicon, forms: 7 } }));
    expect(fingerprint(buildKnowledgeIndex(knowledge, { cache: cacheFile }), knowledge)).toEqual(
      built,
    );

    // A cache under a file, not a folder, cannot be written: the build still succeeds.
    const unwritable = path.join(dir, "facts.json", "index.json");
    expect(fingerprint(buildKnowledgeIndex(knowledge, { cache: unwritable }), knowledge)).toEqual(
      built,
    );
  });
});
