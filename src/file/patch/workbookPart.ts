/** workbook.xml: the sheets it lists (name → part), and new sheets appended to that list. */
import {
  appendInsideSplice,
  CONTENT_TYPE,
  type ContentTypes,
  freePartName,
  partText,
  REL_NS,
  REL_TYPE,
  Relationships,
  setPartText,
} from "./opcParts";
import { applySplices, escapeAttribute } from "./xmlText";
import { child, children, parseXml, prefixFor, XmlPartError, type XmlElement } from "./xmlTree";
import { NotAPackageError, type Parts } from "./zipPackage";

export interface SheetEntry {
  name: string;
  /** The part it names; null when the relationship is missing. */
  part: string | null;
  /** Content type of that part: a worksheet, a chart sheet, a macro sheet… */
  contentType: string | undefined;
}

export class WorkbookPart {
  readonly part: string;
  readonly rels: Relationships;
  readonly sheets: SheetEntry[] = [];
  private readonly text: string;
  private readonly root: XmlElement;
  private readonly sheetsElement: XmlElement;
  private readonly entries: string[] = [];
  private nextSheetId: number;

  constructor(
    private readonly parts: Parts,
    private readonly contentTypes: ContentTypes
  ) {
    const packageRels = new Relationships(parts, "");
    const part = packageRels.ofType(REL_TYPE.officeDocument)[0]?.part ?? null;
    const text = part ? partText(parts, part) : null;
    if (!part || text === null) throw new NotAPackageError("no workbook part");
    this.part = part;
    this.text = text;
    this.root = parseXml(text, part);
    this.rels = new Relationships(parts, part);
    const sheets = child(this.root, "sheets");
    if (!sheets) throw new XmlPartError(part, "no <sheets>");
    this.sheetsElement = sheets;
    let maxId = 0;
    for (const sheet of children(sheets, "sheet")) {
      const id = Object.entries(sheet.attributes).find(
        ([n]) => n === "id" || n.endsWith(":id")
      )?.[1];
      const rel = id ? this.rels.byId(id) : undefined;
      const sheetPart = rel?.part ?? null;
      this.sheets.push({
        name: sheet.attributes.name ?? "",
        part: sheetPart,
        contentType: sheetPart ? contentTypes.typeOf(sheetPart) : undefined,
      });
      maxId = Math.max(maxId, Number(sheet.attributes.sheetId) || 0);
    }
    this.nextSheetId = maxId + 1;
  }

  sheet(name: string): SheetEntry | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** `name`, or `name (2)`, `name (3)`… — the first no sheet uses (Excel compares names case-insensitively). */
  freeSheetName(name: string): string {
    const taken = new Set(this.sheets.map((s) => s.name.toLowerCase()));
    if (!taken.has(name.toLowerCase())) return name;
    for (let n = 2; ; n++) if (!taken.has(`${name} (${n})`.toLowerCase())) return `${name} (${n})`;
  }

  /** Adds a worksheet part with this XML, listed last in the workbook. */
  addWorksheet(name: string, xml: string): string {
    const part = freePartName(this.parts, (n) => `xl/worksheets/sheet${n}.xml`);
    setPartText(this.parts, part, xml);
    this.contentTypes.addOverride(part, CONTENT_TYPE.worksheet);
    const id = this.rels.add(REL_TYPE.worksheet, part);
    const bound = prefixFor(this.sheetsElement, REL_NS);
    const p = this.sheetsElement.prefix;
    const rid = bound ? `${bound}id="${id}"` : `xmlns:r="${REL_NS}" r:id="${id}"`;
    const entry = `<${p}sheet name="${escapeAttribute(name)}" sheetId="${this.nextSheetId++}" ${rid}/>`;
    this.entries.push(entry);
    this.sheets.push({ name, part, contentType: CONTENT_TYPE.worksheet });
    return part;
  }

  save(): void {
    this.rels.save();
    if (this.entries.length === 0) return;
    const splice = appendInsideSplice(this.sheetsElement, this.entries.join(""));
    setPartText(this.parts, this.part, applySplices(this.text, [splice]));
  }
}
