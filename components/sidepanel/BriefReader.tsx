import { useEffect, useMemo } from 'preact/hooks';
import type { Pack, Paragraph } from '../../lib/pack/types';
import { buildTermLinker } from '../../lib/ui/brief-terms';
import { t } from '../../lib/i18n/i18n';
import { BriefParagraph, paragraphDomId } from './BriefParagraph';

export interface BriefReaderProps {
  pack: Pack;
  /** The paragraph a deep link points at: scrolled into view, focused and highlighted. */
  target?: string;
}

/** Runs of paragraphs as they render: list items are gathered into one list. */
function runs(paragraphs: Paragraph[]): Paragraph[][] {
  const out: Paragraph[][] = [];
  for (const p of paragraphs) {
    const last = out[out.length - 1];
    if (p.kind === 'li' && last?.[0]?.kind === 'li') last.push(p);
    else out.push([p]);
  }
  return out;
}

/** The whole brief, section by section, with paragraph anchors, endnote sources and linked terms. */
export function BriefReader({ pack, target }: BriefReaderProps) {
  // Linking terms costs tens of milliseconds over the whole brief: once per pack, not per render.
  const segments = useMemo(() => {
    const link = buildTermLinker([...pack.entries, ...pack.documents]);
    return new Map(pack.paragraphs.map((p) => [p.id, link(p.text)]));
  }, [pack]);
  const endnotes = useMemo(() => new Map(pack.endnotes.map((e) => [e.n, e])), [pack]);
  const paragraphs = useMemo(() => new Map(pack.paragraphs.map((p) => [p.id, p])), [pack]);

  useEffect(() => {
    if (!target) return;
    const el = document.getElementById(paragraphDomId(target));
    if (!el) return;
    el.scrollIntoView?.({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [target]);

  return (
    <article class="reader" aria-labelledby="brief-title">
      <h2 id="brief-title">{pack.brief.title}</h2>
      {pack.brief.subtitle && <p class="muted">{pack.brief.subtitle}</p>}
      <p class="small muted">
        {pack.brief.author} · {pack.brief.date}
      </p>
      {target && !paragraphs.has(target) && (
        <p class="notice" role="status">
          {t('paragraphMissing')}
        </p>
      )}
      {pack.sections.map((section) => (
        <section key={section.id} aria-labelledby={`sec-${section.id}`}>
          <h2 id={`sec-${section.id}`}>{section.title}</h2>
          {runs(section.paragraphIds.flatMap((id) => paragraphs.get(id) ?? [])).map((run) => {
            const items = run.map((p) => (
              <BriefParagraph
                key={p.id}
                paragraph={p}
                segments={segments.get(p.id) ?? [{ text: p.text }]}
                endnotes={endnotes}
                target={p.id === target}
              />
            ));
            return run[0]!.kind === 'li' ? <ul key={run[0]!.id}>{items}</ul> : items;
          })}
        </section>
      ))}
    </article>
  );
}
