/**
 * Remembers what building the search index gave (the lexicon and every passage's features), so
 * that the next start-up with the same knowledge and the same code reads it back instead of
 * building it: the build is 35-45 ms of a cold start (tokenising, stemming and matching every
 * passage in code V8 has not optimised yet), reading it back a few (written in V8's serialization,
 * not JSON: see cache-file.ts). The entry is found by a hash of
 * everything the build reads (the knowledge's texts, concepts and topic words), of the source of
 * the code that builds it (this folder, the stemmer) and of the Node version: a change to any of
 * them builds again. One file, holding the last index built; a missing, damaged or unwritable
 * file only means building, never an error.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stemmer } from "stemmer";
import type { Knowledge } from "../knowledge/load.ts";
import { defaultCacheFile, readCacheFile, writeCacheFile } from "../util/cache-file.ts";
import { escapeRegExp } from "../util/escape-regexp.ts";
import type { LexiconSnapshot } from "./lexicon-snapshot.ts";

/** What is remembered of a built index. */
export interface IndexSnapshot {
  readonly lexicon: LexiconSnapshot;
  /** Each passage's features, in the order the index adds them: feature, weight, feature… */
  readonly documents: (string | number)[][];
}

export interface IndexCache {
  /** The snapshot remembered for this knowledge and code, if any. */
  read(): IndexSnapshot | undefined;
  /** Remembers a snapshot for this knowledge and code. */
  write(snapshot: IndexSnapshot): void;
}

/** Where the cache lives by default (see cache-file.ts). */
export function defaultIndexCacheFile(): string | undefined {
  return defaultCacheFile("knowledge-index.v8");
}

/**
 * A cache backed by `file` for this knowledge; without a file, or when the code's source cannot be
 * read (a bundle: nothing would tell two versions apart), one that remembers nothing.
 * `code`: what identifies the code that builds the index (tests pass their own).
 */
export function openIndexCache(
  file: string | undefined,
  knowledge: Knowledge,
  code: string | undefined = codeIdentity(),
): IndexCache {
  if (file === undefined || code === undefined) return NO_CACHE;
  const key = createHash("sha256")
    .update(code)
    .update("\0")
    .update(buildInputs(knowledge))
    .digest("hex");
  return {
    read() {
      const stored = readCacheFile(file, "v8");
      if (stored.key !== key) return undefined;
      const { lexicon, documents } = stored as Partial<IndexSnapshot>;
      return lexicon && Array.isArray(documents) ? { lexicon, documents } : undefined;
    },
    write(snapshot) {
      writeCacheFile(file, { key, ...snapshot }, "v8");
    },
  };
}

const NO_CACHE: IndexCache = { read: () => undefined, write: () => {} };

/** Everything of the knowledge the index build reads, as one string. */
function buildInputs(knowledge: Knowledge): string {
  const { article, facts, scope } = knowledge;
  return JSON.stringify([
    article.sections.map((section) => [
      section.heading,
      section.sentences.map((sentence) => [sentence.index, sentence.text]),
    ]),
    [...knowledge.translations],
    facts.map((fact) => [fact.label, fact.statement, fact.keywords]),
    knowledge.concepts,
    scope.relations.map((relation) => relation.forms),
    scope.outside,
    knowledge.manifest.search,
    knowledge.glossary,
  ]);
}

let codeMemo: string | null | undefined;

/**
 * What identifies the code that builds the index: the source of every file of this folder (as run:
 * .ts under tsx, .js once built), the text of the two functions it uses from elsewhere (the
 * stemmer and escapeRegExp, for the glossary's patterns), and the Node version (its
 * Unicode tables decide what a letter is). The index reads nothing else: the knowledge's values,
 * whatever code made them, are part of the key themselves. Undefined when the folder cannot be read.
 */
function codeIdentity(): string | undefined {
  if (codeMemo === undefined) {
    try {
      const hash = createHash("sha256").update(
        `${process.version}\0${process.versions.unicode ?? ""}\0${stemmer}\0${escapeRegExp}\0`,
      );
      const dir = path.dirname(fileURLToPath(import.meta.url));
      const files = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile());
      for (const name of files.map((entry) => entry.name).sort()) {
        // Joined by hand: path.join, unoptimised at start-up, costs more than the read.
        hash
          .update(`${name}\0`)
          .update(readFileSync(`${dir}${path.sep}${name}`))
          .update("\0");
      }
      codeMemo = hash.digest("hex");
    } catch {
      codeMemo = null;
    }
  }
  return codeMemo ?? undefined;
}

// Read as this module loads, not at the first build: the source on disk must be the source that
// runs. Read later, a process started before a change on disk (a deploy, a merge under a running
// test run) would file its old code's index under the new code's key, and every later start would
// read that back.
codeIdentity();
