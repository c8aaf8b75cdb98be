/**
 * The upload template of spec §5: one sheet, A1 `Order No.`, one order number a row below it, as
 * text cells (shared strings, column A formatted as text) so nothing is rounded or reformatted.
 * Written by hand into a stored ZIP: no SheetJS, so the content script can write it too.
 */
import { jstDate } from '../time';
import { OrderListError } from './errors';
import { orderNumber } from './tokens';
import { writeZip } from './zip';

export const TEMPLATE_HEADER = 'Order No.';
export const TEMPLATE_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const pkg = 'http://schemas.openxmlformats.org/package/2006';
const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const contentTypes = `${head}<Types xmlns="${pkg}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const rootRels = `${head}<Relationships xmlns="${pkg}/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const workbook = `${head}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const workbookRels = `${head}<Relationships xmlns="${pkg}/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`;
// Style 1 is the built-in text format (49, "@").
const styles = `${head}<styleSheet xmlns="${main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/**
 * ASCII bytes appended to a growing buffer: the sheet of 100,000 rows is written without building
 * (and then encoding) a string of several megabytes.
 */
class AsciiWriter {
  private buffer: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }
  private reserve(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + n));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
  /** Only for ASCII text (the XML around cells, digits). */
  text(text: string): void {
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i);
  }
  int(value: number): void {
    this.text(String(value));
  }
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** The template .xlsx for these order numbers (each 9–10 ASCII digits; anything else throws). */
export function writeOrderTemplate(orderNumbers: string[]): Uint8Array {
  const strings = [TEMPLATE_HEADER];
  const index = new Map<string, number>();
  const last = orderNumbers.length + 1;
  const sheet = new AsciiWriter(400 + orderNumbers.length * 64);
  sheet.text(
    `${head}<worksheet xmlns="${main}"><dimension ref="A1:A${last}"/><cols><col min="1" max="1" width="16" style="1" customWidth="1"/></cols><sheetData><row r="1"><c r="A1" s="1" t="s"><v>0</v></c></row>`,
  );
  for (let k = 0; k < orderNumbers.length; k++) {
    const n = orderNumbers[k] as string;
    if (!orderNumber.test(n))
      throw new OrderListError('invalid-order-number', { value: String(n).slice(0, 40) });
    let i = index.get(n);
    if (i === undefined) {
      i = strings.push(n) - 1;
      index.set(n, i);
    }
    const r = k + 2;
    sheet.text('<row r="');
    sheet.int(r);
    sheet.text('"><c r="A');
    sheet.int(r);
    sheet.text('" s="1" t="s"><v>');
    sheet.int(i);
    sheet.text('</v></c></row>');
  }
  sheet.text('</sheetData></worksheet>');
  const shared = new AsciiWriter(300 + strings.length * 24);
  shared.text(`${head}<sst xmlns="${main}" count="${last}" uniqueCount="${strings.length}">`);
  for (const text of strings) {
    shared.text('<si><t>');
    shared.text(text);
    shared.text('</t></si>');
  }
  shared.text('</sst>');
  const encoder = new TextEncoder();
  return writeZip([
    { name: '[Content_Types].xml', data: encoder.encode(contentTypes) },
    { name: '_rels/.rels', data: encoder.encode(rootRels) },
    { name: 'xl/workbook.xml', data: encoder.encode(workbook) },
    { name: 'xl/_rels/workbook.xml.rels', data: encoder.encode(workbookRels) },
    { name: 'xl/styles.xml', data: encoder.encode(styles) },
    { name: 'xl/sharedStrings.xml', data: shared.bytes() },
    { name: 'xl/worksheets/sheet1.xml', data: sheet.bytes() },
  ]);
}

/** `orders-YYYYMMDD.xlsx`, dated in Japan time (the calendar QSM works in). */
export function templateFileName(now: Date): string {
  return `orders-${jstDate(now).replace(/-/g, '')}.xlsx`;
}
