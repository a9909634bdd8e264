# Ground rules of a pair (seed 003, Stage 1) and the mentor agreement (seed 002). The topics' and the
# agreement's own words are in instruments.ftl.
ground-rules-which-pair = <b>🤝 Grunnregler</b>
    Hvilket par gjelder disse grunnreglene?
ground-rules-no-pair = Du er ikke i noe par akkurat nå.
ground-rules-title = <b>🤝 Grunnregler</b> – { $programme }, med { $other }
ground-rules-intro = Når dere lager grunnregler tidlig, slipper dere mange problemer senere. Begge kan skrive en regel; dere ser begge alle reglene, og dere godtar dem begge til slutt.
ground-rules-topic-line = <b>{ $number }. { $topic }</b>
ground-rules-answer = { $text } <i>({ $who }, { $date })</i>
ground-rules-open = <i>ingen regel ennå</i>
ground-rules-you = du
ground-rules-confidentiality-limit = ⚠️ <b>Grensen:</b> det dere deler, blir mellom dere så langt det er mulig. Hvis mentoren mener at menteen, eller noen dere snakker om, er i fare, må mentoren si fra til prosjektgruppen (koordinatorene deres). Dette vet dere begge fra starten av.
ground-rules-open-count = { $count ->
    [one] Ett tema er fortsatt åpent.
   *[other] { $count } temaer er fortsatt åpne.
    }
ground-rules-agreed-both = ✅ Dere godtok begge disse reglene { $date }.
ground-rules-you-agreed = ✔ Du har godtatt.
ground-rules-you-not-agreed = Du har ikke godtatt ennå.
ground-rules-other-agreed = ✔ { $other } har godtatt.
ground-rules-other-not-agreed = { $other } har ikke godtatt ennå.
ground-rules-other-not-joined = { $other } har ikke blitt med ennå; hen kan godta når hen har blitt med.
ground-rules-mentor-agreement-accepted = 📜 Mentoravtale: godtatt av { $mentor } { $date }.
ground-rules-mentor-agreement-open = 📜 Mentoravtale: ikke godtatt ennå.
ground-rules-btn-topic-open = ✏️ { $topic }
ground-rules-btn-topic-done = ✔ { $topic }
ground-rules-btn-agree = 🤝 Vi er enige
ground-rules-btn-mentor-agreement = 📜 Mentoravtale
ground-rules-still-open = Svar på alle temaene først.
ground-rules-moved-on = 🎉 Enige! Paret deres går videre til fasen «{ $stage }».
ground-rules-thanks = ✔ Takk – du har godtatt.
ground-rules-ask-again = Reglene er endret, så dere blir begge bedt om å godta på nytt.

ground-rules-topic = <b>{ $number } av { $total }. { $topic }</b>
ground-rules-current = Nå: { $text } <i>({ $who }, { $date })</i>
ground-rules-topic-help = Trykk på et forslag, eller skriv din egen regel (opptil { $limit } tegn).

# Suggested answers per topic (a few; people can always type their own).
ground-rules-suggestion-how_often-0 = Én gang i uka
ground-rules-suggestion-how_often-1 = To ganger i uka
ground-rules-suggestion-how_often-2 = Tre ganger i uka
ground-rules-suggestion-where_when-0 = På skolen, etter timene
ground-rules-suggestion-where_when-1 = På biblioteket, i lunsjen
ground-rules-suggestion-where_when-2 = På nett, om kvelden
ground-rules-suggestion-cannot_come-0 = Si fra dagen før og finne et nytt tidspunkt
ground-rules-suggestion-cannot_come-1 = Sende en melding så fort vi vet det
ground-rules-suggestion-friends-0 = Bare oss to
ground-rules-suggestion-friends-1 = Venner bare hvis vi begge er enige først
ground-rules-suggestion-confidentiality-0 = Det blir mellom oss, med mindre noen er i fare
ground-rules-suggestion-confidentiality-1 = Mellom oss; er noen i fare, sier mentoren fra til prosjektgruppen, og det vet vi begge
ground-rules-suggestion-problems-0 = Snakke åpent om det på neste møte
ground-rules-suggestion-problems-1 = Finne en løsning sammen, steg for steg
ground-rules-suggestion-problems-2 = Be prosjektgruppen om hjelp hvis vi står fast

ground-rules-agreement-heading = <b>📜 { $title }</b>
ground-rules-agreement-names =
    Mentorens navn: { $mentor }
    Menteens navn: { $mentee }
ground-rules-agreement-point = { $number }. { $text }
ground-rules-btn-accept = ✔ Jeg godtar
ground-rules-agreement-thanks = ✔ Takk – du har godtatt mentoravtalen.

# A line in the pair's main menu.
ground-rules-menu-agreed = 🤝 Grunnregler: godtatt { $date }
ground-rules-menu-waiting = 🤝 Grunnregler: venter på at { $other } godtar
ground-rules-menu-open = 🤝 Grunnregler: ikke godtatt ennå – åpne 🤝 Grunnregler
ground-rules-menu-mentor-agreement = 📜 Mentoravtale: ikke godtatt ennå – åpne 🤝 Grunnregler
