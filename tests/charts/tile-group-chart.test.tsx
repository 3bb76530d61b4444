import { describe, it } from 'vitest';
import { TileGroupChart } from '../../src/charts/TileGroupChart.tsx';
import { expectSnapshot } from './expect-snapshot.ts';
import { renderChart } from './render-chart.tsx';
import { TILE_ITEMS } from './tiles-fixture.ts';

describe('tile group chart snapshots', () => {
  it('four verdicts and tiers, drawn large as on a slide (bokmål)', () => {
    const svg = renderChart(
      <TileGroupChart
        items={TILE_ITEMS}
        width={1200}
        labelledBy="slide-title"
        describedBy="slide-caption"
        large
      />,
      'nb',
    );
    expectSnapshot('tiles-large-nb', svg);
  });

  it('the same tiles at normal size (English)', () => {
    const svg = renderChart(<TileGroupChart items={TILE_ITEMS} width={800} />, 'en');
    expectSnapshot('tiles-en', svg);
  });
});
