import { describe, expect, test } from 'vitest';
import { parseSiteInput } from './site-input';

describe('parseSiteInput', () => {
  test.each([
    ['gov.cn', 'gov.cn'],
    ['  WWW.Gov.CN ', 'gov.cn'],
    ['https://www.most.gov.cn/xxgk/index.html', 'most.gov.cn'],
    ['http://127.0.0.1:8080/a', '127.0.0.1'],
    ['news.example.org/path?q=1', 'news.example.org'],
  ])('%s → %s', (input, site) => expect(parseSiteInput(input)).toBe(site));

  test.each(['', 'localhost', 'not a site', 'https://', 'a b.com'])('%s is not a site', (input) =>
    expect(parseSiteInput(input)).toBeNull(),
  );
});
