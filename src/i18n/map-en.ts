import type { mapNb } from './map-nb.ts';

/** The map view's messages in English. */
export const mapEn: Record<keyof typeof mapNb, string> = {
  'view.kart': 'Map',
  'kart.title': 'Map',
  'kart.intro':
    'One figure per municipality (or county) for one indicator and one period. The classes are quantiles, so a few extremes do not make the rest look alike. Choose a municipality on the map or in the table to open it in Oversikt.',
  'kart.loading': 'Loading the map …',
  'kart.error': 'The map could not be loaded: {error}',
  'kart.indicator': 'Indicator',
  'kart.period': 'Period',
  'kart.level': 'Level',
  'kart.level.municipality': 'Municipalities',
  'kart.level.county': 'Counties',
  'kart.age': 'Age group',
  'kart.none': 'No indicator has figures for several municipalities yet.',
  'kart.mapLabel': 'Map of {indicator}, {period}, {level}',
  'kart.help':
    'Keyboard: Tab enters the map, the arrow keys move between places (in alphabetical order), Enter opens the place in Oversikt. Small municipalities (such as those around Oslo) are also in the table below the map.',
  'kart.legend': 'Legend',
  'kart.darker':
    'Higher values are darker. The colours do not say whether a figure is good or bad.',
  'kart.classRange': '{from} – under {to}',
  'kart.classLast': '{from} – {to}',
  'kart.classOne': '{from}',
  'kart.classCount1': '1 place',
  'kart.classCount': '{n} places',
  'kart.noFigure': 'No figure',
  'kart.suppressed': 'Suppressed (too few to show)',
  'kart.outside': 'Not in the source',
  'kart.selected': 'Chosen municipality: {name}',
  'kart.period.line': 'Period: {period}',
  'kart.source.line': 'Source: {source}',
  'kart.sources': 'Sources',
  'kart.borders': 'Municipality and county borders 2024: Kartverket (CC BY 4.0), simplified.',
  'kart.attribution': '© Kartverket (CC BY 4.0)',
  'kart.table': 'The figures on the map as a table',
  'kart.tableLabel': 'Table of the figures on the map',
  'kart.col.place': 'Place',
  'kart.col.value': 'Value',
  'kart.col.class': 'Class',
  'kart.col.source': 'Source',
  'kart.open': 'Open {name} in Oversikt',
  'kart.counts':
    '{withValue} of {rows} places have figures; {missing} without a figure and {suppressed} suppressed.',
};
