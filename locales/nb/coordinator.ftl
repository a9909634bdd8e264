# A coordinator's screens: programmes, new programme, new pair with invite links.
programmes-title = <b>Programmene dine</b>
programmes-empty = Du har ingen programmer ennå. Opprett et med «Nytt program».
programme-kind-teacher = Lærermentoring
programme-kind-student = Elevmentoring
programme-card =
    <b>{ $name }</b>
    { $kind } · { $start } – { $end } · { $timezone }
    Par: { $pairs }
programme-pair-line = • { $mentor } → { $mentee } · { $stage }
programme-pair-waiting = (venter på { $who })

new-programme-org = Hvilken organisasjon er programmet for?
new-programme-name = <b>Nytt program</b>
    Hva heter det? (for eksempel «Inkluderende undervisning 2026/27»)
new-programme-name-taken = Det finnes allerede et program som heter «{ $name }». Velg et annet navn.
new-programme-kind = Hva slags program er «{ $name }»?
new-programme-start = Når starter det? Velg dato.
new-programme-end = Når slutter det? Velg dato (fra { $start }).
new-programme-end-before-start = Slutten må være samme dag som eller etter starten ({ $start }). Velg en annen dato.
new-programme-timezone = Hvilken tidssone bor deltakerne i? Velg én, eller skriv et navn som Europe/Oslo.
new-programme-timezone-unknown = Jeg kjenner ikke tidssonen «{ $value }». Skriv et navn som Europe/Oslo, eller velg én.
new-programme-confirm =
    <b>Opprette dette programmet?</b>
    { $name }
    { $kind } · { $start } – { $end } · { $timezone }
new-programme-done = Programmet «{ $name }» er klart. Legg nå til par med «Nytt par».

new-pair-programme = <b>Nytt par</b>
    Hvilket program?
new-pair-no-programmes = Opprett et program først.
new-pair-mentor = Hvem er mentoren? Velg en som allerede er mentor i dette programmet, eller legg til en ny mentor.
btn-new-mentor = ➕ Ny mentor
new-pair-mentor-name = Skriv navnet på mentoren slik paret skal se det (fornavn holder).
new-pair-mentee-name = Skriv navnet på menteen slik paret skal se det (fornavn holder).
new-pair-minor = Er { $mentee } under 18?
new-pair-consent =
    { $mentee } er under 18. Har skolen innhentet samtykke fra foreldre eller foresatte til å delta?
    (En invitasjonslenke lages først når det er gjort.)
new-pair-consent-needed = Innhent samtykke fra foresatte først, og kom så tilbake for å legge til { $mentee }. Ingenting ble opprettet.
new-pair-mentor-minor = Er mentoren, { $mentor }, under 18?
new-pair-mentor-consent =
    Mentoren, { $mentor }, er under 18. Har skolen innhentet samtykke fra foreldre eller foresatte til å delta som mentor?
    (En invitasjonslenke lages først når det er gjort.)
new-pair-mentor-consent-needed = Innhent samtykke fra foresatte til { $mentor } først, og kom så tilbake for å legge til dette paret. Ingenting ble opprettet.
new-pair-confirm =
    <b>Opprette dette paret?</b>
    Program: { $programme }
    Mentor: { $mentor }{ $mentor_minor }
    Mentee: { $mentee }{ $minor }
new-pair-minor-note = (under 18, samtykke fra foresatte innhentet)
new-pair-channel = Mentee deltar: { $channel }
new-pair-channel-telegram = i Telegram
new-pair-channel-web = i en nettleser (for dem som ikke kan bruke Telegram, f.eks. under 16 år)
btn-new-pair-channel = 🔁 Telegram eller nettleser
new-pair-done =
    <b>Paret er opprettet.</b> Gi hver person sin egen lenke (eller den utskrevne QR-koden). Hver lenke virker én gang, fram til { $expires }.
new-pair-link = { $role } { $name }: { $link }
new-pair-qr-caption = Invitasjon for { $name } ({ $role }). Virker én gang, fram til { $expires }.

