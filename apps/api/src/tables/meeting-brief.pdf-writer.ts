// Writes the meeting brief's blocks as a PDF (pdfkit, with its built-in Helvetica: no font files to
// ship). Text goes in as text, so nothing anyone wrote can become anything else in the document.
import PDFDocument from 'pdfkit';
import { briefBlocks, briefTitle, type MeetingBriefModel } from './meeting-brief.renderer';

const INK = '#1f2933';
const MUTED = '#52606d';
const ACCENT = '#0b5cad';

export function writeMeetingBriefPdf(model: MeetingBriefModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: briefTitle(model), Creator: 'Signaalroute' },
    lang: model.locale,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  for (const block of briefBlocks(model)) {
    switch (block.kind) {
      case 'title':
        doc.font('Helvetica-Bold').fontSize(18).fillColor(INK).text(block.text).moveDown(0.5);
        break;
      case 'meta':
        doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(block.text).moveDown(0.3);
        break;
      case 'paragraph':
        doc
          .font(block.strong ? 'Helvetica-Bold' : 'Helvetica')
          .fontSize(11)
          .fillColor(INK)
          .text(block.text)
          .moveDown(0.4);
        break;
      case 'case':
        doc.moveDown(0.8);
        doc
          .moveTo(doc.page.margins.left, doc.y)
          .lineTo(doc.page.width - doc.page.margins.right, doc.y)
          .strokeColor(ACCENT)
          .lineWidth(1.5)
          .stroke()
          .moveDown(0.5);
        doc.font('Helvetica-Bold').fontSize(14).fillColor(INK).text(block.text).moveDown(0.3);
        break;
      case 'heading':
        doc.moveDown(0.3).font('Helvetica-Bold').fontSize(11.5).fillColor(INK).text(block.text).moveDown(0.2);
        break;
      case 'ask':
        doc.font('Helvetica-Oblique').fontSize(11).fillColor(ACCENT).text(block.text).moveDown(0.4);
        break;
      case 'facts':
        for (const [label, value] of block.rows) {
          doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(`${label}: `, { continued: true });
          doc.fillColor(INK).text(value);
        }
        doc.moveDown(0.4);
        break;
      case 'list':
        doc
          .font('Helvetica')
          .fontSize(11)
          .fillColor(INK)
          .list(block.items, { bulletRadius: 2 })
          .moveDown(0.4);
        break;
      case 'quote':
        doc
          .font('Helvetica-Oblique')
          .fontSize(10.5)
          .fillColor(MUTED)
          .text(`“${block.text}”`, { indent: 14 })
          .moveDown(0.4);
        break;
    }
  }
  doc.end();
  return done;
}
