# Joining with an invite link: language, privacy notice, welcome.
start-unknown-person = Merhaba! Bu bot okul mentorluk programlarını destekler. Katılmak için koordinatörünün verdiği davet bağlantısını aç.
invite-unknown = Bu davet bağlantısı geçerli değil. Lütfen tamamını kopyaladığından emin ol ya da koordinatöründen yeni bir tane iste.
invite-used = Bu davet bağlantısı zaten kullanıldı. Her bağlantı bir kez çalışır. Gerekirse koordinatöründen yeni bir tane iste.
invite-expired = Bu davet bağlantısının süresi doldu. Koordinatöründen yeni bir tane iste.
invite-self-pair = Bu ikilide zaten varsın, bu yüzden diğer bağlantıyla ikinci kez katılamazsın.
invite-already-yours = Bu bağlantıyla zaten katıldın. İşte menün.
invite-staff-minor = Bu bağlantı okul personeli (koordinatör) içindir, bu yüzden 18 yaşından küçük bir öğrenci tarafından kullanılamaz. Hiçbir şey değişmedi. Sana yanlışlıkla ulaştıysa, lütfen gönderen kişiye haber ver.

onboarding-language =
    <b>Hoş geldin, { $name }!</b>
    Dilini seç. Daha sonra /language ile değiştirebilirsin.

privacy-notice-student-mentee =
    <b>Gizliliğin – lütfen oku</b>

    <b>Neleri saklıyoruz:</b> koordinatörünün yazdığı şekliyle adın, Telegram hesap numaran, dilin ve bu botta yazdıkların.
    <b>Kim görür:</b> mentorun, ikili olarak paylaştıklarınızı – günlüğü, görüşmeleri ve hedefleri – görür; anketinden ise yalnızca cevapladığını görür. Programının koordinatörleri yalnızca sayıları, tarihleri ve ikilinin aşamasını görür – günlüğünü ya da yanıtlarını asla görmez. Bir endişe bildirirsen, koordinatörler yardım edebilmek için onu görür.
    <b>Gizli, ama sınırları var:</b> birinin zarar görme riski varsa, güvenliğinden sorumlu yetişkinlere haber verilir. Bunu gizli tutacağımıza asla söz vermeyiz.
    <b>Ne kadar süre:</b> programın bitene kadar ve bittikten sonra bir süre daha; sonra silinir.
    <b>Senin seçimin:</b> onayını istediğin zaman Menü → Gizlilik bölümünden geri alabilirsin. Geri almak, vermek kadar kolaydır.
    <b>Silme:</b> botun senin hakkında sakladığı her şeyi istediğin zaman /mydata ile silebilirsin. Yalnızca endişe bildirimlerin (metinleri ve tarihleri) adın olmadan koordinatörlerde kalır, çünkü birinin güvenliğini sağlamak için gerekebilirler.
privacy-notice-student-mentor =
    <b>Gizliliğin – lütfen oku</b>

    <b>Neleri saklıyoruz:</b> koordinatörünün yazdığı şekliyle adın, Telegram hesap numaran, dilin ve bu botta yazdıkların.
    <b>Kim görür:</b> mentorluk yaptığın öğrenci, ikili olarak paylaştıklarınızı – günlüğü, içindeki notların dahil, görüşmeleri ve hedefleri – görür. Programının koordinatörleri yalnızca sayıları, tarihleri ve ikilinin aşamasını görür – günlüğünü ya da yanıtlarını asla görmez. Bir endişe bildirirsen, koordinatörler yardım edebilmek için onu görür.
    <b>Gizli, ama sınırları var:</b> birinin zarar görme riski varsa, güvenliğinden sorumlu yetişkinlere haber verilir. Bunu gizli tutacağımıza asla söz vermeyiz.
    <b>Ne kadar süre:</b> programın bitene kadar ve bittikten sonra bir süre daha; sonra silinir.
    <b>Senin seçimin:</b> onayını istediğin zaman Menü → Gizlilik bölümünden geri alabilirsin. Geri almak, vermek kadar kolaydır.
    <b>Silme:</b> botun senin hakkında sakladığı her şeyi istediğin zaman /mydata ile silebilirsin. Yalnızca endişe bildirimlerin (metinleri ve tarihleri) adın olmadan koordinatörlerde kalır, çünkü birinin güvenliğini sağlamak için gerekebilirler.
