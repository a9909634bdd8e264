# The coordinator's weekly digest (/digest, and every Monday) and export (/export): numbers only, never
# what people wrote.
btn-digest = 📊 Ukesoversikt
btn-digest-open = 📊 Åpne oversikten med diagram
btn-digest-export = 📥 Last ned regneark (XLSX)
digest-coordinators-only = Ukesoversikten og eksporten er for koordinatorer. Send /menu for å se hva du kan gjøre.
digest-title = 📊 <b>Ukesoversikt</b> · { $start } – { $end }
digest-programmes = { $count ->
    [one] 1 program
   *[other] { $count } programmer
    }
digest-statuses = Par: { $pairs } – aktive { $active } · i faresonen { $at_risk } · ikke startet { $waiting } · på pause { $paused } · avsluttet { $closed }
digest-sessions = Gjennomførte økter: { $week } de siste 7 dagene, { $total } totalt
digest-questionnaires = Utfylte spørreskjemaer: { $baseline } ved start, { $followup } ved slutt
digest-concerns = Bekymringer: { $opened } nye de siste 7 dagene, { $still_open } fortsatt åpne
digest-concerns-untold = ⚠️ { $count ->
        [one] 1 åpen bekymring har
       *[other] { $count } åpne bekymringer har
    } ikke nådd noen: alle varsler feilet (blokkert bot). Åpne Meny → Bekymringer nå.
digest-unreachable = Personer som har blokkert boten: { $count }
digest-empty = Du har ingen programmer ennå, så det er ingenting å rapportere.
digest-pick = Åpne et program for å se detaljer:
digest-programme-title = <b>{ $name }</b> · { $kind }
digest-stages = Etter fase: { $stages }
digest-stage-count = { $stage } { $count }
digest-plan = <b>Timer sammenlignet med planen</b> (vedlegg II; par som har startet: { $pairs })
digest-plan-part = { $part }: { NUMBER($done, maximumFractionDigits: 1) } av { NUMBER($planned, maximumFractionDigits: 1) } t
digest-plan-part-mentoring = A. Mentoraktiviteter
digest-plan-part-piloting = B. Utprøving i klassen
digest-means = <b>Gjennomsnitt i spørreskjemaet</b> (vedlegg III; 1 er det laveste svaret)
digest-means-item = { $item }: start { $baseline } · slutt { $followup }
digest-mean = { NUMBER($mean, maximumFractionDigits: 1) } av { $points }
digest-mean-few = færre enn 3 svar
digest-at-risk-note = Et par er «i faresonen» når det ikke har møttes på { $days } dager og ikke har noe møte planlagt.

# The chart
digest-chart-sessions = Gjennomførte økter per uke
digest-chart-status = Par etter status
digest-chart-caption = 📊 Gjennomførte økter per uke (siste { $weeks } uker) og par etter status.
digest-status-waiting = Ikke startet
digest-status-active = Aktive
digest-status-at_risk = I faresonen
digest-status-paused = På pause
digest-status-closed = Avsluttet

# The export (sheet names: at most 31 characters)
digest-export-caption = Programmene dine per { $date }: par, møter og dagbokøkter (bare datoer og tall – ingen dagboktekst).
digest-export-empty = Du har ingen programmer å eksportere ennå.
digest-export-file = programmer-{ $date }.xlsx
digest-sheet-pairs = Par
digest-sheet-meetings = Møter
digest-sheet-diary = Dagbokøkter
digest-column-programme = Program
digest-column-pair = Par nr.
digest-column-mentor = Mentor
digest-column-mentee = Mentee
digest-column-minor = Mentee under 18
digest-column-mentor_minor = Mentor under 18
digest-column-stage = Fase
digest-column-status = Status
digest-column-started = Startet
digest-column-ended = Avsluttet
digest-column-sessions = Gjennomførte økter
digest-column-hours = Dagboktimer
digest-column-last = Siste økt
digest-column-date = Dato
digest-column-time = Klokkeslett
digest-column-minutes = Minutter
digest-column-mode = Form
digest-column-meeting-status = Gjennomført?
digest-column-session = Økt nr.
digest-column-activity = Aktivitet i planen
digest-cell-yes = ja
digest-cell-no = nei
digest-mode-in_person = fysisk
digest-mode-online = digitalt
digest-mode-hybrid = hybrid
digest-mode-other = annet
digest-meeting-scheduled = planlagt
digest-meeting-held = gjennomført
digest-meeting-not_held = ikke gjennomført
digest-meeting-cancelled = avlyst
digest-meeting-moved = flyttet

# The drift ladder (scheduler/drift.py): a pair that has not met for a while.
drift-your-pair = paret ditt
drift-nudge-mentee = 👋 Hei! Det er { $days } dager siden du og { $other } møttes sist. Hva med å planlegge neste møte? Send /meeting for å finne et tidspunkt sammen.
drift-nudge-mentor = 👋 Det er { $days } dager siden du og { $other } møttes sist. En kort prat holder det i gang – send /meeting for å planlegge neste møte.
drift-nudge-direct =
    <b>På tide å ta kontakt med { $other }</b>
    Dere har ikke møttes på { $days } dager. Ta kontakt og planlegg neste møte (/meeting). Hvis noe står i veien, kan koordinatoren din hjelpe.
