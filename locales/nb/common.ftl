# Shared words and the language's own name (the command list is in commands.ftl).
language-name = Norsk bokmål

btn-back = ‹ Tilbake
btn-cancel = ✖ Avbryt
btn-menu = ☰ Meny
btn-confirm = ✔ Bekreft
btn-yes = Ja
btn-no = Nei

help-text =
    <b>Hva denne boten gjør</b>
    Den er den felles notatboken for et mentorprogram: møtene, dagboken og refleksjonene til hvert par.

    /menu – hovedmenyen din
    /mydata – se, last ned eller slett dataene dine
    /language – bytt språk
    /cancel – avbryt det du holder på med og gå tilbake
    /help – denne meldingen

    For å bli med i et program åpner du invitasjonslenken du fikk av koordinatoren din.
help-text-student-mentee =
    <b>Hva denne boten gjør</b>
    Den er notatboken du deler med mentoren din: møtene, dagboken, målene og refleksjonene deres.

    /menu – hovedmenyen din
    /questionnaire – spørreskjemaet ditt, før og etter
    /diary – parets samtaledagbok
    /reflect – refleksjonsspørsmål for der du er nå
    /goals – mål og plan
    /meeting – planlegg neste møte; påminnelser kommer før det
    /tips – tips om å være trygg på nett
    /concern – si fra til koordinatorene om noe som bekymrer deg
    /mydata – se, last ned eller slett dataene dine
    /language – bytt språk
    /cancel – avbryt det du holder på med og gå tilbake
    /help – denne meldingen
help-text-student-mentor =
    <b>Hva denne boten gjør</b>
    Den er notatboken du deler med eleven du er mentor for: møtene, dagboken, målene og refleksjonene deres.

    /menu – hovedmenyen din
    /questionnaire – spørreskjemaet ditt, før og etter
    /diary – parets samtaledagbok
    /reflect – refleksjonsspørsmål for der du er nå
    /goals – mål og plan
    /meeting – planlegg neste møte; påminnelser kommer før det
    /tips – tips om å være trygg på nett
    /concern – si fra til koordinatorene om noe som bekymrer deg
    /mydata – se, last ned eller slett dataene dine
    /language – bytt språk
    /cancel – avbryt det du holder på med og gå tilbake
    /help – denne meldingen
help-text-teacher =
    <b>Hva denne boten gjør</b>
    Den er notatboken du deler med mentorpartneren din: møtene, samtaledagboken, mål og plan, og refleksjonene deres.

    /menu – hovedmenyen din
    /questionnaire – spørreskjemaet ditt, før og etter
    /diary – parets samtaledagbok
    /reflect – refleksjonsspørsmål for der du er nå
    /goals – mål og plan
    /meeting – planlegg neste møte; påminnelser kommer før det
    /tips – tips om å være trygg på nett
    /concern – si fra til koordinatorene om noe som bekymrer deg
    /mydata – se, last ned eller slett dataene dine
    /language – bytt språk
    /cancel – avbryt det du holder på med og gå tilbake
    /help – denne meldingen
help-text-coordinator =
    <b>Hva denne boten gjør</b>
    Den hjelper deg å drive mentorprogrammene dine: programmer, par og invitasjonslenkene deres, ukesoversikten og bekymringene folk melder.

    /menu – hovedmenyen din: programmer, nye par, bekymringer
    /digest – ukesoversikten over programmene dine
    /export – et regneark over programmene dine
    /mydata – se, last ned eller slett dataene dine
    /language – bytt språk
    /cancel – avbryt det du holder på med og gå tilbake
    /help – denne meldingen
help-coordinator-also =
    <b>Som koordinator</b>
    /digest – ukesoversikten over programmene dine
    /export – et regneark over programmene dine

hint-free-text = Det skjønte jeg ikke. Bruk knappene i menyen, eller send /menu. Send /help for å se hva jeg kan gjøre.
hint-unknown-command = Jeg kjenner ikke kommandoen { $command }. Send /help for å se kommandoene.
hint-no-programme = Du er ikke med i noe program ennå. Åpne invitasjonslenken du fikk av koordinatoren din, eller be om å få en.
cancelled = Avbrutt. Ingenting annet ble endret. Send /menu for å gå videre.
not-available = Dette er ikke tilgjengelig for deg.
stale-button = Boten ble startet på nytt, så den knappen virker ikke lenger. Her er menyen din igjen.
error-generic = Beklager, noe gikk galt hos oss, så det du nettopp gjorde, ble ikke lagret, og ingenting ble sendt. Prøv igjen om litt.
error-after-saved = Beklager, noe gikk galt hos oss da vi svarte deg. Det du gjorde, ble lagret; send /menu for å fortsette.
only-text = Send dette som en tekstmelding.
text-too-long = Det er { $length } tegn; hold det under { $limit }.
text-empty = Skriv minst én bokstav.

# A PDF (my data, the Learning Statement, the certificate) with a character no font could print.
pdf-unshown = Noen tegn kunne ikke skrives ut i dette dokumentet; hvert av dem vises som { $mark }.
