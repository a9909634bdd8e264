# My data (/mydata): see, download and erase what the bot keeps about you.
btn-mydata = 🗂 Mine data
mydata-title =
    <b>Dataene dine</b>
    Boten lagrer navnet ditt ({ $name }), Telegram-kontonummeret ditt, språket ditt og:
    • spørreskjemaer: { $questionnaires }
    • dine deler av dagbokoppføringer: { $diary }
    • refleksjoner: { $reflections }
    • mål: { $goals }
    • bekymringsmeldinger: { $concerns }
    Du kan laste ned alt, eller slette det.
btn-mydata-download = ⬇ Last ned dataene mine
btn-mydata-erase = 🗑 Slett dataene mine
mydata-erase-confirm =
    <b>Slette dataene dine?</b>
    Alt boten lagrer om deg, blir slettet for godt: navnet ditt og Telegram-kontonummeret ditt, rollene dine i programmer og par, svarene dine i spørreskjemaer, dine deler av dagboken, refleksjonene og målene dine, hvor du er i en samtale som ikke er fullført, og meldinger som venter på å bli sendt til deg. Du forlater programmene dine: for å komme tilbake trenger du en ny invitasjonslenke fra koordinatoren.
    Dette blir igjen: den andre i paret ditt beholder sine egne deler av dagboken. Bekymringsmeldingene dine (teksten og datoen) blir liggende hos koordinatorene, uten navnet ditt, fordi de kan trengs for å holde noen trygge.
btn-mydata-erase-yes = Ja, slett det
mydata-erased = Ferdig: dataene dine er slettet. Bare bekymringsmeldingene dine blir liggende hos koordinatorene, uten navnet ditt. For å bruke boten igjen, be koordinatoren om en ny invitasjonslenke.
mydata-file-caption = Alle dataene boten har om deg ({ $date }).
mydata-pdf-title = Mine mentornotater
mydata-pdf-subtitle = { $name } · { $date }
mydata-pdf-diary = Dagbok – økt { $number } ({ $date })
mydata-pdf-reflections = Refleksjoner
mydata-pdf-empty = (ingenting skrevet)
mydata-field-objectives = 1. Mål for økten
mydata-field-topics = 2. Temaer og aktiviteter
mydata-field-reflection = 3. Menteens refleksjon
mydata-field-notes = 4. Mentorens notater
retention-warning =
    🗂 <b>{ $programme }</b> er avsluttet. For å verne om personvernet ditt blir det du skrev der, slettet { $date }.
    Vil du beholde en kopi, send /mydata og trykk «Last ned dataene mine» før det.
