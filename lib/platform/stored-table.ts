/** The compiled pattern table in extension storage: written by the background, read by content scripts. */
import { storage } from 'wxt/utils/storage';
import type { PatternTable } from '../match/types';

export const patternTableItem = storage.defineItem<PatternTable | null>('local:patternTable', {
  fallback: null,
});
