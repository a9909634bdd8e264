# Lines printed when a setting keeps the bot from starting: one line each, naming the setting (exit code 2).
startup-data-folder = DATABASE_URL ({ $url }): the folder { $path } for the database cannot be created or written: { $error }.
startup-database-refused = DATABASE_URL ({ $url }): no database server answers at { $address } (connection refused). Is PostgreSQL running there?
startup-database-unknown-host = DATABASE_URL ({ $url }): the host name “{ $host }” is not known.
startup-database-timeout = DATABASE_URL ({ $url }): the database server at { $address } did not answer in time.
startup-database-missing = DATABASE_URL ({ $url }): the database “{ $name }” does not exist on { $address }. Create it (createdb { $name }) or correct the name.
startup-database-login = DATABASE_URL ({ $url }): the database server at { $address } refused the user “{ $user }”: { $error }
startup-database-file = DATABASE_URL ({ $url }): the SQLite file { $path } cannot be opened: { $error }
startup-database-other = DATABASE_URL ({ $url }): { $error }
startup-redis = REDIS_URL ({ $url }): Redis does not answer: { $error }
startup-token-rejected = BOT_TOKEN: the Bot API at { $url } refused the token (401 Unauthorized). Copy it again from @BotFather (/mybots → API Token).
startup-api-unreachable = TELEGRAM_API_URL ({ $url }): the Bot API server cannot be reached: { $error }
startup-api-error = TELEGRAM_API_URL ({ $url }): the Bot API server answered with an error: { $error }
startup-webhook-refused = WEBHOOK_URL: the Bot API refused the webhook { $url }: { $error }
startup-webhook-port = WEBHOOK_PORT: cannot listen on { $host }:{ $port }: { $error }
