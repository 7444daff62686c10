/** Chart export: CSV, standalone SVG, PNG, file download and the embed snippet. */
export { toCsv, toCsvBlob, csvCell, CSV_BOM } from './csv.ts';
export { buildExportSvg, svgToPng, type ExportSvgOptions } from './svgExport.ts';
export { safeFilename, CJK_FONT_STACK } from './svgLayout.ts';
export { download } from './download.ts';
export { buildEmbedSnippet, toEmbedUrl } from './embedSnippet.ts';
