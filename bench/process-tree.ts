/**
 * A started program as the whole tree of processes it becomes (npm → sh → node, tsx's loader…):
 * started in its own process group, timed from spawn to its ready line, measured as the sum of
 * the resident set sizes of every process in the tree (Linux /proc), and stopped as a group.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface Launch {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly environment: Readonly<Record<string, string>>;
  /** Printed (stdout or stderr) once the program is ready. */
  readonly readyLine: string;
}

export interface StartedTree {
  readonly pid: number;
  /** Milliseconds from spawn() to the ready line. */
  readonly readyMs: number;
  /**
   * CPU time (user + system) the tree had used at the ready line, in ms (10 ms resolution). Unlike
   * the wall time, it hardly changes with the machine's load: the work start-up takes.
   */
  readonly readyCpuMs: number;
  /** Sum of VmRSS over the process and all its descendants, in bytes. */
  treeRss(): number;
  /** Processes in the tree now. */
  treeSize(): number;
  /** SIGTERM to the whole group; SIGKILL after 10 s. */
  stop(): Promise<void>;
}

export async function startTree(launch: Launch, timeoutMs = 120_000): Promise<StartedTree> {
  const started = performance.now();
  const child = spawn(launch.command, [...launch.args], {
    cwd: launch.cwd,
    env: launch.environment,
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so the whole tree can be stopped at once.
    detached: true,
  });
  let readyCpuMs = 0;
  const readyMs = await new Promise<number>((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(
      () => fail(`no "${launch.readyLine}" within ${timeoutMs} ms`),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (!seen.includes(launch.readyLine)) return;
      const ms = performance.now() - started;
      readyCpuMs = descendants(child.pid ?? 0).reduce(
        (sum, each) => sum + (cpuTimeMs(each) ?? 0),
        0,
      );
      cleanup();
      resolve(ms);
    };
    const onExit = () => fail("it exited before it was ready");
    const fail = (why: string) => {
      cleanup();
      killGroup(child, "SIGKILL");
      reject(
        new Error(`${launch.command} ${launch.args.join(" ")}: ${why}:\n${seen.slice(-2_000)}`),
      );
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.stdout?.off("data", onData);
      child.stderr?.off("data", onData);
      child.off("exit", onExit);
      // Keep draining, so the program never blocks on a full pipe.
      child.stdout?.resume();
      child.stderr?.resume();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
  const pid = child.pid ?? 0;
  return {
    pid,
    readyMs,
    readyCpuMs,
    treeRss: () => descendants(pid).reduce((sum, each) => sum + (residentSetSize(each) ?? 0), 0),
    treeSize: () => descendants(pid).length,
    stop: () => stopGroup(child),
  };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(timer);
      // Whatever of the group is left (a grandchild that outlived npm) goes too.
      killGroup(child, "SIGKILL");
      resolve();
    });
    killGroup(child, "SIGTERM");
  });
}

/** The process and all its descendants, from /proc/<pid>/stat's parent ids. */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    // Exited meanwhile: no fields.
    if (!fields) continue;
    const parent = Number(fields[1]);
    const list = children.get(parent) ?? [];
    list.push(Number(entry));
    children.set(parent, list);
  }
  const tree: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** User + system CPU time of a process so far, in ms (Linux /proc; clock ticks of 10 ms). */
export function cpuTimeMs(pid: number): number | undefined {
  const fields = statFields(pid);
  // utime and stime are the 14th and 15th fields; the fields read start at the 3rd.
  return fields ? (Number(fields[11]) + Number(fields[12])) * 10 : undefined;
}

/**
 * The fields of /proc/<pid>/stat from the third (state) on, or undefined once it has exited. The
 * command name before them may hold spaces and parentheses; what follows the last ")" is fixed.
 */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

export function residentSetSize(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
    return kib === undefined ? undefined : Number(kib) * 1024;
  } catch {
    return undefined;
  }
}
