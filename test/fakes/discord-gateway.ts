/**
 * The fake Discord's gateway (WebSocket, JSON, no compression): HELLO, IDENTIFY -> READY and
 * GUILD_CREATE per guild of the shard, heartbeats and their ACKs, RESUME with replay of missed
 * dispatches, and scripted dispatches routed to the shard that owns the guild (DMs: shard 0).
 * Tests can also close a shard's connection or ask it to reconnect (op 7).
 */
import { randomUUID } from "node:crypto";
import type { EventEmitter } from "node:events";
import type { Server } from "node:http";
import { type WebSocket, WebSocketServer } from "ws";
import { guildCreatePayload, readyPayload } from "./discord-payloads.ts";
import { type FakeWorld, shardOf } from "./discord-state.ts";

const OP = {
  dispatch: 0,
  heartbeat: 1,
  identify: 2,
  resume: 6,
  reconnect: 7,
  invalidSession: 9,
  hello: 10,
  heartbeatAck: 11,
} as const;

/** Dispatches kept per session for replay on RESUME. */
const BACKLOG = 500;

export interface IdentifyRecord {
  readonly token: string;
  readonly intents: number;
  readonly shard: readonly [number, number];
  readonly at: number;
}

interface Session {
  readonly id: string;
  readonly shard: readonly [number, number];
  readonly intents: number;
  socket: WebSocket | undefined;
  sequence: number;
  readonly backlog: { s: number; payload: string }[];
}

export interface FakeGatewayOptions {
  readonly token: string;
  readonly heartbeatIntervalMs: number;
  readonly url: () => string;
  /** Hold every IDENTIFY unanswered (no READY) until releaseReady(). */
  readonly holdReady?: boolean;
}

export class FakeGateway {
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: { sessionId: string; seq: number }[] = [];
  heartbeats = 0;
  /** While set, every new connection is closed at once with this code (a failing gateway). */
  refuseWith: number | undefined;
  private readonly sessions = new Map<number, Session>();
  private readonly server: WebSocketServer;
  /** IDENTIFYs waiting for releaseReady(), while READY is held. */
  private held: (() => void)[] | undefined;

  constructor(
    httpServer: Server,
    private readonly world: FakeWorld,
    private readonly events: EventEmitter,
    private readonly options: FakeGatewayOptions,
  ) {
    if (options.holdReady) this.held = [];
    this.server = new WebSocketServer({ server: httpServer });
    this.server.on("connection", (socket) => this.onConnection(socket));
  }

  /** The intents the shard that owns this channel identified with (0 before it did). */
  intentsFor(channelId: string): number {
    return this.sessionFor(channelId)?.intents ?? 0;
  }

  /** Sends a dispatch to the shard that owns the channel's guild (DMs go to shard 0). */
  dispatchToChannel(channelId: string, event: string, data: unknown): void {
    const session = this.sessionFor(channelId);
    if (!session) throw new Error(`No shard is connected for channel ${channelId}`);
    this.dispatch(session, event, data);
  }

  /** Closes a shard's connection with a close code (4000 is resumable). */
  closeShard(shardId: number, code = 4000): void {
    this.sessions.get(shardId)?.socket?.close(code, "closed by the test");
  }

  /** Asks a shard to reconnect and resume (op 7 RECONNECT). */
  requestReconnect(shardId: number): void {
    this.sessions.get(shardId)?.socket?.send(JSON.stringify({ op: OP.reconnect, d: null }));
  }

  /** IDENTIFYs held back so far (holdReady). */
  get heldIdentifies(): number {
    return this.held?.length ?? 0;
  }

