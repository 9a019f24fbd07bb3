/**
 * Who wrote the piece, asked with the words run together ("기사쓴사람누구임", "이거쓴기자 누구"):
 * the writer is not named, and the answer says so instead of asking for a question about the
 * deal. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("the writer asked without spaces", () => {
  it("says the piece names no writer", () => {
    for (const question of ["이글쓴사람누구예요", "이 기사쓴기자 누구임?"]) {
      expect(ask(question).text, question).toMatch(/글쓴이/u);
    }
  });
});
