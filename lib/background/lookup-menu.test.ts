import { describe, expect, test } from 'vitest';
import { parseRoute } from '../messaging/protocol';
import { lookupHash } from './context-menu';

describe('the selection look-up route', () => {
  test('carries the selection, folded and encoded, to the side panel search', () => {
    const hash = lookupHash('  unveiling\n the list / 揭榜挂帅 #1 ');
    expect(parseRoute(hash)).toEqual({ view: 'search', query: 'unveiling the list / 揭榜挂帅 #1' });
  });
  test('keeps long selections to 200 characters', () => {
    const q = parseRoute(lookupHash('x'.repeat(500)));
    expect(q.view === 'search' && q.query.length).toBe(200);
  });
});
