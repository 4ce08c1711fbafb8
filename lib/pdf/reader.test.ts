import { describe, expect, test } from 'vitest';
import { pdfDate, pdfInfo } from './reader';

const xmp = (values: Record<string, string>) => ({ get: (k: string) => values[k] ?? null });

describe('pdfInfo', () => {
  test('title, author and date from the info dictionary; the first fingerprint', () => {
    const info = pdfInfo({ fingerprints: ['abc', null], numPages: 12 }, {
      info: {
        Title: ' Whole-of-Nation Innovation ',
        Author: 'MERICS',
        CreationDate: "D:20240301120000+08'00'",
      },
    } as never);
    expect(info).toEqual({
      title: 'Whole-of-Nation Innovation',
      author: 'MERICS',
      date: '2024-03-01',
      fingerprint: 'abc',
      pages: 12,
    });
  });

  test('XMP wins where it has a value; blanks and missing metadata are left out', () => {
    const meta = { info: { Title: 'Untitled', Author: '  ' }, metadata: xmp({ 'dc:title': 'Real title' }) };
    expect(pdfInfo({ fingerprints: ['f'], numPages: 1 }, meta as never)).toMatchObject({
      title: 'Real title',
      author: undefined,
      date: undefined,
    });
    expect(pdfInfo({ fingerprints: ['f'], numPages: 1 }, null).title).toBe('');
  });
});

describe('pdfDate', () => {
  test('reads full and partial PDF dates, refuses others', () => {
    expect(pdfDate('D:2023')).toBe('2023-01-01');
    expect(pdfDate('20231105')).toBe('2023-11-05');
    expect(pdfDate('yesterday')).toBeUndefined();
    expect(pdfDate(undefined)).toBeUndefined();
  });
});
