/**
 * A local fake of the Anthropic Messages API for tests: node:http on 127.0.0.1, a random port,
 * `POST /v1/messages`. It answers each request with the next scripted reply (or the handler's),
 * as SSE when the request asks to stream (message_start, ping, content_block_start,
 * citations_delta and text_delta deltas, content_block_stop, message_delta with usage,
 * message_stop) and as one JSON message otherwise. It can also fail in every way the real one can:
 * error statuses with retry-after, a connection that accepts and never answers, a stream cut
 * half-way or carrying an `error` event, malformed JSON. Every request is recorded.
 *
 *   const fake = await startFakeAnthropic();
 *   fake.enqueue({ type: "message", blocks: [{ text: "Hello." }] });
 *   // ANTHROPIC_BASE_URL=fake.url, ANTHROPIC_API_KEY=anything
 *   await fake.close();
 */
import { EventEmitter } from "node:events";
import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined if it was not JSON). */
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary request fields
  readonly body: any;
  /** Date.now() when the request arrived. */
  readonly receivedAt: number;
}

/** A citation as the API sends it for a plain-text document. */
export interface CharLocationCitation {
  readonly type: "char_location";
  readonly cited_text: string;
  readonly document_index: number;
  readonly document_title: string | null;
  readonly start_char_index: number;
  readonly end_char_index: number;
  readonly file_id: null;
}

export interface FakeBlock {
  readonly text: string;
  readonly citations?: readonly CharLocationCitation[];
}

export interface FakeUsage {
  readonly input_tokens: number;
  readonly output_tokens: number;
  readonly cache_creation_input_tokens: number;
  readonly cache_read_input_tokens: number;
}

export type FakeReply =
  /** A normal reply: text blocks with optional citations, streamed or as JSON. */
  | {
      readonly type: "message";
      readonly blocks: readonly FakeBlock[];
      readonly usage?: Partial<FakeUsage>;
      readonly stopReason?: string;
      /** Wait before the response headers. */
      readonly delayMs?: number;
      /** Wait between SSE events. */
      readonly eventDelayMs?: number;
      /**
       * Wait for this before the response headers: a slow Claude whose pace the test sets
       * (resolve it when the test is ready), rather than a delay that must be "long enough".
       */
      readonly startAfter?: PromiseLike<unknown>;
      /** Streaming only: each event waits until the gate lets it through (see `streamGate`). */
      readonly gate?: StreamGate;
      /** Streaming only: after this many events, stop in one of these ways. */
      readonly interrupt?: {
        readonly afterEvents: number;
        /** "destroy": drop the connection; "end": end the response cleanly; "error": send an error event. */
        readonly how: "destroy" | "end" | "error";
      };
    }
  /** An API error: `{ type: "error", error: { type, message } }` with this status. */
  | {
      readonly type: "error";
      readonly status: number;
      readonly errorType?: string;
      readonly message?: string;
      readonly headers?: Readonly<Record<string, string>>;
    }
  /** Accept the request and never answer. */
  | { readonly type: "hang" }
  /** Exactly these bytes (for malformed bodies). */
  | {
      readonly type: "raw";
      readonly status?: number;
      readonly headers?: Readonly<Record<string, string>>;
      readonly body: string;
    };

/** A reply for a request; a promise holds the response until it settles (a Claude "thinking"). */
export type ReplyFn = (request: RecordedRequest) => FakeReply | Promise<FakeReply>;

export interface FakeAnthropicServer {
  /** Base URL for ANTHROPIC_BASE_URL, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Requests being answered right now (from arrival until the response closes). */
  readonly inFlight: number;
  /** The most requests ever in flight at once (what a concurrency cap must bound). */
  readonly peakInFlight: number;
  /** Replies for the next requests, one each, in order. */
  enqueue(...replies: (FakeReply | ReplyFn)[]): void;
  /** The reply once the queue is empty (default: a 500 saying the request was not scripted). */
  setHandler(handler: ReplyFn): void;
  /** Empties the queue and the recorded requests and restores the default handler. */
  reset(): void;
  close(): Promise<void>;
}

const DEFAULT_USAGE: FakeUsage = {
  input_tokens: 25,
  output_tokens: 40,
  cache_creation_input_tokens: 0,
  cache_read_input_tokens: 4_000,
};

const unscripted: ReplyFn = () => ({
  type: "error",
  status: 500,
  errorType: "api_error",
  message: "fake Anthropic server: no reply scripted for this request",
});

