# The instruments, in the seeds' own wording (../shared/seeds). Keys are stable; translations must keep the
# meaning of every option exactly (the Annex III scales are compared before and after).

## Seed 000, Annex III - Assessment Questionnaire - Mentoring process (teacher programmes)
instrument-teacher_annex3 = Değerlendirme Anketi – Mentorluk süreci
q-teacher_annex3-1-title = Farkındalık ve bilgi
q-teacher_annex3-1 = Kapsayıcı öğretim (ör. Öğrenme için Evrensel Tasarım...) konusunda kendinizi ne kadar farkında hissediyorsunuz?
q-teacher_annex3-2-title = Uygulama
q-teacher_annex3-2 = Öğretim etkinliklerinizi öğrencilerinizin farklı öğrenme stillerine, ihtiyaçlarına ve düzeylerine göre ne sıklıkla uyarlıyorsunuz?
q-teacher_annex3-3-title = Araçlar ve stratejiler
q-teacher_annex3-3 = Kapsayıcı araç ve stratejileri (ör. teknoloji, iş birlikli öğrenme, biçimlendirici değerlendirme, akran öğreticiliği vb.) kullanma konusunda kendinize ne kadar güveniyorsunuz?
q-teacher_annex3-4-title = İş birliği ve ağ kurma
q-teacher_annex3-4 = Kapsayıcı etkinlikler tasarlamak için meslektaşlarınızla ya da destek personeliyle (ör. özel eğitim öğretmenleri, öğreticiler, psikologlar) ne ölçüde iş birliği yapıyorsunuz?
q-teacher_annex3-5-title = Etkinin öz değerlendirmesi
q-teacher_annex3-5 = Mevcut öğretim uygulamalarınızın tüm öğrencilerin (özellikle özel eğitim ihtiyacı olan ya da dezavantajlı öğrencilerin) katılımını ve başarısını etkili biçimde desteklediğini ne ölçüde düşünüyorsunuz?
q-teacher_annex3-6-title = Açık uçlu soru
q-teacher_annex3-6 = Kapsayıcı öğretimin hangi yönünde en çok desteğe ihtiyaç duyduğunuzu / en çok geliştiğinizi düşünüyorsunuz?

scale-extent-0 = Hiç
scale-extent-1 = Biraz
scale-extent-2 = Oldukça
scale-extent-3 = Çok
scale-frequency-0 = Hiçbir zaman
scale-frequency-1 = Nadiren
scale-frequency-2 = Bazen
scale-frequency-3 = Sıklıkla
scale-frequency-4 = Her zaman

## Seed 003, Stage 1 - what the mentee hopes to get from the relationship, and goals at a high level
instrument-student_intake = Başlarken
q-student_intake-hopes-title = Neler umuyorsun
q-student_intake-hopes = Bir akran mentorun olmasından ne kazanmayı umuyorsun? Uyanların hepsini seç.
q-student_intake-hopes-0 = Okul ödevlerinde ve derslerde yardım
q-student_intake-hopes-1 = Bir eğitim hedefine ulaşmak için yardım
q-student_intake-hopes-2 = Benim için önemli şeyler hakkında konuşabileceğim biri
q-student_intake-hopes-3 = Başka bir şey
q-student_intake-goals-title = Hedeflerin
q-student_intake-goals = Mentorluk süresince nelere ulaşmak istersin? Birkaç kelime yeterli – ayrıntıları sonra ekleyebilirsin.

## Seed 000, Annex II - Example of mentoring Plan for Teachers
plan-part-mentoring = A. Mentorluk Etkinlikleri (10 saat)
plan-part-piloting = B. Sınıfta Pilot Uygulama
plan-initial_analysis = Başlangıç analizi ve hedef belirleme
plan-initial_analysis-description = Anketin doldurulması ve ilk mentorluk oturumu
plan-methodological_deepening = Yöntemsel derinleşme
plan-methodological_deepening-description = Kapsayıcı yöntemler üzerine tartışma ve yansıtma
plan-co_design = Kapsayıcı etkinliklerin ortak tasarımı
plan-co_design-description = Kapsayıcı stratejilerin ya da derslerin birlikte tasarlanması
plan-final_reflection = Son yansıtma ve kapanış
plan-final_reflection-description = Öz değerlendirme ve son tartışma
plan-classroom_piloting = Sınıfta pilot uygulama
plan-classroom_piloting-description = Tasarlanan kapsayıcı etkinliklerin uygulanması
plan-evidence = Kanıt ve materyal toplama
plan-evidence-description = Geri bildirim, raporlar ve belgeleme
plan-personal_reflection = Kişisel yansıtma ve öz değerlendirme
plan-personal_reflection-description = Sonuçlar ve etki üzerine bireysel yansıtma

