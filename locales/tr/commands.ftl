# The command list: what Telegram shows next to the text field, a short line per command.
cmd-start = Başla ya da davet bağlantısıyla katıl
cmd-menu = Ana menü
cmd-questionnaire = Anketin
cmd-diary = İkilinin oturum günlüğü
cmd-reflect = Mentorluğun üzerine düşün
cmd-goals = Hedefler ve plan
cmd-meeting = Görüşmelerini planla ve değiştir
cmd-tips = İnternet güvenliği ipuçları
cmd-concern = Koordinatörlere bir endişeni bildir
cmd-mydata = Verilerini gör, indir ya da sil
cmd-digest = Programlarınızın haftalık özeti
cmd-export = Programlarınızı tablo olarak indirin
cmd-help = Bu bot neler yapabilir
cmd-language = Dili değiştir
cmd-cancel = Yaptığın işlemi durdur
