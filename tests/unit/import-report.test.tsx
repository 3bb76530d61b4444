import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LangContext } from '../../src/i18n/i18n.ts';
import { ingestFile } from '../../src/ingest/ingest.ts';
import { ImportReport } from '../../src/views/data/ImportReport.tsx';
import { curatedContext } from './ingest-helpers.ts';

describe('the import report in Data', () => {
  it('names parts of merged municipalities apart from places it does not know', async () => {
    const r = await ingestFile(
      new TextEncoder().encode(
        'indicator_id;geo_code;period;value\n' +
          'population;0702;2015;27000\n' +
          'population;0714;2015;4700\n' +
          'population;2580;2015;12\n' +
          'population;3802;2021;37000\n',
      ),
      'merged.csv',
      curatedContext(),
      { retrieved: '2026-01-01' },
    );
    const html = renderToStaticMarkup(
      <LangContext.Provider value="nb">
        <ImportReport report={r.report} />
      </LangContext.Provider>,
    );
    expect(html).toContain('Ukjente steder (radene er avvist): 2580.');
    expect(html).toContain('Deler av sammenslåtte kommuner (radene er avvist');
    expect(html).toMatch(/Deler av sammenslåtte kommuner[^:]*: 0702, 0714\./);
  });
});
