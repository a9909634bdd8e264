# My data (/mydata): see, download and erase what the bot keeps about you.
btn-mydata = 🗂 Verilerim
mydata-title =
    <b>Verilerin</b>
    Bot adını ({ $name }), Telegram hesap numaranı, dilini ve şunları saklar:
    • anketler: { $questionnaires }
    • günlük kayıtlarındaki bölümlerin: { $diary }
    • değerlendirmeler: { $reflections }
    • hedefler: { $goals }
    • endişe bildirimleri: { $concerns }
    Hepsini indirebilir ya da yazdıklarını silebilirsin.
btn-mydata-download = ⬇ Verilerimi indir
btn-mydata-erase = 🗑 Yazdıklarımı sil
mydata-erase-confirm =
    <b>Yazdıkların silinsin mi?</b>
    Anket yanıtların, günlükteki bölümlerin, değerlendirmelerin ve hedeflerin ve yarım kalan konuşmalardaki yerin kalıcı olarak silinecek. Sana gönderilmeyi bekleyen mesajlar iptal edilir ve gizlilik bildirimine verdiğin onay geri alınır.
    İkilindeki diğer kişi kendi bölümlerini saklar. Endişe bildirimleri koordinatörlerde kalır, çünkü birinin güvenliğini sağlamak için gerekebilirler.
btn-mydata-erase-yes = Evet, sil
mydata-erased = Tamam: yazdıkların silindi. Botu yeniden kullanmak istersen /start gönder.
mydata-file-caption = Botun senin hakkında sakladığı tüm veriler ({ $date }).
mydata-pdf-title = Mentorluk notlarım
mydata-pdf-subtitle = { $name } · { $date }
mydata-pdf-diary = Günlük – oturum { $number } ({ $date })
mydata-pdf-reflections = Değerlendirmeler
mydata-pdf-empty = (hiçbir şey yazılmadı)
mydata-field-objectives = 1. Oturumun Hedefleri
mydata-field-topics = 2. Konular ve Etkinlikler
mydata-field-reflection = 3. Mentinin Değerlendirmesi
mydata-field-notes = 4. Mentorun Notları
retention-warning =
    🗂 <b>{ $programme }</b> sona erdi. Gizliliğini korumak için bu programda yazdıkların { $date } tarihinde silinecek.
    Bir kopyasını saklamak istersen, o tarihten önce /mydata gönder ve “Verilerimi indir”e dokun.
