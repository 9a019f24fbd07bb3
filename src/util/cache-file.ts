/**
 * Files that remember work done at an earlier start (validated knowledge, English stems): kept in
 * the project's node_modules/.cache/deal-bot, where build tools keep theirs. Reading one that is
 * missing or damaged gives nothing; writing one that cannot be written does nothing: a cache makes
 * a start faster, never wrong, and never stops it.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";

/**
 * How a cache file is written: JSON, or V8's serialization (node:v8), which a start reads back
 * faster when the value is mostly arrays of strings (the search index: 404 KB of JSON to decode
 * from UTF-8 and parse, against 436 KB of Latin-1 and UTF-16 strings copied as they are; about a
 * third fewer instructions). Not for objects with many keys (the validated knowledge), which JSON
 * reads faster.
 */
export type CacheFormat = "json" | "v8";

/** The cache file of that name in this project, if the project's root can be found. */
export function defaultCacheFile(name: string): string | undefined {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) {
      return path.join(dir, "node_modules", ".cache", "deal-bot", name);
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The JSON object a cache file holds; an empty one when missing or damaged. */
export function readCacheFile(file: string, format: CacheFormat = "json"): Record<string, unknown> {
  try {
    const value: unknown =
      format === "v8" ? deserialize(readFileSync(file)) : JSON.parse(readFileSync(file, "utf8"));
    if (value && typeof value === "object" && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // Missing or damaged: start without it.
  }
  return {};
}

/** Writes a cache file whole (aside, then renamed: a reader never sees half of it). */
export function writeCacheFile(file: string, value: unknown, format: CacheFormat = "json"): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, format === "v8" ? serialize(value) : JSON.stringify(value));
    renameSync(partial, file);
  } catch {
    // A read-only install works the slower way: nothing is remembered.
  }
}
