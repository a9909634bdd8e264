# Meetings: planning, changing, "I can't make it", reminders, and the mentor's "did it happen?" card.
btn-meeting = 📅 Görüşmeler

meeting-home = <b>Görüşmeler · { $programme }, { $other } ile</b>
meeting-home-none = Henüz planlanmış bir görüşme yok.
meeting-home-reminders =
    🔔 { $reminders }
    Saatler senin saat dilimine göredir ({ $zone }).
meeting-item = 📅 { $date } · { $time }
btn-meeting-new = ➕ Görüşme planla
btn-meeting-reminders = 🔔 Hatırlatmalar
meeting-which-pair = Bu görüşme ikililerinden hangisi için?

meeting-day = <b>Hangi gün?</b>
meeting-day-past = O gün geçti. Lütfen bugünü ya da daha sonraki bir günü seç.
meeting-day-outside = Lütfen { $earliest } ile { $latest } arasında bir gün seç: program { $start } ile { $end } arasında sürüyor.
meeting-day-over = Bu program { $end } tarihinde sona erdi, bu yüzden artık toplantı planlanamaz.
meeting-time =
    <b>{ $date } günü saat kaçta?</b>
    Bir saate dokun ya da 16:45 gibi bir saat gönder. Saatler senin saat dilimine göredir ({ $zone }).
meeting-time-invalid = Lütfen 16:45 gibi bir saat gönder (saat 0–23, dakika 0–59).
meeting-time-past = O saat geçti. Lütfen daha sonraki bir saat seç.
meeting-time-skipped = O gece saatler ileri alınıyor, bu yüzden o gün { $time } diye bir saat yok. Lütfen başka bir saat seç.
meeting-duration = <b>Ne kadar süre görüşeceksiniz?</b>
meeting-minutes = { $minutes } dk
meeting-mode = <b>Nasıl görüşeceksiniz?</b>
meeting-mode-in_person = Yüz yüze
meeting-mode-online = Çevrim içi
meeting-mode-hybrid = Karma
meeting-mode-other = Diğer
meeting-place = { $mode ->
    [online] <b>Görüntülü görüşmenin bağlantısı ne?</b>
   *[other] <b>Nerede görüşeceksiniz?</b> Bir oda, bir adres ya da görüntülü görüşmenin bağlantısı.
    }
    Tek mesaj olarak gönder, en fazla { $limit } karakter.
btn-meeting-keep-place = ✔ Bu yer kalsın
btn-meeting-no-place = Yer ya da bağlantı yok

meeting-details =
    📅 <b>{ $date }, { $time }</b> · { $minutes } dk
    { $other } ile · { $mode }{ $place }
meeting-place-line = {"\u000A"}📍 { $place }
meeting-gone = Bu görüşme başladı ya da artık planlı değil.
meeting-not-open = {"\u000A"}Başladı ya da artık planlı değil, bu yüzden değiştirilemez.
btn-meeting-reschedule = 🕒 Günü ya da saati değiştir
btn-meeting-duration = ⏱ Süreyi değiştir
btn-meeting-mode = 🔀 Görüşme biçimini değiştir
btn-meeting-place = 📍 Yeri değiştir
btn-meeting-ics = 📲 Telefonumun takvimine ekle
btn-meeting-cant = 🙅 Gelemeyeceğim
btn-meeting-cancel = 🗑 Görüşmeyi iptal et
meeting-ics-summary = { $other } ile mentorluk görüşmesi
meeting-ics-caption = Görüşmeyi telefonunun takvimine eklemek için bu dosyayı aç.

meeting-cant-ask = <b>Gelemeyecek misin?</b> { $other } hemen bilgilendirilecek ve görüşme iptal edilecek.
meeting-cant-rule = İkiliniz ne yapılacağı konusunda anlaştı: “{ $rule }”
meeting-cant-no-rule = İkiliniz “{ $question }” konusunda henüz anlaşmadı – birlikte belirlemek için iyi bir temel kural.
btn-meeting-tell = ✔ Haber ver: { $other_role }
meeting-cant-told = <b>{ $other } bilgilendirildi.</b> Şimdi başka bir zaman seçmek ister misin?
btn-meeting-again = 📅 Başka bir zaman seç
btn-meeting-list = ‹ Görüşmeler

meeting-cancel-ask = <b>Bu görüşme iptal edilsin mi?</b> { $other } bilgilendirilecek.
btn-meeting-cancel-yes = Evet, iptal et
meeting-cancelled = Görüşme iptal edildi.

meeting-reminders =
    <b>Her görüşmeden önce hatırlatmalar</b>
    Şu an: { $current }.
meeting-reminders-before = { $offsets } önce
meeting-reminders-none = hatırlatma yok
meeting-before-hours = { $hours } sa
meeting-before-minutes = { $minutes } dk
meeting-reminders-saved = Kaydedildi.

meeting-menu-next = 📅 Sonraki görüşme: { $date }, { $time }
meeting-menu-none = 📅 Planlanmış görüşme yok – Görüşmeler bölümünden bir tane planla.

# Sent by the scheduler (the outbox), in the recipient's language and time zone.
meeting-reminder =
    ⏰ <b>Hatırlatma: { $other } ile görüşme</b>
    { $date }, { $time } · { $minutes } dk · { $mode }{ $place }
btn-meeting-open = 📅 Aç
meeting-card =
    <b>{ $other } ile görüşmen yapıldı mı?</b>
    { $date }, { $time } · { $minutes } dk · { $mode }
btn-meeting-held = ✔ Evet, görüştük
btn-meeting-not-held = ✖ Hayır, yapılmadı
btn-meeting-moved = 🔁 Başka bir zamana alındı
meeting-outcome-held = Not edildi. Şimdi bunun günlük kaydı.
meeting-outcome-not_held = Not edildi: görüşme yapılmadı.
meeting-outcome-moved = Not edildi. Şimdi yeni zamanı seç.
meeting-outcome-early = Görüşme henüz bitmedi.
meeting-outcome-known-held = Bu görüşmenin yapıldığını zaten not ettin.
meeting-outcome-known-not_held = Bu görüşmenin yapılmadığını zaten not ettin.
meeting-outcome-known-moved = Bu görüşmenin başka bir zamana alındığını zaten not ettin.
meeting-outcome-known-cancelled = Bu görüşme iptal edildi.
meeting-news-scheduled =
    📅 <b>{ $other } seninle bir görüşme planladı</b>
    { $date }, { $time } · { $minutes } dk · { $mode }{ $place }
meeting-news-changed =
    📅 <b>{ $other } görüşmenizi değiştirdi</b>
    Yeni zaman: { $date }, { $time } · { $minutes } dk · { $mode }{ $place }
meeting-news-cancelled =
    🗑 <b>{ $other } görüşmeyi iptal etti</b>: { $date }, { $time }.
meeting-news-cant =
    🙅 <b>{ $other } { $date }, { $time } görüşmesine gelemiyor</b>, bu yüzden görüşme iptal edildi.
    Birlikte başka bir zaman seçin.
