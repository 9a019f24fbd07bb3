import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { knowledgeDir } from "./helpers/paths.ts";
import { runScript } from "./helpers/run.ts";

describe("npm run ask", () => {
  it("--jsonl prints exactly one JSON object per input line, in order, and nothing else", async () => {
    const questions = [
      "MS가 약속한 투자 금액은?",
      "🤔🤔",
      "What's a good recipe for pancakes?",
      "How much did NVIDIA commit?",
      "x".repeat(2_000),
    ];
    const result = await runScript("src/cli/ask.ts", ["--jsonl"], {
      input: `${questions.join("\n")}\n`,
    });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(questions.length);
    const objects = lines.map((line) => JSON.parse(line));
    expect(objects.map((object) => object.question)).toEqual(questions);

    const [first, empty, offTopic, nvidia, huge] = objects;
    expect(first).toMatchObject({ mode: "fallback", language: "ko", abstained: false });
    expect(first.answer).toContain("50억");
    expect(first.citations[0]).toEqual({
      quote: expect.any(String),
      section: "앤트로픽 투자, 누가 왜 뛰어들었을까요?",
    });
    expect(Array.isArray(first.sources)).toBe(true);
    // No words: the answer contract, not covered with the hint; never an error object.
    expect(empty).toMatchObject({ abstained: true, mode: "fallback", citations: [], sources: [] });
    expect(empty.answer).toMatch(/^Ask me a question about/);
    expect(empty.error).toBeUndefined();
    expect(offTopic).toMatchObject({ abstained: true, language: "en", citations: [] });
    expect(nvidia.answer).toMatch(/\$10 billion/);
    expect(huge.error).toMatch(/too long/);
    expect(Object.keys(first).sort()).toEqual([
      "abstained",
      "answer",
      "citations",
      "language",
      "mode",
      "question",
      "sources",
    ]);
  });

  it("--json prints one object", async () => {
    const result = await runScript("src/cli/ask.ts", [
      "--json",
      "Why is this called a circular investment?",
    ]);
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer.mode).toBe("fallback");
    expect(answer.answer).toMatch(/circular|순환/i);
  });

  it("prints a person's answer with quote, section and mode", async () => {
    const result = await runScript("src/cli/ask.ts", ["엔비디아 투자 규모 알려줘"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("> 마이크로소프트는");
    expect(result.stdout).toContain("앤트로픽 투자, 누가 왜 뛰어들었을까요?");
    expect(result.stdout).toContain("mode: fallback");
  });

  it("rejects a wrong configuration by naming the variable, never its value", async () => {
    const result = await runScript("src/cli/ask.ts", ["hi"], {
      env: { CLAUDE_TIMEOUT_MS: "soon-ish-secret-value", DISCORD_API_BASE_URL: "not a url" },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("CLAUDE_TIMEOUT_MS");
    expect(result.stderr).toContain("DISCORD_API_BASE_URL");
    expect(result.stderr).not.toContain("soon-ish-secret-value");
    expect(result.stdout).toBe("");
  });
});

describe("npm run eval", () => {
  it("names a set it cannot read, and the line of a bad row, instead of failing as a bug", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "eval-sets-"));
    try {
      const bad = path.join(dir, "bad.jsonl");
      writeFileSync(
        bad,
        `${JSON.stringify({ id: "a", cat: "x", q: "hi", kind: "abstain" })}\n{"id": "b"}\n`,
      );
      const result = await runScript("src/cli/eval.ts", [path.join(dir, "missing.jsonl"), bad]);
      expect(result.code).toBe(66);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(
        `cannot read ${path.join(dir, "missing.jsonl")}: no such file`,
      );
      expect(result.stderr).toContain(`cannot read ${bad}: line 2: q:`);
      expect(result.stderr).not.toContain("a bug");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("npm run eval --failures", () => {
  it("lists a held-out set's failing rows only when its file is named", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "eval-knowledge-"));
    try {
      cpSync(knowledgeDir, dir, {
        recursive: true,
        filter: (source) => !source.startsWith(path.join(knowledgeDir, "eval")),
      });
      mkdirSync(path.join(dir, "eval"));
      const failing = (id: string) =>
        `${JSON.stringify({ id, cat: "plain", q: "How much did NVIDIA invest?", kind: "answer", expect: [["no such words"]] })}\n`;
      writeFileSync(path.join(dir, "eval", "held-out-x.jsonl"), failing("kept-apart-1"));
      writeFileSync(path.join(dir, "eval", "tuning.jsonl"), failing("tuned-on-1"));
      const env = { KNOWLEDGE_DIR: dir };
      const every = await runScript("src/cli/eval.ts", ["--failures"], { env });
      expect(every.stdout).toContain("FAIL tuned-on-1");
      expect(every.stdout).not.toContain("kept-apart-1");
      expect(every.stdout).toContain("held-out set: name its file");
      const named = await runScript(
        "src/cli/eval.ts",
        ["--failures", path.join(dir, "eval", "held-out-x.jsonl")],
        { env },
      );
      expect(named.stdout).toContain("FAIL kept-apart-1");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("npm run chat", () => {
  it("answers, follows up, runs /deal and /who-pays-whom, and leaves on /quit", async () => {
    const input = [
      "How much did NVIDIA commit?",
      "/deal ko",
      "/who-pays-whom en",
      "/help",
      "/quit",
      "never read",
    ].join("\n");
    const result = await runScript("src/cli/chat.ts", [], { input });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\$10 billion/);
    expect(result.stdout).toContain("팩트체크");
    expect(result.stdout).toContain("Anthropic → Microsoft: Azure compute purchases ($30 billion)");
    expect(result.stdout).toContain("/who-pays-whom");
    // A compute link is not a payment; each quote is followed by its own section, in English.
    expect(result.stdout).toContain("Anthropic → NVIDIA (runs on):");
    const sectionLines = result.stdout.split("\n").filter((line) => line.includes("— 「"));
    expect(sectionLines.length).toBeGreaterThan(0);
    for (const line of sectionLines) expect(line).not.toMatch(/[가-힣]/);
    expect(result.stdout.trimEnd().endsWith("bye")).toBe(true);
  });

  it("ends cleanly at end of input (Ctrl-D)", async () => {
    const result = await runScript("src/cli/chat.ts", [], { input: "nvidia?\n" });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().endsWith("bye")).toBe(true);
  });
});

describe("npm start", () => {
  it("without DISCORD_TOKEN and without a terminal, exits 2 (configuration) naming DISCORD_TOKEN", async () => {
    const result = await runScript("src/main.ts", []);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("DISCORD_TOKEN");
  });
});
