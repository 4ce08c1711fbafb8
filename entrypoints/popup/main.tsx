import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { applyDocumentLang } from '../../lib/i18n/i18n';
import '../../components/ui.css';

applyDocumentLang(document);
render(<PopupApp />, document.getElementById('app')!);
