# Goals (seed 003, Stage 2 Engage): the mentee's mission (the "destination"), goals and objectives
# (the "roadmap"), with their progress. Only the mentee changes them; the mentor reads them.
goals-which-pair = <b>🎯 Hedefler</b>
    Hangi ikili?
goals-title-own = <b>🎯 Hedeflerin</b> · { $programme }
goals-title-mentee = <b>🎯 Hedefler: { $mentee }</b> · { $programme }
goals-terms = Misyon varış noktasıdır: mentinin ulaşmak istediği yer. Hedefler ve alt hedefler yol haritasıdır: yoldaki büyük adımlar ve sırada yapılacak küçük, somut şeyler.
goals-mission = 🧭 <b>Misyon:</b> { $text }
goals-no-mission = 🧭 <b>Misyon:</b> henüz belirlenmedi
goals-heading = { $kind ->
        [goal] 🏁 <b>Hedefler</b>
       *[objective] 👣 <b>Alt hedefler</b>
    } ({ $count } / en fazla { $limit })
goals-line = { $number }. { $text } – { $progress }
goals-none-yet = Henüz yok.
goals-hint-own = İlerlemeni işaretlemek, ifadesini değiştirmek ya da kaldırmak için birine dokun.
goals-hint-mentor = Bu hedefleri yalnızca { $mentee } değiştirebilir. Görüşmelerinizde fikir öner; { $mentee } seçtiklerini ekler.

goals-progress = { $progress ->
        [0] Başlamadı
        [25] Yolda
        [50] Yarı yolda
        [75] Neredeyse bitti
       *[100] Tamamlandı
    }
goals-progress-current = ✓ { $label }
goals-item = { $kind ->
        [mission] 🧭
        [goal] 🏁
       *[objective] 👣
    } { $text }{ $kind ->
        [mission] {""}
       *[other] {" "}· %{ $progress }
    }

goals-btn-add-mission = ➕ Misyon
goals-btn-add-goal = ➕ Hedef
goals-btn-add-objective = ➕ Alt hedef
goals-btn-other-pair = 👥 Başka bir ikili
goals-btn-edit = ✏️ İfadeyi değiştir
goals-btn-remove = 🗑 Kaldır
goals-btn-remove-yes = Evet, kaldır

goals-write = { $kind ->
        [mission] <b>Misyonun</b>: nereye ulaşmak istiyorsun? Bu senin varış noktan.
        [goal] <b>Yeni bir hedef</b>: misyonuna giden yoldaki büyük adımlardan biri.
       *[objective] <b>Yeni bir alt hedef</b>: sırada yapılacak küçük, somut bir şey.
    }
    Tek mesaj olarak gönder, en fazla { $limit } karakter.
goals-limit = { $kind ->
        [mission] Zaten bir misyonun var. Başka bir tane eklemek yerine ifadesini değiştir.
        [goal] Zaten { $limit } hedefin var, olabilecek en fazla sayı bu. Başka bir tane eklemek için artık gerekmeyen birini kaldır.
       *[objective] Zaten { $limit } alt hedefin var, olabilecek en fazla sayı bu. Başka bir tane eklemek için artık gerekmeyen birini kaldır.
    }

goals-card = { $kind ->
        [mission] 🧭 <b>Misyonun</b>
        [goal] 🏁 <b>Hedefin</b>
       *[objective] 👣 <b>Alt hedefin</b>
    }
    { $text }
goals-card-progress = İlerleme: <b>{ $label }</b> (%{ $progress }). Ne kadar ilerlediğini işaretlemek için dokun.
goals-edit = Şu an: “{ $text }”
    Yeni ifadeyi tek mesaj olarak gönder, en fazla { $limit } karakter.
goals-remove = “{ $text }” kaldırılsın mı? Geri getirilemez.
goals-removed = Kaldırıldı.

goals-menu-mission = 🧭 Misyon: { $text }
goals-menu-progress = 🎯 Hedefler: { $total } hedeften { $done } tanesi tamamlandı
goals-menu-none = 🎯 Henüz hedef yok
