/**
 * Traditional-script forms of the pack's Chinese, derived with opencc-js so that nobody types them by
 * hand. Used at build time (`scripts/fill-traditional.ts`) and by the test that checks the data against
 * opencc-js; never at run time, where the pack already carries the forms.
 */
import OpenCC from 'opencc-js';

type Convert = (text: string) => string;

let converters: { t: Convert; tw: Convert; twp: Convert; hk: Convert } | undefined;

function get() {
  converters ??= {
    t: OpenCC.Converter({ from: 'cn', to: 't' }),
    tw: OpenCC.Converter({ from: 'cn', to: 'tw' }),
    twp: OpenCC.Converter({ from: 'cn', to: 'twp' }),
    hk: OpenCC.Converter({ from: 'cn', to: 'hk' }),
  };
  return converters;
}

/** The Taiwan-standard traditional form (s2tw) and the other distinct forms (s2t, s2twp, s2hk). */
export function traditionalForms(hans: string): { hant: string; hantVariants: string[] } {
  const c = get();
  const hant = c.tw(hans);
  const others = [c.t(hans), c.twp(hans), c.hk(hans)].filter((form) => form !== hant);
  return { hant, hantVariants: [...new Set(others)] };
}

/** Every traditional form of a simplified alias that differs from it, Taiwan standard first. */
export function aliasVariants(hans: string): string[] {
  const { hant, hantVariants } = traditionalForms(hans);
  return [...new Set([hant, ...hantVariants])].filter((form) => form !== hans);
}
