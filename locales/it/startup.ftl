# Righe stampate quando un'impostazione impedisce al bot di avviarsi: una riga ciascuna, con il nome dell'impostazione (codice di uscita 2).
startup-data-folder = DATABASE_URL ({ $url }): la cartella { $path } per il database non può essere creata o scritta: { $error }.
startup-database-refused = DATABASE_URL ({ $url }): nessun server di database risponde a { $address } (connessione rifiutata). PostgreSQL è in esecuzione lì?
startup-database-unknown-host = DATABASE_URL ({ $url }): il nome host “{ $host }” non è conosciuto.
startup-database-timeout = DATABASE_URL ({ $url }): il server di database a { $address } non ha risposto in tempo.
startup-database-missing = DATABASE_URL ({ $url }): il database “{ $name }” non esiste su { $address }. Crealo (createdb { $name }) o correggi il nome.
startup-database-login = DATABASE_URL ({ $url }): il server di database a { $address } ha rifiutato l'utente “{ $user }”: { $error }
startup-database-file = DATABASE_URL ({ $url }): il file SQLite { $path } non può essere aperto: { $error }
startup-database-other = DATABASE_URL ({ $url }): { $error }
startup-redis = REDIS_URL ({ $url }): Redis non risponde: { $error }
startup-token-rejected = BOT_TOKEN: la Bot API a { $url } ha rifiutato il token (401 Unauthorized). Copialo di nuovo da @BotFather (/mybots → API Token).
startup-api-unreachable = TELEGRAM_API_URL ({ $url }): il server della Bot API non è raggiungibile: { $error }
startup-api-error = TELEGRAM_API_URL ({ $url }): il server della Bot API ha risposto con un errore: { $error }
startup-webhook-refused = WEBHOOK_URL: la Bot API ha rifiutato il webhook { $url }: { $error }
startup-webhook-port = WEBHOOK_PORT: impossibile mettersi in ascolto su { $host }:{ $port }: { $error }
