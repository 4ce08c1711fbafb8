// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BriefReader } from './BriefReader';
import { installMessages } from '../../lib/i18n/test-messages';
import { click, mount, type Mounted } from '../../lib/ui/testing';
import { loadPack } from '../../data/index';

const pack = loadPack();
let m: Mounted | undefined;
beforeEach(() => installMessages('en'));
afterEach(() => m?.unmount());

describe('BriefReader', () => {
  test('renders every paragraph of every section, with its anchor', () => {
    m = mount(<BriefReader pack={pack} />);
    expect(m.root.querySelectorAll('[data-para-id]').length).toBe(pack.paragraphs.length);
    expect([...m.root.querySelectorAll('section > h2')].map((h) => h.textContent)).toEqual(
      pack.sections.map((s) => s.title),
    );
  });

  test('an endnote marker shows its source, with links, on click', () => {
    const cited = pack.paragraphs.find(
      (p) => p.endnotes.length > 0 && pack.endnotes.find((e) => e.n === p.endnotes[0])!.links.length > 0,
    )!;
    const note = pack.endnotes.find((e) => e.n === cited.endnotes[0])!;
    m = mount(<BriefReader pack={pack} />);
    const marker = m.root.querySelector(`[data-para-id="${cited.id}"] .endnote-marker`)!;
    expect(marker.getAttribute('aria-expanded')).toBe('false');
    click(marker);
    expect(marker.getAttribute('aria-expanded')).toBe('true');
    const source = m.root.querySelector(`#note-${cited.id} [role=note]`)!;
    expect(source.textContent).toContain(note.text.slice(0, 30));
    expect(source.querySelector('a')!.getAttribute('href')).toBe(note.links[0]!.url);
  });

  test("the brief's own terms link to their entries", () => {
    m = mount(<BriefReader pack={pack} />);
    const links = [...m.root.querySelectorAll<HTMLAnchorElement>('a.term')];
    expect(links.length).toBeGreaterThan(20);
    const ids = new Set([...pack.entries, ...pack.documents].map((e) => e.id));
    for (const a of links)
      expect(ids.has(decodeURIComponent(a.getAttribute('href')!.replace('#entry/', '')))).toBe(true);
  });

  test('a missing paragraph says so rather than showing the top silently', () => {
    m = mount(<BriefReader pack={pack} target="no-such-paragraph" />);
    expect(m.root.querySelector('[role=status]')!.textContent).toContain('not in this version');
  });
});
