/** The page's starting language: a link's ?lang=, then the kept choice, then the browser's language. */
import { startingLocale } from "../../src/web/pageLanguage";

const storage = (value: string | null) => ({ getItem: () => value, setItem: () => undefined });

describe("startingLocale", () => {
  it("follows the browser when nothing was chosen: zh-* is Chinese, anything else English", () => {
    for (const [languages, locale] of [
      [["zh-CN"], "zh-CN"],
      [["zh-TW", "en"], "zh-CN"],
      [["zh"], "zh-CN"],
      [["en-GB"], "en-US"],
      [["fr-FR", "zh-CN"], "en-US"],
      [[], "en-US"],
    ] as const)
      expect([languages, startingLocale({ search: "", languages, storage: null })]).toEqual([
        languages,
        { locale, chosen: false },
      ]);
  });

  it("a kept choice wins over the browser, and a link's ?lang= over both", () => {
    expect(startingLocale({ search: "", languages: ["en-US"], storage: storage("zh-CN") })).toEqual(
      { locale: "zh-CN", chosen: true }
    );
    expect(
      startingLocale({ search: "?lang=en-US", languages: ["zh-CN"], storage: storage("zh-CN") })
    ).toEqual({ locale: "en-US", chosen: true });
    // Nonsense in either place is ignored.
    expect(
      startingLocale({ search: "?lang=xx", languages: ["zh-CN"], storage: storage("klingon") })
    ).toEqual({ locale: "zh-CN", chosen: false });
  });

  it("storage that refuses to be read is as if nothing was kept", () => {
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => undefined,
    };
    expect(startingLocale({ search: "", languages: ["en"], storage: refusing })).toEqual({
      locale: "en-US",
      chosen: false,
    });
  });
});
