/**
 * The audience an explanation is pitched at may take several words ("like I'm a sleepy ol' gator
 * sunnin' on the bank"): read as "like I'm five", never as a topic. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a long audience", () => {
  it("is how to explain, not what", () => {
    says(
      "explain the circular investment thing like I'm an old retired trucker sittin' on the porch",
      /circular/u,
    );
  });
});
