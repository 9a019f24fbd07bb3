/**
 * Who a message would notify, by Discord's rules: the mentions written in its content (never
 * those in embeds), kept or dropped by `allowed_mentions` (absent: every kind is parsed), and, for
 * a reply, the author of the message replied to (absent `allowed_mentions`: pinged; present:
 * only with `replied_user: true`).
 * https://discord.com/developers/docs/resources/message#allowed-mentions-object
 */

export interface Pings {
  readonly everyone: boolean;
  readonly users: readonly string[];
  readonly roles: readonly string[];
  readonly repliedUser: boolean;
}

export const NO_PINGS: Pings = { everyone: false, users: [], roles: [], repliedUser: false };

interface AllowedMentions {
  parse?: unknown;
  users?: unknown;
  roles?: unknown;
  replied_user?: unknown;
}

export function pingsOf(body: Record<string, unknown>, options: { isReply: boolean }): Pings {
  const content = typeof body.content === "string" ? body.content : "";
  const allowed = body.allowed_mentions as AllowedMentions | undefined;
  const parse = allowed === undefined ? ["everyone", "users", "roles"] : list(allowed.parse);
  const written = {
    everyone: /@(everyone|here)/.test(content),
    users: [...content.matchAll(/<@!?(\d+)>/g)].map((match) => match[1] ?? ""),
    roles: [...content.matchAll(/<@&(\d+)>/g)].map((match) => match[1] ?? ""),
  };
  const keep = (kind: "users" | "roles", ids: readonly string[]) =>
    parse.includes(kind) ? ids : ids.filter((id) => list(allowed?.[kind]).includes(id));
  return {
    everyone: written.everyone && parse.includes("everyone"),
    users: [...new Set(keep("users", written.users))],
    roles: [...new Set(keep("roles", written.roles))],
    repliedUser: options.isReply && (allowed === undefined || allowed.replied_user === true),
  };
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
