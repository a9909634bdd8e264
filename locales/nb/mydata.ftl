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
    Du kan laste ned alt, eller slette det du har skrevet.
btn-mydata-download = ⬇ Last ned dataene mine
btn-mydata-erase = 🗑 Slett det jeg har skrevet
mydata-erase-confirm =
    <b>Slette det du har skrevet?</b>
    Svarene dine i spørreskjemaet, dine deler av dagboken, refleksjonene og målene dine, og hvor du er i en samtale som ikke er fullført, blir slettet for godt. Meldinger som venter på å bli sendt til deg, blir avbrutt, og samtykket ditt til personvernerklæringen blir trukket tilbake.
    Den andre i paret ditt beholder sine egne deler. Bekymringsmeldinger blir liggende hos koordinatorene, fordi de kan trengs for å holde noen trygge.
btn-mydata-erase-yes = Ja, slett det
mydata-erased = Ferdig: det du har skrevet, er slettet. Send /start hvis du vil bruke boten igjen.
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
