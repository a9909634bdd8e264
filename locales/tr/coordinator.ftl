# A coordinator's screens: programmes, new programme, new pair with invite links.
programmes-title = <b>Programlarınız</b>
programmes-empty = Henüz programınız yok. “Yeni program” ile bir tane oluşturun.
programme-kind-teacher = Öğretmen mentorluğu
programme-kind-student = Öğrenci akran mentorluğu
programme-card =
    <b>{ $name }</b>
    { $kind } · { $start } – { $end } · { $timezone }
    İkililer: { $pairs }
programme-pair-line = • { $mentor } → { $mentee } · { $stage }
programme-pair-waiting = (bekleniyor: { $who })

new-programme-org = Program hangi kurum için?
new-programme-name = <b>Yeni program</b>
    Adı ne? (örneğin “Kapsayıcı öğretim 2026/27”)
new-programme-name-taken = “{ $name }” adlı bir program zaten var. Lütfen başka bir ad seçin.
new-programme-kind = “{ $name }” ne tür bir program?
new-programme-start = Ne zaman başlıyor? Tarihi seçin.
new-programme-end = Ne zaman bitiyor? Tarihi seçin ({ $start } veya sonrası).
new-programme-end-before-start = Bitiş, başlangıçla ({ $start }) aynı gün ya da daha sonra olmalı. Başka bir tarih seçin.
new-programme-timezone = Katılımcılar hangi saat diliminde yaşıyor? Birini seçin ya da Europe/Istanbul gibi bir ad yazın.
new-programme-timezone-unknown = “{ $value }” saat dilimini tanımıyorum. Europe/Istanbul gibi bir ad yazın ya da birini seçin.
new-programme-confirm =
    <b>Bu program oluşturulsun mu?</b>
    { $name }
    { $kind } · { $start } – { $end } · { $timezone }
new-programme-done = “{ $name }” programı hazır. Şimdi “Yeni ikili” ile ikililer ekleyin.

new-pair-programme = <b>Yeni ikili</b>
    Hangi program?
new-pair-no-programmes = Önce bir program oluşturun.
new-pair-mentor = Mentor kim? Bu programda zaten mentorluk yapan birini seçin ya da yeni bir mentor ekleyin.
btn-new-mentor = ➕ Yeni mentor
new-pair-mentor-name = Mentorun adını ikilinin göreceği şekilde yazın (yalnızca ad yeterli).
new-pair-mentee-name = Mentinin adını ikilinin göreceği şekilde yazın (yalnızca ad yeterli).
new-pair-minor = { $mentee } 18 yaşından küçük mü?
new-pair-consent =
    { $mentee } 18 yaşından küçük. Okul, katılım için velisinin ya da yasal vasisinin onayını aldı mı?
    (Davet bağlantısı ancak onay alındıktan sonra oluşturulur.)
new-pair-consent-needed = Lütfen önce veli onayını alın, sonra { $mentee } adlı kişiyi eklemek için geri gelin. Hiçbir şey oluşturulmadı.
new-pair-mentor-minor = Mentor { $mentor } 18 yaşından küçük mü?
new-pair-mentor-consent =
    Mentor { $mentor } 18 yaşından küçük. Okul, mentor olarak katılımı için velisinin ya da yasal vasisinin onayını aldı mı?
    (Davet bağlantısı ancak onay alındıktan sonra oluşturulur.)
new-pair-mentor-consent-needed = Lütfen önce { $mentor } için veli onayını alın, sonra bu ikiliyi eklemek için geri gelin. Hiçbir şey oluşturulmadı.
new-pair-confirm =
    <b>Bu ikili oluşturulsun mu?</b>
    Program: { $programme }
    Mentor: { $mentor }{ $mentor_minor }
    Menti: { $mentee }{ $minor }
