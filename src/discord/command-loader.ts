/**
 * Loads every command module from the given folders, checks each one's shape with a zod
 * predicate (a malformed module stops start-up with its file name) and builds its definition.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { z } from "zod";
import { EXIT_CODES, StartupError } from "../process/startup-error.ts";
import type { Command, CommandDataContext } from "./command.ts";

/** commands/ at the project root. */
export const DEFAULT_COMMANDS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../commands",
);

export interface LoadedCommand {
  readonly file: string;
  readonly command: Command;
  readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
}

const isFunction = (value: unknown) => typeof value === "function";

const commandModuleSchema = z.object({
  default: z.object({
    data: z.custom<Command["data"]>(isFunction, "data must be a function returning a builder"),
    execute: z.custom<Command["execute"]>(isFunction, "execute must be a function"),
    ephemeral: z
      .custom<Command["ephemeral"]>(isFunction, "ephemeral must be a function")
      .optional(),
  }),
});

const definitionSchema = z.looseObject({
  name: z
    .string()
    .regex(/^[-_\p{L}\p{N}]{1,32}$/u, "must be 1-32 lowercase letters, digits, - or _"),
  description: z.string().min(1).max(100),
});

export class CommandLoadError extends StartupError {
  constructor(file: string, problem: string) {
    super(`Command module ${file}: ${problem}`, EXIT_CODES.commands);
    this.name = "CommandLoadError";
  }
}

/** Loads the commands of every folder, in order; a later folder may not reuse a name. */
export async function loadCommands(
  dirs: readonly string[],
  context: CommandDataContext,
): Promise<Map<string, LoadedCommand>> {
  const commands = new Map<string, LoadedCommand>();
  for (const dir of dirs) {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch (error) {
      throw new CommandLoadError(
        dir,
        `the folder could not be read (${(error as NodeJS.ErrnoException).code})`,
      );
    }
    const files = entries
      .filter((file) => /\.(ts|js|mjs)$/.test(file) && !/\.(d|test)\.ts$/.test(file))
      .sort();
    // Imported side by side (their files are read in parallel), then checked in file order.
    const loadedFiles = await Promise.allSettled(
      files.map((file) => loadCommand(path.join(dir, file), context)),
    );
    for (const result of loadedFiles) {
      if (result.status === "rejected") throw result.reason;
      const loaded = result.value;
      const name = loaded.definition.name;
      if (commands.has(name)) throw new CommandLoadError(loaded.file, `duplicate command /${name}`);
      commands.set(name, loaded);
    }
  }
  return commands;
}

async function loadCommand(file: string, context: CommandDataContext): Promise<LoadedCommand> {
  let module: unknown;
  try {
    module = await import(pathToFileURL(file).href);
  } catch (error) {
    // A syntax error, a missing import, a throw at the top level: one line, not a stack.
    throw new CommandLoadError(file, `could not be loaded: ${(error as Error)?.message ?? error}`);
  }
  const parsed = commandModuleSchema.safeParse(module);
  if (!parsed.success) {
    throw new CommandLoadError(file, parsed.error.issues.map(describeIssue).join("; "));
  }
  const command = parsed.data.default as Command;
  let definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  try {
    definition = command.data(context).toJSON();
  } catch (error) {
    throw new CommandLoadError(file, `data() failed: ${(error as Error).message}`);
  }
  const checked = definitionSchema.safeParse(definition);
  if (!checked.success) {
    throw new CommandLoadError(file, checked.error.issues.map(describeIssue).join("; "));
  }
  return { file, command, definition };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${issue.path.join(".") || "(module)"}: ${issue.message}`;
}
