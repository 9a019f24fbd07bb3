/**
 * The fake Discord's REST side, under /api/v10: the routes the bot uses, with Discord's own
 * rules where a bug could hide (the 3-second ack deadline, one ack per interaction, 2,000-character
 * messages, embed and component limits, no empty messages, 204s without a body). Every request is
 * recorded, parsed (JSON or multipart with files), so tests can assert on exactly what was sent.
 */

import type { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pingsOf } from "./discord-mentions.ts";
import type {
  FakeAttachment,
  FakeChannel,
  FakeMessage,
  FakeUser,
  FakeWorld,
} from "./discord-state.ts";
import { validateMessageBody } from "./discord-validate.ts";

export const API_PREFIX = "/api/v10";

export interface RecordedFile {
  readonly field: string;
  readonly name: string;
  readonly contentType: string;
  readonly data: Buffer;
}

export interface RecordedCall {
  readonly method: string;
  /** The path as received, after /api/v10 (still URL-encoded: `%40original`). */
  readonly rawPath: string;
  /** "METHOD /template/:params" of the route that matched, or "METHOD (unknown) path". */
  readonly route: string;
  /** Route parameters, URL-decoded (`@original`). */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  /** The JSON body, or multipart's payload_json. */
  readonly body: Record<string, unknown> | undefined;
  readonly files: readonly RecordedFile[];
  readonly receivedAt: number;
  status: number;
  /** What the fake answered (JSON), if anything. */
  response?: unknown;
}

/** An interaction the gateway dispatched, as the REST side tracks it. */
export interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  readonly channel: FakeChannel;
  readonly user: FakeUser;
  readonly dispatchedAt: number;
  /** For button clicks: the message the button is on. */
  readonly message?: FakeMessage;
  ackedAt?: number;
  ackType?: number;
  originalMessageId?: string;
}

export interface RegisteredCommand {
  readonly id: string;
  readonly application_id: string;
  readonly guild_id?: string;
  readonly name: string;
  readonly [field: string]: unknown;
}

