/**
 * The bot's answers by id, for the buttons under them ("Sources", 👍/👎) and for replies that
 * continue a conversation. Recent answers are kept in memory (a click right after an answer needs
 * no database); every answer, refusal and vote also goes to the store (src/store), off the
 * answer's path, so buttons from before a restart still work and the report can count them.
 */
import { randomBytes } from "node:crypto";
import type { Answer } from "../answer/types.ts";
import type { Logger } from "../log.ts";
import type { AnswerPath, Store, StoredAnswer as StoreRow, Vote } from "../store/types.ts";
import type { ReplyTarget } from "./respond.ts";

/** An answer and the question it answers (undefined when the store keeps no texts). */
export interface StoredAnswer {
  readonly question: string | undefined;
  readonly answer: Answer;
}

/** Who asked, where, and how long the answer took: what the store keeps besides the answer. */
export interface AskedContext {
  readonly path: AnswerPath;
  readonly userId: string;
  readonly guildId: string | null;
  readonly channelId?: string | null;
  readonly latencyMs: number;
}

export const DEFAULT_STORE_CAPACITY = 2_000;

export class AnswerStore {
  private readonly entries = new Map<string, StoredAnswer>();

  /**
   * @param store where answers are kept across restarts; without one, memory only.
   * @param logger for a failed read (the click then gets "ask again").
   */
  constructor(
    readonly store?: Store,
    private readonly logger?: Logger,
    private readonly capacity = DEFAULT_STORE_CAPACITY,
  ) {}

  /** Keeps an answer under a new short id and returns the id. Never throws, never waits. */
  add(entry: {
    readonly question: string;
    readonly answer: Answer;
    readonly asked?: AskedContext;
  }): string {
    const id = newAnswerId();
    this.remember(id, { question: entry.question, answer: entry.answer });
    const { answer, asked } = entry;
    this.store?.recordAnswer({
      id,
      at: new Date(),
      path: asked?.path ?? "slash",
      ...(asked
        ? { userId: asked.userId, guildId: asked.guildId, channelId: asked.channelId }
        : {}),
      language: answer.language,
      mode: answer.mode,
      abstained: answer.abstained,
      ...(answer.fallbackReason ? { fallbackReason: answer.fallbackReason } : {}),
      question: entry.question,
      text: answer.text,
      citations: answer.citations,
      sources: answer.sources,
      ...(answer.notice ? { notice: answer.notice } : {}),
      latencyMs: asked?.latencyMs ?? 0,
      ...(answer.usage ? { usage: answer.usage } : {}),
    });
    return id;
  }

  /** Counts a question turned away before answering (empty, too long). Never throws. */
  refuse(asked: Omit<AskedContext, "latencyMs">, language: Answer["language"], reason: string) {
    this.store?.recordRefusal({
      id: newAnswerId(),
      at: new Date(),
      path: asked.path,
      userId: asked.userId,
      guildId: asked.guildId,
      language,
      reason,
    });
  }

  /** Keeps a 👍/👎 (the user's last vote on an answer counts). Never throws. */
  vote(answerId: string, userId: string, vote: Vote): void {
    this.store?.recordVote({ answerId, userId, vote, at: new Date() });
  }

  /** A recent answer from memory only. */
  get(id: string): StoredAnswer | undefined {
    return this.entries.get(id);
  }

  /** An answer from memory, else from the store (after a restart); undefined if unknown. */
  async find(id: string): Promise<StoredAnswer | undefined> {
    const recent = this.entries.get(id);
    if (recent || !this.store) return recent;
    try {
      const row = await this.store.findAnswer(id);
      return row ? fromStore(row) : undefined;
    } catch (error) {
      this.logger?.warn({ err: error, answerId: id }, "could not read an answer from the store");
      return undefined;
    }
  }

  private remember(id: string, entry: StoredAnswer): void {
    this.entries.set(id, entry);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}

/** The channel a reply goes to, for the store (guild channels only: see the store's types). */
export function channelIdOf(target: ReplyTarget): string | null {
  return target.kind === "interaction" ? target.interaction.channelId : target.message.channelId;
}

function fromStore(row: StoreRow): StoredAnswer {
  return {
    question: row.question,
    answer: {
      mode: row.mode,
      language: row.language,
      abstained: row.abstained,
      text: row.text ?? "",
      citations: row.citations,
      sources: row.sources,
      ...(row.notice !== undefined ? { notice: row.notice } : {}),
    },
  };
}

/** 12 lowercase base-36 characters: short enough for custom ids and log lines. */
export function newAnswerId(): string {
  return BigInt(`0x${randomBytes(8).toString("hex")}`)
    .toString(36)
    .padStart(12, "0")
    .slice(-12);
}
