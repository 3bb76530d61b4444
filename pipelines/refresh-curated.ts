import type { PipelineIO } from './lib/curated.ts';
import { refreshFhi } from './curate-fhi.ts';
import { refreshPopulation } from './curate-population.ts';

/**
 * Rebuilds the curated tables that come from raw downloads (io.rawDir): the population table from
 * SSB 07459 and the FHI series. Each is written only when its content changed; returns those written.
 */
export function refreshCurated(io: PipelineIO): string[] {
  const written: string[] = [];
  if (refreshPopulation(io)) written.push('population/population.csv');
  written.push(...refreshFhi(io));
  return written;
}
