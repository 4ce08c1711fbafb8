import { render } from 'preact';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { ClippingsPanel } from '../../components/clippings/ClippingsPanel';
import { applyDocumentLang } from '../../lib/i18n/i18n';
import { getDb } from '../../lib/db/db';
import '../../components/ui.css';

applyDocumentLang(document);
render(
  <SidePanelApp renderClippings={(onOpen) => <ClippingsPanel db={getDb()} onOpen={onOpen} />} />,
  document.getElementById('app')!,
);
