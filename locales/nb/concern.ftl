# Reporting a concern (seed 003, online safety), and the coordinators' side.
btn-concern = 🆘 Meld fra om en bekymring
concern-intro =
    <b>Meld fra om en bekymring</b>
    Er det noe som bekymrer deg – mobbing på nett, noe som gjorde at du følte deg utrygg, et problem med paret ditt eller noen andre?
    Skriv hva som skjedde i én melding. Bare koordinatorene i { $org } leser det – ikke din { $other_role }.

    <b>Ærlig talt:</b> vi holder det så privat vi kan, men hvis noen kan være i fare, får de voksne som har ansvar for sikkerheten, beskjed. Vi lover aldri å holde det hemmelig.

    <b>I fare akkurat nå?</b> Ring { $emergency }. Vil du snakke med noen, ring hjelpetelefonen for barn og unge { $helpline } (gratis, når som helst).
concern-which-pair = Hvilket av parene dine gjelder dette?
concern-too-long = Det er { $length } tegn; hold det under { $limit } (du kan sende en melding til med resten).
concern-confirm =
    <b>Sende dette til koordinatorene?</b>
    «{ $text }»
btn-concern-send = ✔ Send
btn-concern-edit = ✏️ Skriv det på nytt
btn-concern-mine = Meldingene mine
concern-sent =
    <b>Sendt. Takk for at du sa fra.</b>
    Koordinatorene i { $org } har fått varsel nå. En av dem vil lese det og kan ta kontakt med deg eller med dem som kan hjelpe. Ingen andre ser meldingen din.
    I fare akkurat nå? Ring { $emergency }. Hjelpetelefon for barn og unge: { $helpline }.
concern-kept =
    <b>Meldingen din er tatt vare på. Takk for at du sa ifra.</b>
    Ingen er varslet ennå: { $org } har ingen koordinator som boten kan nå akkurat nå. Den første koordinatoren som blir med eller åpner boten, får meldingen din med en gang. Ingen andre ser den.
    Si også ifra til en lærer eller en annen voksen du stoler på.
    Er du i fare nå? Ring { $emergency }. Hjelpetelefon for barn og unge: { $helpline }.
concern-mine-title = <b>Meldingene dine</b>
concern-mine-empty = Du har ikke meldt fra om noe.
concern-mine-line = • { $date }: { $status }
concern-status-open = venter på en koordinator
concern-status-handled = behandlet av en koordinator

concern-alert =
    🆘 <b>En bekymring er meldt</b> av en { $role } i { $programme }.
    Les den nå.
concern-alert-open = Les meldingen
btn-concerns = 🆘 Bekymringer ({ $open } åpne)
concerns-title = <b>Bekymringer</b>
concerns-legend = 🆘 { concern-status-open } · ✔ { concern-status-handled }
concerns-empty = Ingen bekymringer er meldt.
concerns-item = { $open ->
        [yes] 🆘
       *[no] ✔
    } { $date } · { $programme }
concerns-card =
    <b>Bekymring fra { $date }</b>
    Fra: { $reporter } ({ $role }), { $programme }
    Status: { $status }{ $paused }

    { $text }
concerns-paused = {""}
    Paret er satt på pause: det får ingen planlagte meldinger.
btn-concern-handled = ✔ Merk som behandlet
btn-pair-pause = ⏸ Sett paret på pause
btn-pair-resume = ▶ Gjenoppta paret
concerns-unknown-reporter = en som har sluttet
