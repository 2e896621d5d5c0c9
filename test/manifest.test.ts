/**
 * manifest.xml — offline schema validation and content checks.
 *
 * 1. Schema: validates manifest.xml against the Office add-in XSDs in
 *    ../shared/external/office-manifest-xsd/ with xmllint-wasm (libxml2 in
 *    WebAssembly; no network, no native xmllint). Broken copies of the
 *    manifest must FAIL, so the schema test cannot pass vacuously. Where the
 *    XSD folder is absent (e.g. a user's checkout) these tests are skipped
 *    with a console warning.
 * 2. Content (always runs, no XSDs needed): en-US overrides everywhere, the
 *    three ribbon buttons and their actions, resource references, string
 *    lengths, and the icon files behind every https://localhost:3000/assets/ URL.
 */
import * as fs from "fs";
import * as path from "path";
import {
  describeErrors,
  haveManifestXsd,
  validateManifest,
  XSD_DIR,
} from "./support/manifestSchema";

const REPO_ROOT = path.resolve(__dirname, "..");
const MANIFEST_PATH = path.join(REPO_ROOT, "manifest.xml");
const ASSETS_DIR = path.join(REPO_ROOT, "src", "assets");
// The schemas live beside the repository (../shared), not in it (test/support/manifestSchema.ts). MANIFEST_XSD_DIR
// points the test at another copy (e.g. from the [MS-OWEMXML] specification).
const ASSET_URL_PREFIX = "https://localhost:3000/assets/";

const manifest = fs.readFileSync(MANIFEST_PATH, "utf8");

// ---------------------------------------------------------------------------
// Small XML helpers (regex based; the manifest is hand-written, well-formed,
// and the schema test checks its structure properly where the XSDs exist).
// ---------------------------------------------------------------------------

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&amp;/g, "&");
}

/** XSD length facets count characters (code points), not UTF-16 units. */
function charLength(s: string): number {
  return Array.from(s).length;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : undefined;
}

const withoutComments = manifest.replace(/<!--[\s\S]*?-->/g, "");

interface Resource {
  kind: "String" | "Url" | "Image";
  group: "ShortStrings" | "LongStrings" | "Urls" | "Images";
  id: string;
  defaultValue: string;
  overrides: Map<string, string>;
}

function parseResources(xml: string): Resource[] {
  const out: Resource[] = [];
  const groupRe = /<bt:(ShortStrings|LongStrings|Urls|Images)>([\s\S]*?)<\/bt:\1>/g;
  for (const g of xml.matchAll(groupRe)) {
    const group = g[1] as Resource["group"];
    const itemRe = /<bt:(String|Url|Image)\b([^>]*?)(\/>|>([\s\S]*?)<\/bt:\1>)/g;
    for (const m of g[2].matchAll(itemRe)) {
      const overrides = new Map<string, string>();
      for (const o of (m[4] ?? "").matchAll(/<bt:Override\b[^>]*\/>/g)) {
        overrides.set(attr(o[0], "Locale") ?? "", attr(o[0], "Value") ?? "");
      }
      out.push({
        kind: m[1] as Resource["kind"],
        group,
        id: attr(m[2], "id") ?? "",
        defaultValue: attr(m[2], "DefaultValue") ?? "",
        overrides,
      });
    }
  }
  return out;
}

const resources = parseResources(withoutComments);
const resourceById = new Map(resources.map((r) => [r.id, r]));

function text(resid: string, locale?: "en-US"): string {
  const r = resourceById.get(resid);
  if (!r) throw new Error(`no resource with id ${resid}`);
  return locale ? (r.overrides.get(locale) ?? "") : r.defaultValue;
}

interface Button {
  id: string;
  body: string;
  labelResid: string;
  tipTitleResid: string;
  tipResid: string;
  actionType: string;
  functionName?: string;
  taskpaneId?: string;
  sourceLocationResid?: string;
  iconResids: Map<string, string>;
}