interface Reply {
  readonly status: number;
  readonly json?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A scripted fault: the next `times` matching calls get this answer instead of the real one. */
export interface InjectedFailure {
  readonly match: (call: RecordedCall) => boolean;
  readonly status: number;
  readonly json?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Do the work first, then answer with the failure: Discord acted, but its reply was lost on the
   * way (a 5xx from a proxy, a timeout), so a retry repeats something that already happened.
   */
  readonly afterHandling?: boolean;
  times: number;
}

type Handler = (call: RecordedCall) => Reply;

interface Route {
  readonly method: string;
  readonly template: string;
  readonly segments: readonly string[];
  /** Interaction and webhook routes carry their token in the URL instead of a bot token. */
  readonly auth: boolean;
  readonly handler: Handler;
}

export interface FakeRestOptions {
  readonly token: string;
  readonly shardCount: number;
  readonly maxConcurrency: number;
  readonly gatewayUrl: () => string;
  /** Discord: an interaction not acknowledged within 3 s is gone. */
  readonly ackDeadlineMs: number;
}

const LOADING_FLAG = 1 << 7;
const EPHEMERAL_FLAG = 1 << 6;

export class FakeRest {
  readonly calls: RecordedCall[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  readonly commands = new Map<string, RegisteredCommand[]>();
  private readonly failures: InjectedFailure[] = [];
  /** Channel message nonces (enforced) and the message each created. */
  private readonly nonces = new Map<string, string>();
  private readonly routes: Route[];

  constructor(
    private readonly world: FakeWorld,
    private readonly events: EventEmitter,
    private readonly options: FakeRestOptions,
  ) {
    const route = (method: string, template: string, auth: boolean, handler: Handler): Route => ({
      method,
      template,
      segments: template.split("/").filter(Boolean),
      auth,
      handler,
    });
    this.routes = [
      route("GET", "/gateway/bot", true, () => this.gatewayBot()),
      route("GET", "/gateway", false, () => ({ status: 200, json: { url: options.gatewayUrl() } })),
      route("GET", "/users/@me", true, () => ({ status: 200, json: world.bot })),
      route("POST", "/interactions/:interactionId/:token/callback", false, (call) =>
        this.interactionCallback(call),
      ),
      route("GET", "/webhooks/:applicationId/:token/messages/:messageId", false, (call) =>
        this.getWebhookMessage(call),
      ),
      route("PATCH", "/webhooks/:applicationId/:token/messages/:messageId", false, (call) =>
        this.editWebhookMessage(call),
      ),
      route("DELETE", "/webhooks/:applicationId/:token/messages/:messageId", false, (call) =>
        this.deleteWebhookMessage(call),
      ),
      route("POST", "/webhooks/:applicationId/:token", false, (call) => this.followUp(call)),
      route("POST", "/channels/:channelId/messages", true, (call) => this.createMessage(call)),
      route("GET", "/channels/:channelId/messages/:messageId", true, (call) =>
        this.getMessage(call),
      ),
      route("PATCH", "/channels/:channelId/messages/:messageId", true, (call) =>
        this.editMessage(call),
      ),
      route("POST", "/channels/:channelId/typing", true, () => ({ status: 204 })),
      route("PUT", "/applications/:applicationId/commands", true, (call) => this.putCommands(call)),
      route("PUT", "/applications/:applicationId/guilds/:guildId/commands", true, (call) =>
        this.putCommands(call),
      ),
      route("GET", "/applications/:applicationId/commands", true, () => ({
        status: 200,
        json: this.commands.get("global") ?? [],
      })),
    ];
  }

  /**
   * Makes matching calls fail (default once), e.g. a 400 on the next edit of an answer, a 429
   * with retry-after, a 500. The call is still recorded.
   */
  injectFailure(failure: Omit<InjectedFailure, "times"> & { times?: number }): void {
    this.failures.push({ ...failure, times: failure.times ?? 1 });
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    const url = new URL(request.url ?? "/", "http://fake.invalid");
    const body = await readBody(request);
    const contentType = request.headers["content-type"];
    const parsed = await parseBody(body, contentType);
    const rawPath = url.pathname.startsWith(API_PREFIX)
      ? url.pathname.slice(API_PREFIX.length)
      : url.pathname;
    const method = request.method ?? "GET";
    const match = this.match(method, rawPath);
    const call: RecordedCall = {
      method,
      rawPath,
      route: match ? `${method} ${match.route.template}` : `${method} (unknown) ${rawPath}`,
      params: match?.params ?? {},
      query: url.searchParams,
      authorization: request.headers.authorization,
      contentType,
      body: parsed.body,
      files: parsed.files,
      receivedAt,
      status: 0,
    };
    this.calls.push(call);
    let reply: Reply;
    const failure = this.failures.find((candidate) => candidate.times > 0 && candidate.match(call));
    if (failure) {
      failure.times -= 1;
      if (failure.afterHandling && match) match.route.handler(call);
      reply = failure;
    } else if (!url.pathname.startsWith(API_PREFIX) || !match) {
      reply = { status: 404, json: { message: "404: Not Found", code: 0 } };
    } else if (match.route.auth && request.headers.authorization !== `Bot ${this.options.token}`) {
      reply = { status: 401, json: { message: "401: Unauthorized", code: 0 } };
    } else {
      try {
        reply = match.route.handler(call);
      } catch (error) {
        reply = { status: 500, json: { message: String(error), code: 0 } };
      }
    }
    call.status = reply.status;
    call.response = reply.json;
    if (reply.status === 204 || reply.json === undefined) {
      // A 204 has no body and no JSON content type (the REST client would try to parse it).
      response.writeHead(reply.status, { ...reply.headers }).end();
    } else {
      response
        .writeHead(reply.status, { "content-type": "application/json", ...reply.headers })
        .end(JSON.stringify(reply.json));
    }
    this.events.emit("call", call);
  }

  private match(method: string, rawPath: string) {
    const segments = rawPath.split("/").filter(Boolean).map(safeDecode);
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== segments.length) continue;
      const params: Record<string, string> = {};
      const matches = route.segments.every((segment, index) => {
        const actual = segments[index] ?? "";
        if (segment.startsWith(":")) {
          params[segment.slice(1)] = actual;
          return true;
        }
        return segment === actual;
      });
      if (matches) return { route, params };
    }
    return undefined;
  }

