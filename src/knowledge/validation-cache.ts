/**
 * Remembers what validating a knowledge file gave, so that the next start-up with the same file
 * skips zod: validating costs 10-20 ms of a cold start (zod's interpreter runs unoptimised), while
 * reading the remembered result back is one JSON.parse. An entry is found by a hash of the file's
 * content and of the schema (its source text and zod's version): a changed file, schema or zod is
 * simply validated again. The cache is one small file, rewritten whenever a load validated
 * anything; a cache that cannot be read or written is no cache, never an error.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { defaultCacheFile, readCacheFile, writeCacheFile } from "../util/cache-file.ts";
import { SCHEMA_MODULE_URL } from "./schema.ts";

export interface ValidationCache {
  /**
   * The validated value of a file's content for a schema, when remembered. The content as text or
   * as the file's bytes: a text and its UTF-8 bytes are one key.
   */
  get(schemaName: string, content: string | Uint8Array): unknown;
  /** Remembers a validated value (written out by save). */
  set(schemaName: string, content: string | Uint8Array, value: unknown): void;
  /** Writes the entries used by this load, when any is new. */
  save(): void;
}

/** Where the cache lives by default (see cache-file.ts). */
export function defaultValidationCacheFile(): string | undefined {
  return defaultCacheFile("knowledge-validated.json");
}

/** A cache backed by `file`; without a file, one that remembers nothing. */
export function openValidationCache(file: string | undefined): ValidationCache {
  const schemaKey = file === undefined ? undefined : schemaIdentity();
  if (file === undefined || schemaKey === undefined) return NO_CACHE;
  const stored = readCacheFile(file);
  const used = new Map<string, unknown>();
  let changed = false;
  // The schema's part of every key hashed once (its source is 12 KB), then copied for each file.
  const schemaHash = createHash("sha256").update(schemaKey).update("\0");
  const keyOf = (schemaName: string, content: string | Uint8Array) =>
    schemaHash.copy().update(schemaName).update("\0").update(content).digest("hex");
  return {
    get(schemaName, content) {
      const key = keyOf(schemaName, content);
      if (!Object.hasOwn(stored, key)) return undefined;
      used.set(key, stored[key]);
      return stored[key];
    },
    set(schemaName, content, value) {
      used.set(keyOf(schemaName, content), value);
      changed = true;
    },
    save() {
      if (changed) writeCacheFile(file, Object.fromEntries(used));
    },
  };
}

const NO_CACHE: ValidationCache = { get: () => undefined, set: () => {}, save: () => {} };

let schemaKeyMemo: string | null | undefined;

/**
 * The schema's source text and zod's version: what decides a validation's result. Undefined when
 * the source is not on disk (a bundle): nothing would tell two schemas apart, so nothing is cached.
 */
function schemaIdentity(): string | undefined {
  if (schemaKeyMemo === undefined) {
    const { major, minor, patch } = z.core.version;
    try {
      const source = readFileSync(fileURLToPath(SCHEMA_MODULE_URL), "utf8");
      schemaKeyMemo = `${major}.${minor}.${patch}\0${source}`;
    } catch {
      schemaKeyMemo = null;
    }
  }
  return schemaKeyMemo ?? undefined;
}

// Read as this module loads, not at the first validation: the schema on disk must be the schema
// that runs. Read later, a process started before the schema changed on disk would file what its
// old schema kept under the new schema's key, and every later start would read that back (a field
// the new schema adds went missing this way in development).
schemaIdentity();
