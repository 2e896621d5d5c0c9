/**
 * The example workbooks of the one-file build (dist/breakdown-check.html), which has no seeds/ folder beside it: the
 * seeds are embedded as data: URLs and the page's fetch of `seeds/<file>` is answered from them, in this page, with
 * no request. Every other fetch goes on as before. Only the one-file build runs this (webpack.config.js).
 */
import beibei from "../../seeds/beibei.xlsx";
import liangping from "../../seeds/liangping.xlsx";
import yongchuan from "../../seeds/yongchuan.xlsx";
import { EXAMPLES, EXAMPLES_PATH } from "./examples";

const EMBEDDED: Record<string, string> = {
  "beibei.xlsx": beibei,
  "liangping.xlsx": liangping,
  "yongchuan.xlsx": yongchuan,
};

/** The bytes of a data: URL with base64 content. */
function dataUrlBytes(url: string): Uint8Array<ArrayBuffer> {
  const binary = atob(url.slice(url.indexOf(",") + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The embedded example a request is for, or undefined. */
export function embeddedExample(input: RequestInfo | URL, base: string): string | undefined {
  const href = typeof input === "string" || input instanceof URL ? String(input) : input.url;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(href, base).pathname);
  } catch {
    return undefined;
  }
  const example = EXAMPLES.find((e) => pathname.endsWith(`/${EXAMPLES_PATH}${e.file}`));
  return example ? EMBEDDED[example.file] : undefined;
}

const pageFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const embedded = embeddedExample(input, document.baseURI);
  if (!embedded) return pageFetch(input, init);
  const bytes = dataUrlBytes(embedded);
  return Promise.resolve(
    new Response(bytes, {
      status: 200,
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-length": String(bytes.length),
      },
    })
  );
};
