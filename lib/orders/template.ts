/**
 * QSM's order-number upload template (its "Excel 格式"): one sheet, A1 `Order No.`, one order number a row below it, as
 * text cells (shared strings, column A formatted as text) so nothing is rounded or reformatted.
 * Written by hand into a stored ZIP: no SheetJS, so the content script can write it too.
 */
import { jstDate } from '../time/jst';
import { OrderListError } from './errors';
import { isOrderNumber } from './tokens';
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
 * ASCII bytes written into a buffer sized in advance: the sheet of 100,000 rows is written without
 * building (and then encoding) a string of several megabytes.
 */
class AsciiWriter {
  private readonly buffer: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }
  /** Only for ASCII text (the XML around cells, digits). */
  text(text: string): void {
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.length = at;
  }
  /** A non-negative integer's decimal digits. */
  int(value: number): void {
    const buffer = this.buffer;
    let digits = 1;
    for (let v = value; v >= 10; v = Math.floor(v / 10)) digits++;
    let at = this.length + digits;
    this.length = at;
    let v = value;
    do {
      buffer[--at] = 48 + (v % 10);
      v = Math.floor(v / 10);
    } while (v > 0);
  }
  bytes(): Uint8Array {
    // Writes past the end of a typed array are dropped silently: a capacity too small must not be.
    if (this.length > this.buffer.length) throw new Error('AsciiWriter: capacity exceeded');
    return this.buffer.subarray(0, this.length);
  }
}

/** The XML around one row's cell (`<row r="…"><c r="A…" s="1" t="s"><v>…</v></c></row>`) and one shared string. */
const ROW_XML = 48;
const STRING_XML = '<si><t></t></si>'.length;

/**
 * The template .xlsx for these order numbers (each 9–10 ASCII digits; anything else throws). Each
 * row gets its own shared string (a repeated number is valid, only stored twice), so no map is built.
 */
export function writeOrderTemplate(orderNumbers: string[]): Uint8Array {
  const count = orderNumbers.length;
  for (let k = 0; k < count; k++) {
    const n = orderNumbers[k] as string;
    if (typeof n !== 'string' || !isOrderNumber(n))
      throw new OrderListError('invalid-order-number', { value: String(n).slice(0, 40) });
  }
  const last = count + 1;
  const digits = String(last).length;
  const sheet = new AsciiWriter(400 + count * (ROW_XML + 3 * digits));
  sheet.text(
    `${head}<worksheet xmlns="${main}"><dimension ref="A1:A${last}"/><cols><col min="1" max="1" width="16" style="1" customWidth="1"/></cols><sheetData><row r="1"><c r="A1" s="1" t="s"><v>0</v></c></row>`,
  );
  for (let k = 0; k < count; k++) {
    const r = k + 2;
    sheet.text('<row r="');
    sheet.int(r);
    sheet.text('"><c r="A');
    sheet.int(r);
    sheet.text('" s="1" t="s"><v>');
    sheet.int(k + 1);
    sheet.text('</v></c></row>');
  }
  sheet.text('</sheetData></worksheet>');
  const shared = new AsciiWriter(300 + count * (STRING_XML + 10));
  shared.text(
    `${head}<sst xmlns="${main}" count="${last}" uniqueCount="${last}"><si><t>${TEMPLATE_HEADER}</t></si>`,
  );
  for (let k = 0; k < count; k++) {
    shared.text('<si><t>');
    shared.text(orderNumbers[k] as string);
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
