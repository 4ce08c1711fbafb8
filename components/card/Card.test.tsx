// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Mention } from '../../lib/match/types';
import type { EntryDetails } from '../../lib/messaging/protocol';
import { Card, type CardProps } from './Card';
import { excerpt } from './CardPassages';

const mention: Mention = {
  entryId: 'new-national-system',
  kind: 'term',
  label: 'New national system',
  zh: '新型举国体制',
  text: 'new type of whole-nation system',
  start: 10,
  end: 41,
};

const details: EntryDetails = {
  entryId: 'new-national-system',
  kind: 'term',
  entryKind: 'concept',
  label: 'New national system',
  zh: { hans: '新型举国体制', hant: '新型舉國體制', pinyin: 'xīnxíng jǔguó tǐzhì' },
  aliases: ['new type of whole-nation system'],
  definition: 'State mobilisation of research for strategic goals.',
  passages: [
    {
      paragraphId: 'p-12',
      section: 'The new whole-of-nation system',
      kind: 'p',
      text: 'The brief says this.',
    },
    { paragraphId: 'p-13', section: 'Chokepoints', kind: 'p', text: 'And this.' },
    { paragraphId: 'p-14', section: 'Elsewhere', kind: 'p', text: 'Not shown.' },
  ],
  links: [{ title: 'Xinhua on the system', url: 'https://example.org/x', endnote: 4 }],
  related: [{ id: 'chokepoints', label: 'Chokepoints' }],
};

function mount(over: Partial<CardProps> = {}) {
  const el = document.createElement('div');
  document.body.append(el);
  const props: CardProps = {
    mention,
    details,
    pinned: false,
    save: { state: 'idle' },
    onReadInBrief: vi.fn(),
    onOpenEntry: vi.fn(),
    onLookUp: vi.fn(),
    onSave: vi.fn(),
    onMute: vi.fn(),
    onPin: vi.fn(),
    onClose: vi.fn(),
    ...over,
  };
  render(<Card {...props} />, el);
  const button = (text: string) =>
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) as HTMLButtonElement;
  return { el, props, button };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Card', () => {
  test('shows label, both scripts with pinyin, the alias matched, definition, two passages and sources', () => {
    const { el } = mount();
    expect(el.querySelector('h2')?.textContent).toBe('New national system');
    expect(el.querySelector('.zh')?.textContent).toContain('新型举国体制');
    expect(el.querySelector('.zh')?.textContent).toContain('新型舉國體制');
    expect(el.querySelector('.zh')?.textContent).toContain('xīnxíng jǔguó tǐzhì');
    expect(el.querySelector('.alias')?.textContent).toContain('new type of whole-nation system');
    expect(el.textContent).toContain('State mobilisation');
    expect(el.querySelectorAll('blockquote')).toHaveLength(2);
    expect(el.textContent).toContain('The new whole-of-nation system');
    const a = el.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.org/x');
    expect(a.textContent).toBe('Xinhua on the system');
    expect(a.getAttribute('rel')).toContain('noopener');
    expect(el.querySelector('[role=tooltip]')).not.toBeNull();
  });

  test('buttons call back with the paragraph, the related entry and the actions', () => {
    const { el, props, button } = mount();
    (el.querySelector('blockquote button') as HTMLButtonElement).click();
    expect(props.onReadInBrief).toHaveBeenCalledWith('p-12');
    button('Chokepoints').click();
    expect(props.onOpenEntry).toHaveBeenCalledWith('chokepoints');
    button('Save clipping').click();
    button('Mute this term').click();
    button('Pin').click();
    expect(props.onSave).toHaveBeenCalledOnce();
    expect(props.onMute).toHaveBeenCalledOnce();
    expect(props.onPin).toHaveBeenCalledOnce();
  });

  test('a pinned card is a focusable dialog with a close button', () => {
    const { el, props, button } = mount({ pinned: true });
    const dialog = el.querySelector('[role=dialog]')!;
    expect(dialog.getAttribute('tabindex')).toBe('-1');
    expect(button('Pin')).toBeUndefined();
    (el.querySelector('button[aria-label=Close]') as HTMLButtonElement).click();
    expect(props.onClose).toHaveBeenCalledOnce();
  });

  test('documents show issuer, date and the official link', () => {
    const doc: EntryDetails = {
      ...details,
      entryId: 'future-industries',
      kind: 'document',
      entryKind: 'document',
      zh: undefined,
      issuer: 'MIIT and six other ministries',
      date: '2024-01-18',
      urls: ['https://www.miit.gov.cn/doc'],
      related: [],
      links: [],
    };
    const { el } = mount({
      mention: { ...mention, kind: 'document', entryId: 'future-industries' },
      details: doc,
    });
    expect(el.querySelector('.meta')?.textContent).toBe(
      'MIIT and six other ministries · 2024-01-18 · Official text',
    );
    expect(el.querySelector('.meta a')?.getAttribute('href')).toBe('https://www.miit.gov.cn/doc');
  });

  test('an unknown document title offers a look-up and no mute', () => {
    const unknown: Mention = {
      ...mention,
      entryId: null,
      kind: 'document',
      label: '《关于某事的通知》',
      text: '《关于某事的通知》',
    };
    const { props, button } = mount({ mention: unknown, details: undefined });
    button('Look up in side panel').click();
    expect(props.onLookUp).toHaveBeenCalledWith('《关于某事的通知》');
    expect(button('Mute this term')).toBeUndefined();
  });

  test('save state is announced', () => {
    expect(mount({ save: { state: 'saved' } }).el.querySelector('[role=status]')?.textContent).toBe(
      'Clipping saved.',
    );
    document.body.innerHTML = '';
    const failed = mount({ save: { state: 'error', error: 'quota' } });
    expect(failed.el.querySelector('[role=status]')?.textContent).toBe('Could not save the clipping: quota');
  });

  test('excerpt cuts long passages at a word edge', () => {
    const long = 'word '.repeat(100);
    const e = excerpt(long, 50);
    expect(e.length).toBeLessThanOrEqual(51);
    expect(e.endsWith('…')).toBe(true);
    expect(excerpt('short')).toBe('short');
  });
});
