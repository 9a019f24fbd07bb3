/** What a slash command module in commands/ exports, and what it gets when it runs. */
import type {
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Knowledge } from "../knowledge/load.ts";
import type { Language } from "../knowledge/schema.ts";
import type { Logger } from "../log.ts";
import type { Runtime } from "../runtime.ts";
import type { AnswerStore } from "./answer-store.ts";
import type { Reply } from "./respond.ts";

/** What a command's definition may depend on (choices from the knowledge, limits from config). */
export interface CommandDataContext {
  readonly knowledge: Knowledge;
  readonly maxQuestionLength: number;
}

/** What a command gets when it runs. The interaction is already deferred. */
export interface CommandContext {
  readonly runtime: Runtime;
  /** The one way to answer: edits the deferred reply, follows up with further pieces. */
  readonly reply: Reply;
  /** The user's language, from their Discord locale. */
  readonly language: Language;
  readonly answers: AnswerStore;
  readonly log: Logger;
  /** The definitions of every loaded command (for /help). */
  readonly commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[];
}

/**
 * A slash command: `export default { data, execute } satisfies Command`.
 * Deferral is done centrally, before execute, within Discord's 3-second deadline.
 */
export interface Command {
  /** Builds the command's definition (usually a SlashCommandBuilder). */
  readonly data: (context: CommandDataContext) => {
    toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
  };
  /** Whether the reply is visible only to the user (default: visible to everyone). */
  readonly ephemeral?: (interaction: ChatInputCommandInteraction) => boolean;
  readonly execute: (
    interaction: ChatInputCommandInteraction,
    context: CommandContext,
  ) => Promise<void>;
}
