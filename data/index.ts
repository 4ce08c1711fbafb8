/**
 * The pack, assembled from the JSON files of `data/` and validated. Pure JSON imports, so it loads the
 * same in the background service worker, extension pages, Node scripts and tests (no `fs`, no opencc).
 */
import { validatePack } from '../lib/pack/validate';
import type { Pack } from '../lib/pack/types';
import brief from './brief.json';
import cues from './cues.json';
import documents from './documents.json';
import endnotes from './endnotes.json';
import concepts from './entries/concepts.json';
import events from './entries/events.json';
import institutions from './entries/institutions.json';
import people from './entries/people.json';
import programmes from './entries/programmes.json';
import synonyms from './synonyms.json';
import technologies from './entries/technologies.json';

/** The pack's parts as they sit in `data/`, before validation. */
export function rawPack(): unknown {
  return {
    version: brief.version,
    brief: brief.brief,
    sections: brief.sections,
    paragraphs: brief.paragraphs,
    endnotes,
    entries: [...concepts, ...institutions, ...programmes, ...technologies, ...events, ...people],
    documents,
    cues,
    synonyms,
  };
}

let cached: Pack | undefined;

/** The assembled, validated pack; throws with the first bad field if `data/` is broken. */
export function loadPack(): Pack {
  if (cached) return cached;
  const result = validatePack(rawPack());
  if (!result.ok) throw new Error(`data/ is not a valid pack: ${result.path}: ${result.message}`);
  cached = result.pack;
  return cached;
}
