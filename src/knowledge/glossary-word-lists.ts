/**
 * The glossary's shared word lists: an entry's `when` / `unless` may name a list ("@money-talk")
 * instead of spelling its words again, so entries guarded alike cannot drift apart. Expanded once
 * when the knowledge is read; the readers of the glossary only ever see plain words.
 */
import { type GlossaryEntry, type GlossaryFile, WORD_LIST_REFERENCE } from "./schema.ts";

/** The entries with every named list replaced by its words; unknown or unused lists are problems. */
export function expandWordLists(
  file: GlossaryFile,
  fileName: string,
  problems: string[],
): GlossaryEntry[] {
  const used = new Set<string>();
  const expand = (words: readonly string[], at: string): string[] =>
    words.flatMap((word) => {
      const name = WORD_LIST_REFERENCE.exec(word)?.[1];
      if (name === undefined) return [word];
      const list = file.wordLists[name];
      if (!list) {
        problems.push(`${fileName}: ${at}: unknown word list "${word}"`);
        return [];
      }
      used.add(name);
      return list;
    });
  const entries = file.entries.map((entry, index) => {
    const at = `entries[${index}]`;
    return {
      ...entry,
      ...(entry.when ? { when: expand(entry.when, `${at}.when`) } : {}),
      ...(entry.unless ? { unless: expand(entry.unless, `${at}.unless`) } : {}),
    };
  });
  for (const name of Object.keys(file.wordLists)) {
    if (!used.has(name)) problems.push(`${fileName}: wordLists.${name}: not used by any entry`);
  }
  return entries;
}
