/**
 * A CSP is a cloud service provider ("아마존이 메인 CSP 유지임?"): no name the knowledge lacks.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("CSP", () => {
  it("reads a CSP as a cloud provider", () => {
    says("앤트로픽 주력 CSP 아직 아마존임?", /아마존/u);
    says("Which CSP does Anthropic mainly train on?", /Amazon/u);
  });
});
