/**
 * The store, counting for the metrics as it is given each answer and vote: every path (slash,
 * mention, DM, reply) already records there, so the counters need no call of their own. The
 * counting happens whether or not the write later succeeds.
 */
import type { Store } from "../store/types.ts";
import type { BotMetrics } from "./bot-metrics.ts";

export function meteredStore(store: Store, metrics: BotMetrics): Store {
  return {
    dialect: store.dialect,
    recordAnswer(record) {
      store.recordAnswer(record);
      metrics.answered({
        mode: record.mode,
        path: record.path,
        abstained: record.abstained,
        latencyMs: record.latencyMs,
        fallbackReason: record.fallbackReason,
      });
    },
    recordRefusal: (record) => store.recordRefusal(record),
    recordVote(vote) {
      store.recordVote(vote);
      metrics.voted(vote.vote);
    },
    findAnswer: (id) => store.findAnswer(id),
    report: (range, options) => store.report(range, options),
    isWritable: () => store.isWritable(),
    health: () => store.health(),
    flush: () => store.flush(),
    prune: (now) => store.prune(now),
    close: () => store.close(),
  };
}
