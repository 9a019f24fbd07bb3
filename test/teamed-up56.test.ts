/**
 * Working together in its past and other forms ("teamed up", "joined forces", "partnered up")
 * reads as the partnership, as "team up" did. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("working together, in any form", () => {
  it("is the partnership", () => {
    says("have nvidia and anthropic teamed up before this?", /first deep technology partnership/u);
    says("why are anthropic and nvidia joining forces", /NVIDIA/u);
    says("anthropic partnered up with nvidia on what exactly", /co-design/u);
  });
});
