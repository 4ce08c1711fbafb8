/** The part of Citation.js (npm `@citation-js/core` and its RIS plugin, no types of their own) the tests use. */
declare module '@citation-js/core' {
  export const plugins: {
    input: {
      chain(data: string, options: { generateGraph: boolean }): Record<string, unknown>[];
    };
  };
}
declare module '@citation-js/plugin-ris';
