/**
 * What a run through Claude cost, from the usage the API reported on each answer. Prices are the
 * list prices per million tokens of the known models (or the ones given on the command line); a
 * cache write costs 1.25 times an input token (5-minute cache), a cache read 0.1 times.
 */
import type { Usage } from "../answer/types.ts";

export interface Prices {
  /** US dollars per million input tokens. */
  readonly input: number;
  /** US dollars per million output tokens. */
  readonly output: number;
  /** Where the prices came from, for the cost line. */
  readonly source: string;
}

/** List prices, matched by the start of the model id (dated ids included). */
const MODEL_PRICES: readonly { model: string; input: number; output: number }[] = [
  { model: "claude-haiku-5-5", input: 0.1, output: 0.5 },
  { model: "claude-haiku-4-5", input: 1, output: 5 },
  { model: "claude-sonnet-4", input: 3, output: 15 },
  { model: "claude-opus-4-5", input: 5, output: 25 },
];

/** The prices for a model: the ones given on the command line, else its list prices. */
export function pricesFor(
  model: string,
  given: { input?: number; output?: number } = {},
): Prices | undefined {
  const listed = MODEL_PRICES.find((entry) => model.startsWith(entry.model));
  const input = given.input ?? listed?.input;
  const output = given.output ?? listed?.output;
  if (input === undefined || output === undefined) return undefined;
  const fromFlags = given.input !== undefined || given.output !== undefined;
  return { input, output, source: fromFlags ? "prices given" : "list prices" };
}

export function addUsage(total: Usage, usage: Usage | undefined): Usage {
  if (!usage) return total;
  return {
    inputTokens: total.inputTokens + usage.inputTokens,
    outputTokens: total.outputTokens + usage.outputTokens,
    cacheCreationInputTokens: total.cacheCreationInputTokens + usage.cacheCreationInputTokens,
    cacheReadInputTokens: total.cacheReadInputTokens + usage.cacheReadInputTokens,
  };
}

export const NO_USAGE: Usage = {
  inputTokens: 0,
  outputTokens: 0,
  cacheCreationInputTokens: 0,
  cacheReadInputTokens: 0,
};

export function costOf(usage: Usage, prices: Prices): number {
  const inputEquivalent =
    usage.inputTokens + 1.25 * usage.cacheCreationInputTokens + 0.1 * usage.cacheReadInputTokens;
  return (inputEquivalent * prices.input + usage.outputTokens * prices.output) / 1_000_000;
}

/** One line: the tokens, and the cost when the prices are known. */
export function costLine(usage: Usage, model: string, prices: Prices | undefined): string {
  const tokens =
    `tokens: input ${usage.inputTokens}, output ${usage.outputTokens}, ` +
    `cache write ${usage.cacheCreationInputTokens}, cache read ${usage.cacheReadInputTokens}`;
  if (!prices) {
    return `${tokens} · cost: no list prices known for ${model}; pass --price-input and --price-output (USD per million tokens)`;
  }
  return `${tokens} · cost: $${dollars(costOf(usage, prices))} (${model}, ${prices.source}: $${prices.input} in / $${prices.output} out per million tokens)`;
}

/** Cents and more to the cent; less with three significant digits. */
function dollars(amount: number): string {
  return amount >= 0.01 ? amount.toFixed(2) : amount.toPrecision(3);
}
