import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { applyDocumentLang } from '../../lib/i18n/i18n';
import '../../components/ui.css';

applyDocumentLang(document);
render(<OptionsApp />, document.getElementById('app')!);