  private gatewayBot(): Reply {
    return {
      status: 200,
      json: {
        url: this.options.gatewayUrl(),
        shards: this.options.shardCount,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 0,
          max_concurrency: this.options.maxConcurrency,
        },
      },
    };
  }

  private interactionCallback(call: RecordedCall): Reply {
    const record = this.interactions.get(call.params.token ?? "");
    if (!record || record.id !== call.params.interactionId)
      return unknown(10062, "Unknown interaction");
    if (record.ackedAt !== undefined) {
      return {
        status: 400,
        json: { code: 40060, message: "Interaction has already been acknowledged." },
      };
    }
    if (call.receivedAt - record.dispatchedAt > this.options.ackDeadlineMs) {
      return unknown(10062, "Unknown interaction");
    }
    const type = Number(call.body?.type);
    const data = (call.body?.data ?? {}) as Record<string, unknown>;
    if (type === 4 || type === 7) {
      const problems = validateMessageBody(data, call.files, { creating: type === 4 });
      if (problems.length > 0) return invalidForm(problems);
    }
    record.ackedAt = call.receivedAt;
    record.ackType = type;
    let message: FakeMessage | undefined;
    if (type === 4 || type === 5) {
      const flags = Number(data.flags ?? 0) | (type === 5 ? LOADING_FLAG : 0);
      message = this.world.storeMessage(
        this.world.newMessage({
          channel_id: record.channel.id,
          author: this.world.bot,
          webhook_id: this.world.applicationId,
          application_id: this.world.applicationId,
          type: 20,
          flags,
          interaction_metadata: {
            id: record.id,
            type: record.message ? 3 : 2,
            user: record.user,
            authorizing_integration_owners: record.channel.guild_id
              ? { "0": record.channel.guild_id }
              : { "1": record.user.id },
          },
          ...(type === 4 ? messageFields(this.world, data, call.files) : {}),
        }),
      );
      record.originalMessageId = message.id;
    } else if (type === 7 && record.message) {
      message = this.update(record.message, data, call.files);
    }
    if (message) this.events.emit("message", message);
    if (call.query.get("with_response") === "true") {
      return {
        status: 200,
        json: {
          interaction: { id: record.id, type: 2, response_message_id: message?.id },
          resource: { type, ...(message ? { message } : {}) },
        },
      };
    }
    return { status: 204 };
  }

  private webhookTarget(
    call: RecordedCall,
  ): { record: InteractionRecord; message?: FakeMessage } | undefined {
    const record = this.interactions.get(call.params.token ?? "");
    if (!record || call.params.applicationId !== this.world.applicationId) return undefined;
    const id =
      call.params.messageId === "@original" ? record.originalMessageId : call.params.messageId;
    const message = id ? this.world.messages.get(id) : undefined;
    return message ? { record, message } : { record };
  }

  private getWebhookMessage(call: RecordedCall): Reply {
    const target = this.webhookTarget(call);
    if (!target) return unknown(10015, "Unknown Webhook");
    return target.message
      ? { status: 200, json: target.message }
      : unknown(10008, "Unknown Message");
  }

  private editWebhookMessage(call: RecordedCall): Reply {
    const target = this.webhookTarget(call);
    if (!target) return unknown(10015, "Unknown Webhook");
    if (!target.message) return unknown(10008, "Unknown Message");
    const problems = validateMessageBody(call.body ?? {}, call.files, { creating: false });
    if (problems.length > 0) return invalidForm(problems);
    const message = this.update(target.message, call.body ?? {}, call.files);
    this.events.emit("message", message);
    return { status: 200, json: message };
  }

  private deleteWebhookMessage(call: RecordedCall): Reply {
    const target = this.webhookTarget(call);
    if (!target?.message) return unknown(10008, "Unknown Message");
    this.world.messages.delete(target.message.id);
    return { status: 204 };
  }

  private followUp(call: RecordedCall): Reply {
    const record = this.interactions.get(call.params.token ?? "");
    if (!record || call.params.applicationId !== this.world.applicationId) {
      return unknown(10015, "Unknown Webhook");
    }
    if (record.ackedAt === undefined) return unknown(10015, "Unknown Webhook");
    const body = call.body ?? {};
    const problems = validateMessageBody(body, call.files, { creating: true });
    if (problems.length > 0) return invalidForm(problems);
    const message = this.world.storeMessage(
      this.world.newMessage({
        channel_id: record.channel.id,
        author: this.world.bot,
        webhook_id: this.world.applicationId,
        application_id: this.world.applicationId,
        ...messageFields(this.world, body, call.files),
        flags: Number(body.flags ?? 0),
      }),
    );
    this.events.emit("message", message);
    return { status: 200, json: message };
  }

  private createMessage(call: RecordedCall): Reply {
    const channel = this.world.channels.get(call.params.channelId ?? "");
    if (!channel) return unknown(10003, "Unknown Channel");
    const body = call.body ?? {};
    const problems = validateMessageBody(body, call.files, { creating: true });
    if (problems.length > 0) return invalidForm(problems);
    const reference = body.message_reference as
      | { message_id?: string; fail_if_not_exists?: boolean }
      | undefined;
    const referenced = reference?.message_id
      ? this.world.messages.get(reference.message_id)
      : undefined;
    if (reference?.message_id && !referenced && reference.fail_if_not_exists !== false) {
      return invalidForm(["message_reference: Unknown message"]);
    }
    // Discord: with enforce_nonce, a nonce seen again returns the message it created.
    const nonceKey =
      body.enforce_nonce === true && body.nonce !== undefined
        ? `${channel.id}:${String(body.nonce)}`
        : undefined;
    const earlier = nonceKey ? this.world.messages.get(this.nonces.get(nonceKey) ?? "") : undefined;
    if (earlier) return { status: 200, json: earlier };
    const fields = messageFields(this.world, body, call.files);
    if (referenced && pingsOf(body, { isReply: true }).repliedUser) {
      fields.mentions = [...(fields.mentions ?? []), referenced.author];
    }
    const message = this.world.storeMessage(
      this.world.newMessage({
        channel_id: channel.id,
        author: this.world.bot,
        ...fields,
        ...(referenced
          ? {
              type: 19,
              message_reference: {
                type: 0,
                message_id: referenced.id,
                channel_id: referenced.channel_id,
                ...(referenced.guild_id ? { guild_id: referenced.guild_id } : {}),
              },
              referenced_message: { ...referenced, referenced_message: undefined },
            }
          : {}),
      }),
    );
    if (nonceKey) this.nonces.set(nonceKey, message.id);
    this.events.emit("message", message);
    return { status: 200, json: message };
  }

  private getMessage(call: RecordedCall): Reply {
    const message = this.world.messages.get(call.params.messageId ?? "");
    if (!message || message.channel_id !== call.params.channelId) {
      return unknown(10008, "Unknown Message");
    }
    return { status: 200, json: message };
  }

  private editMessage(call: RecordedCall): Reply {
    const message = this.world.messages.get(call.params.messageId ?? "");
    if (!message || message.channel_id !== call.params.channelId) {
      return unknown(10008, "Unknown Message");
    }
    if (message.author.id !== this.world.bot.id) {
      return {
        status: 403,
        json: { code: 50005, message: "Cannot edit a message authored by another user" },
      };
    }
    const problems = validateMessageBody(call.body ?? {}, call.files, { creating: false });
    if (problems.length > 0) return invalidForm(problems);
    const updated = this.update(message, call.body ?? {}, call.files);
    this.events.emit("message", updated);
    return { status: 200, json: updated };
  }

  private putCommands(call: RecordedCall): Reply {
    const definitions = Array.isArray(call.body) ? (call.body as Record<string, unknown>[]) : [];
    const guildId = call.params.guildId;
    const registered = definitions.map(
      (definition): RegisteredCommand => ({
        ...definition,
        id: this.world.snowflake(),
        application_id: this.world.applicationId,
        name: String(definition.name),
        version: this.world.snowflake(),
        ...(guildId ? { guild_id: guildId } : {}),
      }),
    );
    this.commands.set(guildId ?? "global", registered);
    return { status: 200, json: registered };
  }

  /** Applies an edit: fields present in the body replace the message's. */
  private update(
    message: FakeMessage,
    body: Record<string, unknown>,
    files: readonly RecordedFile[],
  ): FakeMessage {
    const fields = messageFields(this.world, body, files);
    const kept = Array.isArray(body.attachments)
      ? message.attachments.filter((attachment) =>
          (body.attachments as { id?: unknown }[]).some(
            (entry) => String(entry.id) === attachment.id,
          ),
        )
      : message.attachments;
    Object.assign(message, fields, {
      attachments: [...kept, ...(fields.attachments ?? [])],
      flags: (message.flags & ~LOADING_FLAG) | (Number(body.flags ?? 0) & ~EPHEMERAL_FLAG),
      edited_timestamp: new Date().toISOString(),
    });
    return message;
  }
}

