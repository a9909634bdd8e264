# Meetings: planning, changing, "I can't make it", reminders, and the mentor's "did it happen?" card.
btn-meeting = 📅 Møter

meeting-home = <b>Møter · { $programme } med { $other }</b>
meeting-home-none = Ingen møter er planlagt ennå.
meeting-home-reminders =
    🔔 { $reminders }
    Tidene er i din tidssone ({ $zone }).
meeting-item = 📅 { $date } · { $time }
btn-meeting-new = ➕ Planlegg et møte
btn-meeting-reminders = 🔔 Påminnelser
meeting-which-pair = Hvilket av parene dine gjelder dette møtet?

meeting-day = <b>Hvilken dag?</b>
meeting-day-past = Den dagen har vært. Velg i dag eller en senere dag.
meeting-day-outside = Velg en dag fra { $earliest } til { $latest }: programmet går fra { $start } til { $end }.
meeting-day-over = Dette programmet ble avsluttet { $end }, så det kan ikke planlegges flere møter i det.
meeting-time =
    <b>Hvilket klokkeslett { $date }?</b>
    Trykk på et tidspunkt, eller send et, for eksempel 16:45. Tidene er i din tidssone ({ $zone }).
meeting-time-invalid = Send et tidspunkt, for eksempel 16:45 (timer 0–23, minutter 0–59).
meeting-time-past = Det tidspunktet har vært. Velg et senere tidspunkt.
meeting-time-skipped = Klokka stilles fram den natta, så { $time } finnes ikke den dagen. Velg et annet tidspunkt.
meeting-duration = <b>Hvor lenge skal dere møtes?</b>
meeting-minutes = { $minutes } min
meeting-mode = <b>Hvordan skal dere møtes?</b>
meeting-mode-in_person = Fysisk
meeting-mode-online = Digitalt
meeting-mode-hybrid = Hybrid
meeting-mode-other = Annet
meeting-place = { $mode ->
    [online] <b>Hva er lenken til samtalen?</b>
   *[other] <b>Hvor skal dere møtes?</b> Et rom, en adresse eller lenken til samtalen.
    }
    Send det som én melding, opptil { $limit } tegn.
btn-meeting-keep-place = ✔ Behold dette stedet
btn-meeting-no-place = Uten sted eller lenke

meeting-details =
    📅 <b>{ $date }, { $time }</b> · { $minutes } min
    Med { $other } · { $mode }{ $place }
meeting-place-line = {"\u000A"}📍 { $place }
meeting-gone = Dette møtet har startet, eller det er ikke lenger planlagt.
meeting-not-open = {"\u000A"}Det har startet, eller det er ikke lenger planlagt, så det kan ikke endres.
btn-meeting-reschedule = 🕒 Endre dag eller tid
btn-meeting-duration = ⏱ Endre varighet
btn-meeting-mode = 🔀 Endre møteform
btn-meeting-place = 📍 Endre sted
btn-meeting-ics = 📲 Legg i kalenderen
btn-meeting-cant = 🙅 Jeg kan ikke komme
btn-meeting-cancel = 🗑 Avlys møtet
meeting-ics-summary = Mentormøte med { $other }
meeting-ics-caption = Åpne denne filen for å legge møtet inn i kalenderen på telefonen.

meeting-cant-ask = <b>Kan du ikke komme?</b> { $other } får beskjed med en gang, og møtet blir avlyst.
meeting-cant-rule = Dere har avtalt hva dere skal gjøre: «{ $rule }»
meeting-cant-no-rule = Dere har ikke blitt enige om «{ $question }» ennå – en fin grunnregel å lage sammen.
btn-meeting-tell = ✔ Si fra til min { $other_role }
meeting-cant-told = <b>{ $other } har fått beskjed.</b> Vil du velge et nytt tidspunkt nå?
btn-meeting-again = 📅 Velg et nytt tidspunkt
btn-meeting-list = ‹ Møter

meeting-cancel-ask = <b>Avlyse dette møtet?</b> { $other } får beskjed.
btn-meeting-cancel-yes = Ja, avlys det
meeting-cancelled = Møtet er avlyst.

meeting-reminders =
    <b>Påminnelser før hvert møte</b>
    Nå: { $current }.
meeting-reminders-before = { $offsets } før
meeting-reminders-none = ingen påminnelser
meeting-before-hours = { $hours } t
meeting-before-minutes = { $minutes } min
meeting-reminders-saved = Lagret.

meeting-menu-next = 📅 Neste møte: { $date }, { $time }
meeting-menu-none = 📅 Ingen møter planlagt – planlegg et under Møter.

# Sent by the scheduler (the outbox), in the recipient's language and time zone.
meeting-reminder =
    ⏰ <b>Påminnelse: møte med { $other }</b>
    { $date }, { $time } · { $minutes } min · { $mode }{ $place }
btn-meeting-open = 📅 Åpne
meeting-card =
    <b>Ble møtet ditt med { $other } gjennomført?</b>
    { $date }, { $time } · { $minutes } min · { $mode }
btn-meeting-held = ✔ Ja, vi møttes
btn-meeting-not-held = ✖ Nei, det ble ikke noe av
btn-meeting-moved = 🔁 Det ble flyttet
meeting-outcome-held = Notert. Nå dagbokoppføringen for det.
meeting-outcome-not_held = Notert: det ble ikke gjennomført.
meeting-outcome-moved = Notert. Velg nå det nye tidspunktet.
meeting-outcome-early = Møtet er ikke over ennå.
meeting-outcome-known-held = Du har allerede notert at dette møtet ble gjennomført.
meeting-outcome-known-not_held = Du har allerede notert at dette møtet ikke ble gjennomført.
meeting-outcome-known-moved = Du har allerede notert at dette møtet ble flyttet.
meeting-outcome-known-cancelled = Dette møtet ble avlyst.
meeting-news-scheduled =
    📅 <b>{ $other } har planlagt et møte med deg</b>
    { $date }, { $time } · { $minutes } min · { $mode }{ $place }
meeting-news-changed =
    📅 <b>{ $other } har endret møtet deres</b>
    Nå: { $date }, { $time } · { $minutes } min · { $mode }{ $place }
meeting-news-cancelled =
    🗑 <b>{ $other } har avlyst møtet</b> { $date }, { $time }.
meeting-news-cant =
    🙅 <b>{ $other } kan ikke komme</b> på møtet { $date }, { $time }, så det er avlyst.
    Velg et nytt tidspunkt sammen.
