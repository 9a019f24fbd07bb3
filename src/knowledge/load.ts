/**
 * Reads a knowledge folder, validates every file against the schema and the cross-references
 * between files (quotes verbatim in the article, ids that exist), and returns one immutable value.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { EXIT_CODES, StartupError } from "../process/startup-error.ts";
import { deepFreeze } from "../util/deep-freeze.ts";
import { expandWordLists } from "./glossary-word-lists.ts";
import {
  aliasesFileSchema,
  type Bilingual,
  type Concept,
  type Fact,
  type FactsFile,
  type FlowsFile,
  factsFileSchema,
  flowsFileSchema,
  type GlossaryEntry,
  glossaryFileSchema,
  type Language,
  type Manifest,
  manifestSchema,
  type Source,
  translationsFileSchema,
} from "./schema.ts";
import { type Section, type Sentence, segmentArticle } from "./segment.ts";
import { defaultValidationCacheFile, openValidationCache } from "./validation-cache.ts";

export interface Article {
  readonly text: string;
  readonly language: Language;
  readonly sections: readonly Section[];
  readonly sentences: readonly Sentence[];
}

export interface Knowledge {
  readonly dir: string;
  readonly manifest: Manifest;
  readonly article: Article;
  readonly facts: readonly Fact[];
  /** Relations, display names and what the knowledge does not cover (from the facts file). */
  readonly scope: Scope;
  readonly flows: FlowsFile;
  readonly concepts: readonly Concept[];
  /** Slang and abbreviations with what they mean (manifest.glossary; empty without one). */
  readonly glossary: readonly GlossaryEntry[];
  /** Article text (a heading or sentence, verbatim) -> the same in the other language. */
  readonly translations: ReadonlyMap<string, string>;
  /** Short hash of every file's content: changes whenever the knowledge does. */
  readonly version: string;
}

export interface Scope {
  readonly relations: FactsFile["relations"];
  /** Concept id -> display name: the manifest's entities and the facts file's names. */
  readonly names: ReadonlyMap<string, Bilingual>;
  /** Product id -> the party that makes it, and the relations it stands for it in (`madeBy`). */
  readonly makers: ReadonlyMap<string, { party: string; relations: readonly string[] }>;
  readonly outside: FactsFile["outside"];
}

export class KnowledgeError extends StartupError {
  constructor(
    readonly dir: string,
    readonly problems: readonly string[],
  ) {
    super(
      `Knowledge folder ${dir} is invalid:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`,
      EXIT_CODES.knowledge,
    );
    this.name = "KnowledgeError";
  }
}

const FILES = {
  manifest: "manifest.json",
  facts: "facts.json",
  flows: "flows.json",
  aliases: "aliases.json",
} as const;

export interface LoadOptions {
  /**
   * File remembering validated knowledge files (see validation-cache.ts), false for none.
   * Default: node_modules/.cache/deal-bot/knowledge-validated.json in the project.
   */
  readonly validationCache?: string | false;
}

