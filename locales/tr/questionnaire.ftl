# The questionnaire: the mentee answers before the mentoring (baseline) and at its end (follow-up).
# The instruments' own words are in instruments.ftl; these are the flow's.
questionnaire-phase-baseline = Mentorluktan önce
questionnaire-phase-followup = Sonunda

questionnaire-home = <b>📝 Anket</b> – { $programme }
questionnaire-state-done = { $phase }: ✅ tamamlandı
questionnaire-state-partial = { $phase }: { $total } sorudan { $answered } tanesi yanıtlandı
questionnaire-state-todo = { $phase }: henüz yanıtlanmadı
questionnaire-followup-later = Mentorluğun sonunda neyin değiştiğini görmek için aynı soruları yeniden yanıtlayacaksın.
questionnaire-mentor-done = { $phase }: { $mentee } tamamladı ✅
questionnaire-mentor-todo = { $phase }: { $mentee } henüz tamamlamadı
questionnaire-mentor-privacy = Yalnızca tamamlanıp tamamlanmadığını görürsün; yanıtlar { $mentee } adlı mentiye aittir.
questionnaire-no-pair = Anket için açık bir ikili yok.
questionnaire-which-pair =
    <b>📝 Anket</b>
    Hangi ikili?

# One line in the main menu, for each pair.
questionnaire-menu-done = 📝 Anket – { questionnaire-state-done }
questionnaire-menu-partial = 📝 Anket – { questionnaire-state-partial }
questionnaire-menu-todo = 📝 Anket – { questionnaire-state-todo }
questionnaire-menu-mentor-done = 📝 Anket – { questionnaire-mentor-done }
questionnaire-menu-mentor-todo = 📝 Anket – { questionnaire-mentor-todo }

# A one-line welcome above the first question.
questionnaire-intro-teacher_annex3-baseline = Mentorluk oturumlarınız başlamadan önce kapsayıcı öğretim hakkında kısa bir anket: altı soru, yaklaşık üç dakika. İstediğiniz zaman durup daha sonra devam edebilirsiniz.
questionnaire-intro-teacher_annex3-followup = Mentorluğunuz sona yaklaşıyor: neyin değiştiğini görebilmeniz için başlangıçtaki altı sorunun aynısı. İstediğiniz zaman durup daha sonra devam edebilirsiniz.
questionnaire-intro-student_intake-baseline = Merhaba! Mentorluktan neler umduğunla ilgili iki kısa soru. Mentorun yalnızca cevapladığını görür, cevaplarını görmez. Yanlış cevap yok ve istediğin zaman durabilirsin.
questionnaire-intro-student_intake-followup = Mentorluğun neredeyse bitti! Başlangıçtaki iki sorunun aynısı – bakalım neler değişmiş.

questionnaire-question =
    <b>{ $instrument }</b> · Soru { $number } / { $total }

    <b>{ $number }. { $title }</b>
    { $question }
questionnaire-write = Yanıtını tek mesajla yaz (en fazla { $limit } karakter).
questionnaire-your-answer = Şu anki yanıtın: “{ $current }”
questionnaire-pick-one = En az birini seç ya da “Söylemek istemiyorum”a dokun.
questionnaire-chosen = ✓ { $label }
questionnaire-skipped = Söylemek istemiyorum
questionnaire-not-answered = –
questionnaire-quoted = “{ $text }”

questionnaire-btn-skip = Söylemek istemiyorum
questionnaire-btn-next = İleri ›
questionnaire-btn-keep = Bu yanıt kalsın
questionnaire-btn-later = ⏸ Sonra
questionnaire-btn-answer = ▶ Şimdi yanıtla
questionnaire-btn-answers = 📊 Yanıtların
questionnaire-btn-before-after = 📊 Önce ve sonra
questionnaire-btn-change = ✏️ { $number }. { $title }
questionnaire-btn-done = ✔ Bitti

questionnaire-summary =
    <b>Yanıtlarını kontrol et</b> – { $instrument }
    Değiştirmek için birine dokun ya da onayla. Onaylandıktan sonra yanıtlar kesinleşir.
questionnaire-summary-line = <b>{ $number }. { $title }</b>: { $answer }
questionnaire-thanks = ✅ <b>Teşekkürler!</b> Yanıtların kaydedildi. { $mentor } yanıtlarını değil, yalnızca anketi tamamladığını görür.

questionnaire-answers-title = <b>Yanıtların</b> – { $instrument }
questionnaire-before-after-title =
    <b>Önce ve sonra</b> – { $instrument }
    Mentorluktan önceki yanıtların → sondaki yanıtların.
questionnaire-compare-line =
    <b>{ $number }. { $title }</b>
    { $before } → { $after }
questionnaire-compare-text =
    <b>{ $number }. { $title }</b>
    Önce: { $before }
    Sonunda: { $after }
