/** Drafts and clippings for tests of saving, listing, export, import and the side panel. */
import type { Clipping } from '../db/clipping';
import type { ClippingDraft } from '../messaging/protocol';

/** A valid draft; `overrides` replaces fields. */
export function makeDraft(overrides: Partial<ClippingDraft> = {}): ClippingDraft {
  return {
    quote: 'Beijing will use its new national system to break chokepoints.',
    prefix: 'Reporting from the annual session. ',
    suffix: ' Officials gave no timetable for t',
    start: 120,
    end: 183,
    url: 'https://news.example.com/2024/03/chips.html?utm_source=feed#top',
    canonicalUrl: 'https://news.example.com/2024/03/chips.html',
    title: 'Chips plan unveiled',
    site: 'Example News',
    author: 'Wang Fang',
    published: '2024-03-05',
    entryIds: ['new-national-system', 'chokepoints'],
    note: '',
    tags: [],
    ...overrides,
  };
}

/** A stored clipping with a fixed id and time; `n` varies the id, time and quote. */
export function makeClipping(n: number, overrides: Partial<Clipping> = {}): Clipping {
  const quote = overrides.quote ?? `Quote number ${n} about the new national system.`;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    quote,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: 'before ', suffix: ' after' },
      { type: 'TextPositionSelector', start: 7, end: 7 + quote.length },
    ],
    url: `https://site${n % 3}.example/page/${n}`,
    canonicalUrl: `https://site${n % 3}.example/page/${n}`,
    title: `Page ${n}`,
    site: `Site ${n % 3}`,
    createdAt: Date.UTC(2024, 0, 1) + n * 60_000,
    updatedAt: Date.UTC(2024, 0, 1) + n * 60_000,
    entryIds: n % 2 === 0 ? ['new-national-system'] : ['chokepoints'],
    note: '',
    tags: [],
    ...overrides,
  };
}

let counter = 0;

/** A database name no other test uses. */
export function uniqueDbName(label: string): string {
  counter += 1;
  return `test-${label}-${counter}-${Math.random().toString(36).slice(2)}`;
}
