# Reflection prompts: the action steps of the individual development plan (seed 002, teacher programmes)
# and the stage questions of seed 003 (student programmes). Their wording is in instruments.ftl.
reflection-which-pair = <b>💭 Размисъл</b>
    Коя двойка?
reflection-title = <b>💭 Размисъл</b> · { $programme }
    Етап: <b>{ $stage }</b> – { $meaning }
reflection-source-teacher = Тези стъпки от индивидуалния ти план за развитие отговарят на този етап. Преглеждай плана на равни интервали (например всяко тримесечие).
reflection-source-student = Тези въпроси отговарят на този етап от менторството ти.
reflection-pick = Избери един, за да пишеш за него. С ✓ са отбелязани тези, на които вече има отговор; можеш да отговориш отново.
reflection-private = {""}
    🔒 Това, което пишеш тук, е само твое: твоят { $other } и координаторите не го виждат.

# Short names of the seed 003 stage questions, for buttons and lists
reflection-title-engage-mission = Твоята мисия
reflection-title-engage-goals = Твоите цели
reflection-title-engage-objectives = Твоите задачи
reflection-title-sustain-feedback = Обратна връзка
reflection-title-sustain-problem = Решаване на проблеми
reflection-title-transition-went_well = Какво се получи добре
reflection-title-transition-learned = Какво научи

reflection-answered = ✓ { $title }
reflection-btn-mine = 📚 Моите размисли ({ $count })
reflection-btn-other-pair = 👥 Друга двойка
reflection-btn-another = 💭 Друг въпрос
reflection-btn-newer = « По-нови
reflection-btn-older = По-стари »
reflection-btn-delete = 🗑 Изтрий
reflection-btn-delete-yes = Да, изтрий го

reflection-write-title = <b>{ $title }</b>
reflection-write-body = { $body }
reflection-write-question = <i>{ $question }</i>
reflection-write-how = {""}
    Напиши отговора си и го изпрати в едно съобщение, до { $limit } знака. Само ти ще го четеш.
    Текст, който е написан, но не е изпратен, не се запазва; ако излезеш, този въпрос ще те чака тук.

reflection-saved = ✓ Запазено: отговорът ти на „{ $title }“. Можеш да го прочетеш отново в „Моите размисли“.

reflection-list = <b>📚 Моите размисли</b> · { $count } · страница { $page } от { $pages }
    Най-новите първи. Натисни номер, за да прочетеш някой изцяло.
    {""}
reflection-list-empty = <b>📚 Моите размисли</b>
    Все още нямаш размисли.
reflection-list-entry = <b>{ $number }.</b> { $date } · { $title }
    „{ $opening }“
reflection-list-item = { $number } · { $title }

reflection-read =
    <b>{ $title }</b> · { $date } · { $stage }
    <i>{ $question }</i>

    { $text }
reflection-delete = Да изтрия ли отговора ти на „{ $title }“ от { $date }? Няма да може да бъде върнат.
reflection-deleted = Изтрито.
