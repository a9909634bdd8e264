# Urgent words in what people write (issue #23, 3; dialogs/urgent.py). The phrases are in urgent.txt.
urgent-help =
    <b>Yazdıkların ciddi görünüyor. Yalnız değilsin.</b>
    Şu anda tehlikede misin? { $emergency } numarasını ara. Biriyle konuşmak istersen çocuk destek hattı { $helpline } numarasını ara (ücretsiz, her zaman).
    Başka kimseye haber verilmedi. İstersen koordinatörler yazdıklarını okuyup yardım edebilir: aşağıya dokun, metni kontrol et, sonra gönder, değiştir ya da vazgeç.
btn-urgent-tell = 📣 Koordinatörlere söyle
urgent-signal =
    ⚠️ <b>{ $mentor } → { $mentee } ikilisinde endişe verici kelimeler</b> ({ $programme }).
    Birinin yazdığı bir şeyde kendine zarar verme, istismar, şiddet, tehdit ya da zorbalıkla ilgili kelimeler var. Metin seninle paylaşılmaz; kişiye destek hatları gösterildi. İkiliyle iletişime geçmeyi düşün.
privacy-urgent-signal-off = <b>Endişe verici kelimeler:</b> kendine zarar verme, istismar, şiddet, tehdit ya da zorbalıkla ilgili kelimeler yazarsan bot sana destek hatlarını gösterir ve koordinatörlere söylemeyi önerir. Sen dokunmadıkça kimseye haber verilmez.
privacy-urgent-signal-on = <b>Endişe verici kelimeler:</b> kendine zarar verme, istismar, şiddet, tehdit ya da zorbalıkla ilgili kelimeler yazarsan bot sana destek hatlarını gösterir ve koordinatörlere söylemeyi önerir. Kurumun ayrıca koordinatörlerin ikilinizde böyle kelimelerin geçtiğini öğrenmesini seçti – ama yazdıklarını asla.
