import { describe, it } from 'vitest';
import { TrendChart } from '../../src/charts/TrendChart.tsx';
import { expectSnapshot } from './expect-snapshot.ts';
import { renderChart } from './render-chart.tsx';
import { TREND_MEASURES, TREND_PLANS, trendSeries } from './trend-fixture.ts';

describe('trend chart snapshots', () => {
  it('a place against Norway, with a gap, a span, intervals, a plan and measures (bokmål)', () => {
    const svg = renderChart(
      <TrendChart
        series={trendSeries('nb')}
        unit="percent"
        width={640}
        height={320}
        labelledBy="trend-title"
        describedBy="trend-summary"
        measures={TREND_MEASURES}
        plans={TREND_PLANS}
      />,
      'nb',
    );
    expectSnapshot('trend-nb', svg);
  });

  it('the same figures drawn large and still, as on a meeting slide (English)', () => {
    const svg = renderChart(
      <TrendChart
        series={trendSeries('en')}
        unit="percent"
        width={1200}
        height={560}
        labelledBy="slide-title"
        describedBy="slide-caption"
        large
        interactive={false}
      />,
      'en',
    );
    expectSnapshot('trend-large-en', svg);
  });
});
