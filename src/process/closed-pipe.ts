/**
 * A command-line tool's output piped into a reader that stops early (`npm run eval | head`): the
 * next write fails with EPIPE. Unhandled, that is a crash with a stack trace; a tool whose reader
 * has gone has nothing left to do, so it ends at once and quietly, as Unix tools do. Only for the
 * CLIs: the bot's own stdout carries its log and is not a reader that can be done with it.
 */
export function endQuietlyWhenReaderCloses(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
