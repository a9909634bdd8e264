# Ground rules of a pair (seed 003, Stage 1) and the mentor agreement (seed 002). The topics' and the
# agreement's own words are in instruments.ftl.
ground-rules-which-pair = <b>🤝 Основни правила</b>
    За коя двойка са тези основни правила?
ground-rules-no-pair = В момента не си в двойка.
ground-rules-title = <b>🤝 Основни правила</b> – { $programme }, с { $other }
ground-rules-intro = Ако си поставите основни правила рано, ще избегнете много проблеми по-късно. Всеки от вас може да напише правило; и двамата виждате всяко правило и накрая и двамата се съгласявате.
ground-rules-topic-line = <b>{ $number }. { $topic }</b>
ground-rules-answer = { $text } <i>({ $who }, { $date })</i>
ground-rules-open = <i>още няма правило</i>
ground-rules-you = ти
ground-rules-confidentiality-limit = ⚠️ <b>Границата:</b> това, което споделяте, остава между вас, доколкото е възможно. Ако менторът смята, че подопечният или някой, за когото говорите, е в опасност, менторът трябва да каже на екипа на проекта (вашите координатори). И двамата знаете това от самото начало.
ground-rules-open-count = { $count ->
    [one] Една тема все още е отворена.
   *[other] { $count } теми все още са отворени.
    }
ground-rules-agreed-both = ✅ И двамата се съгласихте с тези правила на { $date }.
ground-rules-you-agreed = ✔ Ти се съгласи.
ground-rules-you-not-agreed = Все още не си се съгласил(а).
ground-rules-other-agreed = ✔ { $other } се съгласи.
ground-rules-other-not-agreed = Чакаме съгласието на { $other }.
ground-rules-other-not-joined = { $other } все още не е в бота; ще може да се съгласи, след като се присъедини.
ground-rules-mentor-agreement-accepted = 📜 Споразумение с ментора: прието от { $mentor } на { $date }.
ground-rules-mentor-agreement-open = 📜 Споразумение с ментора: още не е прието.
ground-rules-btn-topic-open = ✏️ { $topic }
ground-rules-btn-topic-done = ✔ { $topic }
ground-rules-btn-agree = 🤝 Съгласни сме
ground-rules-btn-mentor-agreement = 📜 Споразумение с ментора
ground-rules-still-open = Моля, първо отговорете на всяка тема.
ground-rules-moved-on = 🎉 Договорено! Двойката ви преминава към етап „{ $stage }“.
ground-rules-thanks = ✔ Благодаря – ти се съгласи.
ground-rules-ask-again = Правилата се промениха, затова и двамата трябва да се съгласите отново.

ground-rules-topic = <b>{ $number } от { $total }. { $topic }</b>
ground-rules-current = Сега: { $text } <i>({ $who }, { $date })</i>
ground-rules-topic-help = Натисни предложение или напиши свое правило (до { $limit } знака).

# Suggested answers per topic (a few; people can always type their own).
ground-rules-suggestion-how_often-0 = Веднъж седмично
ground-rules-suggestion-how_often-1 = Два пъти седмично
ground-rules-suggestion-how_often-2 = Три пъти седмично
ground-rules-suggestion-where_when-0 = В училище, след часовете
ground-rules-suggestion-where_when-1 = В библиотеката, по обяд
ground-rules-suggestion-where_when-2 = Онлайн, вечер
ground-rules-suggestion-cannot_come-0 = Казваме на другия ден по-рано и избираме нов час
ground-rules-suggestion-cannot_come-1 = Пишем съобщение веднага щом разберем
ground-rules-suggestion-friends-0 = Само двамата
ground-rules-suggestion-friends-1 = С приятели само ако и двамата сме съгласни предварително
ground-rules-suggestion-confidentiality-0 = Остава между нас, освен ако някой е в опасност
ground-rules-suggestion-confidentiality-1 = Между нас; ако някой е в опасност, менторът казва на екипа на проекта и двамата го знаем
ground-rules-suggestion-problems-0 = Говорим открито за това на следващата среща
ground-rules-suggestion-problems-1 = Търсим решение заедно, стъпка по стъпка
ground-rules-suggestion-problems-2 = Молим екипа на проекта за помощ, ако закъсаме

ground-rules-agreement-heading = <b>📜 { $title }</b>
ground-rules-agreement-names =
    Име на ментора: { $mentor }
    Име на подопечния: { $mentee }
ground-rules-agreement-point = { $number }. { $text }
ground-rules-btn-accept = ✔ Приемам
ground-rules-agreement-thanks = ✔ Благодаря – ти прие споразумението с ментора.

# A line in the pair's main menu.
ground-rules-menu-agreed = 🤝 Основни правила: договорени на { $date }
ground-rules-menu-waiting = 🤝 Основни правила: чакаме съгласието на { $other }
ground-rules-menu-open = 🤝 Основни правила: още не са договорени – отвори 🤝 Основни правила
ground-rules-menu-mentor-agreement = 📜 Споразумение с ментора: още не е прието – отвори 🤝 Основни правила