## Seed 003, Stage 1 - ground rules the pair should set
ground-rule-how_often = Ne sıklıkla görüşülecek?
ground-rule-where_when = Görüşme yerleri/zamanları.
ground-rule-cannot_come = Taraflardan biri bir görüşmeye gelemezse ne yapılacak?
ground-rule-friends = Mentorluk görüşmelerine arkadaş getirmek.
ground-rule-confidentiality = Gizlilik konuları.
ground-rule-problems = Sorunlarla başa çıkmak.

## Seed 002 - Agreement for mentors and leaders of peer-to-peer programs (teacher programmes)
mentor-agreement-title = Akrandan akrana programlarındaki mentorlar ve liderler için sözleşme: Öğretmen eğitiminden öğretmenlik mesleğine geçişi desteklemek
mentor-agreement-intro = Mentor/lider olarak şunları kabul edersiniz:
mentor-agreement-1 = Öğretmenliğin ilk yıllarında mentorluğa sistemli biçimde öncelik verilen bir uyum (oryantasyon) dönemi sağlamak
mentor-agreement-2 = İlk eğitim-öğretim yılında menti için kişiselleştirilmiş bir mentorluk planı tasarlamak (mevcut yeterliklerin değerlendirilmesi, mesleki gelişim ihtiyaçları, gelişim hedefleri ve süreç ile sonuç üzerine sürekli üst düzey yansıtma fırsatları dahil)
mentor-agreement-3 = Mentiyi kuruma, onu mesleki topluluğun önemli bir kaynağı ve katkı sunan bir üyesi olarak tanıyacak biçimde tanıtmak
mentor-agreement-4 = Mentinin daha deneyimli meslektaşlarıyla iş birliği yapması ve ortak planlamaya katılması için mesleki fırsatları güvence altına alan alanlar yaratmak
mentor-agreement-5 = Mentinin ileri mesleki gelişim programlarına katılması için fırsatları kolaylaştırmak
mentor-agreement-6 = Tartışma, destek, geri bildirim, tavsiye ve rehberlik için mentiyle düzenli olarak, mümkünse en az haftada bir kez görüşmek

