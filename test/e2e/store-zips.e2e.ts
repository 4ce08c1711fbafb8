/**
 * The store packages as the stores receive them: `wxt zip` (Chrome Web Store) and `wxt zip -b firefox`
 * (addons.mozilla.org), built here, and every limit the stores enforce on submission held against them.
 * Chrome Web Store: description at most 132 characters and name at most 75 in every locale, short_name
 * at most 12, icons 16/48/128 present. addons.mozilla.org: a gecko id and data_collection_permissions.
 * Both: the manifest at the root, no source maps, tests or sources in the package.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, test } from 'vitest';

const OUT = '.output';
const zips: Record<'chrome' | 'firefox', JSZip> = {} as never;

/** Zips one browser's build and opens the package it wrote. */
async function zip(browser: 'chrome' | 'firefox'): Promise<JSZip> {
  execFileSync('npx', ['wxt', 'zip', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], {
    stdio: 'pipe',
    env: { ...process.env, CI: '1' },
  });
  const name = readdirSync(OUT).find((f) => f.endsWith(`-${browser}.zip`));
  if (!name) throw new Error(`wxt zip wrote no ${browser} package in ${OUT}`);
  return JSZip.loadAsync(readFileSync(join(OUT, name)));
}

beforeAll(async () => {
  zips.chrome = await zip('chrome');
  zips.firefox = await zip('firefox');
}, 240_000);

/** A `__MSG_key__` value resolved in every locale of the package. */
async function localised(pkg: JSZip, value: string): Promise<Record<string, string>> {
  const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
  const locales = Object.keys(pkg.files)
    .map((f) => /^_locales\/([^/]+)\/messages\.json$/.exec(f)?.[1])
    .filter((l): l is string => !!l);
  expect(locales.length).toBeGreaterThanOrEqual(2);
  const out: Record<string, string> = {};
  for (const locale of locales) {
    const messages = JSON.parse(await pkg.file(`_locales/${locale}/messages.json`)!.async('string'));
    out[locale] = key ? messages[key]?.message : value;
    expect(out[locale], `${locale}: ${value}`).toBeTypeOf('string');
  }
  return out;
}

describe.each(['chrome', 'firefox'] as const)('the %s store package', (browser) => {
  const manifest = async () => JSON.parse(await zips[browser].file('manifest.json')!.async('string'));

  test('has its manifest at the root and nothing a store reviewer should not see', async () => {
    expect(zips[browser].file('manifest.json')).not.toBeNull();
    const names = Object.keys(zips[browser].files);
    const stray = names.filter(
      (f) =>
        f.endsWith('.map') ||
        /\.(test|spec|e2e)\.[jt]sx?$/.test(f) ||
        /(^|\/)(node_modules|test|tests|src)\//.test(f) ||
        /\.tsx?$/.test(f) ||
        /(^|\/)\.[^/]+$/.test(f),
    );
    expect(stray).toEqual([]);
    expect(names.some((f) => f.endsWith('.js'))).toBe(true);
  });

  test('keeps the name, short name and description within the store limits in every locale', async () => {
    const m = await manifest();
    for (const [locale, text] of Object.entries(await localised(zips[browser], m.description)))
      expect(text.length, `${locale} description: ${text}`).toBeLessThanOrEqual(132);
    for (const [locale, text] of Object.entries(await localised(zips[browser], m.name)))
      expect(text.length, `${locale} name: ${text}`).toBeLessThanOrEqual(75);
    if (m.short_name)
      for (const [locale, text] of Object.entries(await localised(zips[browser], m.short_name)))
        expect(text.length, `${locale} short_name`).toBeLessThanOrEqual(12);
  });

  test('carries the icons the store requires, as the PNGs it names', async () => {
    const m = await manifest();
    for (const size of ['16', '48', '128']) {
      const path = m.icons?.[size];
      expect(path, `icon ${size}`).toBeTruthy();
      const png = await zips[browser].file(path.replace(/^\//, ''))!.async('uint8array');
      // PNG signature, then the IHDR width at byte 16 (big-endian).
      expect([...png.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
      const width = (png[16]! << 24) | (png[17]! << 16) | (png[18]! << 8) | png[19]!;
      expect(width, `icon ${size}`).toBe(Number(size));
    }
  });

  test('declares what its store requires of it', async () => {
    const m = await manifest();
    if (browser === 'firefox') {
      expect(m.manifest_version).toBe(2);
      expect(m.browser_specific_settings?.gecko?.id).toBe('brief-lens@brief-lens.dev');
      expect(m.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    } else {
      expect(m.manifest_version).toBe(3);
      expect(m.web_accessible_resources).toEqual([
        expect.objectContaining({ resources: ['page-ui.js'], use_dynamic_url: true }),
      ]);
    }
  });
});
