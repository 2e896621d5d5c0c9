/**
 * A minimal valid .docx (WordprocessingML) made from plain text, one paragraph a line, tabs as `<w:tab/>`: what Word
 * or WPS saves for a plan typed as plain paragraphs. Zipped with fflate (a dependency already).
 */
import { strToU8, zipSync } from "fflate";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function paragraph(line: string): string {
  const runs = line
    .split("\t")
    .map((part) => (part === "" ? "" : `<w:t xml:space="preserve">${escape(part)}</w:t>`))
    .join("<w:tab/>");
  return `<w:p><w:r>${runs}</w:r></w:p>`;
}

export function docxOf(text: string): Uint8Array {
  const body = text.replace(/\r\n?/g, "\n").split("\n").map(paragraph).join("");
  const xml = (s: string) => strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${s}`);
  return zipSync({
    "[Content_Types].xml": xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
    ),
    "_rels/.rels": xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
    ),
    "word/document.xml": xml(
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`
    ),
  });
}
