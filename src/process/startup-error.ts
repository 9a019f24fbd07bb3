/**
 * Problems that stop a program before it can do its work (configuration, knowledge folder,
 * command modules, Discord refusing the login, a port in use). Each kind has its own exit code,
 * so a supervisor can tell "fix the setup" (do not restart) from "it crashed" (restart).
 * runMain (runtime.ts) is the one place that prints them and sets the code.
 */
export const EXIT_CODES = {
  /** Stopped cleanly. */
  ok: 0,
  /** Failed while running (token revoked, gateway lost, a bug): restarting may help. */
  failure: 1,
  /** The environment or .env is invalid, or something required is not set. */
  config: 2,
  /** The knowledge folder is missing or invalid. */
  knowledge: 3,
  /** A command module does not load or has the wrong shape. */
  commands: 4,
  /** Discord refused the login (token, privileged intents, sharding). */
  discordLogin: 5,
  /** A port the program needs is taken, or may not be used. */
  port: 6,
  /** Anything else at start-up: a bug (EX_SOFTWARE). */
  unexpected: 70,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** A start-up problem whose message says what to fix; printed without a stack trace. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "StartupError";
  }
}

/** The message and exit code for anything that ended start-up. */
export function describeStartupError(error: unknown): {
  readonly exitCode: ExitCode;
  readonly message: string;
} {
  if (error instanceof StartupError) return { exitCode: error.exitCode, message: error.message };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EADDRINUSE" || code === "EACCES") {
    const { address, port } = error as { address?: string; port?: number };
    const where = port === undefined ? "" : ` ${address ?? ""}:${port}`;
    return {
      exitCode: EXIT_CODES.port,
      message: `Port${where} ${code === "EADDRINUSE" ? "is already in use (is another copy running?)" : "may not be used by this user"}.`,
    };
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return {
    exitCode: EXIT_CODES.unexpected,
    message: `Start-up failed unexpectedly (a bug; please report it):\n${detail}`,
  };
}
