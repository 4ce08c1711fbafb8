import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, sentenceAround } from './sentence';

function around(text: string, word: string): string {
  const at = text.indexOf(word);
  const span = sentenceAround(text, at, at + word.length);
  return text.slice(span.start, span.end);
}

describe('sentenceAround', () => {
  const en =
    'The U.S. Commerce Dept. added firms to its list. Beijing said it would break chokepoints by 2.5 times faster. "We will win," Dr. Li said! Then nothing.';

  it('finds an English sentence, past abbreviations and decimals', () => {
    expect(around(en, 'chokepoints')).toBe('Beijing said it would break chokepoints by 2.5 times faster.');
    expect(around(en, 'Commerce')).toBe('The U.S. Commerce Dept. added firms to its list.');
  });

  it('keeps closing quotes with their sentence', () => {
    expect(around(en, 'win')).toBe('"We will win," Dr. Li said!');
    expect(around('He said: "It is over." Then left.', 'over')).toBe('He said: "It is over."');
  });

  it('finds a Chinese sentence', () => {
    const zh = '会议强调，要健全新型举国体制。揭榜挂帅机制将推广到更多领域！你怎么看？';
    expect(around(zh, '揭榜挂帅')).toBe('揭榜挂帅机制将推广到更多领域！');
    expect(around(zh, '举国体制')).toBe('会议强调，要健全新型举国体制。');
    expect(around('他说：“要突破卡脖子技术。”随后离开。', '卡脖子')).toBe('他说：“要突破卡脖子技术。”');
  });

  it('stops at block breaks in the flat text', () => {
    expect(around('Heading without stop\nFirst line of body text', 'body')).toBe('First line of body text');
  });

  it('covers a match that spans two sentences', () => {
    const text = 'One two. Three four. Five.';
    const at = text.indexOf('two');
    const span = sentenceAround(text, at, text.indexOf('Three') + 5);
    expect(text.slice(span.start, span.end)).toBe('One two. Three four.');
  });

  it('cuts a very long sentence around the match at word breaks', () => {
    const text = 'word '.repeat(400) + 'TARGET ' + 'word '.repeat(400) + '.';
    const at = text.indexOf('TARGET');
    const span = sentenceAround(text, at, at + 6);
    const out = text.slice(span.start, span.end);
    expect(out.length).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(out).toContain('TARGET');
    expect(out.startsWith('word')).toBe(true);
    expect(out.endsWith('word')).toBe(true);
  });
});