export function loadKnowledge(dir: string, options: LoadOptions = {}): Knowledge {
  const cache = openValidationCache(
    options.validationCache === false
      ? undefined
      : (options.validationCache ?? defaultValidationCacheFile()),
  );
  const problems: string[] = [];
  const hash = createHash("sha256");
  // Read as bytes: they are hashed as they are (the same digest as the text they decode to), and
  // a JSON file whose validated value is remembered is never decoded at all (its text was 300 KB
  // of UTF-8 decoded, then encoded again for each of two hashes, at every start).
  const readBytes = (file: string): Buffer | undefined => {
    try {
      const content = readFileSync(path.join(dir, file));
      hash.update(file).update("\0").update(content).update("\0");
      return content;
    } catch (error) {
      problems.push(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
      return undefined;
    }
  };
  const read = (file: string): string | undefined => readBytes(file)?.toString("utf8");
  const parse = <T extends z.ZodType>(
    file: string,
    schemaName: string,
    schema: T,
  ): z.infer<T> | undefined => {
    const content = readBytes(file);
    if (content === undefined) return undefined;
    const remembered = cache.get(schemaName, content);
    if (remembered !== undefined) return remembered as z.infer<T>;
    let json: unknown;
    try {
      json = JSON.parse(content.toString("utf8"));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`);
      return undefined;
    }
    const result = schema.safeParse(json);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${file}: ${formatPath(issue.path)}: ${issue.message}`);
      }
      return undefined;
    }
    cache.set(schemaName, content, result.data);
    return result.data;
  };

  const manifest = parse(FILES.manifest, "manifest", manifestSchema);
  const factsFile = parse(FILES.facts, "facts", factsFileSchema);
  const flows = parse(FILES.flows, "flows", flowsFileSchema);
  const aliases = parse(FILES.aliases, "aliases", aliasesFileSchema);
  const articleText = manifest ? read(manifest.article.file) : undefined;
  const translationsFile =
    manifest?.article.translations !== undefined
      ? parse(manifest.article.translations, "translations", translationsFileSchema)
      : { entries: [] };
  const glossaryFile =
    manifest?.glossary !== undefined
      ? parse(manifest.glossary, "glossary", glossaryFileSchema)
      : { wordLists: {}, entries: [] };

  if (
    !manifest ||
    !factsFile ||
    !flows ||
    !aliases ||
    articleText === undefined ||
    !translationsFile ||
    !glossaryFile
  ) {
    throw new KnowledgeError(dir, problems);
  }

  const sections = segmentArticle(articleText);
  const article: Article = {
    text: articleText,
    language: manifest.article.language,
    sections,
    sentences: sections.flatMap((section) => section.sentences),
  };
  if (article.sentences.length === 0) problems.push(`${manifest.article.file}: has no sentences`);

  const translations = buildTranslations(
    manifest,
    article,
    translationsFile.entries,
    manifest.article.translations ?? "",
    problems,
  );
  checkReferences(manifest, article, factsFile, flows, aliases.concepts, problems);
  checkScope(factsFile, aliases.concepts, problems);
  const glossary = expandWordLists(glossaryFile, manifest.glossary ?? "glossary", problems);
  if (problems.length > 0) throw new KnowledgeError(dir, problems);
  // Only a folder that passed every check is remembered as valid.
  cache.save();

  return deepFreeze({
    dir,
    manifest,
    article,
    facts: factsFile.facts,
    scope: {
      relations: factsFile.relations,
      names: new Map([
        ...manifest.entities.map((entity) => [entity.id, entity.name] as const),
        ...factsFile.names.map((entry) => [entry.id, entry.name] as const),
      ]),
      makers: new Map(
        factsFile.names.flatMap((entry) =>
          entry.madeBy === undefined ? [] : [[entry.id, entry.madeBy] as const],
        ),
      ),
      // Another event is turned away as an outside party is: one list for every reader of it.
      outside: {
        ...factsFile.outside,
        entities: [...factsFile.outside.entities, ...factsFile.outside.events],
      },
    },
    flows,
    concepts: aliases.concepts,
    glossary,
    translations,
    version: hash.digest("hex").slice(0, 12),
  });
}

