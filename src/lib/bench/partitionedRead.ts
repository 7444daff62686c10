import { asyncBufferFromUrl, cachedAsyncBuffer, parquetMetadataAsync, parquetReadObjects, type ParquetQueryFilter } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';

/**
 * The scale path: facts published as hive partitions province=…/year=…/facts.parquet,
 * sorted by indicator inside each file with small row groups. A view reads only its
 * partitions, and inside them only the row groups whose statistics can match and only the
 * columns it shows, through HTTP byte ranges (hyparquet). Works in the browser and in Node.
 */

/** About the footer of a partition with a few row groups; a bigger footer costs one more request. */
export const FOOTER_PROBE_BYTES = 4_096;

export interface PartitionKey {
  province: string;
  year: number;
}

/**
 * Relative path of one partition file on disk: DuckDB's COPY … PARTITION_BY writes non-ASCII
 * hive values percent-encoded (青 → %E9%9D%92), the same bytes as encodeURIComponent.
 */
export function partitionPath({ province, year }: PartitionKey, file = 'facts.parquet'): string {
  return `province=${encodeURIComponent(province)}/year=${year}/${file}`;
}

/** URL of a partition file: the on-disk name itself contains '%', so it is encoded once more. */
export function partitionUrl(key: PartitionKey, baseUrl: string): string {
  return new URL(partitionPath(key).split('/').map(encodeURIComponent).join('/'), baseUrl).href;
}

export interface ViewRequest {
  baseUrl: string; // ends with '/'
  partitions: readonly PartitionKey[];
  columns: readonly string[];
  filter?: ParquetQueryFilter;
  fetch?: typeof globalThis.fetch;
}

/** Rows of a view, each tagged with its partition's province and year. */
export async function readPartitionedView(req: ViewRequest): Promise<Record<string, unknown>[]> {
  const parts = await Promise.all(
    req.partitions.map(async (key) => {
      const url = partitionUrl(key, req.baseUrl);
      // minSize 0: hyparquet would otherwise download any file under 512 KB whole.
      const file = cachedAsyncBuffer(await asyncBufferFromUrl({ url, fetch: req.fetch }), { minSize: 0 });
      // A small footer probe: hyparquet's default (512 KB) would pull whole partition files.
      const metadata = await parquetMetadataAsync(file, { initialFetchSize: FOOTER_PROBE_BYTES });
      const rows = await parquetReadObjects({
        file, metadata, columns: [...req.columns], filter: req.filter, compressors, useOffsetIndex: true,
      });
      return rows.map((r) => ({ ...r, province: key.province, year: key.year }));
    }),
  );
  return parts.flat();
}
