import { describe, it } from 'vitest';
import { GapChart } from '../../src/charts/GapChart.tsx';
import { translate } from '../../src/i18n/i18n.ts';
import { expectSnapshot } from './expect-snapshot.ts';
import { GAP_ROWS } from './gaps-fixture.ts';
import { renderChart } from './render-chart.tsx';

describe('gap chart snapshots', () => {
  it('three tiers, eight rows and a line for the rest, drawn large (bokmål)', () => {
    const svg = renderChart(
      <GapChart
        gaps={GAP_ROWS}
        emptyText={translate('nb', 'mote.figure.noGaps', { year: 2025 })}
        width={1200}
        labelledBy="slide-title"
        describedBy="slide-caption"
        large
      />,
      'nb',
    );
    expectSnapshot('gaps-large-nb', svg);
  });

  it('nothing lacks measures (English)', () => {
    const svg = renderChart(
      <GapChart
        gaps={[]}
        emptyText={translate('en', 'mote.figure.noGaps', { year: 2025 })}
        width={640}
      />,
      'en',
    );
    expectSnapshot('gaps-empty-en', svg);
  });
});