new-pair-minor-note = (18 yaşından küçük, veli onayı alındı)
new-pair-channel = Menti şuradan katılır: { $channel }
new-pair-channel-telegram = Telegram'da
new-pair-channel-web = bir web tarayıcısında (Telegram'ı kullanamayanlar için, ör. 16 yaş altı)
btn-new-pair-channel = 🔁 Telegram veya web tarayıcısı
new-pair-done =
    <b>İkili oluşturuldu.</b> Her kişiye kendi bağlantısını (ya da basılı QR kodunu) verin. Her bağlantı bir kez ve şu tarihe kadar geçerlidir: { $expires }.
new-pair-link = { $role } { $name }: { $link }
new-pair-qr-caption = { $name } ({ $role }) için davet. Bir kez ve { $expires } tarihine kadar geçerlidir.

# A pair's card: its stage, the stage history and moving it.
programme-pair-button = { $mentor } → { $mentee }
programme-pair-card =
    <b>{ $mentor } → { $mentee }</b> · { $programme }
    Mentor: { $mentor } – { $mentor_joined }
    Menti: { $mentee } – { $mentee_joined }
programme-pair-joined = katıldı
programme-pair-not-joined = henüz katılmadı
programme-pair-rules-agreed = Temel kurallar: { $date } tarihinde ikisi de kabul etti
programme-pair-rules-open = Temel kurallar: henüz kabul edilmedi
programme-pair-mentor-agreement-accepted = Mentor sözleşmesi: { $date } tarihinde kabul edildi
programme-pair-mentor-agreement-open = Mentor sözleşmesi: henüz kabul edilmedi
programme-pair-history = <b>Aşama geçmişi</b>
programme-pair-created = • { $date }: ikili oluşturuldu
programme-pair-step = • { $date }: { $source } → { $target } ({ $by })
programme-pair-step-automatic = otomatik olarak
programme-pair-step-ready = otomatik olarak: ikisi de temel kuralları kabul etti
programme-pair-move-to = Şu aşamaya taşı: { $stage }
programme-pair-move-confirm =
    <b>{ $mentor } → { $mentee } ikilisi { $current } aşamasından { $target } aşamasına taşınsın mı?</b>
    İkisi de yeni aşamayı menülerinde görecek.
programme-pair-moved = Taşındı: { $stage }.

# The coordinators of an organisation: who they are, removing one; what the others are told.
btn-coordinators = 👤 Koordinatörler
coordinators-title =
    <b>Koordinatörler</b>
    Kurumlarının programlarını, ikililerini ve bildirimlerini görürler. Görmemesi gereken herkesi çıkarın: erişimini hemen kaybeder.
coordinators-org = <b>{ $org }</b>
coordinators-line = • { $name } · { $date } tarihinden beri
coordinators-line-you = • { $name } (siz) · { $date } tarihinden beri
coordinators-you-name = { $name } (siz)
coordinators-lead-tag = {" "}· 🛡 çocuk koruma sorumlusu
btn-coordinators-leads = 🛡 Çocuk koruma sorumlusu…
coordinators-leads-title =
    <b>Çocuk koruma sorumlusu</b>
    Bir kurumun çocuk koruma sorumlusu her endişeyi ve okunmamış ya da ilerlemeyen endişeler için gönderilen her hatırlatmayı alır; bu endişelerde bir koordinatörün gördüğü her şeyi görür. Bir kişiyi sorumlu yapmak ya da bu görevden almak için adına dokunun.
coordinators-lead-on = ✅ 🛡 { $name }
coordinators-lead-off = ⬜ { $name }
coordinators-name-in = { $name } · { $org }
coordinators-remove = ✖ { $name }
coordinators-remove-in = ✖ { $name } · { $org }
coordinators-confirm =
    <b>{ $name }, { $org } koordinatörlüğünden çıkarılsın mı?</b>
    Kurumun programlarına, ikililerine ve bildirimlerine erişimini hemen kaybeder; bot bunu kendisine bildirir.
coordinators-confirm-you =
    <b>{ $org } koordinatörlüğünden ayrılmak istiyor musunuz?</b>
    Kurumun programlarına, ikililerine ve bildirimlerine erişiminizi hemen kaybedersiniz.
coordinators-gone = Bu kişi artık burada koordinatör değil. Başka hiçbir şey değişmedi.
coordinators-last = { $name }, { $org } kurumunun tek koordinatörü olduğu için çıkarılamaz. Önce başka bir koordinatörün katılması gerekir.
coordinators-removed = { $name } artık { $org } koordinatörü değil.
coordinators-removed-you = Artık { $org } koordinatörü değilsiniz.
coordinator-removed-notice =
    { $by } sizi { $org } koordinatörlüğünden çıkardı. Artık kurumun programlarını, ikililerini ve bildirimlerini görmüyorsunuz.
    Bu bir hataysa, { $org } kurumunun bir koordinatöründen yeni bir davet bağlantısı isteyin.
staff-joined-lead =
    👤 <b>{ $name } artık { $org } koordinatörü ve çocuk koruma sorumlusu</b> (bir çocuk koruma sorumlusu davet bağlantısını açtı).
    Bu kişiyi tanımıyorsanız Menü → Koordinatörler bölümünden çıkarın.
staff-joined-coordinator =
    👤 <b>{ $name } artık { $org } koordinatörü</b> (bir koordinatör davet bağlantısını açtı).
    Bu kişiyi tanımıyorsanız Menü → Koordinatörler bölümünden çıkarın.
