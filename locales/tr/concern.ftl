# Reporting a concern (seed 003, online safety), and the coordinators' side.
btn-concern = 🆘 Endişe bildir
concern-intro =
    <b>Endişe bildir</b>
    Endişe verici bir şey mi var – internette zorbalık, kendini güvende hissetmemene yol açan bir şey, ikilinle ya da başka biriyle bir sorun?
    Ne olduğunu tek mesajla yaz. Bunu yalnızca { $org } koordinatörleri okuyacak – ikilindeki { $other_role } değil.

    <b>Açıkçası:</b> bunu olabildiğince gizli tutarız, ama birinin tehlikede olabileceği durumlarda güvenlikten sorumlu yetişkinlere haber verilir. Bunu gizli tutacağımıza asla söz vermeyiz.

    <b>Şu anda tehlikede misin?</b> { $emergency } numarasını ara. Biriyle konuşmak için çocuk yardım hattını ara: { $helpline } (ücretsiz, her zaman).
concern-which-pair = Bu, ikililerinden hangisiyle ilgili?
concern-too-long = Bu { $length } karakter; lütfen { $limit } karakterin altında tut (geri kalanı için ikinci bir bildirim gönderebilirsin).
concern-confirm =
    <b>Bu koordinatörlere gönderilsin mi?</b>
    “{ $text }”
btn-concern-send = ✔ Gönder
btn-concern-edit = ✏️ Yeniden yaz
btn-concern-mine = Bildirimlerim
concern-sent =
    <b>Gönderildi. Bize anlattığın için teşekkürler.</b>
    { $org } koordinatörlerine şimdi haber verildi. İçlerinden biri bildirimini okuduğunda burada bir mesaj alacaksın; koordinatörler sana bot üzerinden yazabilir, sen de “Bildirimlerim” bölümünden bildirimine ekleme yapabilirsin. Başka kimse görmez.
    Şu anda tehlikede misin? { $emergency } numarasını ara. Çocuk yardım hattı: { $helpline }.
concern-kept =
    <b>Bildirimin saklandı. Bize anlattığın için teşekkürler.</b>
    Henüz kimse uyarılmadı: { $org } kurumunun şu anda botun ulaşabildiği bir koordinatörü yok. Katılan ya da botu açan ilk koordinatör bildirimini hemen alacak. Başka kimse görmez.
    Lütfen güvendiğin bir öğretmene ya da başka bir yetişkine de anlat.
    Şu anda tehlikede misin? { $emergency } numarasını ara. Çocuk yardım hattı: { $helpline }.
concern-mine-title = <b>Bildirimlerin</b>
concern-mine-empty = Henüz hiçbir şey bildirmedin.
concern-mine-item = { $date } · { $status }
concern-status-new = gönderildi, henüz okunmadı
concern-status-read = bir koordinatör okudu
concern-status-in_progress = bir koordinatör ilgileniyor
concern-status-closed = bir koordinatör kapattı
concern-case =
    <b>{ $date } tarihli bildirimin</b>
    { $status }

    “{ $text }”
concern-case-thread = {""}
    <b>Mesajlar</b>
    { $thread }
concern-case-closed = {""}
    Bu bildirim kapatıldı. Yeni bir şey olduysa /concern ile yeniden bildir.
btn-concern-add = ✏️ Bildirimime ekle
concern-add-prompt =
    <b>Bildirimine ekle</b>
    Koordinatörlerin bilmesini istediğin şeyi tek mesajla yaz. Bunu yalnızca onlar okuyacak.
concern-added =
    <b>Eklendi. Koordinatörlere haber verildi.</b>
    İçlerinden biri yanıt verdiğinde burada bir mesaj alacaksın.
concern-added-kept =
    <b>Eklendi ve saklandı.</b>
    Bot şu anda hiçbir koordinatöre ulaşamıyor; botu ilk açan koordinatör bunu görecek. Lütfen güvendiğin bir öğretmene ya da başka bir yetişkine de anlat.
    Şu anda tehlikede misin? { $emergency } numarasını ara. Çocuk yardım hattı: { $helpline }.
concern-closed-meanwhile = Bu bildirim az önce kapatıldı, bu yüzden hiçbir şey eklenmedi. Yeni bir şey olduysa /concern ile yeniden bildir.
btn-concern-to-report = Bildirimim
btn-concern-open-mine = Bildirimimi aç
concern-news-read = 👁 Bir koordinatör bildirimini okudu.
concern-news-in_progress = 🔧 Bir koordinatör bildiriminle ilgileniyor.
concern-news-reply = 💬 Bir koordinatör bildirimin hakkında sana yazdı. Mesajı okumak ve yanıtlamak için bildirimini aç.
concern-news-closed = ✔ Bir koordinatör bildirimini kapattı. Yeni bir şey olursa her zaman yeniden bildirebilirsin.
thread-you = Sen
thread-coordinator = Koordinatör
thread-reply = { $at } – { $who }: { $text }
thread-answer = { $at } – { $who }: { $text }

concern-alert =
    🆘 <b>Bir endişe bildirildi</b> – bildiren: { $programme } programında bir { $role }.
    Lütfen hemen okuyun.
