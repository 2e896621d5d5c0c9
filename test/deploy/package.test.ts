/**
 * `ADDIN_BASE_URL=https://addin.example.gov.cn/breakdown-check/ npm run package`, once, into a folder of its own:
 * the production manifest passes the XSD, names no URL outside that address and no file missing from the build;
 * the zip holds the build with its .gz/.br siblings, manifest.xml, 部署说明.md and breakdown-check.html.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { unzipSync } from "fflate";
import {
  describeErrors,
  haveManifestXsd,
  validateManifest,
  XSD_DIR,
} from "../support/manifestSchema";
import { parsePackageArgs, PackageError } from "../../src/deploy/package";
import { tempDir } from "../browser/support";

const ROOT = path.resolve(__dirname, "../..");
const BASE = "https://addin.example.gov.cn/breakdown-check/";
const ORIGIN = "https://addin.example.gov.cn";
const VERSION: string = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
const TOP = `breakdown-check-${VERSION}`;

let work: string;
let dist: string;
let zipPath: string;
let entries: Record<string, Uint8Array>;
let manifest: string;
let output: string;

/** Every URL the manifest names (its XML namespaces are names, not addresses). */
function manifestUrls(xml: string): string[] {
  const body = xml.replace(/\sxmlns(:\w+)?="[^"]*"/g, "");
  return Array.from(body.matchAll(/https?:\/\/[^"<\s]+/g), (m) => m[0]);
}

beforeAll(() => {
  work = tempDir("breakdown-check-package-");
  dist = path.join(work, "dist");
  output = execFileSync(
    "npm",
    ["run", "--silent", "package", "--", "--dist", dist, "--release", path.join(work, "release")],
    { cwd: ROOT, env: { ...process.env, ADDIN_BASE_URL: BASE }, encoding: "utf8", stdio: "pipe" }
  );
  zipPath = path.join(work, "release", `${TOP}.zip`);
  entries = unzipSync(readFileSync(zipPath));
  manifest = readFileSync(path.join(dist, "manifest.xml"), "utf8");
}, 1_500_000);

describe("npm run package", () => {
  it(`writes release/${TOP}.zip and says where, with the add-in's address`, () => {
    expect(existsSync(zipPath)).toBe(true);
    expect(output).toContain(`${TOP}.zip`);
    expect(output).toContain(BASE);
  });

  it("lists: the site (dist/), manifest.xml, 部署说明.md and the one file, in one top folder", () => {
    const names = Object.keys(entries).sort();
    console.log(`${path.basename(zipPath)}: ${names.length} files\n${names.join("\n")}`);
    expect(names.every((n) => n.startsWith(`${TOP}/`))).toBe(true);
    for (const name of [
      "manifest.xml",
      "部署说明.md",
      "breakdown-check.html",
      "dist/manifest.xml",
      "dist/taskpane.html",
      "dist/commands.html",
      "dist/web.html",
      "dist/breakdown-check.html",
      "dist/assets/icon-32.png",
      "dist/seeds/yongchuan.xlsx",
    ])
      expect([name, names.includes(`${TOP}/${name}`)]).toEqual([name, true]);
    expect(Buffer.from(entries[`${TOP}/manifest.xml`]).toString("utf8")).toBe(manifest);
    // Buffer.equals: Jest's toEqual walks a 2 MB array element by element.
    const same = Buffer.from(entries[`${TOP}/breakdown-check.html`]).equals(
      Buffer.from(entries[`${TOP}/dist/breakdown-check.html`])
    );
    expect(same).toBe(true);
  });

  it("every page, script and XML file has .gz and .br siblings that unpack to it; images have none", () => {
    const statics = Object.keys(entries).filter((n) => /\/dist\/.*\.(html|js|xml|txt)$/.test(n));
    expect(statics.length).toBeGreaterThan(10);
    for (const name of statics) {
      const original = Buffer.from(entries[name]);
      expect([name, Buffer.from(gunzipSync(entries[`${name}.gz`])).equals(original)]).toEqual([
        name,
        true,
      ]);
      expect([
        name,
        Buffer.from(brotliDecompressSync(entries[`${name}.br`])).equals(original),
      ]).toEqual([name, true]);
    }
    expect(Object.keys(entries).some((n) => /\.(png|xlsx)\.(gz|br)$/.test(n))).toBe(false);
  });

  it("部署说明.md covers hosting, the three ways to deploy the manifest, office.js, updating and removing", () => {
    const guide = Buffer.from(entries[`${TOP}/部署说明.md`]).toString("utf8");
    for (const topic of [
      "nginx",
      "web.config",
      "Cache-Control",
      "no-cache",
      "immutable",
      "共享文件夹",
      "集中部署",
      "上传我的加载项",
      "appsforoffice.microsoft.com",
      "无法加载 Office 组件",
      "更新",
      "删除",
      "breakdown-check.html",
    ])
      expect([topic, guide.includes(topic)]).toEqual([topic, true]);
  });
});

describe(`the production manifest (ADDIN_BASE_URL=${BASE})`, () => {
  it("names no URL outside that address, and no localhost anywhere", () => {
    expect(manifest).not.toMatch(/localhost/i);
    const urls = manifestUrls(manifest);
    // Icons, pages, the function file, the support URL and the app domain: all 41 of the dev manifest's.
    const devUrls = manifestUrls(readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
    expect(urls).toHaveLength(devUrls.length);
    expect(urls.length).toBeGreaterThanOrEqual(35);
    const outside = urls.filter((u) => !u.startsWith(BASE) && u !== ORIGIN);
    expect(outside).toEqual([]);
    expect(manifest).toContain(`<AppDomain>${ORIGIN}</AppDomain>`);
  });

  it("every file it names exists in the build", () => {
    const files = new Set(
      manifestUrls(manifest)
        .filter((u) => u.startsWith(BASE))
        .map((u) => new URL(u).pathname.slice(new URL(BASE).pathname.length))
    );
    expect([...files]).toEqual(
      expect.arrayContaining(["taskpane.html", "commands.html", "assets/icon-80.png"])
    );
    expect([...files].filter((f) => !existsSync(path.join(dist, f)))).toEqual([]);
  });

  it("keeps the add-in's Id and takes its version from package.json", () => {
    const id = (xml: string) => /<Id>([^<]*)<\/Id>/.exec(xml)?.[1];
    expect(id(manifest)).toBe(id(readFileSync(path.join(ROOT, "manifest.xml"), "utf8")));
    expect(/<Version>([^<]*)<\/Version>/.exec(manifest)?.[1]).toBe(`${VERSION}.0`);
  });

  (haveManifestXsd ? it : it.skip)(
    "passes the Office add-in XSD",
    async () => {
      const result = await validateManifest(manifest, "dist-manifest.xml");
      if (!result.valid)
        throw new Error(`dist/manifest.xml does not validate:\n${describeErrors(result)}`);
      expect(result.valid).toBe(true);
    },
    60_000
  );
  if (!haveManifestXsd)
    console.warn(
      `package.test: XSD validation of the production manifest skipped: no schemas at ${XSD_DIR}.`
    );
});

describe("bad input", () => {
  it("an ADDIN_BASE_URL that is not https (or names localhost) stops the build with a Chinese message", async () => {
    const configure = require(path.join(ROOT, "webpack.config.js"));
    const saved = process.env.ADDIN_BASE_URL;
    try {
      for (const bad of [
        "http://addin.example.gov.cn/",
        "addin.example.gov.cn",
        "https://localhost:3000/",
        "https://x.cn/?a=1",
      ]) {
        process.env.ADDIN_BASE_URL = bad;
        await expect(configure({}, { mode: "production" })).rejects.toThrow(
          /ADDIN_BASE_URL 应为加载项所在的 HTTPS 地址/
        );
      }
      // A missing final "/" is added: the pages sit in that folder.
      process.env.ADDIN_BASE_URL = "https://addin.example.gov.cn/breakdown-check";
      const [addin] = await configure({}, { mode: "production" });
      const copy = addin.plugins.find(
        (p: { constructor: { name: string } }) => p.constructor.name === "CopyPlugin"
      );
      const pattern = copy.patterns.find((p: { to: string }) => p.to === "manifest.xml");
      const built = String(pattern.transform(readFileSync(path.join(ROOT, "manifest.xml"))));
      expect(built).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html">`);
      expect(built).not.toMatch(/localhost/);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_BASE_URL;
      else process.env.ADDIN_BASE_URL = saved;
    }
  });

  it("an unknown argument to npm run package is refused with its usage", () => {
    expect(() => parsePackageArgs(["--zip"])).toThrow(PackageError);
    expect(() => parsePackageArgs(["--dist"])).toThrow(/用法：npm run package/);
    expect(parsePackageArgs(["--release", "x"]).release).toBe(path.resolve("x"));
  });
});
