/**
 * The bot's Prometheus metrics (prom-client), in a registry of its own per bot: the default Node
 * process metrics plus what an operator of this bot watches (answers by mode, path and abstain,
 * answer latency, Claude fallbacks by reason, feedback votes, gateway ping, store write errors).
 * Counters only go up while the process runs; Prometheus handles the reset of a restart.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** Seconds: deterministic answers take milliseconds, Claude's several seconds. */
const ANSWER_SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 30];

/** One answer given, as the metrics count it. */
export interface AnsweredEvent {
  readonly mode: string;
  /** Where the question came from: slash, mention, dm, reply. */
  readonly path: string;
  readonly abstained: boolean;
  /** From the question's arrival to the answer being ready. */
  readonly latencyMs: number;
  /** Why the deterministic answer was given although Claude is configured. */
  readonly fallbackReason?: string | undefined;
}

/** Figures read when Prometheus scrapes, from the parts that own them. */
export interface MetricSources {
  /** The gateway's heartbeat round trip in ms; undefined (or negative) before the first one. */
  readonly gatewayPingMs?: () => number | undefined;
  /** Store writes that failed since start (the store counts them). */
  readonly storeWriteErrors?: () => number;
}

export interface BotMetrics {
  readonly registry: Registry;
  answered(event: AnsweredEvent): void;
  voted(vote: "up" | "down"): void;
}

export function createBotMetrics(sources: MetricSources = {}): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const answers = new Counter({
    name: "deal_bot_answers_total",
    help: "Answers given, by answer mode (claude, fallback), question path and whether the bot abstained",
    labelNames: ["mode", "path", "abstained"] as const,
    registers,
  });
  const answerSeconds = new Histogram({
    name: "deal_bot_answer_seconds",
    help: "Time from a question's arrival to its answer being ready, by answer mode",
    labelNames: ["mode"] as const,
    buckets: ANSWER_SECONDS_BUCKETS,
    registers,
  });
  const fallbacks = new Counter({
    name: "deal_bot_claude_fallbacks_total",
    help: "Deterministic answers given although Claude is configured, by reason",
    labelNames: ["reason"] as const,
    registers,
  });
  const feedback = new Counter({
    name: "deal_bot_feedback_total",
    help: "Feedback votes on answers (up, down)",
    labelNames: ["vote"] as const,
    registers,
  });
  // Zero series up front, so rate() and alerts see them before the first event.
  for (const vote of ["up", "down"]) feedback.inc({ vote }, 0);

  const readPing = sources.gatewayPingMs;
  new Gauge({
    name: "deal_bot_gateway_ping_seconds",
    help: "Round trip of the last gateway heartbeat (average over this process's shards)",
    registers,
    collect() {
      const ms = readPing?.();
      if (ms !== undefined && Number.isFinite(ms) && ms >= 0) this.set(ms / 1000);
    },
  });

  const readWriteErrors = sources.storeWriteErrors;
  let writeErrorsSeen = 0;
  new Counter({
    name: "deal_bot_store_write_errors_total",
    help: "Store writes that failed (answers still go out; writes resume when the store is back)",
    registers,
    collect() {
      // The store keeps the running count; the counter follows it.
      const total = readWriteErrors?.() ?? 0;
      if (total > writeErrorsSeen) this.inc(total - writeErrorsSeen);
      writeErrorsSeen = Math.max(writeErrorsSeen, total);
    },
  });

  return {
    registry,
    answered(event) {
      answers.inc({ mode: event.mode, path: event.path, abstained: String(event.abstained) });
      answerSeconds.observe({ mode: event.mode }, Math.max(0, event.latencyMs) / 1000);
      if (event.fallbackReason !== undefined) fallbacks.inc({ reason: event.fallbackReason });
    },
    voted(vote) {
      feedback.inc({ vote });
    },
  };
}
