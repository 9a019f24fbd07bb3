/**
 * A Store that loads the real one (store.ts: Kysely, the migrations, the database driver) only
 * when opened, so the bot comes online without waiting for it: no answer needs the store, only
 * the record of it. The bot opens it right after READY. Records given before then wait here
 * (bounded, the oldest dropped past the limit, as the real queue does) and go to the real store in
 * order; a read (a button on an old answer, /stats) opens it and waits.
 */
import type { StoreConfig } from "../config.ts";
import type { Logger } from "../log.ts";
import type { StoreOptions } from "./store.ts";
import type { Store, StoreHealth } from "./types.ts";

const DEFAULT_MAX_WAITING = 10_000;

export interface DeferredStore extends Store {
  /** Loads and starts the real store (once); resolves when records can go to it. */
  open(): Promise<Store>;
}

export function deferredStore(
  config: StoreConfig,
  logger: Logger,
  options: StoreOptions = {},
): DeferredStore {
  const dialect = config.databaseUrl === undefined ? "sqlite" : "postgres";
  const maxWaiting = options.maxPending ?? DEFAULT_MAX_WAITING;
  let real: Store | undefined;
  let opening: Promise<Store> | undefined;
  let closed = false;
  let dropped = 0;
  const waiting: ((store: Store) => void)[] = [];

  const open = (): Promise<Store> => {
    opening ??= import("./store.ts").then(
      ({ createStore }) => {
        const store = createStore(config, logger, options);
        for (const record of waiting.splice(0)) record(store);
        real = store;
        return store;
      },
      (error: unknown) => {
        // Nothing of the store could load (a broken install): try again on the next use.
        opening = undefined;
        logger.error({ err: error }, "could not load the store; answers are not being kept");
        throw error;
      },
    );
    return opening;
  };

  const record = (write: (store: Store) => void) => {
    if (real) {
      write(real);
      return;
    }
    if (closed) return;
    waiting.push(write);
    if (waiting.length > maxWaiting) {
      waiting.shift();
      dropped += 1;
    }
    void open().catch(() => {});
  };

  const health = (): StoreHealth =>
    real?.health() ?? {
      dialect,
      writable: true,
      pending: waiting.length,
      dropped,
      writeErrors: 0,
      written: 0,
    };

  return {
    dialect,
    open,
    recordAnswer: (answer) => record((store) => store.recordAnswer(answer)),
    recordRefusal: (refusal) => record((store) => store.recordRefusal(refusal)),
    recordVote: (vote) => record((store) => store.recordVote(vote)),
    findAnswer: async (id) => (await open()).findAnswer(id),
    report: async (range, reportOptions) => (await open()).report(range, reportOptions),
    isWritable: () => real?.isWritable() ?? true,
    health,
    flush: async () => {
      if (real || waiting.length > 0) await (await open()).flush();
    },
    prune: async (now) => (await open()).prune(now),
    async close() {
      closed = true;
      // Never opened and nothing to write: no reason to load the store just to close it.
      if (!opening && waiting.length === 0) return;
      await (await open()).close();
    },
  };
}