function parseButtons(xml: string): Button[] {
  const out: Button[] = [];
  for (const m of xml.matchAll(/<Control\b([^>]*)>([\s\S]*?)<\/Control>/g)) {
    if (attr(m[1], "xsi:type") !== "Button") continue;
    const body = m[2];
    const supertip = /<Supertip>([\s\S]*?)<\/Supertip>/.exec(body)?.[1] ?? "";
    const action = /<Action\b([^>]*)>([\s\S]*?)<\/Action>/.exec(body);
    const icons = new Map<string, string>();
    for (const i of (/<Icon>([\s\S]*?)<\/Icon>/.exec(body)?.[1] ?? "").matchAll(
      /<bt:Image\b[^>]*\/>/g
    )) {
      icons.set(attr(i[0], "size") ?? "", attr(i[0], "resid") ?? "");
    }
    out.push({
      id: attr(m[1], "id") ?? "",
      body,
      // The button's own Label is the first one outside the Supertip.
      labelResid: /<Label resid="([^"]+)"\/>/.exec(body.replace(supertip, ""))?.[1] ?? "",
      tipTitleResid: /<Title resid="([^"]+)"\/>/.exec(supertip)?.[1] ?? "",
      tipResid: /<Description resid="([^"]+)"\/>/.exec(supertip)?.[1] ?? "",
      actionType: action ? (attr(action[1], "xsi:type") ?? "") : "",
      functionName: action
        ? /<FunctionName>([^<]*)<\/FunctionName>/.exec(action[2])?.[1]
        : undefined,
      taskpaneId: action ? /<TaskpaneId>([^<]*)<\/TaskpaneId>/.exec(action[2])?.[1] : undefined,
      sourceLocationResid: action
        ? /<SourceLocation resid="([^"]+)"\/>/.exec(action[2])?.[1]
        : undefined,
      iconResids: icons,
    });
  }
  return out;
}

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
function pngSize(buf: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(signature)) return null;
  if (buf.toString("latin1", 12, 16) !== "IHDR") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

// ---------------------------------------------------------------------------
// 1. Schema validation (needs the XSDs from ../shared)
// ---------------------------------------------------------------------------

const haveXsd = haveManifestXsd;
if (!haveXsd) {
  console.warn(
    `manifest.test: skipping XSD validation of manifest.xml: schema folder not found at ${XSD_DIR}. ` +
      `The content checks still run. Validate before a release where the schemas (or the network) are available.`
  );
}
const describeWithXsd = haveXsd ? describe : describe.skip;

/** Broken copies of the manifest; each must fail schema validation. */
const brokenCopies: { name: string; mutate: (xml: string) => string; expectError: RegExp }[] = [
  {
    name: "tab Label before its Group (CustomTab order)",
    mutate: (xml) => {
      const tabLabel = /\n\s*<Label resid="Tab\.Label"\/>/;
      const label = tabLabel.exec(xml);
      if (!label) return xml;
      return xml.replace(tabLabel, "").replace(/(<CustomTab\b[^>]*>)/, `$1${label[0]}`);
    },
    expectError: /Element '\{[^}]*\}Label': This element is not expected\. Expected is .*Group/,
  },
  {
    name: "required Permissions element missing",
    mutate: (xml) => xml.replace(/\s*<Permissions>[^<]*<\/Permissions>/, ""),
    expectError: /Expected is .*Permissions/,
  },
  {
    name: "button without an Icon",
    mutate: (xml) =>
      xml.replace(
        /(<Control xsi:type="Button" id="BreakdownCheck\.PaneButton">[\s\S]*?)<Icon>[\s\S]*?<\/Icon>/,
        "$1"
      ),
    expectError: /Element '\{[^}]*\}Action': This element is not expected\. Expected is .*Icon/,
  },
  {
    name: "short string longer than 125 characters",
    mutate: (xml) =>
      xml.replace(
        /(<bt:String id="CheckButton\.Label" DefaultValue=")[^"]*"/,
        `$1${"校".repeat(126)}"`
      ),
    expectError: /maxLength/,
  },
  {
    name: "unknown Permissions value",
    mutate: (xml) =>
      xml.replace(
        /<Permissions>[^<]*<\/Permissions>/,
        "<Permissions>ReadWriteEverything</Permissions>"
      ),
    expectError: /Permissions.*(enumeration|not an element of the set)/,
  },
];

