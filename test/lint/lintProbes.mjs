// Lints source texts as if they were files at the given paths, with the project's ESLint config, and prints the
// `no-restricted-imports` messages of each as JSON. Run as a child process: ESLint loads its .mjs config with a
// dynamic import, which Jest's module system cannot do. Input on stdin: [{ file, source }].
import { ESLint } from "eslint";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// Only the boundaries rule runs: prettier and the Office rules are `npm run lint`'s business.
const eslint = new ESLint({
  cwd: root,
  ruleFilter: ({ ruleId }) => ruleId === "no-restricted-imports",
});
const input = JSON.parse(
  await new Promise((resolve) => {
    let text = "";
    process.stdin.on("data", (chunk) => (text += chunk));
    process.stdin.on("end", () => resolve(text));
  })
);
const restricted = (result) =>
  result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);

const out = [];
for (const probe of input) {
  const [result] = await eslint.lintText(probe.source, { filePath: path.join(root, probe.file) });
  out.push(restricted(result));
}
process.stdout.write(JSON.stringify(out));
