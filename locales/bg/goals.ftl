# Goals (seed 003, Stage 2 Engage): the mentee's mission (the "destination"), goals and objectives
# (the "roadmap"), with their progress. Only the mentee changes them; the mentor reads them.
goals-which-pair = <b>🎯 Цели</b>
    Коя двойка?
goals-title-own = <b>🎯 Твоите цели</b> · { $programme }
goals-title-mentee = <b>🎯 Целите на { $mentee }</b> · { $programme }
goals-terms = Мисията е крайната точка: там, където подопечният иска да стигне. Целите и задачите са пътната карта: големите стъпки по пътя и малките, конкретни неща, които да направиш след това.
goals-mission = 🧭 <b>Мисия:</b> { $text }
goals-no-mission = 🧭 <b>Мисия:</b> още не е зададена
goals-heading = { $kind ->
        [goal] 🏁 <b>Цели</b>
       *[objective] 👣 <b>Задачи</b>
    } ({ $count } от най-много { $limit })
goals-line = { $number }. { $text } – { $progress }
goals-none-yet = Още няма.
goals-hint-own = Натисни някоя, за да отбележиш напредъка си, да промениш текста ѝ или да я премахнеш.
goals-hint-mentor = Само { $mentee } може да променя тези цели. Предлагай идеи на срещите ви; { $mentee } добавя тези, които избере.

goals-progress = { $progress ->
        [0] Не е започната
        [25] В процес
        [50] Наполовина
        [75] Почти готово
       *[100] Готово
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

goals-btn-add-mission = ➕ Мисия
goals-btn-add-goal = ➕ Цел
goals-btn-add-objective = ➕ Задача
goals-btn-other-pair = 👥 Друга двойка
goals-btn-edit = ✏️ Промени текста
goals-btn-remove = 🗑 Премахни
goals-btn-remove-yes = Да, премахни

goals-write = { $kind ->
        [mission] <b>Твоята мисия</b>: докъде искаш да стигнеш? Това е твоята крайна точка.
        [goal] <b>Нова цел</b>: една от големите стъпки по пътя към мисията ти.
       *[objective] <b>Нова задача</b>: едно малко, конкретно нещо, което да направиш след това.
    }
    Изпрати я в едно съобщение, до { $limit } знака.
goals-limit = { $kind ->
        [mission] Вече имаш мисия. Промени текста ѝ, вместо да добавяш нова.
        [goal] Вече имаш { $limit } цели – това е максимумът. Премахни някоя, която вече не ти трябва, за да добавиш нова.
       *[objective] Вече имаш { $limit } задачи – това е максимумът. Премахни някоя, която вече не ти трябва, за да добавиш нова.
    }

goals-card = { $kind ->
        [mission] 🧭 <b>Твоята мисия</b>
        [goal] 🏁 <b>Твоята цел</b>
       *[objective] 👣 <b>Твоята задача</b>
    }
    { $text }
goals-card-progress = Напредък: <b>{ $label }</b> ({ $progress }%). Натисни, за да отбележиш докъде си.
goals-edit = Сега: „{ $text }“
    Изпрати новия текст в едно съобщение, до { $limit } знака.
goals-remove = Да премахна ли „{ $text }“? Няма да може да бъде върнато.
goals-removed = Премахнато.

goals-menu-mission = 🧭 Мисия: { $text }
goals-menu-progress = 🎯 Цели: { $done } от { $total } изпълнени
goals-menu-none = 🎯 Още няма цели
