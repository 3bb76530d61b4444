/** Messages in bokmål about how edits and imports are kept: conflicts between tabs, saving imports. */
export const storageNb = {
  'conflict.title': 'Tiltaket er endret et annet sted',
  'conflict.intro':
    '«{title}» ble lagret i en annen fane eller et annet vindu ({when}) etter at du begynte å endre det. Her er begge versjonene, felt for felt. Velg hvilken som skal gjelde. Ingenting er skrevet over ennå.',
  'conflict.caption': 'De to versjonene av «{title}»',
  'conflict.field': 'Felt',
  'conflict.theirs': 'Den andre versjonen (lagret)',
  'conflict.mine': 'Din versjon',
  'conflict.differs': 'ulik',
  'conflict.deleted': 'Slettet',
  'conflict.more': '{n} til venter på at du velger.',
  'conflict.keepMine': 'Behold min',
  'conflict.takeTheirs': 'Ta den andre',
  'conflict.editFurther': 'Rediger videre',
  'conflict.kept': 'Din versjon av «{title}» er lagret.',
  'conflict.taken': 'Den andre versjonen av «{title}» gjelder. Din endring er forkastet.',
  'storage.kept': 'lagret i nettleseren ({mb} MB, {where})',
  'storage.opfs': 'nettleserens private filområde',
  'storage.idb': 'IndexedDB',
  'storage.saving': 'lagrer … {pct} %',
  'storage.savingElsewhere': 'lagres i en annen fane …',
  'storage.session': 'bare denne økten: tallene forsvinner når siden lastes på nytt eller lukkes',
  'storage.sessionElsewhere': 'bare i økten i en annen fane: tallene er ikke her',
  'storage.failed': 'ikke lagret: {message}',
  'storage.goneSession':
    'ikke lagret: filen var bare med i en tidligere økt, og tallene er ikke her lenger',
  'storage.goneFailed': 'ikke lagret: filen kunne ikke lagres eller leses, og tallene er ikke her',
  'storage.goneInterrupted':
    'ikke lagret: lagringen ble avbrutt (fanen ble lukket), og tallene er ikke her',
  'storage.dismiss': 'Fjern fra listen',
  'storage.dismissLabel': 'Fjern {name} fra listen',
  'storage.progressLabel': 'Lagrer {name}',
  'storage.quota': 'nettleseren har ikke mer plass til denne nettsiden',
  'storage.wontFit':
    '{name} får ikke plass i nettleserens lager: filen trenger omtrent {need} MB, og bare {free} MB er ledig. Du kan legge til tallene bare for denne økten (de forsvinner når siden lastes på nytt), eller forkaste dem.',
  'storage.addSession': 'Legg til bare for denne økten',
  'storage.saveFailed':
    '{name} kunne ikke lagres i nettleseren: {reason}. Tallene er lagt til, men blir borte når siden lastes på nytt. Vil du beholde dem bare for denne økten, eller fjerne dem nå?',
  'storage.keepSession': 'Behold bare for denne økten',
  'storage.removeRows': 'Fjern tallene',
  'storage.savingNow': 'Lagrer filen i nettleseren …',
  'storage.savedOutcome': '{name} er lagret i nettleseren og er her også etter omlasting.',
  'storage.sessionOutcome':
    '{name} er bare med i denne økten: tallene er borte når siden lastes på nytt.',
  'storage.removedOutcome': 'Tallene fra {name} er fjernet. Dataene er som før.',
  'storage.persistGranted':
    'Nettleseren har gitt varig lagring: den sletter ikke det som er lagret uten at du ber om det.',
  'storage.persistDenied':
    'Nettleseren ga ikke varig lagring: den kan slette lagrede filer hvis disken blir full.',
  'storage.persistUnknown': 'Nettleseren sier ikke om lagringen er varig.',
  'storage.room': 'Denne nettsiden bruker {usage} MB av {quota} MB.',
} as const;
