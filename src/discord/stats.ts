/**
 * What /stats needs besides rendering: who may see it, and the days it covers. Discord hides the
 * command from members without Manage Server by default, but a server can override that for a
 * role or a channel, so the permission is checked again when it runs.
 */
import { type ChatInputCommandInteraction, PermissionFlagsBits } from "discord.js";

export const STATS_DAYS = 7;
const DAY_MS = 86_400_000;

/** Why the asker may not see the figures, or undefined when they may. */
export function statsRefusal(
  interaction: ChatInputCommandInteraction,
): "dm" | "permission" | undefined {
  if (!interaction.inGuild()) return "dm";
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)
    ? undefined
    : "permission";
}

/** The last `days` UTC days, today included: from a midnight to now. */
export function lastDays(days: number, now: Date): { since: Date; until: Date } {
  const today = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return { since: new Date(today - (days - 1) * DAY_MS), until: now };
}
