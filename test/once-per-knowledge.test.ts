/** oncePerKnowledge: a value is built once per knowledge folder, and each folder has its own. */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { oncePerKnowledge } from "../src/knowledge/once-per-knowledge.ts";
import { miniEnglishKnowledgeDir, miniKnowledgeDir } from "./helpers/paths.ts";

const korean = loadKnowledge(miniKnowledgeDir, { validationCache: false });
const english = loadKnowledge(miniEnglishKnowledgeDir, { validationCache: false });

describe("oncePerKnowledge", () => {
  it("builds the value once for a folder and hands back the same value after", () => {
    let builds = 0;
    const factIds = oncePerKnowledge((knowledge) => {
      builds++;
      return new Set(knowledge.facts.map((fact) => fact.id));
    });
    const first = factIds(korean);
    expect(factIds(korean)).toBe(first);
    expect(factIds(korean)).toBe(first);
    expect(builds).toBe(1);
  });

  it("gives a second folder a value of its own", () => {
    const language = oncePerKnowledge((knowledge) => knowledge.article.language);
    expect(language(korean)).toBe(korean.article.language);
    expect(language(english)).toBe(english.article.language);
    expect(language(english)).not.toBe(language(korean));
  });

  it("keeps a value that is undefined or false, not building it again", () => {
    let builds = 0;
    const nothing = oncePerKnowledge(() => {
      builds++;
      return undefined;
    });
    const no = oncePerKnowledge(() => {
      builds++;
      return false;
    });
    nothing(korean);
    nothing(korean);
    no(korean);
    no(korean);
    expect(builds).toBe(2);
  });

  it("passes the first call's further arguments to the build, and keeps what it built", () => {
    const firstWord = oncePerKnowledge((_knowledge, word: string) => word);
    expect(firstWord(korean, "opening")).toBe("opening");
    expect(firstWord(korean, "another")).toBe("opening");
    expect(firstWord(english, "another")).toBe("another");
  });
});
