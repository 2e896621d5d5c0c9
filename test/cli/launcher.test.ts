/** bin/breakdown-check.js: "run the build first" only when lib/ is missing; any other load error is said as it is. */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const launcher = path.resolve(__dirname, "../../bin/breakdown-check.js");

function runIn(lib: string | null): { status: number; stderr: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bc-launcher-"));
  try {
    mkdirSync(path.join(dir, "bin"));
    copyFileSync(launcher, path.join(dir, "bin", "breakdown-check.js"));
    copyFileSync(
      path.join(path.dirname(launcher), "bundleLoader.js"),
      path.join(dir, "bin", "bundleLoader.js")
    );
    if (lib !== null) {
      mkdirSync(path.join(dir, "lib"), { recursive: true });
      writeFileSync(path.join(dir, "lib", "breakdown-check.js"), lib);
    }
    execFileSync(process.execPath, [path.join(dir, "bin", "breakdown-check.js"), "x.xlsx"], {
      stdio: "pipe",
    });
    return { status: 0, stderr: "" };
  } catch (error) {
    const e = error as { status: number; stderr: Buffer };
    return { status: e.status, stderr: e.stderr.toString() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("a missing lib/ asks for the build", () => {
  const { status, stderr } = runIn(null);
  expect(status).toBe(2);
  expect(stderr).toContain("lib/ is missing");
});

test("a lib/ that fails to load says why, not that it is missing", () => {
  const missingDep = runIn('require("./no-such-module");');
  expect(missingDep.status).toBe(2);
  expect(missingDep.stderr).toContain("Cannot find module './no-such-module'");
  expect(missingDep.stderr).not.toContain("lib/ is missing");
  const broken = runIn('throw new Error("库文件损坏");');
  expect(broken.stderr).toContain("could not be loaded: 库文件损坏");
});
