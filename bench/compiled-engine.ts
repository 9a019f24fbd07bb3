/**
 * The engine as the bot runs it: the compiled JavaScript in dist/ (`npm start`; bench/run.ts
 * builds it when a source is newer), not the sources through tsx. tsx's transform keeps function
 * names by wrapping each named function expression in a call that sets its name, every time the
 * expression runs: about 7% of an answer's time that the bot never spends. The cold starts load
 * it too: the index cache (index-cache.ts) is keyed by the code that built it, so the source and
 * the compiled code would each throw away what the other remembered.
 */
import { existsSync } from "node:fs";

/** The engine's entry points, as the compiled modules export them. */
export interface CompiledEngine {
  readonly answerFromKnowledge: typeof import("../src/answer/fallback/answerer.ts").answerFromKnowledge;
  readonly loadKnowledge: typeof import("../src/knowledge/load.ts").loadKnowledge;
  readonly buildKnowledgeIndex: typeof import("../src/search/knowledge-index.ts").buildKnowledgeIndex;
  readonly applyV8Flags: typeof import("../src/process/v8-flags.ts").applyV8Flags;
  readonly applyAnsweringV8Flags: typeof import("../src/process/v8-flags.ts").applyAnsweringV8Flags;
}

export async function compiledEngine(): Promise<CompiledEngine> {
  const module = (file: string) => new URL(`../dist/src/${file}.js`, import.meta.url);
  const answerer = module("answer/fallback/answerer");
  if (!existsSync(answerer)) throw new Error("dist/ is missing: run npm run build first");
  const [answer, load, index, flags] = await Promise.all([
    import(answerer.href),
    import(module("knowledge/load").href),
    import(module("search/knowledge-index").href),
    import(module("process/v8-flags").href),
  ]);
  return {
    answerFromKnowledge: answer.answerFromKnowledge,
    loadKnowledge: load.loadKnowledge,
    buildKnowledgeIndex: index.buildKnowledgeIndex,
    applyV8Flags: flags.applyV8Flags,
    applyAnsweringV8Flags: flags.applyAnsweringV8Flags,
  };
}
