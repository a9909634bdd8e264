# Operatör için `mentorbot concerns` satırları: yalnızca sayılar ve süreler, bildirilenin içeriği asla.
cli-concerns-none = Açık bildirim yok.
cli-concerns-line = { $org }: { $open } açık, en eskisi { $hours } saatlik.
cli-concerns-nobody = UYARI: { $org } kurumunun botun ulaşabildiği bir koordinatörü yok, bu yüzden bunlardan kimse haberdar edilmedi. Bir koordinatör davet edin: mentorbot invite coordinator --org "{ $org }"
cli-concerns-case = {"  "}#{ $id } { $programme }: { $state }, { $hours } saat önce bildirildi; { $told ->
        [yes] bir koordinatöre haber verildi
       *[no] KİMSEYE HABER VERİLMEDİ (tüm uyarılar başarısız oldu)
    }
