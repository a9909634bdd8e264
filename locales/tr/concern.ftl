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
    { $org } koordinatörlerine şimdi haber verildi. Biri bunu okuyacak ve seninle ya da yardım edebilecek kişilerle iletişime geçebilir. Bildirimini başka kimse görmez.
    Şu anda tehlikede misin? { $emergency } numarasını ara. Çocuk yardım hattı: { $helpline }.
concern-kept =
    <b>Bildirimin saklandı. Bize anlattığın için teşekkürler.</b>
    Henüz kimse uyarılmadı: { $org } kurumunun şu anda botun ulaşabildiği bir koordinatörü yok. Katılan ya da botu açan ilk koordinatör bildirimini hemen alacak. Başka kimse görmez.
    Lütfen güvendiğin bir öğretmene ya da başka bir yetişkine de anlat.
    Şu anda tehlikede misin? { $emergency } numarasını ara. Çocuk yardım hattı: { $helpline }.
concern-mine-title = <b>Bildirimlerin</b>
concern-mine-empty = Henüz hiçbir şey bildirmedin.
concern-mine-line = • { $date }: { $status }
concern-status-open = bir koordinatörü bekliyor
concern-status-handled = bir koordinatör ilgilendi

concern-alert =
    🆘 <b>Bir endişe bildirildi</b> – bildiren: { $programme } programında bir { $role }.
    Lütfen hemen okuyun.
concern-alert-open = Bildirimi oku
btn-concerns = 🆘 Endişeler ({ $open } açık)
concerns-title = <b>Endişeler</b>
concerns-legend = 🆘 { concern-status-open } · ✔ { concern-status-handled }
concerns-empty = Bildirilmiş bir endişe yok.
concerns-item = { $open ->
        [yes] 🆘
       *[no] ✔
    } { $date } · { $programme }
concerns-card =
    <b>{ $date } tarihli endişe</b>
    Bildiren: { $reporter } ({ $role }), { $programme }
    Durum: { $status }{ $paused }

    { $text }
concerns-paused = {""}
    İkili duraklatıldı: zamanlanmış mesaj almıyor.
btn-concern-handled = ✔ İlgilenildi olarak işaretle
btn-pair-pause = ⏸ İkiliyi duraklat
btn-pair-resume = ▶ İkiliyi sürdür
concerns-unknown-reporter = ayrılmış biri
