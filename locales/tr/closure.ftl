# Closure (seed 003, Stage 4): ending the mentoring, looking back, and what the mentee keeps.
btn-closure = 🏁 Bitiş ve geriye bakış
closure-open-title =
    <b>Mentorluğu bitirmek</b>
    Çoğu ikili, kararlaştırılan süre dolunca biter. Bazen bir mentorluk ilişkisi erken sona erer – bu, ikinizle ilgili kötü bir şey söylemez.
    Neden bitiyor?
closure-confirm =
    <b>{ $programme } programında { $other } ile mentorluk bitirilsin mi?</b>
    Neden: { $reason }
    Ardından ikinize de son birkaç soru sorulacak. Bunu kendin geri alamazsın; bir hata olduysa bir koordinatör yardımcı olabilir.
btn-closure-end = ✔ Mentorluğu bitir
closure-other-side =
    🏁 <b>{ $programme } programındaki mentorluğun sona erdi.</b>
    Neden: { $reason }
    Son sorular için /menu → “🏁 Bitiş ve geriye bakış” bölümünü aç{ $extra }
closure-other-side-mentee = {" "}ve istersen Öğrenme Beyanını ve sertifikanı da oradan al.
closure-hub-title =
    <b>Geriye bakış: { $programme }, { $other } ile</b>
    Bu bir “elveda” değil: iletişimde kalmak isteyip istemediğinizi ve nasıl kalacağınızı birlikte konuşabilirsiniz.
closure-step-followup = 📝 Anket yeniden (öncesi ve sonrası)
closure-step-reflection = 💭 Son bir değerlendirme
closure-step-statement = 📄 Öğrenme Beyanım (PDF)
closure-step-certificate = 🎓 Sertifikam (PDF)
closure-done = ✓
closure-final-title = <b>Son bir değerlendirme</b>
    Bir soru seç, sonra tek mesajla yanıtla.
closure-final-written = Kaydedildi. Teşekkürler.
closure-final-prompt = <b>{ $prompt }</b>
    Tek mesajla yanıtla (en fazla { $limit } karakter).

statement-intro =
    <b>Öğrenme Beyanın</b>
    Mentorluk sayesinde artık neler yapabildiğini anlatır. Senindir: yalnızca sen istersen, kendi sözlerinle hazırlanır ve hazırlanmadan önce her bölümünü değiştirebilirsin.
statement-section = <b>{ $title }</b>
    { $text }
statement-empty = (henüz yazılmadı – yazmak için bölüme dokun)
statement-edit = <b>{ $title }</b>
    Bu bölümü tek mesajla yaz (en fazla { $limit } karakter). Şu an yazan:
    { $text }
btn-statement-make = ✔ Öğrenme Beyanımı hazırla
statement-caption = Öğrenme Beyanın. Kimin göreceğine sen karar verirsin.
statement-title = Öğrenme Beyanı
statement-subtitle = { $name } · { $programme } · { $start } – { $end }
statement-process = Akran mentorluğu süreci
statement-objectives = Ulaşmak istediğim hedefler
statement-changes = Hedeflerimdeki değişiklikler
statement-did = Neler yaptım
statement-hard-skills = Kullandığım ya da öğrendiğim teknik beceriler
statement-soft-skills = Sosyal beceriler: başkalarıyla çalışmak ve kendimi tanımak
statement-able = Artık yapabildiğimi hissettiğim şeyler
statement-draft-process = { $start } ile { $end } arasında { $org } bünyesindeki { $programme } programına katıldım. Mentorum { $mentor } idi. { $sessions } kez görüştük.
statement-draft-did = Birlikte { $sessions } oturum yaptık.
certificate-title = Başarıyla Tamamlama Belgesi
certificate-line-1 = Bu belge,
certificate-line-3 = adlı kişinin { $org } bünyesindeki “{ $programme }” mentorluk programını,
certificate-line-4 = { $start } – { $end } tarihleri arasında { $sessions } oturuma katılarak tamamladığını onaylar.
certificate-signature = { $org } · düzenlenme tarihi: { $date }
certificate-caption = Başarıyla tamamlama belgen.
