/** The page summary the popup, the badge and the side panel show: what the page mentions, counted. */
import type { Mention } from '../match/types';
import type { MentionSummary, PageSummary } from '../messaging/protocol';

/** The key one mentioned thing is counted under: its entry, or for unknown documents its title. */
export function mentionKey(m: Pick<Mention, 'entryId' | 'label' | 'kind'>): string {
  return m.entryId ?? `${m.kind}:${m.label}`;
}

const MAX_SEEN = 50;
const MAX_TEXT = 500;

/** Sums mentions (in page order) into a summary, first-mentioned first. */
export function summarise(
  mentions: readonly Mention[],
  page: { url: string; title: string; enabled: boolean },
): PageSummary {
  const byKey = new Map<string, MentionSummary>();
  for (const m of mentions) {
    const key = mentionKey(m);
    let s = byKey.get(key);
    if (!s) {
      s = { entryId: m.entryId, kind: m.kind, label: m.label.slice(0, MAX_TEXT), count: 0, seen: [] };
      if (m.zh) s.zh = m.zh.slice(0, 200);
      byKey.set(key, s);
    }
    s.count++;
    const text = m.text.slice(0, MAX_TEXT);
    if (s.seen.length < MAX_SEEN && !s.seen.includes(text)) s.seen.push(text);
  }
  return {
    url: page.url.slice(0, 4096),
    title: page.title.slice(0, 2000),
    enabled: page.enabled,
    total: mentions.length,
    mentions: [...byKey.values()].slice(0, 5000),
  };
}