privacy-notice-teacher =
    <b>Gizliliğin – lütfen oku</b>

    <b>Neleri saklıyoruz:</b> koordinatörünün yazdığı şekliyle adın, Telegram hesap numaran, dilin ve bu botta yazdıkların.
    <b>Kim görür:</b> mentorluk ortağın, ikili olarak paylaştıklarınızı görür: oturum günlüğü, görüşmeler, hedefler ve plan. Programının koordinatörleri yalnızca sayıları, tarihleri ve ikilinin aşamasını görür – günlüğünü ya da yanıtlarını asla görmez. Bir endişe bildirirsen, koordinatörler gereğini yapabilmek için onu görür.
    <b>Gizli, ama sınırları var:</b> bir öğrencinin ya da başka birinin zarar görme riski varsa, okulunun koruma prosedürü uygulanır ve koordinatörlere haber verilir. Bunu gizli tutacağımıza asla söz vermeyiz.
    <b>Ne kadar süre:</b> programın bitene kadar ve bittikten sonra bir süre daha; sonra silinir.
    <b>Senin seçimin:</b> onayını istediğin zaman Menü → Gizlilik bölümünden geri alabilirsin. Geri almak, vermek kadar kolaydır.
    <b>Silme:</b> botun senin hakkında sakladığı her şeyi istediğin zaman /mydata ile silebilirsin. Yalnızca endişe bildirimlerin (metinleri ve tarihleri) adın olmadan koordinatörlerde kalır, çünkü birinin güvenliğini sağlamak için gerekebilirler.
privacy-notice-coordinator =
    <b>Gizliliğin – lütfen oku</b>

    <b>Neleri saklıyoruz:</b> davet edildiğinde yazıldığı şekliyle adın, Telegram hesap numaran, dilin ve bu botta yaptıkların: programlar, ikililer, davetler ve endişelerle ilgili notların.
    <b>Kim görür:</b> kurumunun diğer koordinatörleri, üzerinde çalıştığın programları, ikilileri ve endişeleri ve bunlarla ilgili notlarını görür. İkililerden yalnızca sayıları, tarihleri ve aşamaları ve bildirilen endişeleri görürsün – günlüklerini ya da yanıtlarını asla görmezsin.
    <b>Senin payın:</b> bildirilen bir endişe birini güvende tutmak içindir: okulunun koruma prosedürüne göre gereğini yap ve bunun için ihtiyacı olmayan kimseyle paylaşma.
    <b>Ne kadar süre:</b> programın bitene kadar ve bittikten sonra bir süre daha; sonra silinir.
    <b>Senin seçimin:</b> onayını istediğin zaman Menü → Gizlilik bölümünden geri alabilirsin. Geri almak, vermek kadar kolaydır.
    <b>Silme:</b> botun senin hakkında sakladığı her şeyi istediğin zaman /mydata ile silebilirsin. Yalnızca endişe bildirimlerin (metinleri ve tarihleri) adın olmadan koordinatörlerde kalır, çünkü birinin güvenliğini sağlamak için gerekebilirler.
privacy-question = Kabul ediyor musun?
privacy-accept = ✔ Kabul ediyorum
privacy-decline = Şimdi değil
privacy-declined =
    Sorun değil. Onayın olmadan bot notlarını saklayamaz, bu yüzden sessiz kalır.
    Fikrini değiştirirsen /start gönder.
privacy-accepted = Teşekkürler! Bunu istediğin zaman Menü → Gizlilik bölümünden yeniden okuyabilirsin.
