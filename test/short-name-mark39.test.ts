/**
 * A party's short name inside another name ("at MS Ignite", "MS 이그나이트에서") is checked by any
 * of the party's names, as the party named alone already was: "was it announced at MS Ignite?"
 * had been a no because the fact writes "Microsoft Ignite". Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a party's short name inside an event's name", () => {
  it("MS Ignite, in English", () => {
    says("The partnership was unveiled at MS Ignite, right?", /^Yes\b/u);
  });

  it("MS 이그나이트, in Korean", () => {
    says("이거 MS 이그나이트에서 공개된 거 맞죠?", /^맞아요/u);
  });

  it("another event is still a no", () => {
    says("The partnership was unveiled at MS Build, right?", /^No\b/u);
  });
});
