/**
 * `npm run package [-- --dist DIR] [--release DIR]`: the release an IT colleague deploys —
 * release/breakdown-check-<version>.zip with the production build (ADDIN_BASE_URL's manifest), its .gz/.br
 * siblings, manifest.xml, 部署说明.md and the one file breakdown-check.html. Exit 0 when written, 2 otherwise.
 */
import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { writeCompressedSiblings } from "./compressSiblings";
import { releaseEntries, releaseName, zipEntries } from "./releaseZip";

const ROOT = path.resolve(__dirname, "../..");

/** The manifest's address when none is given: reserved (.example never resolves); 部署说明.md says how to replace it. */
export const PLACEHOLDER_BASE_URL = "https://breakdown-check.example/";

export interface PackageOptions {
  dist: string;
  release: string;
}

export class PackageError extends Error {}

export function parsePackageArgs(argv: string[]): PackageOptions {
  const options: PackageOptions = {
    dist: path.join(ROOT, "dist"),
    release: path.join(ROOT, "release"),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if ((flag === "--dist" || flag === "--release") && value && !value.startsWith("--")) {
      options[flag === "--dist" ? "dist" : "release"] = path.resolve(value);
      i++;
    } else {
      throw new PackageError(
        `无法识别的参数：${flag}。用法：npm run package [-- --dist 目录] [--release 目录]` +
          `（Usage: npm run package [-- --dist DIR] [--release DIR]）`
      );
    }
  }
  return options;
}

function build(dist: string, baseUrl: string): void {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  const result = spawnSync(process.execPath, [cli, "--mode", "production"], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_BASE_URL: baseUrl, BREAKDOWN_CHECK_DIST: dist },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (result.status !== 0)
    throw new PackageError(
      `生产构建失败（webpack 退出码 ${result.status}），见上方输出。The production build failed.`
    );
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await fs.readFile(path.join(ROOT, "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

export async function makePackage(
  options: PackageOptions,
  log: (line: string) => void
): Promise<string> {
  const baseUrl = process.env.ADDIN_BASE_URL || PLACEHOLDER_BASE_URL;
  if (!process.env.ADDIN_BASE_URL)
    log(
      `未设置 ADDIN_BASE_URL：包内 manifest.xml 指向占位地址 ${PLACEHOLDER_BASE_URL}，部署前须按“部署说明.md”换成服务器地址。` +
        `\n(ADDIN_BASE_URL is not set: the manifest points at the placeholder; 部署说明.md says how to replace it.)`
    );
  build(options.dist, baseUrl);
  const manifest = await fs.readFile(path.join(options.dist, "manifest.xml"), "utf8");
  if (/localhost/i.test(manifest))
    throw new PackageError(
      "构建出的 manifest.xml 仍含 localhost，未打包。The built manifest still names localhost."
    );
  const compressed = await writeCompressedSiblings(options.dist);
  const guide = await fs.readFile(path.join(ROOT, "src/deploy/部署说明.md"), "utf8");
  const v = await version();
  const entries = await releaseEntries({ version: v, dist: options.dist, guide });
  const zip = zipEntries(entries, new Date());
  await fs.mkdir(options.release, { recursive: true });
  const file = path.join(options.release, `${releaseName(v)}.zip`);
  await fs.writeFile(file, zip);
  const gzip = compressed.reduce((sum, c) => sum + c.gzip, 0);
  log(
    `${file}: ${entries.size} 个文件，${zip.length} 字节（静态文件 gzip 合计 ${gzip} 字节）；加载项地址 ${baseUrl}`
  );
  return file;
}

if (require.main === module) {
  (async () => {
    try {
      await makePackage(parsePackageArgs(process.argv.slice(2)), (line) => console.log(line));
    } catch (error) {
      console.error(`breakdown-check package: ${(error as Error).message}`);
      process.exitCode = 2;
    }
  })();
}
