# Linjer som skrives ut når en innstilling hindrer boten i å starte: én linje hver, med navnet på innstillingen (avslutningskode 2).
startup-data-folder = DATABASE_URL ({ $url }): mappen { $path } for databasen kan ikke opprettes eller skrives til: { $error }.
startup-database-refused = DATABASE_URL ({ $url }): ingen databaseserver svarer på { $address } (tilkoblingen ble avvist). Kjører PostgreSQL der?
startup-database-unknown-host = DATABASE_URL ({ $url }): vertsnavnet «{ $host }» er ukjent.
startup-database-timeout = DATABASE_URL ({ $url }): databaseserveren på { $address } svarte ikke i tide.
startup-database-missing = DATABASE_URL ({ $url }): databasen «{ $name }» finnes ikke på { $address }. Opprett den (createdb { $name }) eller rett navnet.
startup-database-login = DATABASE_URL ({ $url }): databaseserveren på { $address } avviste brukeren «{ $user }»: { $error }
startup-database-file = DATABASE_URL ({ $url }): SQLite-filen { $path } kan ikke åpnes: { $error }
startup-database-other = DATABASE_URL ({ $url }): { $error }
startup-redis = REDIS_URL ({ $url }): Redis svarer ikke: { $error }
startup-token-rejected = BOT_TOKEN: Bot API-et på { $url } avviste tokenet (401 Unauthorized). Kopier det på nytt fra @BotFather (/mybots → API Token).
startup-api-unreachable = TELEGRAM_API_URL ({ $url }): Bot API-serveren kan ikke nås: { $error }
startup-api-error = TELEGRAM_API_URL ({ $url }): Bot API-serveren svarte med en feil: { $error }
startup-webhook-refused = WEBHOOK_URL: Bot API-et avviste webhooken { $url }: { $error }
startup-webhook-port = WEBHOOK_PORT: kan ikke lytte på { $host }:{ $port }: { $error }
