# Bir ayar botun başlamasını engellediğinde yazdırılan satırlar: her biri tek satır, ayarın adıyla (çıkış kodu 2).
startup-data-folder = DATABASE_URL ({ $url }): veritabanı için { $path } klasörü oluşturulamıyor veya yazılamıyor: { $error }.
startup-database-refused = DATABASE_URL ({ $url }): { $address } adresinde yanıt veren bir veritabanı sunucusu yok (bağlantı reddedildi). PostgreSQL orada çalışıyor mu?
startup-database-unknown-host = DATABASE_URL ({ $url }): “{ $host }” sunucu adı bilinmiyor.
startup-database-timeout = DATABASE_URL ({ $url }): { $address } adresindeki veritabanı sunucusu zamanında yanıt vermedi.
startup-database-missing = DATABASE_URL ({ $url }): “{ $name }” veritabanı { $address } üzerinde yok. Oluşturun (createdb { $name }) veya adı düzeltin.
startup-database-login = DATABASE_URL ({ $url }): { $address } adresindeki veritabanı sunucusu “{ $user }” kullanıcısını reddetti: { $error }
startup-database-file = DATABASE_URL ({ $url }): { $path } SQLite dosyası açılamıyor: { $error }
startup-database-other = DATABASE_URL ({ $url }): { $error }
startup-redis = REDIS_URL ({ $url }): Redis yanıt vermiyor: { $error }
startup-token-rejected = BOT_TOKEN: { $url } adresindeki Bot API token'ı reddetti (401 Unauthorized). Token'ı @BotFather'dan yeniden kopyalayın (/mybots → API Token).
startup-api-unreachable = TELEGRAM_API_URL ({ $url }): Bot API sunucusuna ulaşılamıyor: { $error }
startup-api-error = TELEGRAM_API_URL ({ $url }): Bot API sunucusu bir hatayla yanıt verdi: { $error }
startup-webhook-refused = WEBHOOK_URL: Bot API { $url } webhook'unu reddetti: { $error }
startup-webhook-port = WEBHOOK_PORT: { $host }:{ $port } üzerinde dinlenemiyor: { $error }
