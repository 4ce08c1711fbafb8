import type { Endnote, Paragraph } from '../../lib/pack/types';
import { routeHash } from '../../lib/messaging/protocol';
import type { Segment } from '../../lib/ui/brief-terms';
import { ZhText } from '../common/ZhText';
import { EndnoteMarkers } from './EndnoteMarkers';

export interface BriefParagraphProps {
  paragraph: Paragraph;
  /** The paragraph's text split into plain runs and linked terms. */
  segments: Segment[];
  endnotes: ReadonlyMap<number, Endnote>;
  target: boolean;
}

/** The DOM id of a paragraph in the reader. */
export const paragraphDomId = (id: string) => `para-${id}`;

/** One paragraph of the brief, its terms linked to their entries and its endnote markers after it. */
export function BriefParagraph({ paragraph, segments, endnotes, target }: BriefParagraphProps) {
  const body = segments.map((s, i) =>
    s.entryId ? (
      <a key={i} class="term" href={routeHash({ view: 'entry', id: s.entryId })}>
        <ZhText text={s.text} />
      </a>
    ) : (
      <ZhText key={i} text={s.text} />
    ),
  );
  const props = {
    id: paragraphDomId(paragraph.id),
    'data-para-id': paragraph.id,
    tabIndex: -1,
    class: target ? 'target' : undefined,
  };
  const markers = (
    <EndnoteMarkers paragraphId={paragraph.id} numbers={paragraph.endnotes} endnotes={endnotes} />
  );
  switch (paragraph.kind) {
    case 'heading':
      return <h3 {...props}>{body}</h3>;
    case 'li':
      return (
        <li {...props}>
          {body}
          {markers}
        </li>
      );
    case 'quote':
      return (
        <blockquote {...props}>
          {body}
          {markers}
        </blockquote>
      );
    default:
      return (
        <p {...props}>
          {body}
          {markers}
        </p>
      );
  }
}
