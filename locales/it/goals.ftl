# Obiettivi (seed 003, Fase 2 Coinvolgere): la missione del mentee (la "destinazione"), obiettivi e obiettivi specifici
# (la "tabella di marcia"), con i loro progressi. Solo il mentee li modifica; il mentor li legge.
goals-which-pair = <b>🎯 Obiettivi</b>
    Quale coppia?
goals-title-own = <b>🎯 I tuoi obiettivi</b> · { $programme }
goals-title-mentee = <b>🎯 Gli obiettivi di { $mentee }</b> · { $programme }
goals-terms = La missione è la destinazione: dove il mentee vuole arrivare. Gli obiettivi e gli obiettivi specifici sono la tabella di marcia: i grandi passi lungo la strada e le piccole cose concrete da fare subito dopo.
goals-mission = 🧭 <b>Missione:</b> { $text }
goals-no-mission = 🧭 <b>Missione:</b> non ancora definita
goals-heading = { $kind ->
        [goal] 🏁 <b>Obiettivi</b>
       *[objective] 👣 <b>Obiettivi specifici</b>
    } ({ $count } su massimo { $limit })
goals-line = { $number }. { $text } – { $progress }
goals-none-yet = Ancora nessuno.
goals-hint-own = Toccane uno per segnare i tuoi progressi, modificarne il testo o eliminarlo.
goals-hint-mentor = Solo { $mentee } può modificare questi obiettivi. Proponi idee durante i vostri incontri; { $mentee } aggiunge quelle che sceglie.

goals-progress = { $progress ->
        [0] Non iniziato
        [25] In corso
        [50] A metà
        [75] Quasi fatto
       *[100] Fatto
    }
goals-progress-current = ✓ { $label }
goals-item = { $kind ->
        [mission] 🧭
        [goal] 🏁
       *[objective] 👣
    } { $text }{ $kind ->
        [mission] {""}
       *[other] {" "}· { $progress }%
    }

goals-btn-add-mission = ➕ Missione
goals-btn-add-goal = ➕ Obiettivo
goals-btn-add-objective = ➕ Passo concreto
goals-btn-other-pair = 👥 Un'altra coppia
goals-btn-edit = ✏️ Modifica il testo
goals-btn-remove = 🗑 Elimina
goals-btn-remove-yes = Sì, eliminalo

goals-write = { $kind ->
        [mission] <b>La tua missione</b>: dove vuoi arrivare? Questa è la tua destinazione.
        [goal] <b>Un nuovo obiettivo</b>: uno dei grandi passi verso la tua missione.
       *[objective] <b>Un nuovo obiettivo specifico</b>: una piccola cosa concreta da fare subito dopo.
    }
    Invialo in un solo messaggio, fino a { $limit } caratteri.
goals-limit = { $kind ->
        [mission] Hai già una missione. Modificane il testo invece di aggiungerne un'altra.
        [goal] Hai già { $limit } obiettivi, il massimo possibile. Eliminane uno che non ti serve più per aggiungerne un altro.
       *[objective] Hai già { $limit } obiettivi specifici, il massimo possibile. Eliminane uno che non ti serve più per aggiungerne un altro.
    }

goals-card = { $kind ->
        [mission] 🧭 <b>La tua missione</b>
        [goal] 🏁 <b>Il tuo obiettivo</b>
       *[objective] 👣 <b>Il tuo obiettivo specifico</b>
    }
    { $text }
goals-card-progress = Progressi: <b>{ $label }</b> ({ $progress }%). Tocca per segnare a che punto sei.
goals-edit = Ora: “{ $text }”
    Invia il nuovo testo in un solo messaggio, fino a { $limit } caratteri.
goals-remove = Eliminare “{ $text }”? Non potrà essere recuperato.
goals-removed = Eliminato.

goals-menu-mission = 🧭 Missione: { $text }
goals-menu-progress = 🎯 Obiettivi: { $done } su { $total } raggiunti
goals-menu-none = 🎯 Ancora nessun obiettivo
