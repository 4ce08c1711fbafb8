/** The export formats the side panel offers, with their file names and media types. */
import type { Clipping } from '../../db/clipping';
import type { ExportContext } from './context';
import { toCslJson } from './csl-json';
import { toCsv } from './csv';
import { toMarkdown } from './markdown';
import { toRis } from './ris';
import { toWebAnnotations } from './web-annotation';

export interface ExportFormat {
  id: 'markdown' | 'csv' | 'annotations' | 'csl-json' | 'ris';
  label: string;
  extension: string;
  mime: string;
  build: (clippings: readonly Clipping[], ctx?: ExportContext) => string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'markdown',
    label: 'Markdown',
    extension: 'md',
    mime: 'text/markdown;charset=utf-8',
    build: toMarkdown,
  },
  { id: 'csv', label: 'CSV', extension: 'csv', mime: 'text/csv;charset=utf-8', build: toCsv },
  {
    id: 'annotations',
    label: 'Web Annotations (JSON-LD)',
    extension: 'jsonld',
    mime: 'application/ld+json',
    build: toWebAnnotations,
  },
  {
    id: 'csl-json',
    label: 'CSL-JSON',
    extension: 'json',
    mime: 'application/vnd.citationstyles.csl+json',
    build: toCslJson,
  },
  { id: 'ris', label: 'RIS', extension: 'ris', mime: 'application/x-research-info-systems', build: toRis },
];

/** The file name for an export made at `now`: `brief-lens-clippings-2024-03-05.md`. */
export function exportFileName(format: ExportFormat, now: Date = new Date()): string {
  return `brief-lens-clippings-${now.toISOString().slice(0, 10)}.${format.extension}`;
}
