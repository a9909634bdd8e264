# The main menu of each role, stages and the privacy screen.
menu-title = <b>Hovedmeny</b>
menu-pair-mentee = <b>{ $programme }</b> – mentoren din: { $other }
menu-pair-mentor = <b>{ $programme }</b> – menteen din: { $other }
menu-not-joined = (har ikke blitt med ennå)
menu-stage = Fase: <b>{ $stage }</b> – { $meaning }
menu-coordinator = Du koordinerer <b>{ $count }</b> { $count ->
    [one] program
   *[other] programmer
    } ved { $org }.
menu-more-pairs = …og { $count } til. I hver del kan du velge paret.
menu-no-roles = Du er ikke med i noe program ennå. Åpne invitasjonslenken du fikk av koordinatoren din.
btn-questionnaire = 📝 Spørreskjema
btn-diary = 📔 Dagbok
btn-reflect = 💭 Reflekter
btn-goals = 🎯 Mål og plan
btn-ground-rules = 🤝 Grunnregler
btn-programmes = 📋 Programmer
btn-new-programme = ➕ Nytt program
btn-new-pair = 👥 Nytt par
btn-language = 🌐 Språk
btn-privacy = 🔒 Personvern
btn-help = ❔ Hjelp

stage-setting_up = Oppstart
stage-engage = Engasjement
stage-sustain = Oppfølging
stage-transition = Overgang
stage-closed = Avsluttet
stage-meaning-setting_up = bli kjent med hverandre og bli enige om grunnreglene.
stage-meaning-engage = bygge tillit og sette mål og lage planer sammen.
stage-meaning-sustain = jobbe mot målene, gi tilbakemeldinger og løse problemer.
stage-meaning-transition = se tilbake på hva som gikk bra og hva dere har lært.
stage-meaning-closed = mentoringen er avsluttet.

role-coordinator = koordinator
role-mentor = mentor
role-mentee = mentee

language-title = <b>Språk</b>
    Språket ditt nå: { $current }.
language-changed = Ferdig: boten snakker nå norsk bokmål.

privacy-title =
    <b>Personvern</b>
    Du godtok versjon { $version } av personvernerklæringen { $date }.
privacy-none = Du har ikke godtatt personvernerklæringen.
btn-privacy-read = Les erklæringen
btn-privacy-withdraw = Trekk tilbake samtykket
privacy-withdraw-confirm =
    <b>Trekke tilbake samtykket ditt?</b>
    Boten slutter å sende deg meldinger, og du kan ikke bruke den før du samtykker igjen. Det du har skrevet, blir lagret til det slettes.
btn-privacy-withdraw-yes = Ja, trekk det tilbake
privacy-withdrawn = Samtykket ditt er trukket tilbake. Boten sender deg ingen meldinger. Send /start hvis du vil samtykke igjen.
