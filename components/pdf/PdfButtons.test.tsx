// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installMessages } from '../../lib/i18n/test-messages';
import { click, mount, waitFor, type Mounted } from '../../lib/ui/testing';
import { PdfButtons } from './PdfButtons';

let m: Mounted | undefined;
const request = vi.fn<(p: { origins?: string[] }) => Promise<boolean>>();
const update = vi.fn(async (_id: number, _p: { url?: string }) => ({}));
const create = vi.fn(async (_p: { url?: string }) => ({}));

beforeEach(() => {
  installMessages('en');
  request.mockReset();
  update.mockClear();
  create.mockClear();
  fakeBrowser.permissions.request = request;
  fakeBrowser.tabs.update = update as never;
  fakeBrowser.tabs.create = create as never;
});
afterEach(() => m?.unmount());

const buttons = () => [...m!.root.querySelectorAll('button')].map((b) => b.textContent);
const button = (name: string) => [...m!.root.querySelectorAll('button')].find((b) => b.textContent === name);

describe('PdfButtons', () => {
  test('a tab showing a PDF is offered the reader; the site is asked for at the click, not before', async () => {
    const done = vi.fn();
    m = mount(<PdfButtons tab={{ id: 7, url: 'https://think.example/reports/brief.PDF?x=1' }} done={done} />);
    expect(buttons()).toEqual(['Open in Brief Lens reader', 'Open a PDF file…']);
    expect(request).not.toHaveBeenCalled();
    request.mockResolvedValue(true);
    click(button('Open in Brief Lens reader'));
    expect(request).toHaveBeenCalledWith({ origins: ['https://think.example/*'] });
    await waitFor(() => update.mock.calls.length > 0);
    const url = new URL(update.mock.calls[0]![1].url!);
    expect(url.pathname).toBe('/pdf.html');
    expect(url.searchParams.get('file')).toBe('https://think.example/reports/brief.PDF?x=1');
    await waitFor(() => done.mock.calls.length > 0);
  });

  test('a refused permission leaves the tab as it is', async () => {
    m = mount(<PdfButtons tab={{ id: 7, url: 'https://think.example/brief.pdf' }} done={() => undefined} />);
    request.mockResolvedValue(false);
    click(button('Open in Brief Lens reader'));
    await waitFor(() => request.mock.calls.length > 0);
    await new Promise((r) => setTimeout(r, 20));
    expect(update).not.toHaveBeenCalled();
  });

  test('a web page is offered only the file input of the reader', async () => {
    m = mount(<PdfButtons tab={{ id: 3, url: 'https://news.example/story.html' }} done={() => undefined} />);
    expect(buttons()).toEqual(['Open a PDF file…']);
    click(button('Open a PDF file…'));
    await waitFor(() => create.mock.calls.length > 0);
    expect(new URL(create.mock.calls[0]![0].url!).pathname).toBe('/pdf.html');
    expect(request).not.toHaveBeenCalled();
  });
});
