/**
 * Reads a child process's memory through the V8 inspector (the child runs with --inspect on a
 * loopback port): a full garbage collection first, then process.memoryUsage(). RSS alone says
 * little about leaks, since V8 grows its heap lazily; the heap used after a collection does.
 */
import WebSocket from "ws";

export interface MemoryAfterGc {
  readonly heapUsed: number;
  readonly rss: number;
}

export async function memoryAfterGc(inspectorUrl: string): Promise<MemoryAfterGc> {
  const socket = new WebSocket(inspectorUrl);
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
  let nextId = 0;
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
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
    await call("HeapProfiler.collectGarbage");
    const evaluated = await call("Runtime.evaluate", {
      expression: "JSON.stringify(process.memoryUsage())",
      returnByValue: true,
    });
    const value = (evaluated.result as { value?: string } | undefined)?.value ?? "{}";
    const usage = JSON.parse(value) as { heapUsed: number; rss: number };
    return { heapUsed: usage.heapUsed, rss: usage.rss };
  } finally {
    socket.close();
  }
}
