/**
 * "Why would A fund a company that buys from it?": the money both ways between the two leads (the
 * stake, and the purchases coming back), and the article's reading of the motive is quoted, not
 * a figure the question names nor the headline's correction. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("funding one's own customer", () => {
  it("leads with the stake and the purchases back", () => {
    says(
      "why would microsoft back a company that will turn around and spend billions on azure?",
      /^Microsoft committed to invest up to \$5 billion[^\n]*\$30 billion of Microsoft Azure[\s\S]*OpenAI/u,
    );
    says(
      "Why does NVIDIA invest in one of its own buyers?",
      /^NVIDIA committed to invest up to \$10 billion[^\n]*Grace Blackwell[\s\S]*demand/u,
    );
    says(
      "마이크로소프트는 왜 자기 클라우드 살 회사한테 투자해?",
      /^마이크로소프트는 앤트로픽에 최대 50억 달러[^\n]*300억 달러[\s\S]*의존도/u,
    );
  });
});