concern-alert-open = Bildirimi oku
concern-reminder =
    ⏰ <b>Hatırlatma: bir endişe hâlâ okunmadı.</b>
    { $age } önce bildirildi – bildiren: { $programme } programında bir { $role }. Henüz kimse açmadı: lütfen hemen okuyun.
concern-stale =
    ⏰ <b>Bir endişe vakasında { $age } boyunca hiçbir gelişme olmadı.</b>
    Vaka { $programme } programında işlemde; o zamandan beri not, mesaj ya da değişiklik yok. Bir not ekleyin, bildiren kişiye yazın ya da vakayı kapatın.
concern-answer-alert =
    💬 <b>Bildiren kişi bir endişeye ekleme yaptı</b> – { $programme } programı.
    Lütfen okuyun.
btn-concerns = 🆘 Endişeler ({ $open } açık)
concerns-title = <b>Endişeler</b>
concerns-filtered = Program: { $programme }
concerns-legend = 🆘 { case-state-new } · 👁 { case-state-read } · 🔧 { case-state-in_progress } · ✔ { case-state-closed }
concerns-empty = Bildirilmiş bir endişe yok.
concerns-item = { $mark } { $when } { $state }
btn-concerns-filter = 🔎 Program…
concerns-filter-title = <b>Hangi programın endişeleri gösterilsin?</b>
btn-concerns-all = Tüm programlar
case-state-new = okunmadı
case-state-read = okundu
case-state-in_progress = işlemde
case-state-closed = kapatıldı
case-age-minutes = { $n } dk
case-age-hours = { $n } sa
case-age-days = { $n ->
       *[other] { $n } gün
    }
concerns-card =
    <b>{ $date } tarihli endişe</b> · { $status }
    Bildiren: { $reporter } ({ $role }), { $programme }{ $paused }

    { $text }
concerns-closed-block = {""}

    <b>Kapatıldı:</b> { $outcome }
    { $note }
concerns-paused = {""}
    İkili duraklatıldı: zamanlanmış mesaj almıyor.
btn-case-take = ▶ Bu vakayı üstleniyorum
btn-case-reply = 💬 Bildiren kişiye yaz
btn-case-note = 📝 İç not
btn-case-trail = 📜 Vaka geçmişi
btn-case-close = ✔ Vakayı kapat
btn-case-reopen = ↩ Vakayı yeniden aç
btn-pair-pause = ⏸ İkiliyi duraklat
btn-pair-resume = ▶ İkiliyi sürdür
concerns-unknown-reporter = ayrılmış biri
concerns-note-prompt =
    <b>İç not</b>
    Notları yalnızca kurumun koordinatörleri ve çocuk koruma sorumlusu görür – bildiren kişi ya da ikili asla görmez. En fazla { $limit } karakter.
concerns-reply-prompt =
    <b>Bildiren kişiye yaz</b>
    Mesajı botta “bir koordinatör” imzasıyla okur ve yanıt verebilir. Burada telefon numarası ya da kullanıcı adı paylaşmayın. En fazla { $limit } karakter.
concerns-outcome-prompt = <b>Vakayı kapatın.</b> Sonuç ne oldu?
case-outcome-resolved_in_school = Okulda çözüldü
case-outcome-referred = Dış kurumlara yönlendirildi
case-outcome-no_further_action = Başka işlem gerekmedi
case-outcome-other = Diğer
concerns-closing-prompt =
    <b>Kapatılıyor: { $outcome }</b>
    Koordinatörler için kısa bir kapanış notu yazın (en fazla { $limit } karakter). Bildiren kişiye yalnızca vakanın kapatıldığı söylenir.
concerns-note-saved = 📝 Not vakaya kaydedildi.
concerns-reply-queued = 💬 Mesajınız bildiren kişiye iletiliyor. Yanıt verdiğinde size burada haber verilecek.
concerns-reply-kept = Mesajınız vakaya kaydedildi, ancak bot bildiren kişiye ulaşamıyor (ayrılmış ya da botu engellemiş).
concerns-closed-done = ✔ Vaka kapatıldı. Bildiren kişiye vakanın kapatıldığı bildirilir (bot ona ulaşabiliyorsa).
concerns-closed-meanwhile = Başka bir koordinatör bu vakayı az önce kapattı, bu yüzden hiçbir şey kaydedilmedi. Vaka üzerinde daha çalışılması gerekiyorsa önce yeniden açın.
concerns-trail-title = <b>Vaka geçmişi</b>
trail-reported = { $at } – bildirildi
trail-read = { $at } – { $who }: okudu
trail-in_progress = { $at } – { $who }: üstlendi
trail-note = { $at } – { $who }, not: { $text }
trail-reply = { $at } – { $who }, bildiren kişiye: { $text }
trail-answer = { $at } – { $who }: { $text }
trail-closed = { $at } – { $who }: kapattı. { $text }
trail-reopened = { $at } – { $who }: yeniden açtı
trail-paused = { $at } – { $who }: ikiliyi duraklattı
trail-resumed = { $at } – { $who }: ikiliyi sürdürdü
trail-reporter = bildiren kişi
trail-someone = ayrılmış biri
trail-earlier = ({ $n } önceki kayıt gösterilmiyor)
