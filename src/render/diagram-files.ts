/**
 * Drawn diagrams kept as files beside the compiled code (dist/diagrams/), one per knowledge
 * version, language and focus. `npm run build` draws them, so the bot that `npm start` runs reads
 * a file instead of loading Skia and the fonts; a knowledge folder changed after the build is
 * drawn once and saved for the next start. The build empties dist/, so a new renderer never meets
 * an old file. From the TypeScript sources (development, tests) there is no folder: nothing is
 * read or saved.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Knowledge } from "../knowledge/load.ts";
import type { Language } from "../knowledge/schema.ts";
import { RUNNING_COMPILED } from "../util/running-compiled.ts";

export interface DiagramVariant {
  readonly language: Language;
  readonly focus: string | undefined;
}

/** The folder of a build: dist/diagrams (this file is dist/src/render/diagram-files.js). */
export function builtDiagramsDir(): string | undefined {
  return RUNNING_COMPILED ? fileURLToPath(new URL("../../diagrams/", import.meta.url)) : undefined;
}

export function diagramFile(dir: string, knowledge: Knowledge, variant: DiagramVariant): string {
  return path.join(
    dir,
    `flow-${knowledge.version}-${variant.language}-${variant.focus ?? "all"}.png`,
  );
}

/** The variants that have no file yet (all of them when there is no folder). */
export function unsavedVariants(
  dir: string | undefined,
  knowledge: Knowledge,
  variants: readonly DiagramVariant[],
): DiagramVariant[] {
  if (dir === undefined) return [...variants];
  return variants.filter((variant) => !existsSync(diagramFile(dir, knowledge, variant)));
}

/** The saved PNG, or undefined when there is none (or it cannot be read). */
export async function readDiagram(
  dir: string | undefined,
  knowledge: Knowledge,
  variant: DiagramVariant,
): Promise<Buffer | undefined> {
  if (dir === undefined) return undefined;
  try {
    return await readFile(diagramFile(dir, knowledge, variant));
  } catch {
    return undefined;
  }
}

/**
 * Saves a PNG for the next start. Written to a temporary name and renamed, so a reader never
 * sees half a file. Throws when the folder is not writable (a read-only image): callers log it.
 */
export async function saveDiagram(
  dir: string,
  knowledge: Knowledge,
  variant: DiagramVariant,
  png: Uint8Array,
): Promise<void> {
  const file = diagramFile(dir, knowledge, variant);
  await mkdir(dir, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
}
