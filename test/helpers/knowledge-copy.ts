/** A temporary copy of knowledge/ with edits, for tests that need bigger or odd content. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { knowledgeDir } from "./paths.ts";

export type JsonEdit = (json: Record<string, unknown>) => void;

export function knowledgeCopy(edits: Record<string, JsonEdit>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "deal-bot-knowledge-"));
  cpSync(knowledgeDir, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const full = path.join(dir, file);
    const json = JSON.parse(readFileSync(full, "utf8")) as Record<string, unknown>;
    edit(json);
    writeFileSync(full, JSON.stringify(json, null, 2));
  }
  return dir;
}
