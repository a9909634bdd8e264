# Righe stampate dal comando mentorbot per gli operatori.
cli-org-created = Organizzazione “{ $org }” creata.
cli-org-found = Organizzazione “{ $org }”.
cli-invite-lead = Invia questo link al referente per la tutela dei minori: diventerà un coordinatore che riceve ogni segnalazione e ogni promemoria. Funziona una sola volta, fino al { $expires }:
cli-invite-coordinator = Invia questo link al coordinatore. Funziona una sola volta, fino al { $expires }:
cli-no-token = BOT_TOKEN non è impostato. Ottieni un token da @BotFather su Telegram (invia /newbot), poi imposta BOT_TOKEN in .env. Senza token, `make run` avvia la sandbox locale.
cli-api-unreachable = Impossibile raggiungere il server della Bot API a { $url }: { $error }
cli-programme-created = Programma “{ $name }” creato ({ $kind }, { $start } – { $end }, { $timezone }) in “{ $org }”.
cli-programme-exists = Esiste già un programma chiamato “{ $name }” in “{ $org }”.
cli-programme-not-found = Nessun programma chiamato “{ $name }”.
cli-programme-ambiguous = Più di un'organizzazione ha un programma chiamato “{ $name }”; aggiungi --org.
cli-bad-date = { $option } deve essere una data come 2026-09-01, non “{ $value }”.
cli-bad-timezone = --tz deve essere il nome di un fuso orario, come Europe/Sofia, non “{ $value }”.
cli-end-before-start = --end deve essere uguale o successiva a --start.
cli-file-not-found = Impossibile leggere { $path }: { $error }
cli-import-rejected = { $path } non è stato importato; non è stato modificato nulla. Correggi queste righe e riprova:
cli-import-empty = il file non contiene coppie.
cli-import-columns = riga { $line }: attese 4 colonne (nome del mentor, nome del mentee, mentee minorenne sì/no, consenso dei genitori sì/no), o 6 con mentor minorenne sì/no e consenso dei genitori del mentor sì/no; in entrambi i casi può seguire come ultima colonna il canale del mentee (telegram o web); trovate { $found }.
cli-import-channel = riga { $line }: il canale deve essere telegram o web, non "{ $value }".
cli-import-no-web-channel = { $path } contiene coppie il cui mentee partecipa dal web, ma WEB_BASE_URL non è impostato (il canale web non è attivo): non è stato salvato nulla.
cli-import-name-missing = riga { $line }: il campo “{ $column }” è vuoto.
cli-import-name-too-long = riga { $line }: il campo “{ $column }” supera i { $limit } caratteri.
cli-import-yes-no = riga { $line }: “{ $value }” nella colonna “{ $column }” deve essere sì o no.
cli-import-minor-without-consent = riga { $line }: il mentee è minorenne e il consenso dei genitori non è confermato; questa riga è rifiutata.
cli-import-mentor-minor-without-consent = riga { $line }: il mentor è minorenne e il consenso dei suoi genitori non è confermato; questa riga è rifiutata.
cli-import-duplicate = riga { $line }: stessi mentor e mentee della riga { $first }.
cli-import-more-problems = …e altri { $count }.
cli-import-too-big = { $path } non è stato importato: pesa { $megabytes } MB e un'importazione accetta al massimo { $limit } MB. Dividilo in file più piccoli e importali uno per uno; non è stato salvato nulla.
cli-import-too-many-rows = { $path } non è stato importato: contiene { $rows } coppie e un'importazione ne accetta al massimo { $limit }. Dividilo in file più piccoli e importali uno per uno; non è stato salvato nulla.
cli-import-failed = { $path } non è stato importato: { $error }. Non è stato salvato nulla; riprova.
cli-import-done = { $pairs ->
    [one] { $pairs } coppia importata
   *[other] { $pairs } coppie importate
} in “{ $programme }”.
cli-column-mentor = nome del mentor
cli-column-mentee = nome del mentee
cli-column-minor = mentee minorenne
cli-column-consent = consenso dei genitori
cli-column-mentor-minor = mentor minorenne
cli-column-mentor-consent = consenso dei genitori del mentor
