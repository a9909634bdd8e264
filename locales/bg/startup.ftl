# Редове, които се отпечатват, когато настройка пречи на бота да стартира: по един ред, с името на настройката (код на изход 2).
startup-data-folder = DATABASE_URL ({ $url }): папката { $path } за базата данни не може да бъде създадена или в нея не може да се пише: { $error }.
startup-database-refused = DATABASE_URL ({ $url }): на { $address } не отговаря сървър за бази данни (връзката е отказана). Работи ли PostgreSQL там?
startup-database-unknown-host = DATABASE_URL ({ $url }): името на хоста „{ $host }“ не е известно.
startup-database-timeout = DATABASE_URL ({ $url }): сървърът за бази данни на { $address } не отговори навреме.
startup-database-missing = DATABASE_URL ({ $url }): базата данни „{ $name }“ не съществува на { $address }. Създайте я (createdb { $name }) или поправете името.
startup-database-login = DATABASE_URL ({ $url }): сървърът за бази данни на { $address } отказа потребителя „{ $user }“: { $error }
startup-database-file = DATABASE_URL ({ $url }): файлът на SQLite { $path } не може да бъде отворен: { $error }
startup-database-other = DATABASE_URL ({ $url }): { $error }
startup-redis = REDIS_URL ({ $url }): Redis не отговаря: { $error }
startup-token-rejected = BOT_TOKEN: Bot API на { $url } отказа токена (401 Unauthorized). Копирайте го отново от @BotFather (/mybots → API Token).
startup-api-unreachable = TELEGRAM_API_URL ({ $url }): сървърът на Bot API е недостъпен: { $error }
startup-api-error = TELEGRAM_API_URL ({ $url }): сървърът на Bot API отговори с грешка: { $error }
startup-webhook-refused = WEBHOOK_URL: Bot API отказа уебкуката { $url }: { $error }
startup-webhook-port = WEBHOOK_PORT: не може да се слуша на { $host }:{ $port }: { $error }
