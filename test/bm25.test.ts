import { describe, expect, it } from "vitest";
import { Bm25Index, byScoreDescending, rescored, sortByScore } from "../src/search/bm25.ts";

function index(): Bm25Index<string> {
  const bm25 = new Bm25Index<string>();
  bm25.add("a", new Map([["x", 1]]));
  bm25.add(
    "b",
    new Map([
      ["x", 1],
      ["y", 2],
    ]),
  );
  bm25.add("c", new Map([["z", 1]]));
  return bm25;
}

describe("Bm25Index", () => {
  it("ranks the documents that match, best first, and lists only the features asked for", () => {
    const ranked = index().search(
      new Map([
        ["x", 1],
        ["y", 1],
      ]),
      { report: ["y"] },
    );
    expect(ranked.map((result) => result.item)).toEqual(["b", "a"]);
    expect(ranked.map((result) => result.matched)).toEqual([["y"], []]);
    expect(ranked[0]?.score).toBeGreaterThan(ranked[1]?.score ?? Number.POSITIVE_INFINITY);
  });

  it("gives the same ranking on every search (nothing carried from one search to the next)", () => {
    const bm25 = index();
    const query = new Map([
      ["x", 1],
      ["y", 1],
    ]);
    const first = bm25.search(query, { report: ["x", "y"] });
    bm25.search(new Map([["z", 1]]));
    bm25.search(query, { filter: (item) => item === "a" });
    expect(bm25.search(query, { report: ["x", "y"] })).toEqual(first);
    expect(first.map((result) => result.matched)).toEqual([["x", "y"], ["x"]]);
  });

  it("leaves out what the filter rejects", () => {
    const ranked = index().search(new Map([["x", 1]]), { filter: (item) => item !== "b" });
    expect(ranked.map((result) => result.item)).toEqual(["a"]);
  });

  it("rescores a result into the same fields, in the same order, as search's own results", () => {
    const [best] = index().search(new Map([["y", 1]]), { report: ["y"] });
    if (!best) throw new Error("no result");
    const copy = rescored(best, best.score * 2);
    expect(Object.keys(copy)).toEqual(Object.keys(best));
    expect(copy).toEqual({ item: best.item, score: best.score * 2, matched: best.matched });
  });

  it("lists each document's reported matches in the query's order, documents sharing a list", () => {
    const bm25 = new Bm25Index<string>();
    bm25.add(
      "p",
      new Map([
        ["q", 1],
        ["r", 1],
      ]),
    );
    bm25.add("s", new Map([["r", 1]]));
    bm25.add(
      "t",
      new Map([
        ["q", 1],
        ["r", 1],
        ["u", 1],
      ]),
    );
    bm25.add("v", new Map([["u", 1]]));
    const ranked = bm25.search(
      new Map([
        ["r", 1],
        ["u", 1],
        ["q", 1],
      ]),
      { report: ["q", "r"] },
    );
    const matched = new Map(ranked.map((result) => [result.item, result.matched]));
    expect(matched.get("p")).toEqual(["r", "q"]);
    expect(matched.get("t")).toEqual(["r", "q"]);
    expect(matched.get("s")).toEqual(["r"]);
    expect(matched.get("v")).toEqual([]);
  });
});

describe("Bm25Index, many documents", () => {
  it("ranks hundreds of documents as a stable sort of their scores would, search after search", () => {
    const bm25 = new Bm25Index<number>();
    // 300 documents with a few distinct term frequencies: many equal scores.
    for (let doc = 0; doc < 300; doc++) {
      bm25.add(
        doc,
        new Map([["w", 1 + ((doc * 7) % 4)], ...(doc % 50 === 0 ? [["v", 1] as const] : [])]),
      );
    }
    const stable = (query: Map<string, number>) => {
      const ranked = bm25.search(query);
      const expected = [...ranked].sort((a, b) =>
        a.score === b.score ? a.item - b.item : b.score - a.score,
      );
      return { ranked: ranked.map((r) => r.item), expected: expected.map((r) => r.item) };
    };
    const wide = stable(new Map([["w", 1]]));
    expect(wide.ranked).toHaveLength(300);
    expect(wide.ranked).toEqual(wide.expected);
    const narrow = stable(new Map([["v", 1]]));
    expect([...narrow.ranked].sort((a, b) => a - b)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(narrow.ranked).toEqual(narrow.expected);
    expect(stable(new Map([["w", 1]])).ranked).toEqual(wide.ranked);
  });
});

describe("sortByScore", () => {
  it("orders as the stable builtin sort does: best first, equal scores as they came", () => {
    // A fixed pseudo-random sequence with many ties, long and short.
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    for (const length of [0, 1, 2, 5, 40, 300]) {
      const results = Array.from({ length }, (_, at) => ({ score: next() % 6, at }));
      const expected = [...results].sort(byScoreDescending);
      expect(sortByScore([...results])).toEqual(expected);
    }
  });
});
