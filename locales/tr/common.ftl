# Shared words and the language's own name (the command list is in commands.ftl).
language-name = Türkçe

btn-back = ‹ Geri
btn-cancel = ✖ İptal
btn-menu = ☰ Menü
btn-confirm = ✔ Onayla
btn-yes = Evet
btn-no = Hayır

help-text =
    <b>Bu bot ne yapar</b>
    Bir mentorluk programının ortak defteridir: her ikilinin görüşmeleri, günlüğü ve değerlendirmeleri.

    /menu – ana menün
    /mydata – verilerini gör, indir ya da sil
    /language – dili değiştir
    /cancel – yaptığın işlemi durdur ve geri dön
    /help – bu mesaj

    Bir programa katılmak için koordinatörünün verdiği davet bağlantısını aç.
help-text-student-mentee =
    <b>Bu bot ne yapar</b>
    Mentorunla paylaştığın defterdir: görüşmeleriniz, günlüğünüz, hedefleriniz ve değerlendirmeleriniz.

    /menu – ana menün
    /questionnaire – anketin, öncesi ve sonrası
    /diary – ikilinin oturum günlüğü
    /reflect – şu anki aşaman için değerlendirme soruları
    /goals – hedefler ve plan
    /meeting – sonraki görüşmeni planla; öncesinde hatırlatma gelir
    /tips – internette güvende kalmak için ipuçları
    /concern – koordinatörlere endişe verici bir şeyi anlat
    /mydata – verilerini gör, indir ya da sil
    /language – dili değiştir
    /cancel – yaptığın işlemi durdur ve geri dön
    /help – bu mesaj
help-text-student-mentor =
    <b>Bu bot ne yapar</b>
    Mentorluk yaptığın öğrenciyle paylaştığın defterdir: görüşmeleriniz, günlüğünüz, hedefleriniz ve değerlendirmeleriniz.

    /menu – ana menün
    /questionnaire – anketin, öncesi ve sonrası
    /diary – ikilinin oturum günlüğü
    /reflect – şu anki aşaman için değerlendirme soruları
    /goals – hedefler ve plan
    /meeting – sonraki görüşmeni planla; öncesinde hatırlatma gelir
    /tips – internette güvende kalmak için ipuçları
    /concern – koordinatörlere endişe verici bir şeyi anlat
    /mydata – verilerini gör, indir ya da sil
    /language – dili değiştir
    /cancel – yaptığın işlemi durdur ve geri dön
    /help – bu mesaj
help-text-teacher =
    <b>Bu bot ne yapar</b>
    Mentorluk ortağınla paylaştığın defterdir: görüşmeleriniz, oturum günlüğü, hedefler ve plan, ve değerlendirmeleriniz.

    /menu – ana menün
    /questionnaire – anketin, öncesi ve sonrası
    /diary – ikilinin oturum günlüğü
    /reflect – şu anki aşaman için değerlendirme soruları
    /goals – hedefler ve plan
    /meeting – sonraki görüşmeni planla; öncesinde hatırlatma gelir
    /tips – internette güvende kalmak için ipuçları
    /concern – koordinatörlere endişe verici bir şeyi anlat
    /mydata – verilerini gör, indir ya da sil
    /language – dili değiştir
    /cancel – yaptığın işlemi durdur ve geri dön
    /help – bu mesaj
help-text-coordinator =
    <b>Bu bot ne yapar</b>
    Mentorluk programlarını yürütmene yardım eder: programlar, ikililer ve davet bağlantıları, haftalık özet ve bildirilen endişeler.

    /menu – ana menün: programlar, yeni ikililer, endişeler
    /digest – programlarının haftalık özeti
    /export – programlarının tablosu
    /mydata – verilerini gör, indir ya da sil
    /language – dili değiştir
    /cancel – yaptığın işlemi durdur ve geri dön
    /help – bu mesaj
help-coordinator-also =
    <b>Koordinatör olarak</b>
    /digest – programlarının haftalık özeti
    /export – programlarının tablosu

hint-free-text = Bunu anlayamadım. Menüdeki düğmeleri kullan ya da /menu gönder. Neler yapabildiğimi görmek için /help gönder.
hint-unknown-command = { $command } komutunu bilmiyorum. Komutları görmek için /help gönder.
hint-no-programme = Henüz bir programda değilsin. Koordinatörünün verdiği davet bağlantısını aç ya da ondan bir tane iste.
cancelled = Durduruldu. Başka hiçbir şey değişmedi. Devam etmek için /menu gönder.
not-available = Bu senin için kullanılabilir değil.
stale-button = Bot yeniden başlatıldı, bu yüzden o düğme artık çalışmıyor. İşte menün yeniden.
error-generic = Üzgünüz, bizim tarafımızda bir sorun oluştu; az önce yaptığın kaydedilmedi ve hiçbir şey gönderilmedi. Lütfen biraz sonra yeniden dene.
error-after-saved = Üzgünüz, sana yanıt verirken bizim tarafımızda bir sorun oluştu. Yaptığın kaydedildi; devam etmek için /menu gönder.
only-text = Lütfen bunu metin mesajı olarak gönder.
text-too-long = Bu { $length } karakter; lütfen { $limit } karakterin altında tut.
text-empty = Lütfen en az bir harf yaz.

# A PDF (my data, the Learning Statement, the certificate) with a character no font could print.
pdf-unshown = Bu belgede bazı karakterler yazdırılamadı; her biri { $mark } olarak gösteriliyor.