# A pair's card: its stage, the stage history and moving it.
programme-pair-button = { $mentor } → { $mentee }
programme-pair-card =
    <b>{ $mentor } → { $mentee }</b> · { $programme }
    Mentor: { $mentor } – { $mentor_joined }
    Mentee: { $mentee } – { $mentee_joined }
programme-pair-joined = har blitt med
programme-pair-not-joined = har ikke blitt med ennå
programme-pair-rules-agreed = Grunnregler: godtatt av begge { $date }
programme-pair-rules-open = Grunnregler: ikke avtalt ennå
programme-pair-mentor-agreement-accepted = Mentoravtale: godtatt { $date }
programme-pair-mentor-agreement-open = Mentoravtale: ikke godtatt ennå
programme-pair-history = <b>Fasehistorikk</b>
programme-pair-created = • { $date }: paret opprettet
programme-pair-step = • { $date }: { $source } → { $target } ({ $by })
programme-pair-step-automatic = automatisk
programme-pair-step-ready = automatisk: begge godtok grunnreglene
programme-pair-move-to = Flytt til { $stage }
programme-pair-move-confirm =
    <b>Flytte { $mentor } → { $mentee } fra { $current } til { $target }?</b>
    Begge vil se den nye fasen i menyen sin.
programme-pair-moved = Flyttet til { $stage }.

# The coordinators of an organisation: who they are, removing one; what the others are told.
btn-coordinators = 👤 Koordinatorer
coordinators-title =
    <b>Koordinatorer</b>
    De ser programmene, parene og bekymringsmeldingene i organisasjonen sin. Fjern alle som ikke skal: de mister tilgangen med en gang.
coordinators-org = <b>{ $org }</b>
coordinators-line = • { $name } · siden { $date }
coordinators-line-you = • { $name } (deg) · siden { $date }
coordinators-you-name = { $name } (deg)
coordinators-lead-tag = {" "}· 🛡 trygghetsansvarlig
btn-coordinators-leads = 🛡 Trygghetsansvarlig…
coordinators-leads-title =
    <b>Trygghetsansvarlig</b>
    Trygghetsansvarlig i en organisasjon får alle bekymringsmeldinger og alle påminnelser om uleste eller stillestående bekymringer, og ser det samme av dem som enhver koordinator. Trykk på et navn for å gjøre personen til trygghetsansvarlig, eller for å fjerne rollen igjen.
coordinators-lead-on = ✅ 🛡 { $name }
coordinators-lead-off = ⬜ { $name }
coordinators-name-in = { $name } · { $org }
coordinators-remove = ✖ { $name }
coordinators-remove-in = ✖ { $name } · { $org }
coordinators-confirm =
    <b>Fjerne { $name } som koordinator for { $org }?</b>
    Vedkommende mister tilgangen til organisasjonens programmer, par og bekymringsmeldinger med en gang, og boten sier fra.
coordinators-confirm-you =
    <b>Gå av som koordinator for { $org }?</b>
    Du mister tilgangen til organisasjonens programmer, par og bekymringsmeldinger med en gang.
coordinators-gone = Denne personen er ikke lenger koordinator her. Ingenting annet ble endret.
coordinators-last = { $name } er den eneste koordinatoren for { $org } og kan derfor ikke fjernes. En annen koordinator må bli med først.
coordinators-removed = { $name } er ikke lenger koordinator for { $org }.
coordinators-removed-you = Du er ikke lenger koordinator for { $org }.
coordinator-removed-notice =
    { $by } har fjernet deg som koordinator for { $org }. Du ser ikke lenger organisasjonens programmer, par eller bekymringsmeldinger.
    Hvis dette er en feil, be en koordinator for { $org } om en ny invitasjonslenke.
staff-joined-lead =
    👤 <b>{ $name } er nå koordinator og trygghetsansvarlig for { $org }</b> (åpnet en invitasjonslenke for trygghetsansvarlig).
    Hvis du ikke vet hvem dette er, fjern vedkommende under Meny → Koordinatorer.
staff-joined-coordinator =
    👤 <b>{ $name } er nå koordinator for { $org }</b> (åpnet en invitasjonslenke for koordinatorer).
    Hvis du ikke vet hvem dette er, fjern vedkommende under Meny → Koordinatorer.
