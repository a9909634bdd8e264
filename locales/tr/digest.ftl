# The coordinator's weekly digest (/digest, and every Monday) and export (/export): numbers only, never
# what people wrote.
btn-digest = 📊 Haftalık özet
btn-digest-open = 📊 Özeti grafikle aç
btn-digest-export = 📥 Tabloyu indir (XLSX)
digest-coordinators-only = Özet ve dışa aktarma koordinatörler içindir. Neler yapabileceğini görmek için /menu gönder.
digest-title = 📊 <b>Haftalık özet</b> · { $start } – { $end }
digest-programmes = { $count ->
    [one] 1 program
   *[other] { $count } program
    }
digest-statuses = İkililer: { $pairs } – aktif { $active } · risk altında { $at_risk } · başlamamış { $waiting } · duraklatılmış { $paused } · kapanmış { $closed }
digest-sessions = Yapılan oturumlar: son 7 günde { $week }, toplam { $total }
digest-questionnaires = Tamamlanan anketler: başta { $baseline }, sonda { $followup }
digest-concerns = Endişeler: son 7 günde { $opened } yeni, { $still_open } hâlâ açık
digest-concerns-untold = ⚠️ { $count ->
       *[other] { $count } açık endişe
    } kimseye ulaşmadı: tüm uyarılar başarısız oldu (bot engellenmiş). Hemen Menü → Endişeler bölümünü açın.
digest-unreachable = Botu engelleyen kişiler: { $count }
digest-empty = Henüz programınız yok, bu yüzden raporlanacak bir şey yok.
digest-pick = Ayrıntıları için bir program açın:
digest-programme-title = <b>{ $name }</b> · { $kind }
digest-stages = Aşamaya göre: { $stages }
digest-stage-count = { $stage } { $count }
digest-plan = <b>Plana göre saatler</b> (Ek II; başlamış ikililer: { $pairs })
digest-plan-part = { $part }: { NUMBER($done, maximumFractionDigits: 1) } / { NUMBER($planned, maximumFractionDigits: 1) } sa
digest-plan-part-mentoring = A. Mentorluk etkinlikleri
digest-plan-part-piloting = B. Sınıfta pilot uygulama
digest-means = <b>Anket ortalamaları</b> (Ek III; 1 en düşük yanıttır)
digest-means-item = { $item }: başta { $baseline } · sonda { $followup }
digest-mean = { NUMBER($mean, maximumFractionDigits: 1) } / { $points }
digest-mean-few = 3'ten az yanıt
digest-at-risk-note = Bir ikili { $days } gündür görüşmemişse ve planlanmış bir görüşmesi yoksa “risk altında” sayılır.

# The chart
digest-chart-sessions = Haftalık yapılan oturumlar
digest-chart-status = Duruma göre ikililer
digest-chart-caption = 📊 Haftalık yapılan oturumlar (son { $weeks } hafta) ve duruma göre ikililer.
digest-status-waiting = Başlamamış
digest-status-active = Aktif
digest-status-at_risk = Risk altında
digest-status-paused = Duraklatılmış
digest-status-closed = Kapanmış

# The export (sheet names: at most 31 characters)
digest-export-caption = { $date } itibarıyla programlarınız: ikililer, görüşmeler ve günlük oturumları (yalnızca tarihler ve sayılar – günlük metni yok).
digest-export-empty = Henüz dışa aktarılacak programınız yok.
digest-export-file = programlar-{ $date }.xlsx
digest-sheet-pairs = İkililer
digest-sheet-meetings = Görüşmeler
digest-sheet-diary = Günlük oturumları
digest-column-programme = Program
digest-column-pair = İkili no.
digest-column-mentor = Mentor
digest-column-mentee = Menti
digest-column-minor = Menti 18 yaş altı
digest-column-mentor_minor = Mentor 18 yaş altı
digest-column-stage = Aşama
digest-column-status = Durum
digest-column-started = Başlangıç
digest-column-ended = Bitiş
digest-column-sessions = Yapılan oturumlar
digest-column-hours = Günlük saatleri
digest-column-last = Son oturum
digest-column-date = Tarih
digest-column-time = Saat
digest-column-minutes = Dakika
digest-column-mode = Biçim
digest-column-meeting-status = Yapıldı mı?
digest-column-session = Oturum no.
digest-column-activity = Plan etkinliği
digest-cell-yes = evet
digest-cell-no = hayır
digest-mode-in_person = yüz yüze
digest-mode-online = çevrim içi
digest-mode-hybrid = karma
digest-mode-other = diğer
digest-meeting-scheduled = planlandı
digest-meeting-held = yapıldı
digest-meeting-not_held = yapılmadı
digest-meeting-cancelled = iptal edildi
digest-meeting-moved = yeniden planlandı

# The drift ladder (scheduler/drift.py): a pair that has not met for a while.
drift-your-pair = ikilin
drift-nudge-mentee = 👋 Merhaba! { $other } ile son görüşmenizin üzerinden { $days } gün geçti. Bir sonraki görüşmeyi planlamaya ne dersin? Birlikte bir zaman seçmek için /meeting gönder.
drift-nudge-mentor = 👋 { $other } ile son görüşmenizin üzerinden { $days } gün geçti. Kısa bir görüşme işleri yolunda tutar – bir sonrakini planlamak için /meeting gönder.
drift-nudge-direct =
    <b>{ $other } ile iletişime geçme zamanı</b>
    { $days } gündür görüşmediniz. Lütfen onunla iletişime geç ve bir sonraki görüşmenizi planla (/meeting). Bir engel varsa koordinatörün yardımcı olabilir.
