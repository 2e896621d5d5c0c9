/**
 * `npm run serve`: serves the production build (dist/) over plain http on this computer only (127.0.0.1), for the
 * browser page at /web.html. A few lines of node:http, no dependencies: GET and HEAD of files under the root, with
 * their content types, no directory listings, nothing outside the root. Text files (the page, its scripts) are sent
 * compressed (brotli or gzip, by node:zlib, as the browser's Accept-Encoding allows; made once per file version
 * and kept in memory). The browser tests use it too.
 */
import { createReadStream, promises as fs } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { brotliCompress, constants as zlib, gzip } from "node:zlib";
import { promisify } from "node:util";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** What is worth compressing: text. Workbooks and images are compressed already. */
const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".map",
  ".txt",
  ".xml",
  ".svg",
]);

type Encoding = "br" | "gzip";

/** The best encoding the request accepts (brotli first), or null. */
export function acceptedEncoding(header: string | string[] | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  const wants = (name: Encoding) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  return wants("br") ? "br" : wants("gzip") ? "gzip" : null;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/** Compressed bodies by file, version and encoding (the build's files are few and change only on a rebuild). */
const compressedCache = new Map<string, Promise<Buffer>>();

function compressed(file: string, mtimeMs: number, encoding: Encoding): Promise<Buffer> {
  const key = `${file}\u0000${mtimeMs}\u0000${encoding}`;
  let body = compressedCache.get(key);
  if (!body) {
    body = fs
      .readFile(file)
      .then((bytes) =>
        encoding === "br"
          ? brotli(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 6 } })
          : gzipped(bytes, { level: 6 })
      );
    body.catch(() => compressedCache.delete(key));
    compressedCache.set(key, body);
  }
  return body;
}

/** The browser page's own policy (also in web.html), sent as a header so that it covers the worker as well. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self'; " +
  "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'";

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  root: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Called for every request, e.g. to log it. */
  onRequest?(method: string, url: string, status: number): void;
}

/** The file under `root` that a URL path names, or null when it would leave the root. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.posix.normalize(`/${decoded}`)}`);
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

async function handle(
  root: string,
  request: IncomingMessage,
  response: ServerResponse
): Promise<number> {
  const send = (status: number, body: string, headers: Record<string, string> = {}) => {
    response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
    response.end(request.method === "HEAD" ? undefined : body);
    return status;
  };
  if (request.method !== "GET" && request.method !== "HEAD")
    return send(405, "method not allowed", { Allow: "GET, HEAD" });
  const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
  if (pathname === "/") return send(302, "", { Location: "/web.html" });
  const file = resolveInside(root, pathname);
  if (!file) return send(404, "not found");
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    return send(404, "not found");
  }
  if (!stat.isFile()) return send(404, "not found");
  const extension = path.extname(file).toLowerCase();
  const headers = {
    "Content-Type": TYPES[extension] ?? "application/octet-stream",
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  };
  const encoding = COMPRESSIBLE.has(extension)
    ? acceptedEncoding(request.headers["accept-encoding"])
    : null;
  if (encoding) {
    const body = await compressed(file, stat.mtimeMs, encoding);
    response.writeHead(200, {
      ...headers,
      "Content-Encoding": encoding,
      "Content-Length": String(body.length),
      Vary: "Accept-Encoding",
    });
    response.end(request.method === "HEAD" ? undefined : body);
    return 200;
  }
  response.writeHead(200, {
    ...headers,
    "Content-Length": String(stat.size),
    ...(COMPRESSIBLE.has(extension) ? { Vary: "Accept-Encoding" } : {}),
  });
  if (request.method === "HEAD") {
    response.end();
    return 200;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(file);
    stream.on("error", () => {
      response.destroy();
      resolve();
    });
    stream.on("end", resolve);
    stream.pipe(response);
  });
  return 200;
}

export function startStaticServer(options: ServeOptions): Promise<StaticServer> {
  const { root, port = 0, host = "127.0.0.1", onRequest } = options;
  const server = createServer((request, response) => {
    handle(root, request, response)
      .then((status) => onRequest?.(request.method ?? "", request.url ?? "", status))
      .catch(() => {
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        origin: `http://${host.includes(":") ? `[${host}]` : host}:${actual}`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

/** `node lib/web/serve.js [--port 8080] [dist]` */
async function main(argv: string[]): Promise<number> {
  let port = 8080;
  let root = "dist";
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--port") port = Number(argv[++i]);
    else if (/^--port=/.test(argv[i])) port = Number(argv[i].slice(7));
    else root = argv[i];
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write("serve: --port takes a number from 0 to 65535\n");
    return 2;
  }
  try {
    await fs.access(path.join(root, "web.html"));
  } catch {
    process.stderr.write(
      `serve: ${path.join(root, "web.html")} not found — run \`npm run build\` first\n`
    );
    return 2;
  }
  const server = await startStaticServer({ root, port });
  const url = `${server.origin}/web.html`;
  process.stdout.write(
    `分解表校验（网页版）/ Breakdown Check (web): ${url}\n` +
      "只在本机提供，文件不会离开这台电脑。Served on this computer only. Ctrl+C to stop.\n"
  );
  return new Promise(() => undefined); // serve until stopped
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`serve: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    }
  );
}
