import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import type { Mark } from './mark-index';
import { summarise } from './summary';
import { paintedMarks, wantedMarks } from './visible';

const mark = (entryId: string | null, text: string): Mark => ({
  mention: { entryId, kind: entryId ? 'term' : 'document', label: entryId ?? text, text, start: 0, end: 1 },
  range: {} as Range,
});

const marks = [
  mark('nsw', 'new national system'),
  mark('nsw', '新型举国体制'),
  mark('ulist', '揭榜挂帅'),
  mark('nsw', 'NSWN'),
  mark(null, '《某通知》'),
];
const settings = (s: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...s });

describe('settings filters', () => {
  test('muted terms and switched-off languages are left out', () => {
    const texts = (s: Partial<Settings>) => wantedMarks(marks, settings(s)).map((m) => m.mention.text);
    expect(texts({ muted: ['nsw'] })).toEqual(['揭榜挂帅', '《某通知》']);
    expect(texts({ languages: { en: true, zh: false } })).toEqual(['new national system', 'NSWN']);
    expect(texts({ languages: { en: false, zh: true } })).toEqual(['新型举国体制', '揭榜挂帅', '《某通知》']);
  });

  test('first occurrence only keeps one mark per entry, in page order', () => {
    const painted = paintedMarks(marks, settings({ firstOccurrenceOnly: true }));
    expect(painted.map((m) => m.mention.text)).toEqual(['new national system', '揭榜挂帅', '《某通知》']);
  });

  test('the summary counts occurrences and the distinct texts seen', () => {
    const s = summarise(
      marks.map((m) => m.mention),
      { url: 'https://example.org/', title: 'T', enabled: true },
    );
    expect(s.total).toBe(5);
    expect(s.mentions.map((m) => [m.entryId, m.count, m.seen])).toEqual([
      ['nsw', 3, ['new national system', '新型举国体制', 'NSWN']],
      ['ulist', 1, ['揭榜挂帅']],
      [null, 1, ['《某通知》']],
    ]);
  });
});