/** The message fields a create or edit body sets (only those present). */
function messageFields(
  world: FakeWorld,
  body: Record<string, unknown>,
  files: readonly RecordedFile[],
): Partial<FakeMessage> {
  const fields: Partial<FakeMessage> = {};
  if (typeof body.content === "string") {
    fields.content = body.content;
    // As Discord stores it: whom the content notifies (a reply's author is added on creation).
    const pings = pingsOf(body, { isReply: false });
    fields.mention_everyone = pings.everyone;
    fields.mentions = pings.users.flatMap((id) => {
      const user = world.users.get(id);
      return user ? [user] : [];
    });
    fields.mention_roles = [...pings.roles];
  }
  if (Array.isArray(body.embeds)) fields.embeds = body.embeds;
  if (Array.isArray(body.components)) fields.components = body.components;
  if (body.allowed_mentions !== undefined) fields.allowed_mentions = body.allowed_mentions;
  if (files.length > 0) {
    const described = Array.isArray(body.attachments)
      ? (body.attachments as { id?: unknown; filename?: string; description?: string }[])
      : [];
    fields.attachments = files.map((file, index): FakeAttachment => {
      const id = world.snowflake();
      const meta = described.find((entry) => String(entry.id) === String(index));
      return {
        id,
        filename: meta?.filename ?? file.name,
        size: file.data.length,
        content_type: file.contentType,
        url: `https://cdn.fake.invalid/attachments/${id}/${file.name}`,
        proxy_url: `https://media.fake.invalid/attachments/${id}/${file.name}`,
        ...(meta?.description ? { description: meta.description } : {}),
      };
    });
  }
  return fields;
}

function unknown(code: number, message: string): Reply {
  return { status: 404, json: { code, message } };
}

function invalidForm(problems: readonly string[]): Reply {
  return {
    status: 400,
    json: {
      code: 50035,
      message: "Invalid Form Body",
      errors: { _errors: problems.map((message) => ({ code: "INVALID", message })) },
    },
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function parseBody(
  body: Buffer,
  contentType: string | undefined,
): Promise<{ body: Record<string, unknown> | undefined; files: RecordedFile[] }> {
  if (body.length === 0) return { body: undefined, files: [] };
  if (contentType?.startsWith("multipart/form-data")) {
    // The platform's own multipart parser (undici), as a browser would read the form.
    const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
    const files: RecordedFile[] = [];
    let json: Record<string, unknown> | undefined;
    for (const [field, value] of form.entries()) {
      if (typeof value === "string") {
        if (field === "payload_json") json = JSON.parse(value);
      } else {
        files.push({
          field,
          name: value.name,
          contentType: value.type || "application/octet-stream",
          data: Buffer.from(await value.arrayBuffer()),
        });
      }
    }
    return { body: json, files };
  }
  return { body: JSON.parse(body.toString("utf8")), files: [] };
}
