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
    Hepsini indirebilir ya da silebilirsin.
btn-mydata-download = ⬇ Verilerimi indir
btn-mydata-erase = 🗑 Verilerimi sil
mydata-erase-confirm =
    <b>Verilerin silinsin mi?</b>
    Botun senin hakkında sakladığı her şey kalıcı olarak silinir: adın ve Telegram hesap numaran, programlardaki ve ikililerdeki rollerin, anket yanıtların, günlükteki bölümlerin, değerlendirmelerin ve hedeflerin, yarım kalan konuşmalardaki yerin ve sana gönderilmeyi bekleyen mesajlar. Programlarından ayrılırsın: geri dönmek için koordinatöründen yeni bir davet bağlantısı alman gerekir.
    Kalanlar: ikilindeki diğer kişi günlükteki kendi bölümlerini saklar. Yaptığın endişe bildirimleri (metinleri ve tarihleri) adın olmadan koordinatörlerde kalır, çünkü birinin güvenliğini sağlamak için gerekebilirler.
btn-mydata-erase-yes = Evet, sil
mydata-erased = Tamam: verilerin silindi. Yalnızca endişe bildirimlerin adın olmadan koordinatörlerde kalır. Botu yeniden kullanmak için koordinatöründen yeni bir davet bağlantısı iste.
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
