# Ground rules of a pair (seed 003, Stage 1) and the mentor agreement (seed 002). The topics' and the
# agreement's own words are in instruments.ftl.
ground-rules-which-pair = <b>🤝 Temel kurallar</b>
    Bu temel kurallar hangi ikili için?
ground-rules-no-pair = Şu anda bir ikilide değilsin.
ground-rules-title = <b>🤝 Temel kurallar</b> – { $programme }, { $other } ile
ground-rules-intro = Temel kuralları erkenden belirlemek, ileride birçok sorunu önlemenize yardımcı olur. İkinizden biri bir kural yazabilir; ikiniz de her kuralı görürsünüz ve sonunda ikiniz de onaylarsınız.
ground-rules-topic-line = <b>{ $number }. { $topic }</b>
ground-rules-answer = { $text } <i>({ $who }, { $date })</i>
ground-rules-open = <i>henüz kural yok</i>
ground-rules-you = sen
ground-rules-confidentiality-limit = ⚠️ <b>Sınır:</b> paylaştıklarınız mümkün olduğunca aranızda kalır. Mentor, mentinin ya da sözünü ettiğiniz birinin risk altında olduğunu düşünürse proje ekibine (koordinatörlerinize) haber vermek zorundadır. Bunu ikiniz de baştan bilirsiniz.
ground-rules-open-count = { $count ->
    [one] Bir konu hâlâ açık.
   *[other] { $count } konu hâlâ açık.
    }
ground-rules-agreed-both = ✅ İkiniz de bu kuralları { $date } tarihinde kabul ettiniz.
ground-rules-you-agreed = ✔ Kabul ettin.
ground-rules-you-not-agreed = Henüz kabul etmedin.
ground-rules-other-agreed = ✔ { $other } kabul etti.
ground-rules-other-not-agreed = { $other } henüz kabul etmedi.
ground-rules-other-not-joined = { $other } henüz katılmadı; katıldıktan sonra kabul edebilir.
ground-rules-mentor-agreement-accepted = 📜 Mentor sözleşmesi: { $date } tarihinde { $mentor } tarafından kabul edildi.
ground-rules-mentor-agreement-open = 📜 Mentor sözleşmesi: henüz kabul edilmedi.
ground-rules-btn-topic-open = ✏️ { $topic }
ground-rules-btn-topic-done = ✔ { $topic }
ground-rules-btn-agree = 🤝 Kabul ediyoruz
ground-rules-btn-mentor-agreement = 📜 Mentor sözleşmesi
ground-rules-still-open = Lütfen önce her konuyu yanıtla.
ground-rules-moved-on = 🎉 Anlaştınız! İkiliniz “{ $stage }” aşamasına geçiyor.
ground-rules-thanks = ✔ Teşekkürler – kabul ettin.
ground-rules-ask-again = Kurallar değişti, bu yüzden ikinizden de yeniden onay isteniyor.

ground-rules-topic = <b>{ $number } / { $total }. { $topic }</b>
ground-rules-current = Şu an: { $text } <i>({ $who }, { $date })</i>
ground-rules-topic-help = Bir öneriye dokun ya da kendi kuralını yaz (en fazla { $limit } karakter).

# Suggested answers per topic (a few; people can always type their own).
ground-rules-suggestion-how_often-0 = Haftada bir kez
ground-rules-suggestion-how_often-1 = Haftada iki kez
ground-rules-suggestion-how_often-2 = Haftada üç kez
ground-rules-suggestion-where_when-0 = Okulda, derslerden sonra
ground-rules-suggestion-where_when-1 = Kütüphanede, öğle arasında
ground-rules-suggestion-where_when-2 = Çevrim içi, akşamları
ground-rules-suggestion-cannot_come-0 = Bir gün önceden haber verip yeni bir zaman seçmek
ground-rules-suggestion-cannot_come-1 = Öğrenir öğrenmez mesaj atmak
ground-rules-suggestion-friends-0 = Yalnızca ikimiz
ground-rules-suggestion-friends-1 = Arkadaşlar, ancak ikimiz de önceden kabul edersek
ground-rules-suggestion-confidentiality-0 = Biri risk altında olmadıkça aramızda kalır
ground-rules-suggestion-confidentiality-1 = Aramızda; biri risk altındaysa mentor proje ekibine söyler ve bunu ikimiz de biliriz
ground-rules-suggestion-problems-0 = Bir sonraki görüşmemizde açıkça konuşmak
ground-rules-suggestion-problems-1 = Adım adım, birlikte çözüm aramak
ground-rules-suggestion-problems-2 = Takılırsak proje ekibinden yardım istemek

ground-rules-agreement-heading = <b>📜 { $title }</b>
ground-rules-agreement-names =
    Mentorun Adı: { $mentor }
    Mentinin Adı: { $mentee }
ground-rules-agreement-point = { $number }. { $text }
ground-rules-btn-accept = ✔ Kabul ediyorum
ground-rules-agreement-thanks = ✔ Teşekkürler – mentor sözleşmesini kabul ettin.

# A line in the pair's main menu.
ground-rules-menu-agreed = 🤝 Temel kurallar: { $date } tarihinde kabul edildi
ground-rules-menu-waiting = 🤝 Temel kurallar: { $other } henüz kabul etmedi
ground-rules-menu-open = 🤝 Temel kurallar: henüz kabul edilmedi – 🤝 Temel kurallar bölümünü aç
ground-rules-menu-mentor-agreement = 📜 Mentor sözleşmesi: henüz kabul edilmedi – 🤝 Temel kurallar bölümünü aç
