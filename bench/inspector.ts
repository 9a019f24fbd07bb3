/**
 * Talks to a child process through the V8 inspector (the child runs with --inspect on a loopback
 * port): memory after a full garbage collection, and heap snapshots. RSS alone says little about
 * leaks, since V8 grows its heap lazily; the heap used after a collection does.
 */
import { createWriteStream } from "node:fs";
import WebSocket from "ws";

export interface MemoryAfterGc {
  readonly heapUsed: number;
  readonly rss: number;
}

export async function memoryAfterGc(inspectorUrl: string): Promise<MemoryAfterGc> {
  return withInspector(inspectorUrl, async (call) => {
    await call("HeapProfiler.collectGarbage");
    const evaluated = await call("Runtime.evaluate", {
      expression: "JSON.stringify(process.memoryUsage())",
      returnByValue: true,
    });
    const value = (evaluated.result as { value?: string } | undefined)?.value ?? "{}";
    const usage = JSON.parse(value) as { heapUsed: number; rss: number };
    return { heapUsed: usage.heapUsed, rss: usage.rss };
  });
}

/**
 * Evaluates an expression in the child (with the inspector's command-line API, so `require` works
 * in an ES module program) and returns its value, which must survive JSON.
 */
export async function evaluate(inspectorUrl: string, expression: string): Promise<unknown> {
  return withInspector(inspectorUrl, async (call) => {
    const evaluated = await call("Runtime.evaluate", {
      expression,
      includeCommandLineAPI: true,
      returnByValue: true,
    });
    const exception = evaluated.exceptionDetails as { text?: string } | undefined;
    if (exception) throw new Error(`evaluate failed: ${exception.text ?? "exception"}`);
    return (evaluated.result as { value?: unknown } | undefined)?.value;
  });
}

/** Writes a heap snapshot of the child (after a full collection) to a file. */
export async function heapSnapshot(inspectorUrl: string, file: string): Promise<void> {
  const out = createWriteStream(file);
  await withInspector(
    inspectorUrl,
    async (call) => {
      await call("HeapProfiler.enable");
      await call("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
    },
    (method, params) => {
      if (method === "HeapProfiler.addHeapSnapshotChunk") out.write(String(params.chunk));
    },
  );
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

type Call = (method: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>>;

async function withInspector<T>(
  inspectorUrl: string,
  work: (call: Call) => Promise<T>,
  onEvent?: (method: string, params: Record<string, unknown>) => void,
): Promise<T> {
  const socket = new WebSocket(inspectorUrl, { maxPayload: 1024 * 1024 * 1024 });
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  if (onEvent) {
    socket.on("message", (raw: WebSocket.RawData) => {
      const message = JSON.parse(raw.toString()) as {
        method?: string;
        params?: Record<string, unknown>;
      };
      if (message.method) onEvent(message.method, message.params ?? {});
    });
  }
  let nextId = 0;
  const call: Call = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      const onMessage = (raw: WebSocket.RawData) => {
        const message = JSON.parse(raw.toString()) as {
          id?: number;
          result?: Record<string, unknown>;
          error?: { message: string };
        };
        if (message.id !== id) return;
        socket.off("message", onMessage);
        if (message.error) reject(new Error(message.error.message));
        else resolve(message.result ?? {});
      };
      socket.on("message", onMessage);
      socket.send(JSON.stringify({ id, method, params }));
    });
  try {
    return await work(call);
  } finally {
    socket.close();
  }
}
