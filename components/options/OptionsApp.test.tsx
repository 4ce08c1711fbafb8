// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { act } from 'preact/test-utils';
import { OptionsApp } from './OptionsApp';
import { installMessages } from '../../lib/i18n/test-messages';
import { click, mount, type, waitFor, type Mounted } from '../../lib/ui/testing';
import { getDb } from '../../lib/db/db';
import { writePack } from '../../lib/db/pack-queries';
import { loadPack } from '../../data/index';
import { DEFAULT_SETTINGS, getSettings, settingsItem } from '../../lib/settings/settings';

const pack = loadPack();
const muted = pack.entries[0]!;
let m: Mounted | undefined;
beforeAll(async () => writePack(getDb(), pack));
beforeEach(async () => {
  installMessages('en');
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, sites: ['gov.cn'], muted: [muted.id] });
});
afterEach(() => m?.unmount());

const change = (el: HTMLInputElement | HTMLSelectElement, value?: string) =>
  act(() => {
    if (value !== undefined) el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });

const submit = (root: HTMLElement) =>
  act(() => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });

describe('OptionsApp', () => {
  test('opening PDFs in the reader is off by default; turning it on asks for the sites at the click', async () => {
    const request = vi.fn(async (_p: { origins?: string[] }) => true);
    fakeBrowser.permissions.request = request;
    m = mount(<OptionsApp />);
    const root = m.root;
    await waitFor(() => root.querySelector('fieldset'));
    const box = [...root.querySelectorAll('label')]
      .find((l) => l.textContent?.includes('Open PDFs in the Brief Lens reader'))!
      .querySelector('input')!;
    expect(box.checked).toBe(false);
    click(box);
    expect(request).toHaveBeenCalledWith({ origins: ['http://*/*', 'https://*/*'] });
    await waitFor(async () => (await getSettings()).openPdfsInReader);
    // Turning it off asks nothing.
    request.mockClear();
    click(box);
    await waitFor(async () => !(await getSettings()).openPdfsInReader);
    expect(request).not.toHaveBeenCalled();
  });

  test('every setting is saved as soon as it changes', async () => {
    m = mount(<OptionsApp />);
    const root = m.root;
    await waitFor(() => root.querySelector('fieldset'));
    // Each change is a read-modify-write of the stored settings: let one land before the next.
    const saved = (check: (v: Awaited<ReturnType<typeof getSettings>>) => boolean) =>
      waitFor(async () => check(await getSettings()));
    click(root.querySelector('input[name=mode][value=allow]'));
    await saved((v) => v.mode === 'allow');
    await change(root.querySelector<HTMLInputElement>('input[type=number]')!, '450');
    await saved((v) => v.hoverDelayMs === 450);
    await change(root.querySelector<HTMLSelectElement>('select')!, 'Alt');
    await saved((v) => v.hoverModifier === 'Alt');
    click(root.querySelectorAll('input[name=markStyle]')[1]);
    await saved((v) => v.markStyle === 'background');
    for (const label of ['Mark only the first occurrence', 'Show a Save clipping button', 'English']) {
      const before = JSON.stringify(await getSettings());
      const input = [...root.querySelectorAll('label')]
        .find((l) => l.textContent.startsWith(label))!
        .querySelector('input');
      click(input);
      await saved((v) => JSON.stringify(v) !== before);
    }
    const s = await getSettings();
    expect(s).toMatchObject({
      mode: 'allow',
      hoverDelayMs: 450,
      hoverModifier: 'Alt',
      markStyle: 'background',
      firstOccurrenceOnly: true,
      selectionButton: false,
      languages: { en: false, zh: true },
    });
  });

  test('sites can be added (from an address) and removed', async () => {
    m = mount(<OptionsApp />);
    const root = m.root;
    const input = await waitFor(() => root.querySelector<HTMLInputElement>('#site-input'));
    type(input, 'https://www.most.gov.cn/xxgk/');
    await submit(root);
    await waitFor(() => root.textContent.includes('most.gov.cn'));
    type(input, 'nonsense');
    await submit(root);
    await waitFor(() => root.querySelector('[role=alert]'));
    click(root.querySelector('button[aria-label="Remove gov.cn"]'));
    await waitFor(async () => (await getSettings()).sites.join() === 'most.gov.cn');
  });

  test('muted terms show their label and can be unmuted', async () => {
    m = mount(<OptionsApp />);
    const root = m.root;
    const button = await waitFor(() => root.querySelector(`.muted-list button`));
    await waitFor(() => root.querySelector('.muted-list')!.textContent.includes(muted.label));
    click(button);
    await waitFor(async () => (await getSettings()).muted.length === 0);
    await waitFor(() => root.textContent.includes('No muted terms'));
  });
});
