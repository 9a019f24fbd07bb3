/**
 * The health and metrics endpoints over plain node:http (two routes need no framework):
 *   GET /healthz  200 {"status":"ok"} when every check passes, else 503 with the reasons
 *   GET /metrics  Prometheus text
 * A port that cannot be bound fails start-up with a message naming METRICS_PORT / METRICS_HOST.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../log.ts";
import { EXIT_CODES, StartupError } from "../process/startup-error.ts";

/** What /healthz answers. */
export interface HealthReport {
  readonly ok: boolean;
  /** Why it is not ok, one short sentence each (empty when ok). */
  readonly reasons: readonly string[];
  /** Details for people and dashboards (e.g. per-shard state); must be JSON. */
  readonly details?: Readonly<Record<string, unknown>>;
}

export interface MetricsText {
  readonly contentType: string;
  readonly body: string;
}

export interface Endpoints {
  health(): Promise<HealthReport> | HealthReport;
  metrics(): Promise<MetricsText>;
}

export interface HttpEndpoint {
  /** The port bound (the chosen one when METRICS_PORT is 0). */
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

/** A start-up error (exit code 6, "port"), printed as one line by runMain. */
export class HttpListenError extends StartupError {
  constructor(host: string, port: number, cause: NodeJS.ErrnoException) {
    super(
      `Could not serve /healthz and /metrics on ${host}:${port}: ${explain(cause)}`,
      EXIT_CODES.port,
      { cause },
    );
    this.name = "HttpListenError";
  }
}

function explain(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "EADDRINUSE":
      return "METRICS_PORT is already in use by another process. Choose another port, or stop the other process.";
    case "EACCES":
      return "no permission to bind METRICS_PORT (ports below 1024 need privileges). Choose a port of 1024 or more.";
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "METRICS_HOST is not an address of this machine. Use 127.0.0.1 (local only) or 0.0.0.0 (all interfaces).";
    default:
      return `${error.code ?? "error"}: ${error.message}. Check METRICS_PORT and METRICS_HOST.`;
  }
}

export async function startHttpEndpoint(options: {
  readonly host: string;
  readonly port: number;
  readonly endpoints: Endpoints;
  readonly logger: Logger;
}): Promise<HttpEndpoint> {
  const { host, port, endpoints, logger } = options;
  const server = createServer((request, response) => {
    route(request, response, endpoints).catch((error: unknown) => {
      logger.error({ err: error, url: request.url }, "health/metrics request failed");
      if (!response.headersSent) send(response, 500, "text/plain; charset=utf-8", "error\n");
      else response.destroy();
    });
  });
  // Scrapers keep connections open; a short idle timeout keeps shutdown quick.
  server.keepAliveTimeout = 5_000;
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(new HttpListenError(host, port, error));
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
  server.on("error", (error) => logger.error({ err: error }, "health/metrics server error"));
  const bound = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${bound}`;
  logger.info(
    { url, endpoints: ["/healthz", "/metrics"] },
    "health and metrics endpoints listening",
  );
  return {
    port: bound,
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  endpoints: Endpoints,
): Promise<void> {
  const path = (request.url ?? "/").split("?")[0];
  if (path !== "/healthz" && path !== "/metrics") {
    send(response, 404, "text/plain; charset=utf-8", "not found: try /healthz or /metrics\n");
    return;
  }
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.setHeader("Allow", "GET, HEAD");
    send(response, 405, "text/plain; charset=utf-8", "method not allowed\n");
    return;
  }
  const head = request.method === "HEAD";
  if (path === "/healthz") {
    const report = await endpoints.health();
    const body = JSON.stringify({
      status: report.ok ? "ok" : "unavailable",
      reasons: report.reasons,
      ...(report.details ?? {}),
    });
    send(response, report.ok ? 200 : 503, "application/json", `${body}\n`, head);
    return;
  }
  const metrics = await endpoints.metrics();
  send(response, 200, metrics.contentType, metrics.body, head);
}

function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  head = false,
): void {
  response.writeHead(status, {
    "Content-Type": contentType,
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
  });
  response.end(head ? undefined : body);
}
