/**
 * A function word typed onto the capitalised name after it ("aboutOpenAI"): the capital shows
 * the missed space. Names in camel case stay whole. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { spaceGluedCapitals } from "../src/search/glued-capitals.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a function word glued to a name", () => {
  it("is spaced off it", () => {
    says("what did nadella say aboutOpenAI?", /critical partner/u);
  });

  it("leaves names in camel case whole", () => {
    expect(spaceGluedCapitals("OpenAI, DeepMind, iPhone, WhatsApp")).toBe(
      "OpenAI, DeepMind, iPhone, WhatsApp",
    );
    expect(spaceGluedCapitals("money forNVIDIA andAnthropic")).toBe(
      "money for NVIDIA and Anthropic",
    );
  });
});
