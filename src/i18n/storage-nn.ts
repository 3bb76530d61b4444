import type { storageNb } from './storage-nb.ts';

/** Messages in nynorsk about how edits and imports are kept: conflicts between tabs, saving imports. */
export const storageNn: Record<keyof typeof storageNb, string> = {
  'conflict.title': 'Tiltaket er endra ein annan stad',
  'conflict.intro':
    '«{title}» vart lagra i ei anna fane eller eit anna vindauge ({when}) etter at du byrja å endre det. Her er begge versjonane, felt for felt. Vel kva for ein som skal gjelde. Ingenting er skrive over enno.',
  'conflict.caption': 'Dei to versjonane av «{title}»',
  'conflict.field': 'Felt',
  'conflict.theirs': 'Den andre versjonen (lagra)',
  'conflict.mine': 'Din versjon',
  'conflict.differs': 'ulik',
  'conflict.deleted': 'Sletta',
  'conflict.more': '{n} til ventar på at du vel.',
  'conflict.keepMine': 'Behald min',
  'conflict.takeTheirs': 'Ta den andre',
  'conflict.editFurther': 'Rediger vidare',
  'conflict.kept': 'Din versjon av «{title}» er lagra.',
  'conflict.taken': 'Den andre versjonen av «{title}» gjeld. Endringa di er forkasta.',
  'storage.kept': 'lagra i nettlesaren ({mb} MB, {where})',
  'storage.opfs': 'det private filområdet til nettlesaren',
  'storage.idb': 'IndexedDB',
  'storage.saving': 'lagrar … {pct} %',
  'storage.savingElsewhere': 'blir lagra i ei anna fane …',
  'storage.session': 'berre denne økta: tala forsvinn når sida blir lasta på nytt eller lukka',
  'storage.sessionElsewhere': 'berre i økta i ei anna fane: tala er ikkje her',
  'storage.failed': 'ikkje lagra: {message}',
  'storage.goneSession':
    'ikkje lagra: fila var berre med i ei tidlegare økt, og tala er ikkje her lenger',
  'storage.goneFailed': 'ikkje lagra: fila kunne ikkje lagrast eller lesast, og tala er ikkje her',
  'storage.goneInterrupted':
    'ikkje lagra: lagringa vart avbroten (fana vart lukka), og tala er ikkje her',
  'storage.dismiss': 'Fjern frå lista',
  'storage.dismissLabel': 'Fjern {name} frå lista',
  'storage.progressLabel': 'Lagrar {name}',
  'storage.quota': 'nettlesaren har ikkje meir plass til denne nettsida',
  'storage.wontFit':
    '{name} får ikkje plass i lageret til nettlesaren: fila treng omtrent {need} MB, og berre {free} MB er ledig. Du kan leggje til tala berre for denne økta (dei forsvinn når sida blir lasta på nytt), eller forkaste dei.',
  'storage.addSession': 'Legg til berre for denne økta',
  'storage.saveFailed':
    '{name} kunne ikkje lagrast i nettlesaren: {reason}. Tala er lagde til, men blir borte når sida blir lasta på nytt. Vil du halde på dei berre for denne økta, eller fjerne dei no?',
  'storage.keepSession': 'Behald berre for denne økta',
  'storage.removeRows': 'Fjern tala',
  'storage.savingNow': 'Lagrar fila i nettlesaren …',
  'storage.savedOutcome': '{name} er lagra i nettlesaren og er her også etter omlasting.',
  'storage.sessionOutcome':
    '{name} er berre med i denne økta: tala er borte når sida blir lasta på nytt.',
  'storage.removedOutcome': 'Tala frå {name} er fjerna. Dataa er som før.',
  'storage.persistGranted':
    'Nettlesaren har gitt varig lagring: han slettar ikkje det som er lagra utan at du ber om det.',
  'storage.persistDenied':
    'Nettlesaren gav ikkje varig lagring: han kan slette lagra filer dersom disken blir full.',
  'storage.persistUnknown': 'Nettlesaren seier ikkje om lagringa er varig.',
  'storage.room': 'Denne nettsida brukar {usage} MB av {quota} MB.',
};
