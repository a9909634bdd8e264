# The questionnaire: the mentee answers before the mentoring (baseline) and at its end (follow-up).
# The instruments' own words are in instruments.ftl; these are the flow's.
questionnaire-phase-baseline = Преди менторството
questionnaire-phase-followup = В края

questionnaire-home = <b>📝 Въпросник</b> – { $programme }
questionnaire-state-done = { $phase }: ✅ попълнен
questionnaire-state-partial = { $phase }: { $answered } от { $total } отговорени
questionnaire-state-todo = { $phase }: още не е попълнен
questionnaire-followup-later = В края на менторството ще отговориш отново на същите въпроси, за да видиш какво се е променило.
questionnaire-mentor-done = { $phase }: { $mentee } го попълни ✅
questionnaire-mentor-todo = { $phase }: { $mentee } още не го е попълнил(а)
questionnaire-mentor-privacy = Виждаш само дали е попълнен; отговорите си остават на { $mentee }.
questionnaire-no-pair = Няма активна двойка за въпросник.
questionnaire-which-pair =
    <b>📝 Въпросник</b>
    Коя двойка?

# One line in the main menu, for each pair.
questionnaire-menu-done = 📝 Въпросник – { questionnaire-state-done }
questionnaire-menu-partial = 📝 Въпросник – { questionnaire-state-partial }
questionnaire-menu-todo = 📝 Въпросник – { questionnaire-state-todo }
questionnaire-menu-mentor-done = 📝 Въпросник – { questionnaire-mentor-done }
questionnaire-menu-mentor-todo = 📝 Въпросник – { questionnaire-mentor-todo }

# A one-line welcome above the first question.
questionnaire-intro-teacher_annex3-baseline = Преди да започнат менторските сесии – кратък въпросник за приобщаващото преподаване: шест въпроса, около три минути. Можеш да спреш по всяко време и да продължиш по-късно.
questionnaire-intro-teacher_annex3-followup = Менторството ти наближава края си: същите шест въпроса като в началото, за да видиш какво се е променило. Можеш да спреш по всяко време и да продължиш по-късно.
questionnaire-intro-student_intake-baseline = Здравей! Два бързи въпроса за това, на какво се надяваш от менторството. Менторът ти вижда само, че си отговорил(а), не и отговорите ти. Няма грешни отговори и можеш да спреш по всяко време.
questionnaire-intro-student_intake-followup = Менторството ти почти приключи! Същите два въпроса като в началото – да видим какво се е променило.

questionnaire-question =
    <b>{ $instrument }</b> · Въпрос { $number } от { $total }

    <b>{ $number }. { $title }</b>
    { $question }
questionnaire-write = Напиши отговора си в едно съобщение (до { $limit } знака).
questionnaire-your-answer = Твоят отговор сега: „{ $current }“
questionnaire-pick-one = Избери поне един или натисни „Предпочитам да не отговоря“.
questionnaire-chosen = ✓ { $label }
questionnaire-skipped = Предпочитам да не отговоря
questionnaire-not-answered = –
questionnaire-quoted = „{ $text }“

questionnaire-btn-skip = Предпочитам да не отговоря
questionnaire-btn-next = Напред ›
questionnaire-btn-keep = Запази този отговор
questionnaire-btn-later = ⏸ По-късно
questionnaire-btn-answer = ▶ Отговори сега
questionnaire-btn-answers = 📊 Твоите отговори
questionnaire-btn-before-after = 📊 Преди и след
questionnaire-btn-change = ✏️ { $number }. { $title }
questionnaire-btn-done = ✔ Готово

questionnaire-summary =
    <b>Провери отговорите си</b> – { $instrument }
    Натисни някой, за да го промениш, или потвърди. След потвърждение отговорите са окончателни.
questionnaire-summary-line = <b>{ $number }. { $title }</b>: { $answer }
questionnaire-thanks = ✅ <b>Благодаря!</b> Отговорите ти са запазени. { $mentor } вижда само, че въпросникът е попълнен, но не и отговорите ти.

questionnaire-answers-title = <b>Твоите отговори</b> – { $instrument }
questionnaire-before-after-title =
    <b>Преди и след</b> – { $instrument }
    Отговорите ти преди менторството → в края.
questionnaire-compare-line =
    <b>{ $number }. { $title }</b>
    { $before } → { $after }
questionnaire-compare-text =
    <b>{ $number }. { $title }</b>
    Преди: { $before }
    В края: { $after }
