/** The browser page's place in the build: its entry, page and example files, apart from the Office bundles. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { EXAMPLES } from "../../src/web/examples";

const ROOT = path.resolve(__dirname, "../..");

describe("browser page build", () => {
  it("offers every seed workbook as an example, and nothing else", () => {
    const seeds = readdirSync(path.join(ROOT, "seeds")).filter((f) => f.endsWith(".xlsx"));
    expect(EXAMPLES.map((e) => e.file).sort()).toEqual(seeds.sort());
    for (const example of EXAMPLES) {
      expect(example.label["zh-CN"]).toBeTruthy();
      expect(example.label["en-US"]).toBeTruthy();
    }
  });

  it("webpack: a web entry with its own page and the seeds copied beside it; the Office entries unchanged", async () => {
    process.env.WEBPACK_SERVE = "";
    const configure = require(path.join(ROOT, "webpack.config.js"));
    const configs = await configure({}, { mode: "production" });
    // Production adds the one file's compilers (test/deploy) after the add-in's.
    expect(configs.map((c: { name: string }) => c.name)).toEqual([
      "addin",
      "one-file-worker",
      "one-file",
    ]);
    const config = configs[0];
    expect(config.entry).toEqual({
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/commands/dialog.ts",
      web: "./src/web/index.tsx",
    });
    const pages = config.plugins
      .filter((p: { constructor: { name: string } }) => p.constructor.name === "HtmlWebpackPlugin")
      .map((p: { userOptions: { filename: string; chunks: string[] } }) => [
        p.userOptions.filename,
        p.userOptions.chunks,
      ]);
    expect(pages).toContainEqual(["web.html", ["web"]]);
    expect(pages).toContainEqual(["commands.html", ["commands"]]);
    const copy = config.plugins.find(
      (p: { constructor: { name: string } }) => p.constructor.name === "CopyPlugin"
    );
    expect(copy.patterns).toContainEqual({ from: "seeds/*.xlsx", to: "seeds/[name][ext]" });
  });

  it("the page loads no office.js and nothing from another host", () => {
    const html = readFileSync(path.join(ROOT, "src/web/web.html"), "utf8");
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain("connect-src 'self'");
  });

  it("only spawnWorker.ts uses import.meta (Jest cannot load it), and the page never imports Office code", () => {
    const dir = path.join(ROOT, "src/web");
    const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) =>
      /\.tsx?$/.test(f)
    );
    for (const file of files) {
      const source = readFileSync(path.join(dir, file), "utf8");
      if (file !== "spawnWorker.ts")
        expect([file, source.includes("import.meta")]).toEqual([file, false]);
      expect([file, /from "\.\.\/(\.\.\/)?(excel|commands)\//.test(source)]).toEqual([file, false]);
      expect([file, /taskpane\/(excelHost|index|mount)/.test(source)]).toEqual([file, false]);
    }
  });
});
