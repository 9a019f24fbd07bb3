/**
 * One cold start, in a fresh process: load and index the knowledge folder once and print how long
 * that took, in ms, as JSON on stdout. The engine bench runs it several times (a single cold
 * start on a shared machine is too noisy to report alone). With "validate" as its second argument
 * it validates every knowledge file (as the first start after a change does), not reading what an
 * earlier start remembered (src/knowledge/validation-cache.ts).
 */
import { loadConfig } from "../src/config.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { applyV8Flags } from "../src/process/v8-flags.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";

applyV8Flags(); // as the bot's entry point does
const { knowledgeDir } = loadConfig({ KNOWLEDGE_DIR: process.argv[2] ?? "" });
const start = performance.now();
const knowledge = loadKnowledge(
  knowledgeDir,
  process.argv[3] === "validate" ? { validationCache: false } : {},
);
const loaded = performance.now();
buildKnowledgeIndex(knowledge);
const indexed = performance.now();
process.stdout.write(
  `${JSON.stringify({ loadMs: loaded - start, indexMs: indexed - loaded, totalMs: indexed - start })}\n`,
);
