import { render } from 'preact';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { ClippingsPanel } from '../../components/clippings/ClippingsPanel';
import { applyDocumentLang } from '../../lib/i18n/i18n';
import { getDb } from '../../lib/db/db';
import '../../components/ui.css';

applyDocumentLang(document);
render(
  <SidePanelApp
    renderClippings={(onOpen, page, refreshPage) => (
      <ClippingsPanel db={getDb()} onOpen={onOpen} page={page} refreshPage={refreshPage} />
    )}
  />,
  document.getElementById('app')!,
);