## Seed 002 - Individual development plan for teachers: the ten action steps
idp-1-title = Gelişim Alanlarını Belirleme
idp-1 = Geliştirilmesi ya da iyileştirilmesi gereken belirli alanları belirleyin. Bunlar sınıf yönetimi, öğretim programı geliştirme, öğrenci değerlendirme ya da öğretimde teknoloji kullanımı olabilir.
idp-1-question = Neyi belirleyemedim ve neden? Bunu değiştirmek için ne yapabilirim?
idp-2-title = Mesleki Gelişim Kurslarına Kaydolma
idp-2 = Belirlenen bu alanlara odaklanan ilgili mesleki gelişim kurslarını ya da atölyeleri belirleyin. Bunlar eğitim kurumları ya da kuruluşlar tarafından sunulan çevrim içi kurslar, seminerler ya da atölyeler olabilir.
idp-2-question = Neyi uygulayamadım ve neden? Bunu değiştirmek için ne yapabilirim?
idp-3-title = Akran Gözlemi Arama
idp-3 = Akrandan akrana gözlem için bir takvim belirleyin. Buna, farklı öğretim stratejileri ve sınıf yönetimi teknikleri hakkında fikir edinmek için diğer öğretmenlerin derslerini gözlemlemek de dahildir. Akranlardan gelen yapıcı geri bildirim de değerli bakış açıları sağlayabilir.
idp-3-question = Neyi uygulayamadım ve neden? Bunu değiştirmek için ne yapabilirim?
idp-4-title = Mentorluk Arama
idp-4 = Bir mentordan ya da daha deneyimli bir öğretmenden rehberlik alma olanaklarını belirleyin. Bir mentor, öğretmenlik yeterliğini geliştirmeye yardımcı olmak için kişisel bakış açıları, tavsiyeler ve geri bildirim sağlayabilir.
idp-4-question = Neyi uygulayamadım ve neden? Bunu değiştirmek için ne yapabilirim?
idp-5-title = Sürekli Eğitim
idp-5 = Öğretmenlik alanıyla ilgili lisansüstü dereceler ya da sertifika programları gibi ileri örgün eğitim seçeneklerini değerlendirin ve belirleyin.
idp-5-question = Neyi uygulayamadım ve neden? Bunu değiştirmek için ne yapabilirim?
idp-6-title = Öz Öğrenmeyi ve Öz Yansıtmayı Geliştirme
idp-6 = Eğitimdeki en son eğilimleri ve gelişmeleri takip etmek için eğitim literatürünü, araştırma makalelerini ve kitapları belirleyin.
idp-6-question = Neyi uygulayamadım ve neden? Bunu değiştirmek için ne yapabilirim?
idp-7-title = Değişiklikleri Uygulama
idp-7 = Yeni öğrendiklerinizi ve tekniklerinizi sınıfta nasıl uyguladığınızı anlatın. Bunların etkililiği ve olası düzenlemeler üzerine yansıtma yapın.
idp-7-question = Bu stratejileri uygularken hangi zorluklarla karşılaştım ve neden? Gelecekte bu zorlukların üstesinden gelmek için ne yapabilirim?
idp-8-title = Değerlendirme, gözden geçirme ve düzenleme
idp-8 = Geçen yıl gelişim planından elde edilen yeterlik gelişimini ve uygulanan önlemleri belirleyin.
idp-8-question = Bana yeni yeterlik kazandıran ne oldu? Kararlaştırılan önlemlerden hangilerini uygulayabildim? Neyi uygulayamadım ve neden? Bunu değiştirmek için ne yapabilirim?
idp-9-title = Akrandan akrana rehberliğe katkılar
idp-9 = Akrandan akrana ilişkilerdeki rolünüzü, katılımınızı ve katkılarınızı anlatın ve bunlar üzerine yansıtma yapın.
idp-9-question = Hangi yönleri takip edemedim ve neden? Bunu değiştirmek için ne yapabilirim?
idp-10-title = Okulun genel gelişimine katkılar
idp-10 = Okulda mesleki bir öğrenme topluluğunun gelişimindeki rolünüzü ve katkılarınızı anlatın.
idp-10-question = Hangi alanlarda katkı sunamadım ve neden? Bunu değiştirmek için ne yapabilirim?

## Seed 003 - the stage questions, for student pairs (friendly wording for 14-17 year olds)
stage-prompt-engage-mission = Misyonun: nereye ulaşmak istiyorsun? (“varış noktası”)
stage-prompt-engage-goals = Hedeflerin: yoldaki büyük adımlar neler? (“yol haritası”)
stage-prompt-engage-objectives = Alt hedeflerin: sırada yapılacak küçük, somut bir şey ne?
stage-prompt-sustain-feedback = Geri bildirim: aranızda neler iyi gidiyor, neyi değiştirmek istersin?
stage-prompt-sustain-problem = Sorun çözme: şu anda bir sorun var mı? Uygulanabilir bir çözüm ne olabilir?
stage-prompt-transition-went_well = Mentorluğunda neler iyi gitti?
stage-prompt-transition-learned = Neler öğrendin – dersler hakkında, başkaları hakkında, kendin hakkında?

## Seed 003, Stage 4 - ending early, and the last meeting
end-reason-programme_end = Program sona erdi
end-reason-moved_away = Mentor ya da menti “bölgeden” taşınıyor
end-reason-life_changes = Hayattaki başka büyük değişiklikler (sağlık sorunları, ailevi sorunlar vb.) devam etmeyi imkânsız kılıyor
end-reason-decided_to_end = İkiliden biri ilişkiyi bitirmeye karar veriyor
end-reason-other = Başka bir neden
final-prompt-went_well = Neler iyi gitti – hangi yönlerden geliştiğinizi gördünüz ve nasıl fayda sağladınız?
final-prompt-growth = İkiniz de hangi becerileri kazandınız, birlikte zorlukların üstesinden gelirken kazandıklarınız dahil?
final-prompt-potential = Mentor için: mentinin yeteneklerine ve potansiyeline duyduğun inancı anlatan birkaç söz.
