import path from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const knowledgeDir = path.join(projectRoot, "knowledge");
export const miniKnowledgeDir = path.join(projectRoot, "test/fixtures/knowledge-mini");
/** An English-language article on an unrelated story: nothing in src/ may assume Korean or the deal. */
export const miniEnglishKnowledgeDir = path.join(projectRoot, "test/fixtures/knowledge-mini-en");
