import { render } from 'preact';
import { PdfReaderApp } from '../../components/pdf/PdfReaderApp';
import { applyDocumentLang } from '../../lib/i18n/i18n';
import { pdfSource } from '../../lib/pdf/source';
import 'pdfjs-dist/web/pdf_viewer.css';
import '../../components/ui.css';
import '../../components/pdf/pdf.css';

// The PDF reader, pdf.html?file=URL: all logic is in components/pdf and lib/pdf.
applyDocumentLang(document);
render(<PdfReaderApp source={pdfSource(location.search)} />, document.getElementById('app')!);