function checkReferences(
  manifest: Manifest,
  article: Article,
  factsFile: FactsFile,
  flows: FlowsFile,
  concepts: readonly Concept[],
  problems: string[],
): void {
  const facts = factsFile.facts;
  const sourceIds = new Set(manifest.sources.map((source: Source) => source.id));
  const entityIds = new Set(manifest.entities.map((entity) => entity.id));
  const factIds = new Set<string>();
  const folded = foldSpace(article.text);

  facts.forEach((fact, index) => {
    const at = `${FILES.facts}: facts[${index}] (${fact.id})`;
    if (factIds.has(fact.id)) problems.push(`${at}.id: duplicate id`);
    factIds.add(fact.id);
    if (fact.quote !== undefined && !folded.includes(foldSpace(fact.quote))) {
      problems.push(`${at}.quote: is not verbatim article text`);
    }
    for (const sourceId of fact.sources) {
      if (!sourceIds.has(sourceId)) problems.push(`${at}.sources: unknown source "${sourceId}"`);
    }
  });

  factsFile.names.forEach((entry, index) => {
    if (entry.madeBy === undefined) return;
    const at = `${FILES.facts}: names[${index}] (${entry.id}).madeBy`;
    if (!entityIds.has(entry.madeBy.party)) {
      problems.push(`${at}.party: unknown entity "${entry.madeBy.party}"`);
    }
    for (const relation of entry.madeBy.relations) {
      if (!factsFile.relations.some((known) => known.id === relation)) {
        problems.push(`${at}.relations: unknown relation "${relation}"`);
      }
    }
  });

  flows.flows.forEach((flow, index) => {
    const at = `${FILES.flows}: flows[${index}] (${flow.id})`;
    for (const end of ["from", "to"] as const) {
      if (!entityIds.has(flow[end])) problems.push(`${at}.${end}: unknown entity "${flow[end]}"`);
    }
    if (!factIds.has(flow.fact)) problems.push(`${at}.fact: unknown fact "${flow.fact}"`);
  });
  flows.supplies.forEach((supply, index) => {
    const at = `${FILES.flows}: supplies[${index}] (${supply.id})`;
    for (const end of ["supplier", "customer"] as const) {
      if (!entityIds.has(supply[end])) {
        problems.push(`${at}.${end}: unknown entity "${supply[end]}"`);
      }
    }
    for (const key of ["fact", "said"] as const) {
      const fact = supply[key];
      if (fact !== undefined && !factIds.has(fact)) {
        problems.push(`${at}.${key}: unknown fact "${fact}"`);
      }
    }
  });
  if (flows.loop) {
    flows.loop.path.forEach((entity, index) => {
      if (!entityIds.has(entity)) {
        problems.push(`${FILES.flows}: loop.path[${index}]: unknown entity "${entity}"`);
      }
    });
    if (!factIds.has(flows.loop.fact)) {
      problems.push(`${FILES.flows}: loop.fact: unknown fact "${flows.loop.fact}"`);
    }
  }

  concepts.forEach((concept, index) => {
    if (concept.entity !== undefined && !entityIds.has(concept.entity)) {
      problems.push(
        `${FILES.aliases}: concepts[${index}].entity: unknown entity "${concept.entity}"`,
      );
    }
  });
}

/** Relation ids the facts use exist; relations name concepts that exist. */
function checkScope(file: FactsFile, concepts: readonly Concept[], problems: string[]): void {
  const relationIds = new Set(file.relations.map((relation) => relation.id));
  const conceptIds = new Set(concepts.map((concept) => concept.id));
  file.facts.forEach((fact, index) => {
    const at = `${FILES.facts}: facts[${index}] (${fact.id})`;
    for (const relation of [fact.relation, ...fact.also.map((pair) => pair.relation)]) {
      if (relation !== undefined && !relationIds.has(relation)) {
        problems.push(`${at}.relation: unknown relation "${relation}"`);
      }
    }
  });
  file.relations.forEach((relation, index) => {
    for (const concept of relation.concepts) {
      if (!conceptIds.has(concept)) {
        problems.push(`${FILES.facts}: relations[${index}].concepts: unknown concept "${concept}"`);
      }
    }
  });
}

/** Maps every heading and sentence to its translation; each must have exactly one. */
function buildTranslations(
  manifest: Manifest,
  article: Article,
  entries: readonly Bilingual[],
  file: string,
  problems: string[],
): Map<string, string> {
  const translations = new Map<string, string>();
  if (manifest.article.translations === undefined) return translations;
  const source = article.language;
  const target: Language = source === "ko" ? "en" : "ko";
  for (const entry of entries) translations.set(entry[source], entry[target]);

  const wanted = [
    ...article.sections.flatMap((section) => (section.heading ? [section.heading] : [])),
    ...article.sentences.map((sentence) => sentence.text),
  ];
  const wantedSet = new Set(wanted);
  for (const text of wanted) {
    if (!translations.has(text)) problems.push(`${file}: no entry for "${abbreviate(text)}"`);
  }
  entries.forEach((entry, index) => {
    if (!wantedSet.has(entry[source])) {
      problems.push(
        `${file}: entries[${index}].${source}: "${abbreviate(entry[source])}" is not a heading or sentence of the article`,
      );
    }
  });
  return translations;
}

function formatPath(segments: readonly PropertyKey[]): string {
  if (segments.length === 0) return "(top level)";
  return segments
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}

/** Whitespace folded, so a quote that wraps differently still counts as verbatim. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function abbreviate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
