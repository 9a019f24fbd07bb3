/**
 * Every question of the labelled sets in `knowledge/eval/`, held-out ones included: for tests
 * that compare two ways of reading the same texts (a cheap scan against the full reading), never
 * the answers to them.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { knowledgeDir } from "./paths.ts";

export function evalQuestions(): string[] {
  const dir = path.join(knowledgeDir, "eval");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".jsonl"))
    .flatMap((file) => readFileSync(path.join(dir, file), "utf8").split("\n"))
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { q: string }).q);
}
