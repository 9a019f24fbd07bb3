/**
 * Where the data centres are, asked with the question word last ("data centers where?",
 * "데이터센터 어디?"), is the site the knowledge lacks, as "where are the data centers?" is: not
 * the compute deal's figures. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("the data centres' site asked with the question word last", () => {
  it.each(["ok and the datacenters where?", "그럼 데이터 센터 어디?"])(
    "turns away %s",
    (question) => {
      const said = ask(question);
      expect(said.abstained, question).toBe(true);
      expect(said.text).not.toMatch(/gigawatt|기가와트/u);
    },
  );
});
