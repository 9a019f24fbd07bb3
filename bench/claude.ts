/**
 * The Claude path's own cost per answer, against the local fake of the Messages API (no delay, so
 * there is no model time to exclude): building the request, handling the stream (previews, the
 * number guard, the deadline machinery) and judging the reply (citation mapping, the guard again).
 * The end-to-end figure is measured in pairs against a bare SDK stream of the same reply over the
 * same loopback connection; the difference is our overhead. Also: the cached prefix's size.
 */

import { createClaudeAnswerer } from "../src/answer/claude/answerer.ts";
import { createClaudeClient } from "../src/answer/claude/client.ts";
import { buildClaudeDocuments } from "../src/answer/claude/documents.ts";
import { createPreviewGate } from "../src/answer/claude/preview.ts";
import { systemPrompt } from "../src/answer/claude/prompt.ts";
import { judgeReply } from "../src/answer/claude/reply.ts";
import { buildClaudeRequest } from "../src/answer/claude/request.ts";
import { createNumberGuard } from "../src/answer/shared/number-guard.ts";
import { DEFAULT_MODEL, loadConfig } from "../src/config.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { silentLogger } from "../src/log.ts";
// The benchmark runs against the same fake the tests use (a dev tool, never imported by the bot).
import { groundedReply } from "../test/fakes/anthropic-grounded.ts";
import { startFakeAnthropic } from "../test/fakes/anthropic-server.ts";
import { type BenchRow, type BenchSection, formatMs, percentile } from "./types.ts";

const PAIRS = 300;
const WARM_UP = 30;
const MICRO_RUNS = 2_000;
/** The minimum cacheable prompt of the default model (512 tokens on claude-haiku-5-5). */
const MIN_CACHEABLE_TOKENS = 512;

export const claudeBench: BenchSection = {
  title: "claude",
  async run(): Promise<BenchRow[]> {
    const knowledge = loadKnowledge(loadConfig().knowledgeDir);
    const documents = buildClaudeDocuments(knowledge);
    const system = systemPrompt(knowledge.manifest);
    const guard = createNumberGuard([documents.article.text, documents.factSheet.text]);
    const fake = await startFakeAnthropic();
    const language = knowledge.article.language;
    const question = knowledge.manifest.exampleQuestions[language][0] ?? "?";
    fake.setHandler(groundedReply(knowledge.facts));
    try {
      const config = {
        apiKey: "bench-key",
        baseUrl: fake.url,
        model: DEFAULT_MODEL,
        timeoutMs: 15_000,
        maxTokens: 700,
      };
      const answerer = createClaudeAnswerer({ knowledge, config, logger: silentLogger() });
      const client = createClaudeClient(config, silentLogger());
      const request = () =>
        buildClaudeRequest({
          model: DEFAULT_MODEL,
          maxTokens: 700,
          system,
          documents,
          question,
          history: [],
          language,
        });

      const ours = async () => {
        const outcome = await answerer.ask({ question, history: [], language, onText: () => {} });
        if (!outcome.ok) throw new Error(`bench answer failed: ${outcome.failure.reason}`);
      };
      const bare = () => client.messages.stream(request()).finalMessage();
      for (let run = 0; run < WARM_UP; run++) {
        await ours();
        await bare();
      }

      // Our code alone, per answer, on the reply's real deltas: no network, no SDK parsing.
      const deltas: string[] = [];
      const message = await client.messages
        .stream(request())
        .on("text", (delta) => deltas.push(delta))
        .finalMessage();
      const reply = { knowledge, documents, guard, language, requestId: undefined };
      if (!judgeReply(message, reply).ok) throw new Error("the bench reply was not accepted");
      const parts = timeOurCode(() => {
        const t0 = performance.now();
        request();
        const t1 = performance.now();
        const gate = createPreviewGate(guard);
        for (const delta of deltas) gate.push(delta);
        const t2 = performance.now();
        judgeReply(message, reply);
        const t3 = performance.now();
        return { build: t1 - t0, stream: t2 - t1, judge: t3 - t2, total: t3 - t0 };
      });

      // The whole path over loopback, in pairs with a bare SDK stream of the same reply.
      const oursMs: number[] = [];
      const bareMs: number[] = [];
      const differenceMs: number[] = [];
      for (let pair = 0; pair < PAIRS; pair++) {
        // Alternate which goes first, so neither always gets the warmer connection.
        const oursFirst = pair % 2 === 0;
        const before = oursFirst ? await time(ours) : undefined;
        const baseline = await time(bare);
        const whole = before ?? (await time(ours));
        oursMs.push(whole);
        bareMs.push(baseline);
        differenceMs.push(whole - baseline);
      }

      const prefix = estimateTokens(
        [
          system,
          documents.article.title,
          documents.article.text,
          documents.factSheet.title,
          documents.factSheet.text,
        ].join("\n"),
      );
      const p = (values: readonly number[]) =>
        `${formatMs(percentile(values, 50))} / ${formatMs(percentile(values, 99))}`;
      return [
        {
          name: "our code per answer p50 / p99",
          value: p(parts.total),
          target: "< 5 ms p99",
          note: `request build + stream handling (${deltas.length} deltas) + citation mapping and number guard; ${MICRO_RUNS} runs; the tail is GC pauses`,
        },
        { name: "… request build p50 / p99", value: p(parts.build) },
        { name: "… stream handling (previews, guard) p50 / p99", value: p(parts.stream) },
        { name: "… reply judging (citations, guard) p50 / p99", value: p(parts.judge) },
        {
          name: "whole answer against the fake p50 / p99",
          value: p(oursMs),
          note: `bare SDK stream of the same reply: ${p(bareMs)}; loopback, no fake delay`,
        },
        {
          name: "whole answer minus bare SDK stream, paired, p50",
          value: formatMs(percentile(differenceMs, 50)),
          note: `${PAIRS} pairs; a cross-check of the row above, noisy at the tail`,
        },
        {
          name: "cached prefix (system + both documents), estimated",
          value: `${prefix.low}–${prefix.high} tokens`,
          target: `≥ ${MIN_CACHEABLE_TOKENS} (${DEFAULT_MODEL})`,
          note: `${prefix.characters} characters, ${prefix.hangul} of them Hangul`,
        },
      ];
    } finally {
      await fake.close();
    }
  },
};

async function time(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

type Parts = Record<"build" | "stream" | "judge" | "total", number>;

/** Runs `run` MICRO_RUNS times after a warm-up, and collects each part's timings. */
function timeOurCode(run: () => Parts): Record<keyof Parts, number[]> {
  for (let i = 0; i < 100; i++) run();
  const timings: Record<keyof Parts, number[]> = { build: [], stream: [], judge: [], total: [] };
  for (let i = 0; i < MICRO_RUNS; i++) {
    const parts = run();
    for (const key of Object.keys(timings) as (keyof Parts)[]) timings[key].push(parts[key]);
  }
  return timings;
}

/**
 * A rough range for Claude's newer tokenizer (Claude 4.7 and later, Haiku 5.5 included): 0.7 to
 * 1.3 tokens per Hangul syllable, one token per 3 to 4.5 other characters. Real counts show in
 * usage.cache_creation_input_tokens on the first answer.
 */
function estimateTokens(text: string): {
  low: number;
  high: number;
  characters: number;
  hangul: number;
} {
  const characters = [...text].length;
  const hangul = (text.match(/\p{Script=Hangul}/gu) ?? []).length;
  const other = characters - hangul;
  return {
    low: Math.round(hangul * 0.7 + other / 4.5),
    high: Math.round(hangul * 1.3 + other / 3),
    characters,
    hangul,
  };
}
