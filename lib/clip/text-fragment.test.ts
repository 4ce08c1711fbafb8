import { describe, expect, test } from 'vitest';
import { textFragmentUrl } from './text-fragment';

describe('open at source', () => {
  test('a short quote is named whole, with its delimiters escaped', () => {
    expect(textFragmentUrl('https://a.org/p', 'de-risking, not decoupling')).toBe(
      'https://a.org/p#:~:text=de%2Drisking%2C%20not%20decoupling',
    );
  });

  test('a long quote is named by its first and last words', () => {
    const quote =
      'BEIJING — China will use its new national system to break foreign chokepoints in semiconductors, Premier Li Qiang said';
    const url = textFragmentUrl('https://a.org/p', quote);
    expect(decodeURIComponent(url.split(':~:text=')[1]!.split(',')[0]!)).toBe('BEIJING — China will');
    expect(decodeURIComponent(url.split(',')[1]!)).toBe('Premier Li Qiang said');
  });

  test('long Chinese text without spaces is named by characters at each end', () => {
    const quote =
      '有关负责人表示，要健全新型举国体制，集中力量办大事，推行揭榜挂帅、赛马等机制，支持龙头企业牵头组建创新联合体，推动产学研融合，破解科技与经济两张皮问题。'.repeat(
        2,
      );
    const [start, end] = url2parts(textFragmentUrl('https://a.org/p', quote));
    expect(quote.startsWith(start!)).toBe(true);
    expect(quote.endsWith(end!)).toBe(true);
  });

  test('keeps an ordinary fragment and replaces an old text directive', () => {
    expect(textFragmentUrl('https://a.org/p#section-2', 'x')).toBe('https://a.org/p#section-2:~:text=x');
    expect(textFragmentUrl('https://a.org/p#:~:text=old', 'new')).toBe('https://a.org/p#:~:text=new');
  });
});

function url2parts(url: string): string[] {
  return url.split(':~:text=')[1]!.split(',').map(decodeURIComponent);
}
