/**
 * The release zip: one top folder `breakdown-check-<version>/` holding the site to host (`dist/`, with its
 * compressed siblings), the manifest to deploy, the guide 部署说明.md and the one file breakdown-check.html.
 * fflate writes it (UTF-8 names flagged, so 部署说明.md shows right in Windows Explorer).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { zipSync, type Zippable } from "fflate";
import { COMPRESSIBLE, filesUnder } from "./compressSiblings";

export interface ReleaseInput {
  version: string;
  /** The production build, siblings written. */
  dist: string;
  /** The deployment guide's Markdown. */
  guide: string;
}

export function releaseName(version: string): string {
  return `breakdown-check-${version}`;
}

/** The entries of the zip, path → bytes; file modification times are the build's own. */
export async function releaseEntries(input: ReleaseInput): Promise<Map<string, Uint8Array>> {
  const top = releaseName(input.version);
  const entries = new Map<string, Uint8Array>();
  for (const file of await filesUnder(input.dist)) {
    const relative = path.relative(input.dist, file).split(path.sep).join("/");
    entries.set(`${top}/dist/${relative}`, await fs.readFile(file));
  }
  const pick = (name: string) => {
    const bytes = entries.get(`${top}/dist/${name}`);
    if (!bytes)
      throw new Error(`${input.dist} 中缺少 ${name}（${name} is missing from the build）`);
    return bytes;
  };
  entries.set(`${top}/manifest.xml`, pick("manifest.xml"));
  entries.set(`${top}/breakdown-check.html`, pick("breakdown-check.html"));
  entries.set(`${top}/部署说明.md`, new TextEncoder().encode(input.guide));
  return entries;
}

/** The zip's bytes: text stored deflated, the already-compressed files (.gz/.br/.png/.xlsx) stored as they are. */
export function zipEntries(entries: Map<string, Uint8Array>, mtime: Date): Uint8Array {
  const tree: Zippable = {};
  for (const [name, bytes] of entries) {
    const text = COMPRESSIBLE.test(name) || name.endsWith(".md");
    tree[name] = [bytes, { level: text ? 9 : 0, mtime }];
  }
  return zipSync(tree);
}
