import { createContext, useContext } from 'react';
import { consoleEn } from './console-en.ts';
import { consoleNb } from './console-nb.ts';
import { en } from './en.ts';
import { ingestEn } from './ingest-en.ts';
import { ingestNb } from './ingest-nb.ts';
import { judgeEn } from './judge-en.ts';
import { judgeNb } from './judge-nb.ts';
import { moteEn } from './mote-en.ts';
import { moteNb } from './mote-nb.ts';
import { nb } from './nb.ts';
import { reportEn } from './report-en.ts';
import { reportNb } from './report-nb.ts';
import { storageEn } from './storage-en.ts';
import { storageNb } from './storage-nb.ts';

export type Lang = 'nb' | 'en';
/** Every message of the interface, by language; a set of messages per part of the app. */
const NB = { ...nb, ...moteNb, ...judgeNb, ...storageNb, ...consoleNb, ...ingestNb, ...reportNb };
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
  ...reportEn,
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = {
  nb: NB,
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
