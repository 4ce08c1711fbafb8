/** Grouping a page's mentions for display: terms and documents apart, most frequent first. */
import type { MentionSummary } from '../messaging/protocol';

export interface MentionGroups {
  terms: MentionSummary[];
  documents: MentionSummary[];
}

const byCount = (a: MentionSummary, b: MentionSummary) => b.count - a.count || a.label.localeCompare(b.label);

/** Splits mentions into terms and documents, each sorted by count then label. */
export function groupMentions(mentions: readonly MentionSummary[]): MentionGroups {
  return {
    terms: mentions.filter((m) => m.kind === 'term').sort(byCount),
    documents: mentions.filter((m) => m.kind === 'document').sort(byCount),
  };
}

/** A stable key for a mention row: the entry id, or the label of an unknown document reference. */
export function mentionKey(m: MentionSummary): string {
  return m.entryId ?? `doc:${m.label}`;
}
