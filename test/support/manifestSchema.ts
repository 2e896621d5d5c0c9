/**
 * Validates an add-in manifest against the Office XSDs in ../shared/external/office-manifest-xsd (or
 * MANIFEST_XSD_DIR) with xmllint-wasm: libxml2 in WebAssembly, no network. `haveManifestXsd` is false where the
 * folder is absent; callers skip with a message then.
 */
import * as fs from "fs";
import * as path from "path";
import { validateXML, type XMLValidationResult } from "xmllint-wasm";

export const XSD_DIR = process.env.MANIFEST_XSD_DIR
  ? path.resolve(process.env.MANIFEST_XSD_DIR)
  : path.resolve(__dirname, "../../../shared/external/office-manifest-xsd");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";

export const haveManifestXsd = fs.existsSync(path.join(XSD_DIR, MAIN_XSD));

function loadSchemas(): {
  schema: { fileName: string; contents: string };
  preload: { fileName: string; contents: string }[];
} {
  // OfficeAppManifestV1_1.xsd imports the basic types, the task-pane, mail and
  // content VersionOverrides schemas (which import further ones) by relative
  // schemaLocation. xmllint-wasm does no I/O of its own, so every XSD in the
  // folder is preloaded into its in-memory file system under its own name.
  const names = fs.readdirSync(XSD_DIR).filter((n) => n.endsWith(".xsd"));
  const read = (n: string) => ({
    fileName: n,
    contents: fs.readFileSync(path.join(XSD_DIR, n), "utf8"),
  });
  return { schema: read(MAIN_XSD), preload: names.filter((n) => n !== MAIN_XSD).map(read) };
}

export async function validateManifest(
  xml: string,
  fileName = "manifest.xml"
): Promise<XMLValidationResult> {
  const { schema, preload } = loadSchemas();
  return validateXML({ xml: [{ fileName, contents: xml }], schema: [schema], preload });
}

export function describeErrors(r: XMLValidationResult): string {
  return r.errors.map((e) => e.rawMessage).join("\n") || r.rawOutput;
}
