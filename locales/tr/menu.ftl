# The main menu of each role, stages and the privacy screen.
menu-title = <b>Ana menü</b>
menu-pair-mentee = <b>{ $programme }</b> – mentorun: { $other }
menu-pair-mentor = <b>{ $programme }</b> – mentin: { $other }
menu-not-joined = (henüz katılmadı)
menu-stage = Aşama: <b>{ $stage }</b> – { $meaning }
menu-coordinator = { $org } bünyesinde <b>{ $count }</b> { $count ->
   *[other] programın
    } koordinatörlüğünü yapıyorsunuz.
menu-more-pairs = …ve { $count } tane daha. Her bölümde eşleşmeyi seçebilirsin.
menu-no-roles = Henüz bir programda değilsin. Koordinatörünün verdiği davet bağlantısını aç.
btn-questionnaire = 📝 Anket
btn-diary = 📔 Günlük
btn-reflect = 💭 Değerlendir
btn-goals = 🎯 Hedefler ve plan
btn-ground-rules = 🤝 Temel kurallar
btn-programmes = 📋 Programlar
btn-new-programme = ➕ Yeni program
btn-new-pair = 👥 Yeni ikili
btn-language = 🌐 Dil
btn-privacy = 🔒 Gizlilik
btn-help = ❔ Yardım

stage-setting_up = Hazırlık
stage-engage = Bağ kurma
stage-sustain = Sürdürme
stage-transition = Geçiş
stage-closed = Kapandı
stage-meaning-setting_up = birbirinizi tanıma ve temel kurallar üzerinde anlaşma.
stage-meaning-engage = güven oluşturma ve birlikte hedefler ve planlar belirleme.
stage-meaning-sustain = hedefler doğrultusunda çalışma, geri bildirim verme ve sorunları çözme.
stage-meaning-transition = neyin iyi gittiğine ve neler öğrenildiğine geriye dönüp bakma.
stage-meaning-closed = mentorluk sona erdi.

role-coordinator = koordinatör
role-mentor = mentor
role-mentee = menti

language-title = <b>Dil</b>
    Şu anki dilin: { $current }.
language-changed = Tamam: bot artık Türkçe konuşuyor.

privacy-title =
    <b>Gizlilik</b>
    Gizlilik bildiriminin { $version } sürümünü { $date } tarihinde kabul ettin.
privacy-none = Gizlilik bildirimini kabul etmedin.
btn-privacy-read = Bildirimi oku
btn-privacy-withdraw = Onayımı geri al
privacy-withdraw-confirm =
    <b>Onayını geri almak istiyor musun?</b>
    Bot sana mesaj göndermeyi bırakacak ve yeniden onay verene kadar onu kullanamayacaksın. Yazdıkların silinene kadar saklanmaya devam eder.
btn-privacy-withdraw-yes = Evet, geri al
privacy-withdrawn = Onayın geri alındı. Bot sana mesaj göndermeyecek. Yeniden onay vermek istersen /start gönder.
