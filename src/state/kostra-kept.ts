/**
 * KOSTRA group files (KLASS 112, a few tens of kB) kept in this browser, so imported groups
 * survive a reload: the decoded text per file name in localStorage, read again at start-up.
 */
const KEY = 'oversikt.kostra-files';

export interface KeptKostraFile {
  file: string;
  text: string;
}

/** The kept files (none when storage is unavailable or holds something else). */
export function keptKostraFiles(): KeptKostraFile[] {
  try {
    const raw = localStorage.getItem(KEY);
    const list = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(list)
      ? list.filter(
          (f): f is KeptKostraFile =>
            typeof f === 'object' &&
            f !== null &&
            typeof (f as KeptKostraFile).file === 'string' &&
            typeof (f as KeptKostraFile).text === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/** Keeps a file (replacing one of the same name); false when the browser refused (no room, blocked). */
export function keepKostraFile(file: string, text: string): boolean {
  try {
    const rest = keptKostraFiles().filter((f) => f.file !== file);
    localStorage.setItem(KEY, JSON.stringify([...rest, { file, text }]));
    return true;
  } catch {
    return false;
  }
}
