# Web kanalının sayfası (issue #24): botun mesajlarının çevresindeki kendi birkaç sözü.
web-title = Mentorluk
web-join-intro =
    Bir mentorluk programına davet edildin.
    Bu sayfa, mentorluk asistanıyla sohbetin. Başlamak için düğmeye dokun; bu telefonda oturumun açık kalır.
web-join-button = Başla
web-join-too-many = Buradan çok fazla bağlantı denendi. Lütfen birkaç dakika bekle ve yeniden dene.
web-guest-name = Misafir
web-join-refused = Bu bağlantı çalışmıyor. Lütfen koordinatöründen yeni bir tane iste.
web-not-found = Burada hiçbir şey yok. Koordinatörünün verdiği bağlantıyı aç.
web-error = Bizim tarafımızda bir sorun oluştu. Lütfen biraz sonra yeniden dene.
web-signed-out = Bu cihazda oturumun kapatıldı. Geri dönmek için koordinatörünün vereceği davet bağlantısını aç.
web-chat = Mentorluk asistanıyla sohbet
web-message = Mesaj
web-send = Gönder
web-commands = Komutlar
web-ok = Tamam
web-busy = hazırlanıyor…
web-sign-out = Bu cihazda çıkış yap
web-offline = Çevrimdışı – yeniden bağlanılıyor…
web-no-answer = Yanıt gelmedi. Lütfen yeniden dene.
