# Online-safety tips. Seed 003, section "E-mentoring (online/virtual peer mentoring)":
# "In terms of online safety, the role of a peer mentor should include:" and eight points. Each point is
# quoted below, followed by its tip for students (peer mentors and mentees aged 14-17: friendly, short)
# and for teachers (teacher mentoring programmes). Keep the numbers and the order: people get the tips one
# a week in this order (scheduler/tips.py), and each tip must stay true to the point it comes from.
btn-tips = 🛡 İnternet güvenliği ipuçları
tips-title = 🛡 <b>İnternet güvenliği ipucu { $number } / { $total }</b>
btn-tips-previous = « Önceki
btn-tips-next = Sonraki »

## 1. "providing learners with someone of their own age to talk to about problems they experience online."
tips-1-student =
    İnternette bir şey canını mı sıktı ya da tuhaf mı geldi? Bununla tek başına uğraşmak zorunda değilsin. Akran mentorunla (ya da mentinle) konuş – yaşıtın olan biri çoğu zaman seni anlar.
    Birini mi dinliyorsun? Sözünü bitirmesine izin ver, yargılama ve sana anlattıklarını dedikodu olarak paylaşma.
tips-1-teacher =
    Öğrenciler internette yaşadıkları sorunları çoğu zaman bir yetişkinden önce bir akranlarına anlatır. Derslerinizde akran desteğini teşvik edin ve her öğrencinin bir sonraki adımda hangi yetişkine başvurabileceğini bildiğinden emin olun.

## 2. "reporting incidents of online bullying or other issues to staff members."
tips-2-student =
    İnternette zorbalık ya da endişe verici bir şey mi gördün? Yanıt verme ve daha fazla paylaşma. Ekran görüntüsü al, sonra bir öğretmene anlat – ya da aşağıdaki “Endişe bildir”e dokun.
    Bildirmek ispiyonculuk değildir: insanları korur.
tips-2-teacher =
    Bir öğrenci internette zorbalık bildirdiğinde: ne olduğunu ve ne zaman olduğunu not edin, kanıtları (ekran görüntüleri, bağlantılar, tarihler) saklayın ve aynı gün sorumlu personele iletin. Bu programla ilgili her durum için aşağıdaki “Endişe bildir”i kullanın.

## 3. "understanding the issues that exist among their peers in relation to the online world."
tips-3-student =
    İnternette çevrende neler olduğunu bil: grup sohbetlerindeki kavgalar, sahte hesaplar, fotoğraf göndermek için baskı, dolandırıcılıklar, “akımlar”. Sınıfında gördüklerini mentorunla konuş – bilmek, başa çıkmanın ilk adımıdır.
tips-3-teacher =
    Öğrencilerinizin internet dünyasını merak etmeye devam edin: hangi uygulamaları kullanıyorlar ve orada neler ters gidiyor. Onlara sorun – sınıfta beş dakikalık içten bir sohbet size herhangi bir rapordan daha fazlasını anlatır.

## 4. "working with and supporting learners who have experienced issues such as online bullying."
tips-4-student =
    Bir arkadaşın ya da mentin internette zorbalığa uğruyorsa: yanında ol, bunun onun suçu olmadığını söyle, engellemesine ve bildirmesine yardım et ve güvendiğin bir yetişkini işin içine kat. Sen onun destekçisisin – her şeyi tek başına çözmek zorunda değilsin.
tips-4-teacher =
    İnternette zorbalığa uğramış bir öğrencinin tek bir konuşmadan fazlasına ihtiyacı vardır. Birkaç gün sonra yeniden durumunu sorun, onunla birlikte küçük sonraki adımlar belirleyin ve gerektiğinde okul rehber öğretmenini ya da psikoloğu sürece dahil edin.

## 5. "helping to review policies and procedures around online safety."
tips-5-student =
    Okulunun telefonlar ve internet güvenliği hakkında kuralları var mı? Onları bul ve oku. Bir şey öğrencilerin telefonlarını gerçekte nasıl kullandığıyla uyuşmuyorsa bir öğretmene söyle – öğrencilerin fikirleri kuralları daha iyi yapar.
tips-5-teacher =
    Okulunuzun internet güvenliği politikasını mentorluk görüşmelerinizde birlikte okuyun: kime haber verilecek, neler kayda geçirilecek, velilerle ne zaman iletişime geçilecek. Belirsiz ya da güncelliğini yitirmiş her şeyi not edin ve koordinatörlere iletin.

## 6. "running activities and campaigns which educate learners, staff and parents/carers about online safety and promote positive online behaviour and attitudes."
tips-6-student =
    İnternette iyi örnek ol: paylaşmadan önce düşün, birinin fotoğrafını paylaşmadan önce izin iste ve kırıcı yorumlara sakin yanıt ver – ya da hiç yanıt verme ve onları bildir. Sınıfın için bir internet güvenliği etkinliği fikrin mi var? Öner!
tips-6-teacher =
    Bir derse kısa bir internet güvenliği anı ekleyin – bir kaynağı doğrulamak ya da kırıcı bir yoruma nasıl yanıt verileceği gibi. Bunu mentorunuzla ya da mentinizle birlikte tasarlayın ve meslektaşlarınızla ve velilerle paylaşın.

## 7. "educating learners and parents/carers about what they can do if they and/or their child are struggling with an issue online."
tips-7-student =
    İnternette bir sorunla mı baş başasın? Seçeneklerin: engelle, uygulamada bildir, kanıtları sakla, güvendiğin bir yetişkinle konuş ya da bir yardım hattını ara. Ailene anlatmak sorun değil – çoğu zaman sandığından daha fazla yardımcı olabilirler.
tips-7-teacher =
    Öğrencilere ve velilere internette bir şeyler ters gittiğinde ne yapmaları gerektiğini anlatın: kanıtları saklamak, engellemek ve bildirmek, okulda kiminle iletişime geçecekleri. Velilere göndereceğiniz bir sonraki mesaja yardım hattının numarasını ekleyin.

## 8. "building a school/college culture which places a strong ongoing emphasis on online safety and skills."
tips-8-student =
    İnternette güvende kalmak tek seferlik bir ders değil, bir alışkanlıktır: şifrelerini kendine sakla, gizlilik ayarlarını birkaç ayda bir kontrol et ve mentorluk sohbetlerini saygılı tut. Okulunu daha güvenli bir yer yapmaya yardım ediyorsun.
tips-8-teacher =
    İnternet güvenliğini tek günlük bir etkinlik değil, okuldaki gündelik yaşamın bir parçası yapın: sık sık değinin, öğrencilerle kendi çevrim içi iletişiminizde örnek olun (okul kanalları, profesyonel bir üslup) ve mentorluk görüşmelerinizde bunun üzerine konuşun.
