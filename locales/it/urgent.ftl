# Urgent words in what people write (issue #23, 3; dialogs/urgent.py). The phrases are in urgent.txt.
urgent-help =
    <b>Quello che hai scritto sembra serio. Non sei solo/a.</b>
    Sei in pericolo adesso? Chiama il { $emergency }. Per parlare con qualcuno, chiama il telefono per i ragazzi { $helpline } (gratuito, sempre attivo).
    Nessun altro è stato avvisato. Se vuoi, i coordinatori possono leggere quello che hai scritto e aiutarti: tocca qui sotto, controlla il testo, poi invialo, cambialo o annulla.
btn-urgent-tell = 📣 Dillo ai coordinatori
urgent-signal =
    ⚠️ <b>Parole preoccupanti nella coppia { $mentor } → { $mentee }</b> ({ $programme }).
    Qualcosa che uno dei due ha scritto contiene parole su autolesionismo, abusi, violenza, minacce o bullismo. Il testo non viene condiviso con te; alla persona sono stati mostrati i numeri di aiuto. Valuta di sentire la coppia.
privacy-urgent-signal-off = <b>Parole preoccupanti:</b> se scrivi parole su autolesionismo, abusi, violenza, minacce o bullismo, il bot ti mostra i numeri di aiuto e ti propone di dirlo ai coordinatori. Nessuno viene avvisato se non tocchi quel pulsante.
privacy-urgent-signal-on = <b>Parole preoccupanti:</b> se scrivi parole su autolesionismo, abusi, violenza, minacce o bullismo, il bot ti mostra i numeri di aiuto e ti propone di dirlo ai coordinatori. La tua organizzazione ha scelto che i coordinatori sappiano anche che parole simili sono comparse nella vostra coppia – mai che cosa hai scritto.
