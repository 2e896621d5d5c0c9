/**
 * The command line on hostile inputs and outputs: only regular files are read, every OS error is one line naming the
 * file, a cell's control characters never reach the terminal, 100k findings print whole, and --out never writes an
 * input or a file it did not write (inputs compared by hash before and after).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { csvText, TABLE, twinXlsx, type Row } from "../file/corpus";

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

async function run(args: string[], hooks = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(
    args,
    { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) },
    hooks
  );
  return { code, stdout, stderr };
}

let tmp: string;
let twin: Uint8Array;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "breakdown-check-safety-"));
  twin = await twinXlsx();
});
afterAll(async () => {
  await fs.chmod(path.join(tmp, "locked"), 0o755).catch(() => undefined);
  await fs.rm(tmp, { recursive: true, force: true });
});

async function folder(name: string): Promise<string> {
  const dir = path.join(tmp, name);
  await fs.mkdir(dir, { recursive: true });
  return dir;
}

async function hashes(files: string[]): Promise<string[]> {
  return Promise.all(
    files.map(async (f) =>
      createHash("sha256")
        .update(await fs.readFile(f))
        .digest("hex")
    )
  );
}

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

describe("inputs that are not regular files, or cannot be read", () => {
  it("a FIFO is refused at once (it would block forever), the other file still checked", async () => {
    const dir = await folder("fifo");
    const fifo = path.join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    const good = path.join(dir, "good.xlsx");
    await fs.writeFile(good, twin);
    const { code, stdout, stderr } = await run([fifo, good]);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toEqual([
      `breakdown-check: ${fifo}: 是命名管道，不是普通文件`,
    ]);
    expect(stdout).toContain("[sum-mismatch]");
  });

  it("a directory, a symlink to a FIFO and a missing file: one Chinese line each, naming the file", async () => {
    const dir = await folder("kinds");
    const fifo = path.join(dir, "p");
    execFileSync("mkfifo", [fifo]);
    const link = path.join(dir, "link.xlsx");
    await fs.symlink(fifo, link);
    const missing = path.join(dir, "missing.xlsx");
    const { code, stderr } = await run([dir, link, missing, "--format", "json"]);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toEqual([
      `breakdown-check: ${dir}: 是文件夹，不是文件`,
      `breakdown-check: ${link}: 是命名管道，不是普通文件`,
      `breakdown-check: ${missing}: 文件不存在`,
    ]);
  });

  (isRoot ? it.skip : it)("an unreadable file (chmod 000): 没有读取权限", async () => {
    const dir = await folder("locked");
    const file = path.join(dir, "secret.xlsx");
    await fs.writeFile(file, twin);
    await fs.chmod(file, 0);
    const { code, stderr } = await run([file]);
    expect(code).toBe(2);
    expect(stderr).toBe(`breakdown-check: ${file}: 没有读取权限\n`);
  });
  if (isRoot)
    it("(the chmod 000 case is skipped: running as root, which reads any file; EACCES wording is tested below)", () => {
      expect(isRoot).toBe(true);
    });

  it("EACCES and other OS errors become one line in the user's language", () => {
    const { osErrorText } = jest.requireActual("../../src/cli/osErrors");
    const error = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(osErrorText(error("EACCES"), "zh-CN")).toBe("没有读取权限");
    expect(osErrorText(error("EACCES"), "zh-CN", true)).toBe("没有写入权限");
    expect(osErrorText(error("ENOSPC"), "zh-CN", true)).toBe("磁盘已满");
    expect(osErrorText(error("EISDIR"), "en-US")).toBe("is a folder, not a file");
    expect(osErrorText(error("EWEIRD"), "zh-CN")).toBe("读取失败（EWEIRD）");
  });
});

describe("text from cells never drives the terminal", () => {
  it("ESC sequences and C1 controls in a cell are stripped in text output and escaped in JSON", async () => {
    const rows: Row[] = TABLE.map((row) => [...row]);
    rows[4][1] = "中山路\u001b[31m街道\u001b]0;pwned\u0007\u009b2J";
    const file = path.join(await folder("escape"), "esc.xlsx");
    await fs.writeFile(file, await twinXlsx(rows));
    const text = await run([file]);
    expect(text.stdout).toContain("[sum-mismatch]");
    expect(text.stdout).not.toMatch(CONTROL);
    const json = await run([file, "--format", "json"]);
    expect(json.stdout).not.toMatch(CONTROL);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
  });
});

describe("100k findings", () => {
  it("print whole as JSON (no 'Maximum call stack size exceeded')", async () => {
    // 34,000 units whose three middle years are typed as text: one number-as-text finding each.
    const n = 34_000;
    const rows: Row[] = [
      ["附件1"],
      ["任务分解"],
      ["序号", "园区/镇街", "2023年", "2024年", "2025年", "2026年", "2027年"],
    ];
    for (let i = 0; i < n; i++) rows.push([i + 1, `第${i + 1}街道`, 10, "10", "10", "10", 10]);
    rows.push([null, "合计", 10 * n + 1, 10 * n, 10 * n, 10 * n, 10 * n]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), "附件1");
    const file = path.join(await folder("many"), "many.xlsx");
    await fs.writeFile(file, XLSX.write(book, { type: "buffer", bookType: "xlsx" }));
    const { code, stdout, stderr } = await run([file, "--format", "json"]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const findings = JSON.parse(stdout).files[0].findings;
    expect(findings.length).toBeGreaterThanOrEqual(100_000);
  }, 300_000);
});

describe("--out is safe", () => {
  it("x.xlsx and x.checked.xlsx in one call into their own folder: neither input is written", async () => {
    const dir = await folder("self");
    const a = path.join(dir, "x.xlsx");
    const b = path.join(dir, "x.checked.xlsx");
    await fs.writeFile(a, twin);
    await fs.writeFile(b, twin);
    const before = await hashes([a, b]);
    const { stdout } = await run([a, b, "--out", dir]);
    expect(await hashes([a, b])).toEqual(before);
    expect(stdout).toContain(`已写出标注副本 ${path.join(dir, "x.checked (2).xlsx")}`);
    expect(stdout).toContain(`已写出标注副本 ${path.join(dir, "x.checked.checked.xlsx")}`);
    expect((await fs.readdir(dir)).sort()).toEqual(
      ["x.checked (2).xlsx", "x.checked.checked.xlsx", "x.checked.xlsx", "x.xlsx"].sort()
    );
  });

  it("two inputs with one base name get two copies; an existing file of that name is left alone", async () => {
    const a = path.join(await folder("same/a"), "报表.xlsx");
    const b = path.join(await folder("same/b"), "报表.xlsx");
    await fs.writeFile(a, twin);
    await fs.writeFile(b, twin);
    const out = await folder("same/out");
    const someone = path.join(out, "报表.checked.xlsx");
    await fs.writeFile(someone, "someone else's file");
    const before = await hashes([a, b, someone]);
    const { code } = await run([a, b, "--out", out]);
    expect(code).toBe(1);
    expect(await hashes([a, b, someone])).toEqual(before);
    expect((await fs.readdir(out)).sort()).toEqual(
      ["报表.checked (2).xlsx", "报表.checked (3).xlsx", "报表.checked.xlsx"].sort()
    );
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(path.join(out, "报表.checked (3).xlsx"));
    expect(copy.getWorksheet("校验结果")).toBeDefined();
  });

  it("a symlink in the out folder is not followed: the input it points to is unchanged", async () => {
    const dir = await folder("symlink");
    const input = path.join(dir, "x.xlsx");
    await fs.writeFile(input, twin);
    const out = await folder("symlink/out");
    await fs.symlink(input, path.join(out, "x.checked.xlsx"));
    await fs.symlink(path.join(dir, "nowhere"), path.join(out, "x.checked (2).xlsx"));
    const before = await hashes([input]);
    const { stdout } = await run([input, "--out", out]);
    expect(await hashes([input])).toEqual(before);
    expect((await fs.lstat(path.join(out, "x.checked.xlsx"))).isSymbolicLink()).toBe(true);
    expect(await fs.readlink(path.join(out, "x.checked (2).xlsx"))).toBe(path.join(dir, "nowhere"));
    expect(stdout).toContain(path.join(out, "x.checked (3).xlsx"));
  });

  it("--out naming a file: each copy is that file's error (exit 2, one line), the JSON is printed whole", async () => {
    const dir = await folder("outfile");
    const input = path.join(dir, "x.xlsx");
    await fs.writeFile(input, twin);
    const out = path.join(dir, "not-a-folder");
    await fs.writeFile(out, "user data");
    const { code, stdout, stderr } = await run([input, "--out", out, "--format", "json"]);
    expect(code).toBe(2);
    expect(stderr).toBe(`breakdown-check: ${input}: 无法写出标注副本：${out} 不是文件夹\n`);
    const doc = JSON.parse(stdout);
    expect(doc.files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(["sum-mismatch"]);
    expect(await fs.readFile(out, "utf8")).toBe("user data");
  });

  (isRoot ? it.skip : it)(
    "an unwritable out folder: 没有写入权限, the other inputs still checked",
    async () => {
      const dir = await folder("ro");
      const input = path.join(dir, "x.xlsx");
      await fs.writeFile(input, twin);
      const out = await folder("ro/out");
      await fs.chmod(out, 0o555);
      const { code, stderr } = await run([input, "--out", out]);
      await fs.chmod(out, 0o755);
      expect(code).toBe(2);
      expect(stderr).toContain("没有写入权限");
    }
  );

  it("a full disk (simulated): that file's error, no temporary file left, the next file gets its copy", async () => {
    const dir = await folder("full");
    const a = path.join(dir, "a.xlsx");
    const b = path.join(dir, "b.xlsx");
    await fs.writeFile(a, twin);
    await fs.writeFile(b, twin);
    const out = await folder("full/out");
    let calls = 0;
    const saveHooks = {
      write: async (handle: fs.FileHandle, bytes: Uint8Array) => {
        if (calls++ === 0) {
          await handle.write(bytes.subarray(0, 100));
          throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
            code: "ENOSPC",
          });
        }
        await handle.writeFile(bytes);
      },
    };
    const { code, stdout, stderr } = await run([a, b, "--out", out, "--format", "json"], {
      saveHooks,
    });
    expect(code).toBe(2);
    expect(stderr).toBe(`breakdown-check: ${a}: 无法写出标注副本到 ${out}：磁盘已满\n`);
    expect(JSON.parse(stdout).files).toHaveLength(2);
    expect(await fs.readdir(out)).toEqual(["b.checked.xlsx"]);
  });

  it("a .csv input: the copy is a new .xlsx, and the output says so", async () => {
    const dir = await folder("csv");
    const input = path.join(dir, "附件1.csv");
    await fs.writeFile(input, csvText());
    const before = await hashes([input]);
    const { code, stderr } = await run([input, "--out", dir]);
    expect(code).toBe(1);
    expect(stderr).toContain("是新建的 .xlsx");
    expect(await hashes([input])).toEqual(before);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(path.join(dir, "附件1.checked.xlsx"));
    expect(copy.getWorksheet("附件1")?.getCell("B9").value).toBe("合计");
  });
});
