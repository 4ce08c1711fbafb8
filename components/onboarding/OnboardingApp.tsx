import type { RefObject } from 'preact';
import { SAMPLE_EN, SAMPLE_HANT, SAMPLE_ZH, type SampleArticle } from './sample-article';

interface Props {
  /** Receives the element that holds the sample articles, for the page controller to mark. */
  articleRef?: RefObject<HTMLDivElement | null>;
}

const STEPS: { title: string; text: string }[] = [
  {
    title: 'Hover a marked term',
    text: 'Rest the pointer on an underlined phrase for a moment: a card shows the Chinese form and pinyin, what the term means, the brief’s own paragraph about it and the sources it cites.',
  },
  {
    title: 'Open the popup',
    text: 'The toolbar button lists what a page mentions, with counts. Click an item to scroll to it, or switch Brief Lens off for the site.',
  },
  {
    title: 'Search in the side panel',
    text: 'Type “jie bang”, “unveiling” or 揭榜挂帅: the side panel searches the glossary, the documents, the brief itself and your clippings.',
  },
  {
    title: 'Save a clipping',
    text: 'Select a sentence and click Save clipping (or press Alt+Shift+S). Brief Lens keeps it with its source, marks it again when you come back, and exports it for your writing.',
  },
];

/** The first-run page: what Brief Lens does, and a sample article in English and Chinese to try it on. */
export function OnboardingApp({ articleRef }: Props) {
  return (
    <main class="onboarding">
      <header>
        <img src="/icon/96.png" alt="" width={48} height={48} />
        <div>
          <h1>Welcome to Brief Lens</h1>
          <p class="lede">
            Brief Lens marks the policy terms and documents discussed in{' '}
            <cite>Whole-of-Nation Innovation</cite> (Jeroen Groenewegen-Lau, MERICS / UC IGCC, 2024) on the
            pages you read, and shows what the brief says about them. Nothing you read or save leaves this
            computer.
          </p>
        </div>
      </header>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">Try it here</h2>
        <ol class="steps">
          {STEPS.map((s) => (
            <li key={s.title}>
              <strong>{s.title}.</strong> {s.text}
            </li>
          ))}
        </ol>
        <p class="keys">
          Keyboard: <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>B</kbd> shows or hides marks; <kbd>Alt</kbd>+
          <kbd>Shift</kbd>+<kbd>N</kbd> and <kbd>P</kbd> step through them; <kbd>Esc</kbd> closes a card.
        </p>
      </section>
      <div class="articles" ref={articleRef}>
        {[SAMPLE_EN, SAMPLE_ZH, SAMPLE_HANT].map((a) => (
          <Article key={a.lang} article={a} />
        ))}
      </div>
    </main>
  );
}

function Article({ article }: { article: SampleArticle }) {
  return (
    <article lang={article.lang} class="sample">
      <h2>{article.headline}</h2>
      <p class="dateline">{article.dateline}</p>
      {article.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </article>
  );
}
