/**
 * Lays out a document (title, headings, paragraphs, label/value rows, tables) on A4 pages with
 * pdf-lib's standard Helvetica: wrapped lines, a new page when one is full, and a footer with the
 * page number on each. pdf-lib is passed in, so only the caller decides when it is loaded.
 */
import type { PDFDocument, PDFFont, PDFPage } from '@pdfme/pdf-lib';

export type Block =
  | { type: 'title'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'fields'; rows: [label: string, value: string][] }
  | { type: 'table'; columns: string[]; rows: string[][] };

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BOTTOM = 72;
const WIDTH = A4[0] - 2 * MARGIN;
const LABEL_WIDTH = 170;

/** Characters outside the standard font's WinAnsi set become '?' instead of failing the document. */
function encodable(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text].map((c) => (supported.has(c.codePointAt(0)!) ? c : '?')).join('');
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  return line ? [...lines, line] : lines;
}

class PageWriter {
  private page!: PDFPage;
  private y = 0;

  constructor(private readonly doc: PDFDocument, private readonly fonts: Fonts) {
    this.newPage();
  }

  private newPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  private room(height: number) {
    if (this.y - height < BOTTOM) this.newPage();
  }

  text(text: string, { size = 10, bold = false, x = MARGIN, width = WIDTH, gap = 4 } = {}) {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    for (const line of wrap(font, encodable(font, text), size, width)) {
      this.room(size + 4);
      this.y -= size + 4;
      this.page.drawText(line, { x, y: this.y, size, font });
    }
    this.y -= gap;
  }

  /** Cells side by side, each wrapped in its own column; the row is as tall as its tallest cell. */
  row(cells: string[], widths: number[], { bold = false, size = 10 } = {}) {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const wrapped = cells.map((cell, i) => wrap(font, encodable(font, cell), size, widths[i] - 8));
    const height = Math.max(1, ...wrapped.map((lines) => lines.length)) * (size + 4);
    this.room(height);
    let x = MARGIN;
    wrapped.forEach((lines, i) => {
      lines.forEach((line, n) => this.page.drawText(line, { x, y: this.y - (n + 1) * (size + 4), size, font }));
      x += widths[i];
    });
    this.y -= height + 3;
  }

  space(points: number) {
    this.y -= points;
  }
}

function draw(writer: PageWriter, block: Block) {
  switch (block.type) {
    case 'title':
      return writer.text(block.text, { size: 18, bold: true, gap: 10 });
    case 'heading':
      writer.space(6);
      return writer.text(block.text, { size: 12, bold: true, gap: 4 });
    case 'paragraph':
      return writer.text(block.text, { gap: 8 });
    case 'fields':
      for (const [label, value] of block.rows) writer.row([label, value], [LABEL_WIDTH, WIDTH - LABEL_WIDTH]);
      return writer.space(6);
    case 'table': {
      const widths = block.columns.map(() => WIDTH / block.columns.length);
      writer.row(block.columns, widths, { bold: true });
      for (const cells of block.rows) writer.row(cells, widths);
      return writer.space(6);
    }
  }
}

/** Draws the blocks, then a footer ("<footer> · 2 / 3") on every page. */
export function layOut(doc: PDFDocument, fonts: Fonts, blocks: Block[], footer: (page: number, pages: number) => string): void {
  const writer = new PageWriter(doc, fonts);
  for (const block of blocks) draw(writer, block);
  const pages = doc.getPages();
  pages.forEach((page, i) => {
    page.drawText(encodable(fonts.regular, footer(i + 1, pages.length)), { x: MARGIN, y: 40, size: 8, font: fonts.regular });
  });
}
