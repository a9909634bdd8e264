# Chiusura (seed 003, Fase 4): concludere il mentoring, guardare indietro e ciò che il mentee conserva.
btn-closure = 🏁 Conclusione e bilancio
closure-open-title =
    <b>Concludere il mentoring</b>
    La maggior parte delle coppie finisce quando il tempo concordato è terminato. A volte un rapporto di mentoring si conclude prima del previsto – non dice nulla di negativo su nessuno dei due.
    Perché si conclude?
closure-confirm =
    <b>Concludere il mentoring di { $programme } con { $other }?</b>
    Motivo: { $reason }
    Poi a entrambi verranno fatte alcune ultime domande. Non puoi annullarlo tu; se è stato un errore, un coordinatore può aiutarti.
btn-closure-end = ✔ Concludi il mentoring
closure-other-side =
    🏁 <b>Il tuo mentoring in { $programme } si è concluso.</b>
    Motivo: { $reason }
    Apri /menu → “🏁 Conclusione e bilancio” per le ultime domande{ $extra }
closure-other-side-mentee = {" "}e, se vuoi, per la tua Dichiarazione di apprendimento e il tuo attestato.
closure-hub-title =
    <b>Guardare indietro: { $programme } con { $other }</b>
    Non è un “addio”: potete parlare insieme se vi piacerebbe restare in contatto, e come.
closure-step-followup = 📝 Di nuovo il questionario (prima e dopo)
closure-step-reflection = 💭 Una riflessione finale
closure-step-statement = 📄 La mia Dichiarazione (PDF)
closure-step-certificate = 🎓 Il mio attestato (PDF)
closure-done = ✓
closure-final-title = <b>Una riflessione finale</b>
    Scegli una domanda, poi rispondi in un solo messaggio.
closure-final-written = Salvato. Grazie.
closure-final-prompt = <b>{ $prompt }</b>
    Rispondi in un solo messaggio (fino a { $limit } caratteri).

statement-intro =
    <b>La tua Dichiarazione di apprendimento</b>
    Dice che cosa sai fare ora grazie al mentoring. È tua: viene creata solo se la vuoi, con le tue parole, e puoi modificarne ogni parte prima che venga creata.
statement-section = <b>{ $title }</b>
    { $text }
statement-empty = (non ancora scritta – tocca la parte per scriverla)
statement-edit = <b>{ $title }</b>
    Scrivi questa parte in un solo messaggio (fino a { $limit } caratteri). Ecco cosa c'è ora:
    { $text }
btn-statement-make = ✔ Crea la mia Dichiarazione
statement-caption = La tua Dichiarazione di apprendimento. Decidi tu chi la vede.
statement-title = Dichiarazione di apprendimento
statement-subtitle = { $name } · { $programme } · { $start } – { $end }
statement-process = Il percorso di peer mentoring
statement-objectives = Gli obiettivi che volevo raggiungere
statement-changes = Cambiamenti nei miei obiettivi
statement-did = Che cosa ho fatto
statement-hard-skills = Competenze tecniche che ho usato o imparato
statement-soft-skills = Competenze trasversali: lavorare con gli altri e conoscere sé stessi
statement-able = Che cosa ora mi sento in grado di fare
statement-draft-process = Dal { $start } al { $end } ho partecipato a { $programme } presso { $org }. Il mio mentor era { $mentor }. { $sessions ->
    [one] Ci siamo incontrati una volta.
   *[other] Ci siamo incontrati { $sessions } volte.
}
statement-draft-did = { $sessions ->
    [one] Abbiamo svolto insieme una sessione.
   *[other] Abbiamo svolto insieme { $sessions } sessioni.
}
certificate-title = Attestato di completamento con esito positivo
certificate-line-1 = Si attesta che
certificate-line-3 = ha completato il programma di mentoring “{ $programme }” presso { $org },
certificate-line-4 = { $sessions ->
    [one] dal { $start } al { $end }, partecipando a una sessione.
   *[other] dal { $start } al { $end }, partecipando a { $sessions } sessioni.
}
certificate-signature = { $org } · rilasciato il { $date }
certificate-caption = Il tuo attestato di completamento con esito positivo.
