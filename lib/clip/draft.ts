/** A clipping draft from a selection of a page's flat text, ready to send to the background. */
import type { ClippingDraft } from '../messaging/protocol';
import { describe } from './anchor';
import type { PageMetadata } from './metadata';
import { sentenceAround } from './sentence';

/** The part of a mention a draft needs: which entry, and where in the flat text. */
export interface MentionSpan {
  entryId: string | null;
  start: number;
  end: number;
}

export interface DraftInput {
  /** The page's flat text (`buildTextIndex(root).text`). */
  text: string;
  start: number;
  end: number;
  page: PageMetadata;
  /** The page's mentions; those lying wholly inside the quote become the draft's entries. */
  mentions?: readonly MentionSpan[];
  note?: string;
  tags?: string[];
}

/** Moves [start, end) inwards past white space at either edge. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Ids of the mentions lying wholly inside [start, end), each once, in page order. */
export function entriesInside(mentions: readonly MentionSpan[], start: number, end: number): string[] {
  const ids = new Set<string>();
  for (const m of mentions) {
    if (m.entryId !== null && m.start >= start && m.end <= end) ids.add(m.entryId);
  }
  return [...ids];
}

/** The draft for a selection, or null when the selection holds only white space. */
export function buildDraft(input: DraftInput): ClippingDraft | null {
  const [start, end] = trimSpan(input.text, input.start, input.end);
  if (start >= end) return null;
  const { quote, selectors } = describe(input.text, start, end);
  const { page } = input;
  return {
    quote,
    prefix: selectors[0].prefix,
    suffix: selectors[0].suffix,
    start: selectors[1].start,
    end: selectors[1].end,
    url: page.url,
    canonicalUrl: page.canonicalUrl,
    title: page.title,
    site: page.site,
    ...(page.author ? { author: page.author } : {}),
    ...(page.published ? { published: page.published } : {}),
    entryIds: entriesInside(input.mentions ?? [], start, end),
    ...(input.note ? { note: input.note } : {}),
    ...(input.tags?.length ? { tags: input.tags } : {}),
  };
}

/** The draft for the sentence around a mention, for the card's *Save clipping*. */
export function buildSentenceDraft(
  input: Omit<DraftInput, 'start' | 'end'> & { mention: MentionSpan },
): ClippingDraft | null {
  const span = sentenceAround(input.text, input.mention.start, input.mention.end);
  return buildDraft({ ...input, start: span.start, end: span.end });
}
