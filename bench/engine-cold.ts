/**
 * One cold start, in a fresh process: load and index the knowledge folder once and print how long
 * that took, in ms, as JSON on stdout. The engine bench runs it several times (a single cold
 * start on a shared machine is too noisy to report alone). With "validate" as its second argument
 * it does what the first start after a change does: validates every knowledge file, not reading
 * what an earlier start remembered (src/knowledge/validation-cache.ts), and builds the search index
 * (src/search/index-cache.ts), writing it to a cache file of its own, removed afterwards.
 */
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config.ts";
import { compiledEngine } from "./compiled-engine.ts";

// The compiled code, as the bot runs it (compiled-engine.ts); loaded before the clock starts.
const { loadKnowledge, buildKnowledgeIndex, applyV8Flags } = await compiledEngine();
applyV8Flags(); // as the bot's entry point does
const { knowledgeDir } = loadConfig({ KNOWLEDGE_DIR: process.argv[2] ?? "" });
const validate = process.argv[3] === "validate";
const freshIndexCache = path.join(tmpdir(), `deal-bot-bench-index-${process.pid}.json`);
const start = performance.now();
const knowledge = loadKnowledge(knowledgeDir, validate ? { validationCache: false } : {});
const loaded = performance.now();
buildKnowledgeIndex(knowledge, validate ? { cache: freshIndexCache } : {});
const indexed = performance.now();
if (validate) rmSync(freshIndexCache, { force: true });
process.stdout.write(
  `${JSON.stringify({ loadMs: loaded - start, indexMs: indexed - loaded, totalMs: indexed - start })}\n`,
);
