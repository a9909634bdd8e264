# Il menu principale di ogni ruolo, le fasi e la schermata della privacy.
menu-title = <b>Menu principale</b>
menu-pair-mentee = <b>{ $programme }</b> – il tuo mentor: { $other }
menu-pair-mentor = <b>{ $programme }</b> – il tuo mentee: { $other }
menu-not-joined = (non ha ancora aderito)
menu-stage = Fase: <b>{ $stage }</b> – { $meaning }
menu-coordinator = Coordini <b>{ $count }</b> { $count ->
    [one] programma
   *[other] programmi
    } presso { $org }.
menu-more-pairs = …e altre { $count }. In ogni sezione puoi scegliere la coppia.
menu-no-roles = Non fai ancora parte di un programma. Apri il link di invito che ti ha dato il tuo coordinatore.
btn-questionnaire = 📝 Questionario
btn-diary = 📔 Diario
btn-reflect = 💭 Rifletti
btn-goals = 🎯 Obiettivi e piano
btn-ground-rules = 🤝 Regole di base
btn-programmes = 📋 Programmi
btn-new-programme = ➕ Nuovo programma
btn-new-pair = 👥 Nuova coppia
btn-language = 🌐 Lingua
btn-privacy = 🔒 Privacy
btn-help = ❔ Aiuto

stage-setting_up = Avvio
stage-engage = Coinvolgimento
stage-sustain = Mantenimento
stage-transition = Transizione
stage-closed = Concluso
stage-meaning-setting_up = conoscersi e concordare le regole di base.
stage-meaning-engage = costruire fiducia e definire insieme obiettivi e piani.
stage-meaning-sustain = lavorare per raggiungere gli obiettivi, darsi feedback e risolvere i problemi.
stage-meaning-transition = guardare indietro a ciò che è andato bene e a ciò che si è imparato.
stage-meaning-closed = il mentoring è terminato.

role-coordinator = coordinatore
role-mentor = mentor
role-mentee = mentee

language-title = <b>Lingua</b>
    La tua lingua attuale: { $current }.
language-changed = Fatto: ora il bot parla italiano.

privacy-title =
    <b>Privacy</b>
    Hai accettato la versione { $version } dell'informativa sulla privacy il { $date }.
privacy-none = Non hai accettato l'informativa sulla privacy.
btn-privacy-read = Leggi l'informativa
btn-privacy-withdraw = Ritira il mio consenso
privacy-withdraw-confirm =
    <b>Ritirare il tuo consenso?</b>
    Il bot smetterà di inviarti messaggi e non potrai usarlo finché non darai di nuovo il consenso. Quello che hai scritto resta memorizzato finché non viene cancellato.
btn-privacy-withdraw-yes = Sì, ritiralo
privacy-withdrawn = Hai ritirato il tuo consenso. Il bot non ti scriverà più. Invia /start se vuoi dare di nuovo il consenso.
