/**
 * "Since when", "from when", "as of what date" ask when: the glossary reads them so, and the
 * announcement's date answers.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";

const { says } = askProbe("knowledge");

describe("since when asks when", () => {
  it.each([
    "since when is this whole thing official??",
    "As of what date was the tie-up announced",
    "from when is the partnership announcement, and where was it made?",
  ])("%s", (question) => says(question, /18 November 2025/));
});
