/**
 * The /who-pays-whom diagram: a compute link is not a payment, the legend says what each line
 * means and can be read, nothing wraps awkwardly, and the drawn PNG is kept once drawn.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import {
  flowDiagramCacheStats,
  flowDiagramPng,
  warmUpFlowDiagrams,
} from "../../src/render/diagram-cache.ts";
import { COLORS, wrappedTexts } from "../../src/render/flow-diagram.ts";
import { flowView } from "../../src/render/flow-view.ts";
import { knowledgeDir } from "../helpers/paths.ts";
import { pngSize } from "../helpers/png.ts";

const knowledge = loadKnowledge(knowledgeDir);
const languages = ["ko", "en"] as const;

/** WCAG 2 contrast ratio, computed here from the colours, apart from the code under test. */
function contrast(first: string, second: string): number {
  const luminance = (hex: string) => {
    const value = Number.parseInt(hex.slice(1), 16);
    const channel = (shift: number) => {
      const c = ((value >> shift) & 255) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  };
  const [high, low] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (high + 0.05) / (low + 0.05);
}

describe("the compute link", () => {
  it("is drawn and listed as 'runs on', not as a payment, in both languages", () => {
    const compute = knowledge.flows.flows.filter((flow) => flow.kind === "compute");
    expect(compute.map((flow) => `${flow.from}->${flow.to}`)).toEqual(["anthropic->nvidia"]);
    const labels = { en: "runs on", ko: "구동" } as const;
    for (const language of languages) {
      const view = flowView(knowledge, language);
      const drawn = view.diagram.flows.find((flow) => flow.kind === "compute");
      expect(drawn).toMatchObject({ from: "anthropic", to: "nvidia", kindLabel: labels[language] });
      const payments = view.diagram.flows.filter((flow) => flow.kind === "payment");
      expect(payments).toHaveLength(knowledge.flows.flows.length - 1);
      for (const flow of payments) expect(flow.kindLabel).toBeUndefined();
      expect(view.diagram.legend.items.map((item) => item.style)).toEqual([
        "payment",
        "no-figure",
        "compute",
      ]);
      const step = view.text.split("\n").find((line) => line.startsWith(`**${drawn?.number}.**`));
      expect(step).toContain(labels[language]);
      expect(view.altText).toContain(labels[language]);
    }
  });
});

describe("the legend and the text colours", () => {
  it("reach 4.5:1 contrast against what they are drawn on", () => {
    for (const background of [COLORS.backgroundTop, COLORS.backgroundBottom]) {
      expect(contrast(COLORS.legendText, background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(COLORS.subtitle, background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(COLORS.title, background)).toBeGreaterThanOrEqual(4.5);
    }
    for (const text of [COLORS.pillText, COLORS.pillDetail, COLORS.compute]) {
      expect(contrast(text, COLORS.pill)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("wrapping", () => {
  it("never splits a bracket, a name or a trailing symbol, and leaves no orphan line", () => {
    for (const language of languages) {
      const { labels, statement } = wrappedTexts(flowView(knowledge, language).diagram);
      for (const lines of [...labels, statement]) {
        lines.forEach((line, index) => {
          const opened = (line.match(/\(/g) ?? []).length;
          expect(opened, `${language}: "${line}"`).toBe((line.match(/\)/g) ?? []).length);
          expect(line, `${language}: ends in a bare symbol`).not.toMatch(/\s[^\p{L}\p{N}\s]+$/u);
          const next = lines[index + 1];
          if (next !== undefined) {
            const name = /[A-Z][a-z]+$/.test(line) && /^[A-Z][a-z]+/.test(next);
            expect(name, `${language}: a name split over "${line}" / "${next}"`).toBe(false);
          }
        });
        if (lines.length > 1) {
          const longest = Math.max(...lines.map((line) => line.length));
          expect((lines.at(-1) as string).length, lines.join(" / ")).toBeGreaterThanOrEqual(
            longest / 3,
          );
        }
      }
    }
  });
});

describe("the diagram cache", () => {
  it("after the warm-up, returns the drawn buffer without drawing again", async () => {
    await warmUpFlowDiagrams(knowledge);
    const afterWarmUp = flowDiagramCacheStats();
    expect(afterWarmUp.kept).toBeGreaterThanOrEqual(2);
    const english = await flowDiagramPng(knowledge, "en");
    const again = await flowDiagramPng(knowledge, "en");
    expect(again).toBe(english);
    expect(pngSize(english)).toEqual({ width: 1400, height: 1120 });
    await flowDiagramPng(knowledge, "ko");
    expect(flowDiagramCacheStats().draws).toBe(afterWarmUp.draws);

    // A focused variant is drawn once, then kept; an unknown company is the unfocused one.
    const focused = await flowDiagramPng(knowledge, "en", "nvidia");
    expect(focused).not.toBe(english);
    expect(await flowDiagramPng(knowledge, "en", "nvidia")).toBe(focused);
    expect(await flowDiagramPng(knowledge, "en", "no-such-company")).toBe(english);
    expect(flowDiagramCacheStats().draws).toBe(afterWarmUp.draws + 1);
  });
});
