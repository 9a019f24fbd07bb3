/**
 * Unexpected failures: logged with a short id that the user also sees, so a report from a user
 * leads straight to the log line. Expected situations (empty question, Claude down) are answers,
 * not errors, and never come here.
 */
import { randomBytes } from "node:crypto";
import type { Language } from "../knowledge/schema.ts";
import type { Logger } from "../log.ts";
import { uiText } from "../render/ui-text.ts";
import type { Reply } from "./respond.ts";

export function newErrorId(): string {
  return randomBytes(4).toString("hex");
}

/** Logs the error with a new id and tells the user, in their language; returns the id. */
export async function apologize(
  reply: Reply,
  language: Language,
  error: unknown,
  log: Logger,
): Promise<string> {
  const errorId = newErrorId();
  log.error({ err: error, errorId }, "handler failed; the user got an apology with this error id");
  try {
    await reply.send({ content: uiText[language].apology(errorId) });
  } catch (sendError) {
    log.error({ err: sendError, errorId }, "could not send the apology either");
  }
  return errorId;
}
