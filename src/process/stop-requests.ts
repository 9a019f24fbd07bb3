/**
 * Everything that asks a long-running process to stop: SIGTERM and SIGINT (docker stop, systemd,
 * Ctrl-C), the parent process going away (npm killed while the bot keeps running would leave a
 * second bot answering after a restart), and, for a shard process, its sharding manager's IPC
 * channel closing. Each calls `stop` with its reason; only the first one counts.
 */

/** How often the parent is checked: getppid() is one cheap system call. */
const PARENT_POLL_MS = 500;

export type StopReason = "SIGTERM" | "SIGINT" | "parent-exited" | "manager-gone";

export function onStopRequest(stop: (reason: StopReason) => void): () => void {
  let requested = false;
  const request = (reason: StopReason) => {
    if (requested) return;
    requested = true;
    stop(reason);
  };
  // `on`, not `once`: a second signal (Ctrl-C reaches npm and the bot, and npm forwards it too)
  // must not kill the process half-way through its clean stop.
  const onTerm = () => request("SIGTERM");
  const onInt = () => request("SIGINT");
  process.on("SIGTERM", onTerm);
  process.on("SIGINT", onInt);

  // Orphaned processes are adopted by init (or a subreaper): the parent id changes. A shard's
  // parent is its manager, so either way of noticing (this poll or the IPC channel closing,
  // whichever a busy machine runs first) reports the same reason.
  const parent = process.ppid;
  const parentGone: StopReason = process.send ? "manager-gone" : "parent-exited";
  const watch = setInterval(() => {
    if (process.ppid !== parent) request(parentGone);
  }, PARENT_POLL_MS);
  watch.unref();

  const onDisconnect = () => request("manager-gone");
  if (process.send) {
    if (process.connected) process.once("disconnect", onDisconnect);
    else queueMicrotask(onDisconnect);
  }
  return () => {
    clearInterval(watch);
    process.off("disconnect", onDisconnect);
    // The signal handlers stay: a signal during the rest of the stop must not kill the process.
  };
}
