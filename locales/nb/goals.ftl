# Goals (seed 003, Stage 2 Engage): the mentee's mission (the "destination"), goals and objectives
# (the "roadmap"), with their progress. Only the mentee changes them; the mentor reads them.
goals-which-pair = <b>🎯 Mål</b>
    Hvilket par?
goals-title-own = <b>🎯 Målene dine</b> · { $programme }
goals-title-mentee = <b>🎯 Målene til { $mentee }</b> · { $programme }
goals-terms = Visjonen er reisemålet: dit menteen vil komme. Målene og delmålene er veikartet: de store stegene på veien, og de små, konkrete tingene du skal gjøre nå.
goals-mission = 🧭 <b>Visjon:</b> { $text }
goals-no-mission = 🧭 <b>Visjon:</b> ikke satt ennå
goals-heading = { $kind ->
        [goal] 🏁 <b>Mål</b>
       *[objective] 👣 <b>Delmål</b>
    } ({ $count } av maks { $limit })
goals-line = { $number }. { $text } – { $progress }
goals-none-yet = Ingen ennå.
goals-hint-own = Trykk på et for å markere fremgangen, endre teksten eller fjerne det.
goals-hint-mentor = Bare { $mentee } kan endre disse målene. Kom med ideer når dere møtes; { $mentee } legger til dem hen velger.

goals-progress = { $progress ->
        [0] Ikke startet
        [25] I gang
        [50] Halvveis
        [75] Nesten i mål
       *[100] Ferdig
    }
goals-progress-current = ✓ { $label }
goals-item = { $kind ->
        [mission] 🧭
        [goal] 🏁
       *[objective] 👣
    } { $text }{ $kind ->
        [mission] {""}
       *[other] {" "}· { $progress } %
    }

goals-btn-add-mission = ➕ Visjon
goals-btn-add-goal = ➕ Mål
goals-btn-add-objective = ➕ Delmål
goals-btn-other-pair = 👥 Et annet par
goals-btn-edit = ✏️ Endre teksten
goals-btn-remove = 🗑 Fjern
goals-btn-remove-yes = Ja, fjern det

goals-write = { $kind ->
        [mission] <b>Visjonen din</b>: hvor vil du komme? Dette er reisemålet ditt.
        [goal] <b>Et nytt mål</b>: et av de store stegene på veien mot visjonen din.
       *[objective] <b>Et nytt delmål</b>: én liten, konkret ting du skal gjøre nå.
    }
    Send det som én melding, opptil { $limit } tegn.
goals-limit = { $kind ->
        [mission] Du har allerede en visjon. Endre teksten i stedet for å legge til en ny.
        [goal] Du har allerede { $limit } mål, som er det meste du kan ha. Fjern et du ikke trenger lenger for å legge til et nytt.
       *[objective] Du har allerede { $limit } delmål, som er det meste du kan ha. Fjern et du ikke trenger lenger for å legge til et nytt.
    }

goals-card = { $kind ->
        [mission] 🧭 <b>Visjonen din</b>
        [goal] 🏁 <b>Målet ditt</b>
       *[objective] 👣 <b>Delmålet ditt</b>
    }
    { $text }
goals-card-progress = Fremgang: <b>{ $label }</b> ({ $progress } %). Trykk for å markere hvor langt du har kommet.
goals-edit = Nå: «{ $text }»
    Send den nye teksten som én melding, opptil { $limit } tegn.
goals-remove = Fjerne «{ $text }»? Det kan ikke hentes tilbake.
goals-removed = Fjernet.

goals-menu-mission = 🧭 Visjon: { $text }
goals-menu-progress = 🎯 Mål: { $done } av { $total } ferdige
goals-menu-none = 🎯 Ingen mål ennå
