# Joining with an invite link: language, privacy notice, welcome.
start-unknown-person = Hei! Denne boten støtter mentorprogrammer i skolen. For å bli med åpner du invitasjonslenken du fikk av koordinatoren din.
invite-unknown = Denne invitasjonslenken er ikke gyldig. Sjekk at du kopierte hele, eller be koordinatoren din om en ny.
invite-used = Denne invitasjonslenken er allerede brukt. Hver lenke virker bare én gang. Be koordinatoren din om en ny hvis du trenger det.
invite-expired = Denne invitasjonslenken har gått ut. Be koordinatoren din om en ny.
invite-self-pair = Du er allerede med i dette paret, så du kan ikke bli med en gang til med den andre lenken.
invite-already-yours = Du har allerede blitt med via denne lenken. Her er menyen din.
invite-staff-minor = Denne lenken er for skolens ansatte (en koordinator), så den kan ikke brukes av en elev under 18 år. Ingenting er endret. Hvis du fikk den ved en feil, si fra til den som sendte den.

onboarding-language =
    <b>Velkommen, { $name }!</b>
    Velg språk. Du kan bytte senere med /language.

privacy-notice-student-mentee =
    <b>Personvernet ditt – les dette</b>

    <b>Hva vi lagrer:</b> navnet ditt slik koordinatoren skrev det, Telegram-kontonummeret ditt, språket ditt og det du skriver i denne boten.
    <b>Hvem som ser det:</b> mentoren din ser det dere deler som par – dagboken, møtene og målene – og av spørreskjemaet ditt bare at du har svart. Koordinatorene i programmet ditt ser bare tall, datoer og hvilken fase paret ditt er i – aldri dagboken eller svarene dine. Hvis du melder fra om en bekymring, ser koordinatorene den, slik at de kan hjelpe.
    <b>Fortrolig, med grenser:</b> hvis noen kan stå i fare for å bli skadet, får de voksne som har ansvar for sikkerheten din, beskjed. Vi lover aldri å holde det hemmelig.
    <b>Hvor lenge:</b> til programmet ditt er over og en stund etterpå; så blir det slettet.
    <b>Ditt valg:</b> du kan trekke tilbake samtykket ditt når som helst under Meny → Personvern. Det er like enkelt som å gi det.
    <b>Sletting:</b> du kan når som helst slette alt boten lagrer om deg, med /mydata. Bare bekymringsmeldingene dine (teksten og datoen) blir igjen, hos koordinatorene og uten navnet ditt, fordi de kan trengs for å holde noen trygge.
privacy-notice-student-mentor =
    <b>Personvernet ditt – les dette</b>

    <b>Hva vi lagrer:</b> navnet ditt slik koordinatoren skrev det, Telegram-kontonummeret ditt, språket ditt og det du skriver i denne boten.
    <b>Hvem som ser det:</b> eleven du er mentor for, ser det dere deler som par – dagboken, også notatene dine i den, møtene og målene. Koordinatorene i programmet ditt ser bare tall, datoer og hvilken fase paret ditt er i – aldri dagboken eller svarene dine. Hvis du melder fra om en bekymring, ser koordinatorene den, slik at de kan hjelpe.
    <b>Fortrolig, med grenser:</b> hvis noen kan stå i fare for å bli skadet, får de voksne som har ansvar for sikkerheten din, beskjed. Vi lover aldri å holde det hemmelig.
    <b>Hvor lenge:</b> til programmet ditt er over og en stund etterpå; så blir det slettet.
    <b>Ditt valg:</b> du kan trekke tilbake samtykket ditt når som helst under Meny → Personvern. Det er like enkelt som å gi det.
    <b>Sletting:</b> du kan når som helst slette alt boten lagrer om deg, med /mydata. Bare bekymringsmeldingene dine (teksten og datoen) blir igjen, hos koordinatorene og uten navnet ditt, fordi de kan trengs for å holde noen trygge.
privacy-notice-teacher =
    <b>Personvernet ditt – les dette</b>

    <b>Hva vi lagrer:</b> navnet ditt slik koordinatoren skrev det, Telegram-kontonummeret ditt, språket ditt og det du skriver i denne boten.
    <b>Hvem som ser det:</b> mentorpartneren din ser det dere deler som par: samtaledagboken, møtene, mål og plan. Koordinatorene i programmet ditt ser bare tall, datoer og hvilken fase paret ditt er i – aldri dagboken eller svarene dine. Hvis du melder fra om en bekymring, ser koordinatorene den, slik at de kan følge den opp.
    <b>Fortrolig, med grenser:</b> hvis en elev eller noen andre kan stå i fare for å bli skadet, gjelder skolens rutiner for å beskytte barn og unge, og koordinatorene får beskjed. Vi lover aldri å holde det hemmelig.
    <b>Hvor lenge:</b> til programmet ditt er over og en stund etterpå; så blir det slettet.
    <b>Ditt valg:</b> du kan trekke tilbake samtykket ditt når som helst under Meny → Personvern. Det er like enkelt som å gi det.
    <b>Sletting:</b> du kan når som helst slette alt boten lagrer om deg, med /mydata. Bare bekymringsmeldingene dine (teksten og datoen) blir igjen, hos koordinatorene og uten navnet ditt, fordi de kan trengs for å holde noen trygge.
privacy-notice-coordinator =
    <b>Personvernet ditt – les dette</b>

    <b>Hva vi lagrer:</b> navnet ditt slik det ble skrevet da du ble invitert, Telegram-kontonummeret ditt, språket ditt og det du gjør i denne boten: programmer, par, invitasjoner og notatene dine om bekymringer.
    <b>Hvem som ser det:</b> de andre koordinatorene i organisasjonen din ser programmene, parene og bekymringene du arbeider med, og notatene dine om dem. Av parene ser du bare tall, datoer og faser, og bekymringene folk melder – aldri dagbøkene eller svarene deres.
    <b>Din del:</b> en meldt bekymring er der for å holde noen trygge: følg den opp etter skolens rutiner for å beskytte barn og unge, og del den ikke med noen som ikke trenger den til det.
    <b>Hvor lenge:</b> til programmet ditt er over og en stund etterpå; så blir det slettet.
    <b>Ditt valg:</b> du kan trekke tilbake samtykket ditt når som helst under Meny → Personvern. Det er like enkelt som å gi det.
    <b>Sletting:</b> du kan når som helst slette alt boten lagrer om deg, med /mydata. Bare bekymringsmeldingene dine (teksten og datoen) blir igjen, hos koordinatorene og uten navnet ditt, fordi de kan trengs for å holde noen trygge.
privacy-question = Samtykker du?
privacy-accept = ✔ Jeg samtykker
privacy-decline = Ikke nå
privacy-declined =
    Det er helt greit. Uten samtykket ditt kan ikke boten lagre notatene dine, så den holder seg stille.
    Hvis du ombestemmer deg, send /start.
privacy-accepted = Takk! Du kan lese dette igjen når som helst under Meny → Personvern.
