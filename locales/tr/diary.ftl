# The session diary (/diary) and the progress against the plan.

## Seed 000, Annex IV - Diary: the field names and modes as the Annex writes them
diary-field-session_no = Oturum No.
diary-field-date = Tarih
diary-field-duration = Süre
diary-field-mode = Biçim (yüz yüze / çevrim içi / karma)
diary-mode-in_person = yüz yüze
diary-mode-online = çevrim içi
diary-mode-hybrid = karma
diary-mode-other-word = diğer: { $word }
diary-field-objectives = 1. Oturumun Hedefleri
diary-field-topics = 2. Konular ve Etkinlikler
diary-field-mentee_reflection = 3. Mentinin Değerlendirmesi
diary-field-mentor_notes = 4. Mentorun Notları
# Seed 000, Annex II: the column of the plan a session is tagged with, and the two parts without their hours
diary-field-activity = Etkinlik
diary-plan-part-mentoring = A. Mentorluk Etkinlikleri
diary-plan-part-piloting = B. Sınıfta Pilot Uygulama

## Progress (the diary's home and the main menu)
diary-plan-part = { $part }: { NUMBER($done, maximumFractionDigits: 1) } / { NUMBER($planned, maximumFractionDigits: 1) } sa
diary-plan-activity = { "  " }• { $activity }: { NUMBER($done, maximumFractionDigits: 1) } / { NUMBER($planned, maximumFractionDigits: 1) } sa
diary-rhythm = Şu ana kadar { $done } { $done ->
       *[other] oturum
    }; haftada { $per_week } görüşmeyle şimdiye kadar { $expected } oturuma ulaşmış olurdunuz.
diary-rhythm-ahead = Haftada { $minutes } dakikalık { $per_week } görüşme düzeni { $start } tarihinde başlıyor.
diary-menu-line = 📔 { $text }
diary-menu-waiting-mentee = 📔 { $count ->
        [one] Bir oturum
       *[other] { $count } oturum
    } değerlendirmeni bekliyor.
diary-menu-waiting-mentor = 📔 { $count ->
        [one] Bir oturum
       *[other] { $count } oturum
    } notlarını bekliyor.

## The diary's home
diary-title = <b>📔 Oturum günlüğü</b> – { $programme }, { $other } ile
diary-waiting-title = <b>Seni bekleyenler</b>
diary-waiting-mentee = Oturum { $number } – değerlendirmeni ekle
diary-waiting-mentor = Oturum { $number } – notlarını ekle
diary-btn-new = ✍ Yeni kayıt
diary-btn-entries = 📚 Önceki kayıtlar ({ $count })
diary-btn-home = 📔 Günlük
diary-which-pair = <b>📔 Oturum günlüğü</b>
    Hangi ikiliyle ilgili?
diary-no-pair = Şu anda bir ikilide değilsin.

## Writing an entry
diary-new-title = <b>Yeni kayıt – { diary-field-session_no } { $number }</b>
diary-entry-title = <b>{ diary-field-session_no } { $number }</b>
diary-now = Şu an: { $value }
diary-btn-next = İleri ›
diary-btn-skip = Atla ›
diary-ask-date = <b>{ diary-field-date }</b>: oturum ne zamandı? “Bugün”e dokun ya da günü seç.
diary-btn-today = Bugün, { $today }
diary-date-future = O gün henüz gelmedi. Oturumun yapıldığı günü seç.
diary-date-outside = { $earliest } ile { $latest } arasında bir gün seç: program { $start } ile { $end } arasında sürüyor.
diary-date-too-soon = Oturumlar { $earliest } tarihinden itibaren kaydedilebilir: program { $start } ile { $end } arasında sürüyor.
diary-ask-duration = <b>{ diary-field-duration }</b>: ne kadar sürdü? Bir süreye dokun ya da dakikayı yaz ({ $low }–{ $high }).
diary-minutes = { $minutes } dk
diary-minutes-invalid = Lütfen dakikayı { $low } ile { $high } arasında bir tam sayı olarak yaz.
diary-ask-mode = <b>{ diary-field-mode }</b>: nasıl görüştünüz?
diary-btn-mode-other = diğer…
diary-ask-mode-other = <b>{ diary-field-mode }</b>: diğer – bir iki kelimeyle? (en fazla { $limit } karakter)
diary-ask-activity = <b>{ diary-field-activity }</b>: bu oturum mentorluk planının hangi etkinliğiydi?
diary-ask-text =
    <b>{ $section }</b>
    Tek mesaj olarak yaz, en fazla { $limit } karakter. Sonra değiştirebilirsin.
    Bir günlük kaydındaki her şeyi, mentorun notları dahil, ikiniz de, mentor ve menti, görürsünüz; koordinatörler yalnızca tarihini, süresini ve nasıl görüştüğünüzü görür.

## Reading an entry
diary-fact = { $label }: { $value }
diary-section-title = <b>{ $section }</b>
diary-not-written = (henüz yazılmadı)
diary-left-empty = —
diary-shortened = { $text }…
diary-btn-full = 📖 { $section } (tamamı)
diary-btn-edit = ✏️ Kendi bölümümü değiştir
diary-btn-delete = 🗑 Kendi bölümümü sil
diary-edit-title = <b>{ diary-field-session_no } { $number }</b>
    Neyi değiştirmek istersin?
diary-delete-confirm =
    <b>{ $number }. oturumdaki kendi bölümün silinsin mi?</b>
    { $role ->
        [mentor] Hedeflerin, konuların ve notların silinecek.
       *[mentee] Değerlendirmen silinecek.
    }
    { $fate ->
        [goes] Bu kayda başka kimse yazmadı, bu yüzden oturumun tamamı günlükten kalkar.
        [passes] { $other } de bu kayda yazdı, bu yüzden oturum onun bölümüyle birlikte kalır; tarihi, süresi ve biçimi ona geçer.
       *[stays] Oturum, diğer bölümüyle birlikte günlükte kalır.
    }
    Bu geri alınamaz.
diary-btn-delete-yes = 🗑 Evet, sil
diary-deleted-part = { $number }. oturumdaki bölümün silindi.
diary-deleted-entry = { $number }. oturum günlükten silindi.

## Past entries
diary-entries-title = <b>📚 Önceki oturumlar</b>, en yeniden başlayarak
diary-entries-empty = Günlükte henüz oturum yok. “Yeni kayıt” ile bir tane başlat.
diary-entries-page = Sayfa { $page } / { $pages }
diary-entry-button = Oturum { $number } · { $date } · { $minutes } dk
diary-btn-newer = ‹ Önceki
diary-btn-older = Sonraki ›
