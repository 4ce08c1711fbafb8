import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { buildDraft, buildSentenceDraft, entriesInside } from './draft';
import type { PageMetadata } from './metadata';

const PAGE: PageMetadata = {
  url: 'https://news.example/a',
  canonicalUrl: 'https://news.example/a',
  title: 'Chips',
  site: 'News',
  published: '2024-03-05',
};
const TEXT =
  'Intro line.\nBeijing will use the new national system to break chokepoints. Other news follows here.';

function at(word: string) {
  const start = TEXT.indexOf(word);
  return { start, end: start + word.length };
}

describe('buildDraft', () => {
  it('builds a draft whose selectors find the quote again', () => {
    const mentions = [
      { entryId: 'new-national-system', ...at('new national system') },
      { entryId: 'chokepoints', ...at('chokepoints') },
      { entryId: null, ...at('Beijing') },
      { entryId: 'other', ...at('Other') },
    ];
    const sel = { start: at('Beijing').start - 1, end: at('chokepoints.').end + 1 };
    const draft = buildDraft({ text: TEXT, ...sel, page: PAGE, mentions, tags: ['chips'] })!;
    expect(draft.quote).toBe('Beijing will use the new national system to break chokepoints.');
    expect(draft.entryIds).toEqual(['new-national-system', 'chokepoints']);
    expect(draft).toMatchObject({ title: 'Chips', site: 'News', published: '2024-03-05', tags: ['chips'] });
    expect(draft.author).toBeUndefined();
    const found = anchor(TEXT, [
      { type: 'TextQuoteSelector', exact: draft.quote, prefix: draft.prefix, suffix: draft.suffix },
      { type: 'TextPositionSelector', start: draft.start, end: draft.end },
    ]);
    expect(found).toMatchObject({ start: draft.start, end: draft.end, method: 'exact' });
  });

  it('refuses a selection of white space only', () => {
    expect(buildDraft({ text: 'a   b', start: 1, end: 4, page: PAGE })).toBeNull();
  });
});

describe('buildSentenceDraft', () => {
  it('saves the sentence around a mention', () => {
    const mention = { entryId: 'chokepoints', ...at('chokepoints') };
    const draft = buildSentenceDraft({ text: TEXT, page: PAGE, mention, mentions: [mention] })!;
    expect(draft.quote).toBe('Beijing will use the new national system to break chokepoints.');
    expect(draft.entryIds).toEqual(['chokepoints']);
  });
});

describe('entriesInside', () => {
  it('keeps only mentions wholly inside the span', () => {
    expect(
      entriesInside(
        [
          { entryId: 'a', start: 0, end: 5 },
          { entryId: 'b', start: 4, end: 12 },
        ],
        0,
        10,
      ),
    ).toEqual(['a']);
  });
});
