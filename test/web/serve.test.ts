/** `npm run serve`'s static server: the build's files with their types, nothing outside the root, loopback only. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { request as httpRequest } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import {
  acceptedEncoding,
  CONTENT_SECURITY_POLICY,
  resolveInside,
  startStaticServer,
  type StaticServer,
} from "../../src/web/serve";
import { readFileSync } from "node:fs";

describe("static server for dist/", () => {
  let root: string;
  let server: StaticServer;

  beforeAll(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), "serve-root-"));
    mkdirSync(path.join(root, "seeds"));
    writeFileSync(path.join(root, "web.html"), "<!doctype html><title>分解表校验</title>");
    writeFileSync(path.join(root, "web.abc.js"), "console.log(1)");
    writeFileSync(path.join(root, "seeds", "永川.xlsx"), Buffer.from([0x50, 0x4b, 3, 4]));
    writeFileSync(path.join(os.tmpdir(), "serve-secret.txt"), "secret");
    server = await startStaticServer({ root });
  });

  afterAll(() => server.close());

  it("listens on 127.0.0.1 only, at a free port", () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it("serves files with their content types and the page's security policy", async () => {
    const page = await fetch(`${server.origin}/web.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain("分解表校验");
    const script = await fetch(`${server.origin}/web.abc.js`);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const workbook = await fetch(`${server.origin}/seeds/${encodeURIComponent("永川.xlsx")}`);
    expect(workbook.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    expect(Array.from(new Uint8Array(await workbook.arrayBuffer()))).toEqual([0x50, 0x4b, 3, 4]);
    const head = await fetch(`${server.origin}/web.html`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("sends / to the page, lists no directories, refuses other methods", async () => {
    const home = await fetch(`${server.origin}/`, { redirect: "manual" });
    expect([home.status, home.headers.get("location")]).toEqual([302, "/web.html"]);
    expect((await fetch(`${server.origin}/seeds/`)).status).toBe(404);
    expect((await fetch(`${server.origin}/missing.js`)).status).toBe(404);
    const post = await fetch(`${server.origin}/web.html`, { method: "POST", body: "x" });
    expect(post.status).toBe(405);
  });

  it("never serves a file outside the root", async () => {
    for (const attempt of [
      "/../serve-secret.txt",
      "/%2e%2e/serve-secret.txt",
      "/..%2fserve-secret.txt",
      "/%00",
    ]) {
      const response = await fetch(`${server.origin}${attempt}`);
      expect([attempt, response.status]).toEqual([attempt, 404]);
    }
    expect(resolveInside("/srv/dist", "/../etc/passwd")).toBe(path.resolve("/srv/dist/etc/passwd"));
    expect(resolveInside("/srv/dist", "/%E0%A4%A")).toBeNull();
  });

  it("compresses text for a browser that accepts it (brotli first, then gzip); workbooks go as they are", async () => {
    const get = (pathname: string, encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        const request = httpRequest(
          `${server.origin}${pathname}`,
          { headers: { "Accept-Encoding": encoding } },
          (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () =>
              resolve({ headers: response.headers, body: Buffer.concat(chunks) })
            );
          }
        );
        request.on("error", reject);
        request.end();
      });
    const plain = await get("/web.abc.js", "identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe("console.log(1)");
    const br = await get("/web.abc.js", "gzip, deflate, br");
    expect([br.headers["content-encoding"], br.headers.vary]).toEqual(["br", "Accept-Encoding"]);
    expect(brotliDecompressSync(br.body).toString()).toBe("console.log(1)");
    const gz = await get("/web.abc.js", "gzip;q=1, br;q=0");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe("console.log(1)");
    const workbook = await get(`/seeds/${encodeURIComponent("永川.xlsx")}`, "br, gzip");
    expect(workbook.headers["content-encoding"]).toBeUndefined();
    expect(Array.from(workbook.body)).toEqual([0x50, 0x4b, 3, 4]);
    expect(acceptedEncoding("*")).toBe("br");
    expect(acceptedEncoding("deflate")).toBeNull();
    expect(acceptedEncoding(undefined)).toBeNull();
  });

  it("sends the same policy as the page's own meta tag", () => {
    const html = readFileSync(path.resolve(__dirname, "../../src/web/web.html"), "utf8");
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});
