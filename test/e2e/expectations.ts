/** Checks every e2e file runs over the whole conversation with the fake Discord. */
import { expect } from "vitest";
import type { FakeDiscord, RecordedCall } from "../fakes/discord-fake.ts";
import { NO_PINGS, pingsOf } from "../fakes/discord-mentions.ts";

/** The message payload a call carries, if it sends or edits a message. */
export function messagePayloadOf(call: RecordedCall): Record<string, unknown> | undefined {
  if (call.route.endsWith("/callback")) {
    const type = Number(call.body?.type);
    // 4: reply, 7: update the clicked message; 5 and 6 are bare acknowledgements.
    return type === 4 || type === 7 ? (call.body?.data as Record<string, unknown>) : undefined;
  }
  const sendsMessage =
    (call.method === "POST" || call.method === "PATCH") &&
    (/^\/webhooks\//.test(call.rawPath) || /^\/channels\/\d+\/messages/.test(call.rawPath));
  return sendsMessage ? (call.body ?? {}) : undefined;
}

/**
 * Nothing the bot sent could ping anyone: allowed_mentions.parse is empty on every send, and by
 * Discord's rules none of them notifies anyone, whatever its content.
 */
export function expectNoPings(fake: FakeDiscord): number {
  const payloads = fake.calls.flatMap((call) => {
    const payload = messagePayloadOf(call);
    return payload ? [{ route: call.route, payload }] : [];
  });
  for (const { route, payload } of payloads) {
    expect(payload.allowed_mentions, route).toMatchObject({ parse: [] });
    expect((payload.allowed_mentions as { replied_user?: boolean }).replied_user, route).not.toBe(
      true,
    );
    expect(pingsOf(payload, { isReply: payload.message_reference !== undefined }), route).toEqual(
      NO_PINGS,
    );
  }
  return payloads.length;
}

/** Discord accepted everything (the fake enforces Discord's limits with 400s). */
export function expectAllAccepted(
  fake: FakeDiscord,
  allowed: (call: RecordedCall) => boolean = () => false,
) {
  const rejected = fake.calls.filter((call) => call.status >= 400 && !allowed(call));
  expect(
    rejected.map((call) => ({ route: call.route, status: call.status, response: call.response })),
  ).toEqual([]);
}

/**
 * The interaction was acknowledged; returns how (5: deferred reply, 6: deferred update, 4 and 7:
 * answered at once). No time bound here: the fake already turns away an acknowledgement that
 * comes after Discord's deadline, and how fast the bot is belongs in the bench.
 */
export function acknowledgement(interaction: { ackedAt?: number; ackType?: number }): number {
  if (interaction.ackedAt === undefined) throw new Error("the interaction was never acknowledged");
  return interaction.ackType ?? 0;
}

/**
 * Milliseconds from an interaction's dispatch to its acknowledgement (for reports and the bench;
 * tests assert on order and outcome, never on this).
 */
export function ackDelay(interaction: { dispatchedAt: number; ackedAt?: number }): number {
  if (interaction.ackedAt === undefined) throw new Error("the interaction was never acknowledged");
  return interaction.ackedAt - interaction.dispatchedAt;
}

/** The content of an interaction callback that replies with a message (type 4). */
export function callbackContent(call: RecordedCall | undefined): string {
  const data = call?.body?.data as { content?: unknown } | undefined;
  return typeof data?.content === "string" ? data.content : "";
}
