import { describe, expect, test } from 'vitest';
import { isValidPayload } from './schemas';

const draft = {
  quote: 'the new national system',
  prefix: 'Beijing will use ',
  suffix: ' to break chokepoints',
  start: 17,
  end: 40,
  url: 'https://example.org/a',
  canonicalUrl: 'https://example.org/a',
  title: 'A',
  site: 'example.org',
  entryIds: ['new-national-system'],
};

describe('the background validates what it is sent', () => {
  test('accepts well-formed payloads', () => {
    expect(isValidPayload('ping', {})).toBe(true);
    expect(isValidPayload('getDetails', { ids: ['a', 'b-c'] })).toBe(true);
    expect(isValidPayload('saveClipping', draft)).toBe(true);
    expect(isValidPayload('openSidePanel', { hash: '#para/intro-1' })).toBe(true);
  });

  test('drops unknown types and malformed payloads', () => {
    expect(isValidPayload('eraseEverything', {})).toBe(false);
    expect(isValidPayload('getDetails', { ids: 'a' })).toBe(false);
    expect(isValidPayload('getDetails', { ids: ['<script>'] })).toBe(false);
    expect(isValidPayload('getDetails', null)).toBe(false);
    expect(isValidPayload('saveClipping', { ...draft, url: 'javascript:alert(1)' })).toBe(false);
    expect(isValidPayload('saveClipping', { ...draft, quote: '' })).toBe(false);
    expect(isValidPayload('saveClipping', { ...draft, start: -1 })).toBe(false);
    expect(isValidPayload('openSidePanel', { hash: 'javascript:alert(1)' })).toBe(false);
    expect(
      isValidPayload('pageScanned', { url: 'x', title: 't', enabled: true, total: 1.5, mentions: [] }),
    ).toBe(false);
  });
});
