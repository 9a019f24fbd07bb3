/**
 * User ids are never stored in the clear: a keyed hash (HMAC-SHA256) stands in for them, so one
 * user's votes still count once, but the store alone cannot say who voted. The key is
 * STORE_SECRET, or else a random one made on first start and kept in the store itself (every host
 * sharing a PostgreSQL store then shares it too).
 */
import { createHmac, randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

const KEY_SETTING = "user_hash_key";

export async function loadHashKey(db: Kysely<Database>, configured?: string): Promise<Buffer> {
  if (configured !== undefined) return Buffer.from(configured, "utf8");
  // Two hosts starting at once: the first insert wins, both read the same key back.
  await db
    .insertInto("settings")
    .values({ key: KEY_SETTING, value: randomBytes(32).toString("hex") })
    .onConflict((conflict) => conflict.column("key").doNothing())
    .execute();
  const row = await db
    .selectFrom("settings")
    .select("value")
    .where("key", "=", KEY_SETTING)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, "hex");
}

/** 32 characters of base64url: 192 bits, far past any chance of two users colliding. */
export function hashUserId(key: Buffer, userId: string): string {
  return createHmac("sha256", key).update(userId).digest("base64url").slice(0, 32);
}
