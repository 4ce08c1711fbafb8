/**
 * Clippings as W3C Web Annotations: one JSON-LD AnnotationCollection whose first page holds every
 * clipping. Each annotation targets the page's canonical address with our two selectors; its bodies
 * carry the note (commenting), each tag (tagging) and each brief entry the quote mentions
 * (identifying, as a `urn:brief-lens:entry:` resource). Page details use the Dublin Core and
 * schema.org prefixes that the annotation context already defines. `import.ts` reads this back.
 */
import type { Clipping, TextPositionSelector, TextQuoteSelector } from '../../db/clipping';
import { exportText } from '../text-safety';
import { entryLabels, isoTime, type ExportContext } from './context';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ENTRY_URN = 'urn:brief-lens:entry:';

export type AnnotationBody =
  | { type: 'TextualBody'; purpose: 'commenting'; value: string; format: 'text/plain' }
  | { type: 'TextualBody'; purpose: 'tagging'; value: string }
  | { type: 'SpecificResource'; purpose: 'identifying'; source: string; 'schema:name'?: string };

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  /** Absent when there is nothing to say: the model allows no empty body list. */
  body?: AnnotationBody[];
  target: {
    type: 'SpecificResource';
    source: string;
    selector: [TextQuoteSelector, TextPositionSelector];
    'schema:url': string;
    'dcterms:title': string;
    'dcterms:publisher': string;
    'dcterms:creator'?: string;
    'dcterms:issued'?: string;
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

function bodies(c: Clipping, ctx: ExportContext): AnnotationBody[] {
  const out: AnnotationBody[] = [];
  if (c.note) {
    out.push({ type: 'TextualBody', purpose: 'commenting', value: exportText(c.note), format: 'text/plain' });
  }
  for (const tag of c.tags) out.push({ type: 'TextualBody', purpose: 'tagging', value: exportText(tag) });
  const labels = entryLabels(c, ctx);
  c.entryIds.forEach((id, i) => {
    const label = labels[i];
    out.push({
      type: 'SpecificResource',
      purpose: 'identifying',
      source: ENTRY_URN + id,
      ...(label !== undefined && label !== id ? { 'schema:name': exportText(label) } : {}),
    });
  });
  return out;
}

/** One clipping as a Web Annotation. */
export function toAnnotation(c: Clipping, ctx: ExportContext = {}): Annotation {
  const [quote, position] = c.selectors;
  const body = bodies(c, ctx);
  return {
    id: `urn:uuid:${c.id}`,
    type: 'Annotation',
    motivation: c.note ? 'commenting' : 'highlighting',
    created: isoTime(c.createdAt),
    modified: isoTime(c.updatedAt),
    ...(body.length > 0 ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source: c.canonicalUrl,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: exportText(quote.exact),
          prefix: exportText(quote.prefix),
          suffix: exportText(quote.suffix),
        },
        { ...position },
      ],
      'schema:url': c.url,
      'dcterms:title': exportText(c.title),
      'dcterms:publisher': exportText(c.site),
      ...(c.author ? { 'dcterms:creator': exportText(c.author) } : {}),
      ...(c.published ? { 'dcterms:issued': exportText(c.published) } : {}),
    },
  };
}

/**
 * Every clipping as one AnnotationCollection, serialised as JSON-LD. The model requires an IRI for
 * the collection and for its page; an export is a snapshot with no address of its own, so each gets
 * a fresh `urn:uuid:` (or the ones the context gives, for tests).
 */
export function toWebAnnotations(clippings: readonly Clipping[], ctx: ExportContext = {}): string {
  const ids = ctx.exportIds ?? [crypto.randomUUID(), crypto.randomUUID()];
  const collection: AnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${ids[0]}`,
    type: 'AnnotationCollection',
    label: 'Brief Lens clippings',
    total: clippings.length,
    first: {
      id: `urn:uuid:${ids[1]}`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: clippings.map((c) => toAnnotation(c, ctx)),
    },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}
