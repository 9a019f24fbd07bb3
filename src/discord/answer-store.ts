/**
 * The bot's recent answers by id, so a "Sources" click can show the full quotes and a reply to an
 * answer can recover the question. Bounded (oldest dropped first) and per process: after a
 * restart, older buttons get a short "ask again" message instead.
 */
import { randomBytes } from "node:crypto";
import type { Answer } from "../answer/types.ts";

export interface StoredAnswer {
  readonly question: string;
  readonly answer: Answer;
}

export const DEFAULT_STORE_CAPACITY = 2_000;

export class AnswerStore {
  private readonly entries = new Map<string, StoredAnswer>();

  constructor(private readonly capacity = DEFAULT_STORE_CAPACITY) {}

  /** Stores an answer under a new short id and returns the id. */
  add(entry: StoredAnswer): string {
    const id = newAnswerId();
    this.entries.set(id, entry);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return id;
  }

  get(id: string): StoredAnswer | undefined {
    return this.entries.get(id);
  }
}

/** 12 lowercase base-36 characters: short enough for custom ids and log lines. */
export function newAnswerId(): string {
  return BigInt(`0x${randomBytes(8).toString("hex")}`)
    .toString(36)
    .padStart(12, "0")
    .slice(-12);
}
