/** The municipality a bare link opens before the user has chosen one (Averøy, a seed plan's). */
export const DEFAULT_GEO = '1554';
