/** The copy could not be made: `zh` and `en` name the part and why, in one line. */
export class AnnotateError extends Error {
  constructor(
    readonly zh: string,
    en: string
  ) {
    super(en);
    this.name = "AnnotateError";
  }
}