describeWithXsd("manifest.xml against the Office add-in XSDs (offline, xmllint-wasm)", () => {
  jest.setTimeout(60_000);

  test("the manifest is valid", async () => {
    const result = await validateManifest(manifest);
    if (!result.valid)
      throw new Error(`manifest.xml does not validate:\n${describeErrors(result)}`);
    expect(result.valid).toBe(true);
    expect(result.errors).toEqual([]);
  });

  test.each(brokenCopies)("a broken copy fails: $name", async ({ mutate, expectError }) => {
    const broken = mutate(manifest);
    // Guard against a mutation that silently stopped matching the manifest.
    expect(broken).not.toBe(manifest);
    const result = await validateManifest(broken, "broken-manifest.xml");
    expect(result.valid).toBe(false);
    expect(describeErrors(result)).toMatch(expectError);
  });
});

// ---------------------------------------------------------------------------
// 2. Content checks (no XSDs needed)
// ---------------------------------------------------------------------------

describe("manifest.xml content", () => {
  test("identity, host, requirement floor and permissions", () => {
    const id = /<Id>([^<]*)<\/Id>/.exec(withoutComments)?.[1] ?? "";
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(withoutComments).toMatch(/<OfficeApp\b[^>]*xsi:type="TaskPaneApp"/);
    // The version is package.json's in four parts (webpack.config.js writes it into every build's manifest too).
    const pkgVersion = JSON.parse(
      fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")
    ).version;
    expect(/<Version>([^<]*)<\/Version>/.exec(withoutComments)?.[1]).toBe(`${pkgVersion}.0`);
    expect(withoutComments).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(withoutComments).toMatch(/<Hosts>\s*<Host Name="Workbook"\/>\s*<\/Hosts>/);
    expect(withoutComments).toMatch(
      /<Sets DefaultMinVersion="1\.1">\s*<Set Name="ExcelApi" MinVersion="1\.9"\/>\s*<\/Sets>/
    );
    expect(withoutComments).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(withoutComments).toMatch(/<VersionOverrides\b[^>]*xsi:type="VersionOverridesV1_0"/);
    expect(withoutComments).toMatch(/<Host xsi:type="Workbook">/);
    expect(text("Commands.Url")).toBe("https://localhost:3000/commands.html");
    expect(text("Taskpane.Url")).toBe("https://localhost:3000/taskpane.html");
    expect(withoutComments).toMatch(/<FunctionFile resid="Commands\.Url"\/>/);
  });

  test("every top-level localizable setting has an en-US override", () => {
    for (const el of [
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "SourceLocation",
    ]) {
      // Top-level settings use DefaultValue (VersionOverrides elements use resid).
      const m = new RegExp(`<${el} DefaultValue="[^"]+">([\\s\\S]*?)</${el}>`).exec(
        withoutComments
      );
      expect({ el, found: !!m }).toEqual({ el, found: true });
      expect({ el, enUS: /<Override Locale="en-US" Value="[^"]+"\/>/.test(m![1]) }).toEqual({
        el,
        enUS: true,
      });
    }
    expect(/<DisplayName DefaultValue="([^"]+)"/.exec(withoutComments)?.[1]).toBe("分解表校验");
    expect(
      /<DisplayName[^>]*>\s*<Override Locale="en-US" Value="([^"]+)"/.exec(withoutComments)?.[1]
    ).toBe("Breakdown Check");
  });

  test("every bt:String, bt:Url and bt:Image has an en-US bt:Override", () => {
    expect(resources.length).toBeGreaterThan(20);
    // Every resource element in the file was parsed (none skipped by the regex).
    const rawCount = (withoutComments.match(/<bt:(String|Url|Image) id=/g) ?? []).length;
    expect(resources).toHaveLength(rawCount);
    const missing = resources.filter((r) => !r.overrides.get("en-US")).map((r) => r.id);
    expect(missing).toEqual([]);
    // zh-CN is the default: short/long strings carry Chinese text by default.
    const notChinese = resources
      .filter((r) => r.kind === "String" && !/[\u4e00-\u9fff]/.test(r.defaultValue))
      .map((r) => r.id);
    expect(notChinese).toEqual([]);
  });

  test("string lengths stay within the schema limits (short ≤ 125, long ≤ 250, resid ≤ 32)", () => {
    const tooLong: string[] = [];
    for (const r of resources) {
      const max = r.group === "ShortStrings" ? 125 : r.group === "LongStrings" ? 250 : 2048;
      for (const v of [r.defaultValue, ...r.overrides.values()]) {
        if (charLength(v) < 1 || charLength(v) > max)
          tooLong.push(`${r.id}: ${charLength(v)} > ${max}`);
      }
      if (charLength(r.id) > 32) tooLong.push(`${r.id}: id longer than 32`);
    }
    const displayName = /<DisplayName DefaultValue="([^"]*)"/.exec(withoutComments)![1];
    const description = /<Description DefaultValue="([^"]*)"/.exec(withoutComments)![1];
    if (charLength(decodeXml(displayName)) > 125) tooLong.push("DisplayName");
    if (charLength(decodeXml(description)) > 250) tooLong.push("Description");
    expect(tooLong).toEqual([]);
  });

  test("every resid refers to a defined resource, and every resource is used", () => {
    const used = new Set(Array.from(withoutComments.matchAll(/\sresid="([^"]+)"/g), (m) => m[1]));
    const undefinedRefs = [...used].filter((id) => !resourceById.has(id));
    const unused = resources.map((r) => r.id).filter((id) => !used.has(id));
    expect(undefinedRefs).toEqual([]);
    expect(unused).toEqual([]);
    expect(new Set(resources.map((r) => r.id)).size).toBe(resources.length);
  });

  test("one custom tab, one group, groups before the tab label", () => {
    const tabs = Array.from(
      withoutComments.matchAll(/<CustomTab\b([^>]*)>([\s\S]*?)<\/CustomTab>/g)
    );
    expect(tabs).toHaveLength(1);
    expect(attr(tabs[0][1], "id")).toBe("BreakdownCheck.Tab");
    const tabBody = tabs[0][2];
    expect((tabBody.match(/<Group\b/g) ?? []).length).toBe(1);
    const tabLabel = /<\/Group>\s*<Label resid="([^"]+)"\/>\s*$/.exec(tabBody);
    expect(tabLabel).not.toBeNull();
    expect(text(tabLabel![1])).toBe("分解表");
    expect(text(tabLabel![1], "en-US")).toBe("Breakdown");
    const groupLabel = /<Group\b[^>]*>\s*<Label resid="([^"]+)"\/>/.exec(tabBody)![1];
    expect(text(groupLabel)).toBe("分解表校验");
    expect(text(groupLabel, "en-US")).toBe("Breakdown check");
  });

  test("the three buttons, in order, with their actions, labels and supertips", () => {
    const buttons = parseButtons(withoutComments);
    expect(buttons.map((b) => b.id)).toEqual([
      "BreakdownCheck.CheckButton",
      "BreakdownCheck.PaneButton",
      "BreakdownCheck.ClearButton",
    ]);
    const [check, pane, clear] = buttons;

    expect([text(check.labelResid), text(check.labelResid, "en-US")]).toEqual(["校验", "Check"]);
    expect(check.actionType).toBe("ExecuteFunction");
    expect(check.functionName).toBe("runCheck");
    expect(text(check.tipResid)).toBe("检查本工作簿所有分解表的合计、目标与进度，并在表中标出问题");

    expect([text(pane.labelResid), text(pane.labelResid, "en-US")]).toEqual(["面板", "Pane"]);
    expect(pane.actionType).toBe("ShowTaskpane");
    expect(pane.taskpaneId).toBe("BreakdownCheck.Pane");
    expect(pane.sourceLocationResid).toBe("Taskpane.Url");

    expect([text(clear.labelResid), text(clear.labelResid, "en-US")]).toEqual([
      "清除标记",
      "Clear marks",
    ]);
    expect(clear.actionType).toBe("ExecuteFunction");
    expect(clear.functionName).toBe("clearMarks");
    expect(text(clear.tipResid)).toBe("去掉校验添加的颜色、批注和结果表，恢复原样");

    for (const b of buttons) {
      expect(text(b.tipTitleResid).length).toBeGreaterThan(0);
      expect(text(b.tipResid, "en-US").length).toBeGreaterThan(0);
      expect([...b.iconResids.keys()].sort()).toEqual(["16", "32", "80"]);
      for (const [size, resid] of b.iconResids) {
        expect(text(resid)).toMatch(
          new RegExp(`^${ASSET_URL_PREFIX.replace(/[.]/g, "\\.")}[a-z]+-${size}\\.png$`)
        );
      }
    }
  });

  test("every icon referenced under https://localhost:3000/assets/ exists in src/assets/ with the right size", () => {
    const urls = new Set(
      Array.from(
        withoutComments.matchAll(/"(https:\/\/localhost:3000\/assets\/[^"]+)"/g),
        (m) => m[1]
      )
    );
    // 12 ribbon images (app + three buttons, at 16/32/80) and the 64 px HighResolutionIconUrl.
    expect(urls.size).toBeGreaterThanOrEqual(13);
    const problems: string[] = [];
    for (const url of urls) {
      const name = url.slice(ASSET_URL_PREFIX.length);
      const file = path.join(ASSETS_DIR, name);
      if (!fs.existsSync(file)) {
        problems.push(`${name}: missing in src/assets/`);
        continue;
      }
      const size = pngSize(fs.readFileSync(file));
      const want = Number(/-(\d+)\.png$/.exec(name)?.[1]);
      if (!size) problems.push(`${name}: not a PNG`);
      else if (size.width !== want || size.height !== want)
        problems.push(`${name}: ${size.width}x${size.height}, want ${want}x${want}`);
    }
    expect(problems).toEqual([]);
  });

  test("src/assets holds every icon size, as small PNGs with SVG sources", () => {
    const expected = [
      ...[16, 32, 64, 80, 128].map((s) => `icon-${s}.png`),
      ...["check", "pane", "clear"].flatMap((b) => [16, 32, 80].map((s) => `${b}-${s}.png`)),
    ];
    const problems: string[] = [];
    for (const name of expected) {
      const file = path.join(ASSETS_DIR, name);
      if (!fs.existsSync(file)) {
        problems.push(`${name}: missing`);
        continue;
      }
      const buf = fs.readFileSync(file);
      const want = Number(/-(\d+)\.png$/.exec(name)![1]);
      const size = pngSize(buf);
      if (!size || size.width !== want || size.height !== want)
        problems.push(`${name}: bad PNG or size`);
      if (buf.length >= 10 * 1024) problems.push(`${name}: ${buf.length} bytes (limit 10 KB)`);
    }
    for (const svg of ["icon", "check", "pane", "clear"]) {
      if (!fs.existsSync(path.join(ASSETS_DIR, "svg", `${svg}.svg`)))
        problems.push(`svg/${svg}.svg: missing`);
    }
    expect(problems).toEqual([]);
  });
});