  /** Answers the held IDENTIFYs, and every later one at once. */
  releaseReady(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const answer of held) answer();
  }

  get readyShards(): number[] {
    return [...this.sessions.values()]
      .filter((session) => session.socket !== undefined)
      .map((session) => session.shard[0]);
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private sessionFor(channelId: string): Session | undefined {
    const guild = this.world.guildOfChannel(channelId);
    for (const session of this.sessions.values()) {
      const [id, count] = session.shard;
      if (guild ? shardOf(guild.id, count) === id : id === 0) return session;
    }
    return undefined;
  }

  private onConnection(socket: WebSocket): void {
    if (this.refuseWith !== undefined) {
      socket.close(this.refuseWith, "refused by the test");
      return;
    }
    socket.send(
      JSON.stringify({ op: OP.hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } }),
    );
    socket.on("message", (raw) => {
      let payload: { op?: number; d?: Record<string, unknown> | number | null };
      try {
        payload = JSON.parse(raw.toString());
      } catch {
        socket.close(4002, "Decode error");
        return;
      }
      this.onPayload(socket, payload);
    });
    socket.on("close", () => {
      for (const session of this.sessions.values()) {
        if (session.socket === socket) session.socket = undefined;
      }
    });
  }

  private onPayload(
    socket: WebSocket,
    payload: { op?: number; d?: Record<string, unknown> | number | null },
  ): void {
    switch (payload.op) {
      case OP.heartbeat:
        this.heartbeats += 1;
        socket.send(JSON.stringify({ op: OP.heartbeatAck }));
        return;
      case OP.identify: {
        const identify = () => this.identify(socket, (payload.d ?? {}) as Record<string, unknown>);
        if (this.held) {
          this.held.push(identify);
          this.events.emit("identifyHeld");
        } else identify();
        return;
      }
      case OP.resume:
        this.resume(socket, (payload.d ?? {}) as Record<string, unknown>);
        return;
      default:
        // Presence updates, member requests and the like: not needed by the bot.
        return;
    }
  }

  private identify(socket: WebSocket, data: Record<string, unknown>): void {
    if (data.token !== this.options.token) {
      socket.close(4004, "Authentication failed.");
      return;
    }
    const shard = (Array.isArray(data.shard) ? data.shard : [0, 1]) as [number, number];
    const intents = Number(data.intents ?? 0);
    this.identifies.push({ token: String(data.token), intents, shard, at: performance.now() });
    const session: Session = {
      id: randomUUID().replaceAll("-", ""),
      shard,
      intents,
      socket,
      sequence: 0,
      backlog: [],
    };
    this.sessions.get(shard[0])?.socket?.terminate();
    this.sessions.set(shard[0], session);
    this.dispatch(
      session,
      "READY",
      readyPayload(this.world, { sessionId: session.id, resumeUrl: this.options.url(), shard }),
    );
    for (const guild of this.world.guildsOfShard(shard[0], shard[1])) {
      this.dispatch(session, "GUILD_CREATE", guildCreatePayload(this.world, guild));
    }
    this.events.emit("shardReady", shard[0]);
  }

  private resume(socket: WebSocket, data: Record<string, unknown>): void {
    const session = [...this.sessions.values()].find(
      (candidate) => candidate.id === data.session_id,
    );
    if (!session || data.token !== this.options.token) {
      socket.send(JSON.stringify({ op: OP.invalidSession, d: false }));
      return;
    }
    const seq = Number(data.seq ?? 0);
    this.resumes.push({ sessionId: session.id, seq });
    session.socket = socket;
    for (const missed of session.backlog.filter((entry) => entry.s > seq)) {
      socket.send(missed.payload);
    }
    this.dispatch(session, "RESUMED", {});
    this.events.emit("shardResumed", session.shard[0]);
  }

  private dispatch(session: Session, event: string, data: unknown): void {
    session.sequence += 1;
    const payload = JSON.stringify({ op: OP.dispatch, t: event, s: session.sequence, d: data });
    session.backlog.push({ s: session.sequence, payload });
    if (session.backlog.length > BACKLOG) session.backlog.shift();
    // Sent later if the connection is down: the bot gets it when it resumes.
    session.socket?.send(payload);
  }
}
