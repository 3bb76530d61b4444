import { useId } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TrendChart } from '../../src/charts/TrendChart.tsx';
import { normaliseSvg } from './normalise-svg.ts';
import { trendSeries } from './trend-fixture.ts';

describe('normaliseSvg', () => {
  it('renames ids in document order, with every reference to them', () => {
    const got = normaliseSvg(
      '<div><svg aria-labelledby="«r1» outside"><defs><pattern id="p-_R_3_"></pattern>' +
        '<title id="«r1»">T</title></defs><rect fill="url(#p-_R_3_)"></rect>' +
        '<use href="#«r1»"></use></svg></div>',
    );
    expect(got).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" aria-labelledby="id-2 outside">',
        '  <defs>',
        '    <pattern id="id-1"/>',
        '    <title id="id-2">T</title>',
        '  </defs>',
        '  <rect fill="url(#id-1)"/>',
        '  <use href="#id-2"/>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('rounds long decimals in attributes but not in text, and keeps text on one line', () => {
    const got = normaliseSvg(
      '<svg><path d="M6.463999999999999,21.919999999999998L-3.1359999999999992,2.5"></path>' +
        '<text x="58.400000000000006">1.23456 <tspan dx="2">%</tspan></text></svg>',
    );
    expect(got).toContain('<path d="M6.464,21.92L-3.136,2.5"/>');
    expect(got).toContain('<text x="58.4">1.23456 <tspan dx="2">%</tspan></text>');
  });

  it('refuses markup without an svg, or with tags that do not close', () => {
    expect(() => normaliseSvg('<div></div>')).toThrow(/no <svg>/);
    expect(() => normaliseSvg('<svg><g></svg>')).toThrow(/closes <g>/);
    expect(() => normaliseSvg('<svg><g>')).toThrow(/not closed/);
  });

  it("gives the same file whatever ids React hands out (the chart's hatch pattern)", () => {
    const chart = (
      <TrendChart
        series={trendSeries('nb')}
        unit="percent"
        width={400}
        height={240}
        labelledBy="t"
        describedBy="s"
      />
    );
    function Shifted() {
      // Another component's useId first moves the chart's own id.
      useId();
      return chart;
    }
    const alone = renderToStaticMarkup(chart);
    const shifted = renderToStaticMarkup(
      <>
        <Shifted />
      </>,
    );
    const hatch = (m: string) => /<pattern id="([^"]+)"/.exec(m)?.[1];
    expect(hatch(alone)).toBeDefined();
    expect(hatch(shifted)).not.toBe(hatch(alone));
    expect(normaliseSvg(shifted)).toBe(normaliseSvg(alone));
    expect(normaliseSvg(alone)).toContain('fill="url(#id-1)"');
  });
});
