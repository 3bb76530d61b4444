/**
 * The FHI statistikkbank tables the embedded figures were built from (pipelines/fhi-specs.ts, which
 * a test holds this list to). A user who downloads one of them again, under any file name, gets its
 * figures under the built-in indicators: a newer release then updates them (and lists what FHI
 * revised) instead of adding a second tile of the same figures with its own verdict.
 *
 * A table is known by its columns: besides place, period, sex, age and value, the file has exactly
 * the table's columns (or fewer of the `ignore` ones). Each slice is one built-in indicator and the
 * value each of its columns holds; rows of other slices (a download with more choices ticked) are
 * read as new indicators, as any table's are.
 */
import { foldName } from './places.ts';

export interface KnownTable {
  /** The table's columns besides place, period, sex, age and value. */
  columns: readonly string[];
  /** Columns that carry nothing for the figures (a sort key). */
  ignore?: readonly string[];
  /** The age column, where the usual names would miss it. */
  ageColumn?: string;
  slices: readonly { id: string; where: Readonly<Record<string, string>> }[];
}

const SHARE = 'andel (prosent, standardisert)';

export const KNOWN_TABLES: readonly KnownTable[] = [
  {
    columns: ['Plagegrad', 'Sosioøkonomiske ressurser (SØR)', 'Måltall'],
    slices: [
      {
        id: 'fhi-ungdata-depressive-symptoms',
        where: {
          Plagegrad: 'plaget',
          'Sosioøkonomiske ressurser (SØR)': 'Total SØR',
          Måltall: SHARE,
        },
      },
    ],
  },
  {
    columns: ['Fornøydhet med helsa', 'SOES', 'Måltall'],
    ageColumn: 'Alder vises ikke',
    slices: [
      {
        id: 'fhi-ungdata-satisfied-health',
        where: {
          'Fornøydhet med helsa': 'Litt eller svært fornøyd',
          SOES: 'SOES 0',
          Måltall: SHARE,
        },
      },
    ],
  },
  {
    columns: ['Skala 0-10, tilfredshet', 'Sosial status', 'Måltall'],
    slices: [
      {
        id: 'fhi-ungdata-life-satisfaction',
        where: { 'Skala 0-10, tilfredshet': '8_10', 'Sosial status': 'samlet', Måltall: SHARE },
      },
    ],
  },
  {
    columns: ['Spm.id', 'Måltall'],
    ignore: ['SortKommune'],
    slices: [
      {
        id: 'fhi-elevundersokelsen-bullied-grade-7',
        where: { 'Spm.id': 'spm. om mobbing', Måltall: SHARE },
      },
    ],
  },
  {
    columns: ['Sykdomsgruppe', 'Måltall'],
    slices: [
      ['Psykiske symptomer og lidelser', 'fhi-primary-care-mental'],
      ['Psykiske symptomer', 'fhi-primary-care-mental-symptoms'],
      ['Psykiske lidelser', 'fhi-primary-care-mental-disorders'],
    ].map(([group, id]) => ({
      id: id as string,
      where: { Sykdomsgruppe: group as string, Måltall: 'per 1000, standardisert' },
    })),
  },
];

/** A known table matched to a file's header: which built-in indicator, if any, each row is. */
export interface KnownMatch {
  table: KnownTable;
  /** The built-in indicator of a row, from the cells of the header's columns; undefined for none. */
  idOf: (cell: (header: string) => string) => string | undefined;
}

/**
 * The known table whose columns a header has, given the header's columns besides place, period,
 * sex and value (`extra`; age too where the usual names found it); null when none fits.
 */
export function knownTable(extra: readonly string[]): KnownMatch | null {
  const have = new Set(extra.map(foldName));
  for (const table of KNOWN_TABLES) {
    const allowed = new Set(
      [...table.columns, ...(table.ignore ?? []), table.ageColumn ?? ''].map(foldName),
    );
    if (!table.columns.every((c) => have.has(foldName(c)))) continue;
    if (![...have].every((c) => allowed.has(c))) continue;
    // Folded once here, not per row; a cell as the table writes it needs no folding at all.
    const slices = table.slices.map((s) => ({
      id: s.id,
      where: Object.entries(s.where).map(([c, v]) => ({ c, v, folded: foldName(v) })),
    }));
    return {
      table,
      idOf: (cell) =>
        slices.find((s) =>
          s.where.every(({ c, v, folded }) => {
            const x = cell(c).trim();
            return x === v || foldName(x) === folded;
          }),
        )?.id,
    };
  }
  return null;
}
