import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KnowledgeError, loadKnowledge } from "../src/knowledge/load.ts";
import { openValidationCache } from "../src/knowledge/validation-cache.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function scratch(): { dir: string; cacheFile: string } {
  const root = mkdtempSync(path.join(tmpdir(), "deal-bot-knowledge-"));
  roots.push(root);
  const dir = path.join(root, "knowledge");
  cpSync(knowledgeDir, dir, { recursive: true });
  return { dir, cacheFile: path.join(root, "cache", "validated.json") };
}

describe("the knowledge validation cache", () => {
  it("gives the same knowledge as validating, once remembered", () => {
    const { dir, cacheFile } = scratch();
    const validated = loadKnowledge(dir, { validationCache: false });
    const first = loadKnowledge(dir, { validationCache: cacheFile });
    const remembered = loadKnowledge(dir, { validationCache: cacheFile });
    expect(first).toEqual(validated);
    expect(remembered).toEqual(validated);
    expect(remembered.version).toBe(validated.version);
  });

  it("files a text and its UTF-8 bytes under one key, and keeps the knowledge's version", () => {
    const { dir, cacheFile } = scratch();
    // The load reads its files as bytes (a remembered file is never decoded): an entry written
    // for a text is found for its bytes, so caches written before stay good.
    const text = '{"say":"팽당함","means":"dumped"}';
    const writer = openValidationCache(cacheFile);
    writer.set("probe", text, { remembered: true });
    writer.save();
    const reader = openValidationCache(cacheFile);
    expect(reader.get("probe", Buffer.from(text, "utf8"))).toEqual({ remembered: true });
    expect(reader.get("probe", Buffer.from(`${text} `, "utf8"))).toBeUndefined();
    // The version hashes the same bytes the text of the files encoded to before.
    const version = loadKnowledge(dir, { validationCache: cacheFile }).version;
    expect(version).toBe(loadKnowledge(dir, { validationCache: false }).version);
    expect(version).toMatch(/^[0-9a-f]{12}$/);
  });

  it("is read instead of validating when a file is unchanged", () => {
    const { dir, cacheFile } = scratch();
    loadKnowledge(dir, { validationCache: cacheFile });
    // Every remembered value gets a marker: the next load must show it, so it came from here.
    const entries = JSON.parse(readFileSync(cacheFile, "utf8")) as Record<string, object>;
    const facts = Object.values(entries).find((value) => "facts" in value) as {
      facts: { statement: { en: string } }[];
    };
    const fact = facts.facts[0] as { statement: { en: string } };
    fact.statement.en = "marker from the cache";
    writeFileSync(cacheFile, JSON.stringify(entries));
    const knowledge = loadKnowledge(dir, { validationCache: cacheFile });
    expect(knowledge.facts[0]?.statement.en).toBe("marker from the cache");
  });

  it("validates a file again once it changed, and rejects it when invalid", () => {
    const { dir, cacheFile } = scratch();
    loadKnowledge(dir, { validationCache: cacheFile });
    const file = path.join(dir, "facts.json");
    const json = JSON.parse(readFileSync(file, "utf8")) as { facts: { id: string }[] };
    (json.facts[0] as { id: string }).id = "Not An Id";
    writeFileSync(file, JSON.stringify(json));
    expect(() => loadKnowledge(dir, { validationCache: cacheFile })).toThrow(KnowledgeError);
    expect(() => loadKnowledge(dir, { validationCache: cacheFile })).toThrow(
      /facts\.json: facts\[0\]\.id: must be a lowercase id/,
    );
  });

  it("is ignored when damaged or unwritable", () => {
    const { dir, cacheFile } = scratch();
    loadKnowledge(dir, { validationCache: cacheFile });
    writeFileSync(cacheFile, "{ not json");
    const validated = loadKnowledge(dir, { validationCache: false });
    expect(loadKnowledge(dir, { validationCache: cacheFile })).toEqual(validated);
    // A cache under a file, not a folder, cannot be written: the load still succeeds.
    const unwritable = path.join(dir, "facts.json", "cache.json");
    expect(loadKnowledge(dir, { validationCache: unwritable })).toEqual(validated);
  });
});
