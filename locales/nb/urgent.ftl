# Urgent words in what people write (issue #23, 3; dialogs/urgent.py). The phrases are in urgent.txt.
urgent-help =
    <b>Det du skrev, høres alvorlig ut. Du er ikke alene.</b>
    Er du i fare akkurat nå? Ring { $emergency }. Vil du snakke med noen, ring hjelpetelefonen for barn og unge { $helpline } (gratis, hele døgnet).
    Ingen andre har fått beskjed. Hvis du vil, kan koordinatorene lese det du skrev, og hjelpe: trykk under, se over teksten, og send den, endre den eller avbryt.
btn-urgent-tell = 📣 Si fra til koordinatorene
urgent-signal =
    ⚠️ <b>Alvorlige ord i paret { $mentor } → { $mentee }</b> ({ $programme }).
    Noe en av dem skrev, inneholder ord om selvskading, overgrep, vold, trusler eller mobbing. Teksten deles ikke med deg; personen fikk se hjelpetelefonene. Vurder å ta kontakt med paret.
privacy-urgent-signal-off = <b>Alvorlige ord:</b> hvis du skriver ord om selvskading, overgrep, vold, trusler eller mobbing, viser boten deg hjelpetelefoner og tilbyr å si fra til koordinatorene. Ingen får beskjed med mindre du trykker på det.
privacy-urgent-signal-on = <b>Alvorlige ord:</b> hvis du skriver ord om selvskading, overgrep, vold, trusler eller mobbing, viser boten deg hjelpetelefoner og tilbyr å si fra til koordinatorene. Organisasjonen din har også valgt at koordinatorene får vite at slike ord kom opp i paret ditt – aldri hva du skrev.
