# Siden til nettkanalen (issue #24): dens egne få ord rundt meldingene fra boten.
web-title = Mentoring
web-join-intro =
    Du er invitert til et mentorprogram.
    Denne siden er chatten din med mentorassistenten. Trykk på knappen for å starte; du forblir logget inn på denne telefonen.
web-join-button = Start
web-join-too-many = Det er prøvd for mange lenker herfra. Vent noen minutter og prøv igjen.
web-guest-name = Gjest
web-join-refused = Denne lenken virker ikke. Be koordinatoren din om en ny.
web-not-found = Det er ingenting her. Åpne lenken du fikk av koordinatoren din.
web-error = Noe gikk galt hos oss. Prøv igjen om litt.
web-signed-out = Du er logget ut på denne enheten. For å komme tilbake åpner du invitasjonslenken du får av koordinatoren din.
web-chat = Chat med mentorassistenten
web-message = Melding
web-send = Send
web-commands = Kommandoer
web-ok = OK
web-busy = forbereder…
web-sign-out = Logg ut på denne enheten
web-offline = Frakoblet – kobler til igjen…
web-no-answer = Det kom ikke noe svar. Prøv igjen.
