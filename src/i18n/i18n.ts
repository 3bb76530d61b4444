import { createContext, useContext } from 'react';
import { consoleEn } from './console-en.ts';
import { consoleNb } from './console-nb.ts';
import { consoleNn } from './console-nn.ts';
import { en } from './en.ts';
import { exportEn } from './export-en.ts';
import { exportNb } from './export-nb.ts';
import { exportNn } from './export-nn.ts';
import { ingestEn } from './ingest-en.ts';
import { ingestNb } from './ingest-nb.ts';
import { ingestNn } from './ingest-nn.ts';
import { judgeEn } from './judge-en.ts';
import { judgeNb } from './judge-nb.ts';
import { judgeNn } from './judge-nn.ts';
import type { Lang } from './lang.ts';
import { mapEn } from './map-en.ts';
import { mapNb } from './map-nb.ts';
import { mapNn } from './map-nn.ts';
import { moteEn } from './mote-en.ts';
import { moteNb } from './mote-nb.ts';
import { moteNn } from './mote-nn.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';
import { similarEn } from './similar-en.ts';
import { similarNb } from './similar-nb.ts';
import { similarNn } from './similar-nn.ts';
import { reportEn } from './report-en.ts';
import { reportNb } from './report-nb.ts';
import { reportNn } from './report-nn.ts';
import { storageEn } from './storage-en.ts';
import { storageNb } from './storage-nb.ts';
import { storageNn } from './storage-nn.ts';
import { tableEn } from './table-en.ts';
import { tableNb } from './table-nb.ts';
import { tableNn } from './table-nn.ts';
import { tiltakExportEn } from './tiltak-export-en.ts';
import { tiltakExportNb } from './tiltak-export-nb.ts';
import { tiltakExportNn } from './tiltak-export-nn.ts';

export { LANG_NAMES, LANGS, langFrom, localeOf, type Lang } from './lang.ts';

/** Every message of the interface, by language; a set of messages per part of the app. */
const NB = {
  ...nb,
  ...moteNb,
  ...judgeNb,
  ...storageNb,
  ...consoleNb,
  ...ingestNb,
  ...tiltakExportNb,
  ...similarNb,
  ...mapNb,
  ...exportNb,
  ...reportNb,
  ...tableNb,
};
/** Every message key. */
export type MessageKey = keyof typeof NB;

// English must have every key bokmål has (the type says so).
const EN: Record<MessageKey, string> = {
  ...en,
  ...moteEn,
  ...judgeEn,
  ...storageEn,
  ...consoleEn,
  ...ingestEn,
  ...tiltakExportEn,
  ...similarEn,
  ...mapEn,
  ...exportEn,
  ...reportEn,
  ...tableEn,
};

// Nynorsk too (each nn set is typed against its nb set).
const NN: Record<MessageKey, string> = {
  ...nn,
  ...moteNn,
  ...judgeNn,
  ...storageNn,
  ...consoleNn,
  ...ingestNn,
  ...tiltakExportNn,
  ...similarNn,
  ...mapNn,
  ...exportNn,
  ...reportNn,
  ...tableNn,
};

/** Every message set by language (exported for the completeness tests). */
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = {
  nb: NB,
  nn: NN,
  en: EN,
};

/** The import report's codes in words (src/ingest/messages.ts → src/i18n/ingest-*.ts). */
export {
  ingestFormat,
  ingestReason,
  ingestSummary,
  ingestText,
  unreadableText,
} from './ingest-text.ts';

/** Comparison groups' names by language. */
export { placeName } from './place-names.ts';

/** A message with `{name}` placeholders filled in. */
export function translate(
  lang: Lang,
  key: MessageKey,
  vars: Record<string, string | number> = {},
): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(vars[name] ?? `{${name}}`),
  );
}

/** A message if the key exists (for keys built from data, like `age.grade_8_10`). */
export function translateMaybe(lang: Lang, key: string): string | null {
  return key in MESSAGES[lang] ? MESSAGES[lang][key as MessageKey] : null;
}

export type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

export const LangContext = createContext<Lang>('nb');

/** The current language and its translate function. */
export function useT(): { lang: Lang; t: T } {
  const lang = useContext(LangContext);
  return { lang, t: (key, vars) => translate(lang, key, vars) };
}
