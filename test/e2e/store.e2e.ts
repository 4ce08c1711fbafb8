/**
 * The built extensions as a store reviewer reads them: icons at every size, the least permissions,
 * a CSP without eval, no remote code, a Firefox id, and both locales.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXT_DIR } from './harness';
import { FIREFOX_EXT_DIR } from './firefox-harness';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const manifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe.each([
  ['chrome', EXT_DIR],
  ['firefox', FIREFOX_EXT_DIR],
])('%s build', (browser, dir) => {
  test.skipIf(!existsSync(join(dir, 'manifest.json')))('is store-ready', () => {
    const m = manifest(dir);
    for (const size of ['16', '32', '48', '128']) {
      expect(m.icons?.[size], `icon ${size}`).toBeTruthy();
      expect(existsSync(join(dir, m.icons[size]))).toBe(true);
    }
    const expected =
      browser === 'chrome'
        ? ['activeTab', 'contextMenus', 'sidePanel', 'storage']
        : ['activeTab', 'contextMenus', 'storage'];
    expect([...m.permissions].sort()).toEqual(expected);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    const csp = JSON.stringify(m.content_security_policy ?? '');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:/);
    expect(m.default_locale).toBe('en');
    for (const locale of ['en', 'zh_CN'])
      expect(existsSync(join(dir, '_locales', locale, 'messages.json'))).toBe(true);
    if (browser === 'firefox') {
      expect(m.browser_specific_settings?.gecko?.id).toBe('brief-lens@brief-lens.dev');
      expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
    } else {
      expect(m.side_panel?.default_path).toBe('sidepanel.html');
    }
  });

  test.skipIf(!existsSync(join(dir, 'manifest.json')))(
    'loads no remote code and evaluates no strings',
    () => {
      for (const file of files(dir)) {
        if (file.endsWith('.html')) {
          const html = readFileSync(file, 'utf8');
          expect(html, file).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
          expect(html, file).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
        }
        if (file.endsWith('.js')) {
          const js = readFileSync(file, 'utf8');
          expect(js, file).not.toMatch(/\beval\s*\(|new Function\s*\(|importScripts\s*\(\s*["']http/);
          expect(js, file).not.toMatch(/import\s*\(\s*["']https?:/);
        }
      }
    },
  );
});
