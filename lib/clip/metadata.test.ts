// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isoDate } from './date';
import { extractMetadata } from './metadata';
import { normaliseUrl, siteFromUrl } from './url';

function doc(head: string, title = ''): Document {
  const d = document.implementation.createHTMLDocument();
  d.title = title;
  d.head.insertAdjacentHTML('beforeend', head);
  return d;
}

const AT = 'https://www.example.com/news/story.html?utm_source=x&id=7#comments';

describe('normaliseUrl', () => {
  it('drops the fragment, tracking parameters and credentials', () => {
    expect(normaliseUrl(AT)).toBe('https://www.example.com/news/story.html?id=7');
    expect(normaliseUrl('https://user:pw@Example.COM:443/a?fbclid=1&gclid=2')).toBe('https://example.com/a');
  });

  it('refuses addresses that are not http(s)', () => {
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseUrl('data:text/html,x')).toBeNull();
    expect(normaliseUrl('not a url')).toBeNull();
  });

  it('resolves relative addresses against a base', () => {
    expect(normaliseUrl('/a/b#c', 'https://example.org/x/y')).toBe('https://example.org/a/b');
  });

  it('names a site by its host', () => {
    expect(siteFromUrl('https://www.gov.cn/zhengce/')).toBe('gov.cn');
  });
});

describe('isoDate', () => {
  it.each([
    ['2024/03/05', '2024-03-05'],
    ['2024-03-05T23:30:00+08:00', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['2024-03', '2024-03'],
    ['2024', '2024'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05'],
    ['yesterday', undefined],
    ['2024-13-01', undefined],
  ])('%s → %s', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });
});

describe('extractMetadata', () => {
  it('prefers citation_* meta', () => {
    const d = doc(`
      <meta name="citation_title" content="Whole-of-Nation Innovation">
      <meta name="citation_author" content="Groenewegen-Lau, Jeroen">
      <meta name="citation_author" content="Second, Author">
      <meta name="citation_publication_date" content="2024/01/15">
      <meta name="citation_publisher" content="UC IGCC">
      <meta property="og:title" content="Something else">`);
    expect(extractMetadata(d, AT)).toEqual({
      url: 'https://www.example.com/news/story.html?id=7',
      canonicalUrl: 'https://www.example.com/news/story.html?id=7',
      title: 'Whole-of-Nation Innovation',
      site: 'UC IGCC',
      author: 'Groenewegen-Lau, Jeroen; Second, Author',
      published: '2024-01-15',
    });
  });

  it('reads the canonical link, then og:url', () => {
    expect(extractMetadata(doc('<link rel="canonical" href="/story?utm_medium=a">'), AT).canonicalUrl).toBe(
      'https://www.example.com/story',
    );
    expect(
      extractMetadata(doc('<meta property="og:url" content="https://m.example.com/s#x">'), AT).canonicalUrl,
    ).toBe('https://m.example.com/s');
    expect(extractMetadata(doc('<link rel="canonical" href="javascript:alert(1)">'), AT).canonicalUrl).toBe(
      'https://www.example.com/news/story.html?id=7',
    );
  });

  it('reads Open Graph and article:* meta', () => {
    const d = doc(
      `
      <meta property="og:title" content="Chips push">
      <meta property="og:site_name" content="The Daily">
      <meta property="article:author" content="https://thedaily.example/staff/lee">
      <meta name="author" content="By Jane Lee">
      <meta property="article:published_time" content="2023-11-02T08:00:00Z">`,
      'Chips push | The Daily',
    );
    expect(extractMetadata(d, AT)).toMatchObject({
      title: 'Chips push',
      site: 'The Daily',
      author: 'Jane Lee',
      published: '2023-11-02',
    });
  });

  it('reads JSON-LD inside @graph with @id references, skipping malformed blocks', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Wire' },
        { '@type': 'Organization', '@id': '#org', name: 'Wire Agency' },
        { '@type': 'Person', '@id': '#p1', name: 'Wang Fang' },
        {
          '@type': ['NewsArticle'],
          headline: 'New national system gets a plan',
          author: [{ '@id': '#p1' }, { '@type': 'Person', name: 'Li Wei' }],
          publisher: { '@id': '#org' },
          datePublished: '2024-03-05T09:00:00+08:00',
        },
      ],
    };
    const d = doc(
      `
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">${JSON.stringify(graph)}</script>`,
      'fallback',
    );
    expect(extractMetadata(d, AT)).toMatchObject({
      title: 'New national system gets a plan',
      site: 'Wire Agency',
      author: 'Wang Fang; Li Wei',
      published: '2024-03-05',
    });
  });

  it('reads JSON-LD given as a top-level array', () => {
    const d = doc(`<script type="application/ld+json">[{"@type":"BreadcrumbList"},
      {"@type":"Article","name":"Plan","author":"Chen Jing","datePublished":"2022"}]</script>`);
    expect(extractMetadata(d, AT)).toMatchObject({ title: 'Plan', author: 'Chen Jing', published: '2022' });
  });

  it('falls back to the document title and the host', () => {
    const d = doc('', '  A   plain page ');
    expect(extractMetadata(d, AT)).toEqual({
      url: 'https://www.example.com/news/story.html?id=7',
      canonicalUrl: 'https://www.example.com/news/story.html?id=7',
      title: 'A plain page',
      site: 'example.com',
    });
  });
});
