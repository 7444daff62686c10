import { readFile } from 'node:fs/promises';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

/** Reads Parquet with hyparquet: an independent reader, not the DuckDB that wrote the files. */

export interface ParquetContent {
  columns: { name: string; physical: string | undefined; logical: string | undefined }[];
  rows: Record<string, unknown>[];
  codecs: string[];
}

export async function readParquetFile(path: string): Promise<ParquetContent> {
  const buf = await readFile(path);
  const arrayBuffer = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
  const metadata = parquetMetadata(arrayBuffer);
  const schema = parquetSchema(metadata);
  const columns = schema.children.map((c) => ({
    name: c.element.name,
    physical: c.element.type,
    logical: c.element.logical_type?.type ?? c.element.converted_type,
  }));
  const codecs = [...new Set(metadata.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec ?? 'unknown')))];
  const rows = await parquetReadObjects({ file: arrayBuffer, compressors });
  return { columns, rows, codecs };
}

export const PROJECT_ROOT = new URL('../../', import.meta.url).pathname;
export const SHARED_CORPUS = new URL('../../../shared/corpus/', import.meta.url).pathname;
