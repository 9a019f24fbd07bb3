import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { drawFlowDiagram } from "../../src/render/flow-diagram.ts";
import { flowView } from "../../src/render/flow-view.ts";
import { knowledgeDir } from "../helpers/paths.ts";
import { pngSize } from "../helpers/png.ts";

const knowledge = loadKnowledge(knowledgeDir);

describe("flowView", () => {
  it("numbers every flow, quotes the article and names the loop", () => {
    const view = flowView(knowledge, "en");
    expect(view.diagram.flows.map((flow) => flow.number)).toEqual(
      knowledge.flows.flows.map((_, index) => index + 1),
    );
    for (const flow of view.diagram.flows) {
      expect(view.text).toContain(`**${flow.number}.**`);
    }
    expect(view.text).toMatch(/^> .+/m);
    expect(view.diagram.loop?.entityIds).toEqual(knowledge.flows.loop?.path);
    expect(view.diagram.flows.some((flow) => flow.inLoop)).toBe(true);
  });

  it("speaks Korean to Korean users, names and all", () => {
    const view = flowView(knowledge, "ko");
    for (const entity of knowledge.manifest.entities) {
      expect(view.diagram.entities.map((drawn) => drawn.name)).toContain(entity.name.ko);
    }
    expect(view.text).toMatch(/[가-힣]/);
  });

  it("keeps the numbers of the whole list when focused on one company", () => {
    const entity = knowledge.manifest.entities[0];
    if (!entity) throw new Error("no entities");
    const view = flowView(knowledge, "en", entity.id);
    const touching = view.diagram.flows.filter((flow) => !flow.dimmed);
    expect(touching.length).toBeGreaterThan(0);
    expect(touching.length).toBeLessThan(view.diagram.flows.length);
    for (const flow of touching) expect([flow.from, flow.to]).toContain(entity.id);
    for (const flow of view.diagram.flows.filter((flow) => flow.dimmed)) {
      expect(view.text).not.toContain(`**${flow.number}.**`);
    }
  });
});

describe("drawFlowDiagram", () => {
  it("draws a PNG of a sensible size in both languages", async () => {
    for (const language of ["ko", "en"] as const) {
      const png = await drawFlowDiagram(flowView(knowledge, language).diagram);
      expect(pngSize(png)).toEqual({ width: 1400, height: 1120 });
      expect(png.length).toBeGreaterThan(50_000);
      expect(png.length).toBeLessThan(2_000_000);
    }
  });
});
