/**
 * The XML events the .xlsx reader is built on (src/file/read/xlsx/sax.ts): what an XML parser gives (entities
 * decoded, CDATA as text, line ends normalized, prefixes dropped), and XmlSyntaxError for a part that is not
 * well-formed, so that the lenient reader takes it over.
 */
import { readXml, XmlSyntaxError } from "../../src/file/read/xlsx/sax";

type Event =
  ["open", string, Record<string, string>, boolean] | ["close", string] | ["text", string];

function events(xml: string): Event[] {
  const out: Event[] = [];
  readXml(xml, "xl/test.xml", {
    open: (name, attributes, selfClosing) =>
      out.push(["open", name, { ...attributes }, selfClosing]),
    close: (name) => out.push(["close", name]),
    text: (text) => out.push(["text", text]),
  });
  return out;
}

it("gives local names, attributes, self-closing elements and text as an XML parser does", () => {
  expect(
    events('<?xml version="1.0"?><x:row r="1" x14ac:dyDescent="0.25"><c r="A1"/><v>12</v></x:row>')
  ).toEqual([
    ["open", "row", { r: "1", "x14ac:dyDescent": "0.25" }, false],
    ["open", "c", { r: "A1" }, true],
    ["close", "c"],
    ["open", "v", {}, false],
    ["text", "12"],
    ["close", "v"],
    ["close", "row"],
  ]);
});

it("decodes entities and CDATA into one text, and normalizes line ends", () => {
  expect(
    events("<t>A &amp; B &lt;&gt; &quot;&apos; &#65;&#x4E2D;<![CDATA[raw text]]>\r\nz\rq</t>")
  ).toEqual([
    ["open", "t", {}, false],
    ["text", "A & B <> \"' A中raw text\nz\nq"],
    ["close", "t"],
  ]);
});

it("reads a CDATA section holding <, and a part without entities, as they are", () => {
  expect(events("<t><![CDATA[a < b]]></t>")[1]).toEqual(["text", "a < b"]);
  expect(events('<c r="A1" t="s"><v>12</v></c>')).toEqual([
    ["open", "c", { r: "A1", t: "s" }, false],
    ["open", "v", {}, false],
    ["text", "12"],
    ["close", "v"],
    ["close", "c"],
  ]);
});

it("normalizes line ends and tabs in attribute values to spaces, but keeps those written as references", () => {
  expect(events('<a b="1\r\n2\t3\n4" c="x&#10;y"/>')[0]).toEqual([
    "open",
    "a",
    { b: "1 2 3 4", c: "x\ny" },
    true,
  ]);
});

it.each([
  ["no element at all", ""],
  ["a tag closed out of order", "<a><b></a></b>"],
  ["an element left open", "<a><b>x</b>"],
  ["a part cut short inside a tag", '<a><c r="A1'],
  ["an attribute given twice", '<a b="1" b="2"/>'],
  ["an unquoted attribute", "<a b=1/>"],
  ["a bare ampersand", "<t>A & B</t>"],
  ["an entity XML does not define", "<t>&nbsp;</t>"],
  ["a bare < in text", "<t>1 < 2</t>"],
  ["a bare & in an attribute", '<a b="x&y"/>'],
  ["a bare & in a part that also holds entities", "<t>&amp; & </t>"],
  // Allowed there by XML, but not told apart from a bare one in one pass: the lenient reader reads these.
  ["a CDATA section holding &", "<t><![CDATA[a & b]]></t>"],
])("%s is not well-formed: XmlSyntaxError naming the part", (_, xml) => {
  expect(() => events(xml)).toThrow(XmlSyntaxError);
  expect(() => events(xml)).toThrow(/^xl\/test\.xml: /);
});

it("an error thrown by a handler comes out as it is", () => {
  class Stop extends Error {}
  expect(() =>
    readXml("<a><b/></a>", "p", {
      open: (name) => {
        if (name === "b") throw new Stop("stop");
      },
    })
  ).toThrow(Stop);
});
