# Righe di `mentorbot concerns` per l'operatore: solo numeri ed età, mai il contenuto delle segnalazioni.
cli-concerns-none = Nessuna segnalazione aperta.
cli-concerns-line = { $org }: { $open } aperte, la più vecchia da { $hours } h.
cli-concerns-nobody = ATTENZIONE: { $org } non ha un coordinatore che il bot possa raggiungere, quindi nessuno ne è stato informato. Invita un coordinatore: mentorbot invite coordinator --org "{ $org }"
cli-concerns-case = {"  "}#{ $id } { $programme }: { $state }, segnalata { $hours } h fa; { $told ->
        [yes] un coordinatore è stato avvisato
       *[no] NESSUNO È STATO AVVISATO (tutti gli avvisi sono falliti)
    }
