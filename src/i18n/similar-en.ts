import type { similarNb } from './similar-nb.ts';

/** Comparison groups of similar municipalities, KOSTRA groups and rates of counts, English. */
export const similarEn: Record<keyof typeof similarNb, string> = {
  'similar.refSize': 'Municipalities of the same size',
  'similar.refKostra': '{name} (KOSTRA group)',
  'similar.size.u2000': 'Municipalities under 2,000 inhabitants',
  'similar.size.2000-4999': 'Municipalities of 2,000–4,999 inhabitants',
  'similar.size.5000-9999': 'Municipalities of 5,000–9,999 inhabitants',
  'similar.size.10000-19999': 'Municipalities of 10,000–19,999 inhabitants',
  'similar.size.20000-49999': 'Municipalities of 20,000–49,999 inhabitants',
  'similar.size.50000-plus': 'Municipalities of 50,000 inhabitants or more',
  'similar.method.weighted': 'the mean weighted by population or answers',
  'similar.method.median': 'the median',
  'similar.groupValue':
    "The group's figure is {method} of {n} of {of} municipalities with figures ({place} left out).",
  'similar.groupSize':
    "Size by the population on 1 January {year} (SSB table 07459), in SSB's size classes.",
  'similar.groupKostra': "Members from SSB's KOSTRA grouping (KLASS 112), imported by you.",
  'similar.groupSource': "Source of the members' figures: {publishers}.",
  'similar.rate.count': 'Count',
  'similar.rate.per': 'Per {per}',
  'similar.rate.toggle': 'Show as',
  'similar.rate.band': 'per {per} inhabitants, {band}',
  'similar.rate.source':
    'Count: {count}. Population: SSB table 07459, {band}, 1 January {year} (the year the period ends).',
  'similar.rate.noPop': 'No population figure for {year}, so no rate for this period.',
  'similar.rate.notJudged':
    'The rate is not compared with other places here; the verdict above is about the count.',
  'similar.rate.tableTitle': 'Count and rate by period',
  'similar.rate.colPeriod': 'Period',
  'similar.rate.colCount': 'Count',
  'similar.rate.colPop': 'Population',
  'similar.rate.colRate': 'Rate',
  'similar.kostra.title': 'Municipality groups from KOSTRA (SSB KLASS 112)',
  'similar.kostra.intro':
    'Download the KOSTRA grouping from ssb.no/klass (classification 112, semicolon CSV) and choose the file here. The groups can then be chosen under "Compare with" in Oversikt, Trender and Dekning. A group\'s figure is computed from the members that have figures.',
  'similar.kostra.choose': 'Choose KLASS file',
  'similar.kostra.read':
    '{file}: {groups} groups with {members} municipalities added ({shape}). {rejected} lines left out.',
  'similar.kostra.shape.hierarchy': 'groups and municipalities in one file',
  'similar.kostra.shape.correspondence': 'correspondence table municipality → group',
  'similar.kostra.rejected': 'Line {line}: {reason} ({value})',
  'similar.kostra.reason.no_group': 'no group with this code',
  'similar.kostra.reason.unknown_municipality': "not one of today's municipality codes",
  'similar.kostra.reason.bad_code': 'not a municipality code',
  'similar.kostra.reason.bad_level': 'unknown level',
  'similar.kostra.notKlass':
    'The file does not look like a KLASS file (columns code;parentCode;level;name or sourceCode;…;targetCode).',
  'similar.kostra.kept':
    'The groups are kept in this browser and loaded again when the page is opened anew.',
  'similar.kostra.session':
    'The browser would not keep the groups: they hold for this session only; choose the file again after a reload.',
  'similar.kostra.list': 'Imported groups',
  'similar.kostra.members': '{n} municipalities',
};
