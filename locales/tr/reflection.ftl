# Reflection prompts: the action steps of the individual development plan (seed 002, teacher programmes)
# and the stage questions of seed 003 (student programmes). Their wording is in instruments.ftl.
reflection-which-pair = <b>💭 Değerlendir</b>
    Hangi ikili?
reflection-title = <b>💭 Değerlendir</b> · { $programme }
    Aşama: <b>{ $stage }</b> – { $meaning }
reflection-source-teacher = Bireysel gelişim planınızın şu eylem adımları bu aşamaya uygundur. Planı düzenli aralıklarla (örneğin her üç ayda bir) gözden geçirin.
reflection-source-student = Bu sorular mentorluğunun bu aşamasına uygun.
reflection-pick = Üzerine yazmak için birini seç. ✓ işareti yanıtladıklarını gösterir; onları yeniden yanıtlayabilirsin.
reflection-private = {""}
    🔒 Burada yazdıkların yalnızca sana ait: ikilindeki { $other } ve koordinatörler bunu görmez.

# Short names of the seed 003 stage questions, for buttons and lists
reflection-title-engage-mission = Misyonun
reflection-title-engage-goals = Hedeflerin
reflection-title-engage-objectives = Alt hedeflerin
reflection-title-sustain-feedback = Geri bildirim
reflection-title-sustain-problem = Sorun çözme
reflection-title-transition-went_well = Neler iyi gitti
reflection-title-transition-learned = Neler öğrendin

reflection-answered = ✓ { $title }
reflection-btn-mine = 📚 Değerlendirmelerim ({ $count })
reflection-btn-other-pair = 👥 Başka bir ikili
reflection-btn-another = 💭 Başka bir soru
reflection-btn-newer = « Daha yeni
reflection-btn-older = Daha eski »
reflection-btn-delete = 🗑 Sil
reflection-btn-delete-yes = Evet, sil

reflection-write-title = <b>{ $title }</b>
reflection-write-body = { $body }
reflection-write-question = <i>{ $question }</i>
reflection-write-how = {""}
    Yanıtını yaz ve tek mesaj olarak gönder, en fazla { $limit } karakter. Bunu yalnızca sen okuyacaksın.
    Yazıp göndermediğin metin saklanmaz; çıkarsan bu soru seni burada bekler.

reflection-saved = ✓ Kaydedildi: “{ $title }” sorusuna yanıtın. “Değerlendirmelerim” bölümünden yeniden okuyabilirsin.

reflection-list = <b>📚 Değerlendirmelerim</b> · { $count } · sayfa { $page } / { $pages }
    En yeniler önce. Tamamını okumak için bir numaraya dokun.
    {""}
reflection-list-empty = <b>📚 Değerlendirmelerim</b>
    Henüz hiç yazmadın.
reflection-list-entry = <b>{ $number }.</b> { $date } · { $title }
    “{ $opening }”
reflection-list-item = { $number } · { $title }

reflection-read =
    <b>{ $title }</b> · { $date } · { $stage }
    <i>{ $question }</i>

    { $text }
reflection-delete = { $date } tarihli “{ $title }” yanıtın silinsin mi? Geri getirilemez.
reflection-deleted = Silindi.
