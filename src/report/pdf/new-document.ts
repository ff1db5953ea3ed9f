import PDFDocument from 'pdfkit';
import type { DocumentInfo } from '../model/report-document.js';
import type { PdfDocument } from './pdf-document.js';
import type { Theme } from './theme.js';

/** A tagged PDF whose bytes depend on its content and `info.date` alone, with its bytes gathered as written. */
export function newDocument(info: DocumentInfo, theme: Theme): { doc: PdfDocument; bytes: Promise<Buffer> } {
  const date = new Date(`${info.date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: theme.pageSize,
    margins: theme.margins,
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: '1.7',
    tagged: true,
    lang: info.language,
    displayTitle: true,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Keywords: info.keywords,
      Creator: 'gret',
      Producer: 'gret',
      CreationDate: date,
      ModDate: date,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}
