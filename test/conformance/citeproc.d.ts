/** The part of citeproc-js (npm `citeproc`, no types of its own) the conformance tests use. */
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  interface Engine {
    setOutputFormat(format: 'text' | 'html'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]] | false;
  }
  const CSL: {
    Engine: new (sys: Sys, style: string, lang?: string) => Engine;
    parseNoteFieldHacks(item: Record<string, unknown>, validFields: false, allowDateOverride: boolean): void;
  };
  export default CSL;
}