export async function startFakeAnthropic(): Promise<FakeAnthropicServer> {
  const requests: RecordedRequest[] = [];
  const queue: (FakeReply | ReplyFn)[] = [];
  let handler: ReplyFn = unscripted;
  let messageCount = 0;
  let inFlight = 0;
  let peakInFlight = 0;
  const sockets = new Set<Socket>();

  const server = createServer((incoming, response) => {
    inFlight++;
    peakInFlight = Math.max(peakInFlight, inFlight);
    response.once("close", () => {
      inFlight--;
    });
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const recorded: RecordedRequest = {
        method: incoming.method ?? "",
        path: incoming.url ?? "",
        headers: incoming.headers,
        body: parseJson(raw),
        receivedAt: Date.now(),
      };
      requests.push(recorded);
      if (recorded.method !== "POST" || !recorded.path.startsWith("/v1/messages")) {
        sendError(response, { type: "error", status: 404, errorType: "not_found_error" });
        return;
      }
      const next = queue.shift() ?? handler;
      const reply = typeof next === "function" ? next(recorded) : next;
      messageCount++;
      const id = `msg_fake_${messageCount}`;
      void Promise.resolve(reply).then((resolved) => respond(response, recorded, resolved, id));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get inFlight() {
      return inFlight;
    },
    get peakInFlight() {
      return peakInFlight;
    },
    enqueue: (...replies) => queue.push(...replies),
    setHandler: (next) => {
      handler = next;
    },
    reset: () => {
      queue.length = 0;
      requests.length = 0;
      peakInFlight = inFlight;
      handler = unscripted;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function respond(
  response: ServerResponse,
  request: RecordedRequest,
  reply: FakeReply,
  id: string,
): Promise<void> {
  switch (reply.type) {
    case "hang":
      return;
    case "error":
      sendError(response, reply);
      return;
    case "raw":
      response.writeHead(reply.status ?? 200, {
        "content-type": "application/json",
        ...reply.headers,
      });
      response.end(reply.body);
      return;
    case "message":
      if (reply.delayMs) await sleep(reply.delayMs);
      if (reply.startAfter) await reply.startAfter;
      if (response.destroyed) return;
      if (request.body?.stream === true) await streamMessage(response, request, reply, id);
      else sendJson(response, 200, messageJson(request, reply, id));
  }
}

function sendError(response: ServerResponse, reply: Extract<FakeReply, { type: "error" }>): void {
  sendJson(
    response,
    reply.status,
    {
      type: "error",
      error: { type: reply.errorType ?? "api_error", message: reply.message ?? "fake error" },
      request_id: "req_fake_error",
    },
    reply.headers,
  );
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  response.writeHead(status, {
    "content-type": "application/json",
    "request-id": "req_fake",
    ...headers,
  });
  response.end(JSON.stringify(body));
}

function usageOf(reply: Extract<FakeReply, { type: "message" }>): FakeUsage {
  return { ...DEFAULT_USAGE, ...reply.usage };
}

function messageJson(
  request: RecordedRequest,
  reply: Extract<FakeReply, { type: "message" }>,
  id: string,
) {
  return {
    id,
    type: "message",
    role: "assistant",
    model: request.body?.model ?? "unknown",
    content: reply.blocks.map((block) => ({
      type: "text",
      text: block.text,
      citations: block.citations ? [...block.citations] : null,
    })),
    stop_reason: reply.stopReason ?? "end_turn",
    stop_sequence: null,
    usage: usageOf(reply),
  };
}

/** The SSE events of a streamed reply, in the order the real API sends them. */
export function streamEvents(
  request: RecordedRequest,
  reply: Extract<FakeReply, { type: "message" }>,
  id: string,
): { event: string; data: unknown }[] {
  const usage = usageOf(reply);
  const events: { event: string; data: unknown }[] = [
    {
      event: "message_start",
      data: {
        type: "message_start",
        message: {
          ...messageJson(request, { ...reply, blocks: [] }, id),
          stop_reason: null,
          usage: { ...usage, output_tokens: 1 },
        },
      },
    },
    { event: "ping", data: { type: "ping" } },
  ];
  reply.blocks.forEach((block, index) => {
    events.push({
      event: "content_block_start",
      data: {
        type: "content_block_start",
        index,
        content_block: block.citations
          ? { type: "text", text: "", citations: [] }
          : { type: "text", text: "" },
      },
    });
    for (const citation of block.citations ?? []) {
      events.push({
        event: "content_block_delta",
        data: { type: "content_block_delta", index, delta: { type: "citations_delta", citation } },
      });
    }
    for (const piece of pieces(block.text, 12)) {
      events.push({
        event: "content_block_delta",
        data: { type: "content_block_delta", index, delta: { type: "text_delta", text: piece } },
      });
    }
    events.push({ event: "content_block_stop", data: { type: "content_block_stop", index } });
  });
  events.push(
    {
      event: "message_delta",
      data: {
        type: "message_delta",
        delta: { stop_reason: reply.stopReason ?? "end_turn", stop_sequence: null },
        usage: {
          output_tokens: usage.output_tokens,
          input_tokens: usage.input_tokens,
          cache_creation_input_tokens: usage.cache_creation_input_tokens,
          cache_read_input_tokens: usage.cache_read_input_tokens,
        },
      },
    },
    { event: "message_stop", data: { type: "message_stop" } },
  );
  return events;
}

async function streamMessage(
  response: ServerResponse,
  request: RecordedRequest,
  reply: Extract<FakeReply, { type: "message" }>,
  id: string,
): Promise<void> {
  response.writeHead(200, {
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
    "request-id": "req_fake",
  });
  const events = streamEvents(request, reply, id);
  let textSoFar = "";
  for (const [sent, { event, data }] of events.entries()) {
    if (reply.gate) {
      await reply.gate.passage(textSoFar);
      if (response.destroyed) return;
    }
    textSoFar += textOf(data);
    if (reply.interrupt && sent === reply.interrupt.afterEvents) {
      if (reply.interrupt.how === "destroy") response.destroy();
      else if (reply.interrupt.how === "end") response.end();
      else {
        response.end(
          `event: error\ndata: ${JSON.stringify({ type: "error", error: { type: "overloaded_error", message: "Overloaded" } })}\n\n`,
        );
      }
      return;
    }
    if (response.destroyed) return;
    response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    reply.gate?.wrote(textSoFar);
    if (reply.eventDelayMs) await sleep(reply.eventDelayMs);
  }
  response.end();
  reply.gate?.ended();
}

/** The text a streamed event adds (text deltas only). */
function textOf(data: unknown): string {
  const delta = (data as { delta?: { type?: string; text?: unknown } }).delta;
  return delta?.type === "text_delta" && typeof delta.text === "string" ? delta.text : "";
}

/**
 * A streamed reply paced by the test instead of by the clock: nothing after the response headers
 * is sent until the test releases it, and then only as far as it says. Waits are on events (what
 * the fake wrote), never on time, so a busy machine changes nothing but the duration.
 *
 *   const gate = streamGate();
 *   fake.enqueue({ type: "message", blocks: [{ text: "One. Two. Three." }], gate });
 *   gate.releaseUntil("One.");   // the events up to the one that completes "One."
 *   await gate.written("One.");  // ...have been written to the socket
 *   gate.releaseAll();           // the rest, message_stop included
 */
export interface StreamGate {
  /** Lets events through until the streamed text contains `text`, then holds again. */
  releaseUntil(text: string): void;
  /** Lets everything through, to the end of the stream (or its scripted interrupt). */
  releaseAll(): void;
  /** Resolves once the events carrying `text` have been written. */
  written(text: string): Promise<void>;
  /** Resolves once the whole stream has been written (not after an interrupt). */
  finished(): Promise<void>;
  /** The text written so far. */
  readonly text: string;
  /** For the fake: waits until the event after `textSoFar` may go. */
  passage(textSoFar: string): Promise<void>;
  /** For the fake: the text written so far. */
  wrote(textSoFar: string): void;
  /** For the fake: the stream has been written to its end. */
  ended(): void;
}

export function streamGate(): StreamGate {
  const changed = new EventEmitter().setMaxListeners(0);
  let until: string | undefined;
  let all = false;
  let text = "";
  let done = false;
  const when = (condition: () => boolean) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (!condition()) return;
        changed.off("change", check);
        resolve();
      };
      changed.on("change", check);
      check();
    });
  return {
    releaseUntil(target) {
      until = target;
      changed.emit("change");
    },
    releaseAll() {
      all = true;
      changed.emit("change");
    },
    written: (target) => when(() => text.includes(target)),
    finished: () => when(() => done),
    get text() {
      return text;
    },
    passage: (textSoFar) => when(() => all || (until !== undefined && !textSoFar.includes(until))),
    wrote(textSoFar) {
      text = textSoFar;
      changed.emit("change");
    },
    ended() {
      done = true;
      changed.emit("change");
    },
  };
}

/**
 * A char_location citation of `quote` in the request's document number `documentIndex` (0 is the
 * first document block of the first message), with the offsets the real API would give.
 */
export function citeDocument(
  request: RecordedRequest,
  documentIndex: number,
  quote: string,
): CharLocationCitation {
  const document = documentsOf(request)[documentIndex];
  if (!document) throw new Error(`the request has no document ${documentIndex}`);
  const start = document.text.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in document ${documentIndex}`);
  return {
    type: "char_location",
    cited_text: quote,
    document_index: documentIndex,
    document_title: document.title,
    start_char_index: start,
    end_char_index: start + quote.length,
    file_id: null,
  };
}

/** The plain-text documents of a recorded request, in order. */
export function documentsOf(request: RecordedRequest): { title: string | null; text: string }[] {
  const messages: { content: unknown }[] = request.body?.messages ?? [];
  return messages.flatMap((message) =>
    Array.isArray(message.content)
      ? message.content
          // biome-ignore lint/suspicious/noExplicitAny: raw request JSON
          .filter((block: any) => block?.type === "document" && block.source?.type === "text")
          // biome-ignore lint/suspicious/noExplicitAny: raw request JSON
          .map((block: any) => ({ title: block.title ?? null, text: String(block.source.data) }))
      : [],
  );
}

function pieces(text: string, size: number): string[] {
  const characters = [...text];
  const result: string[] = [];
  for (let at = 0; at < characters.length; at += size) {
    result.push(characters.slice(at, at + size).join(""));
  }
  return result;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
