# Closure (seed 003, Stage 4): ending the mentoring, looking back, and what the mentee keeps.
btn-closure = 🏁 Край и поглед назад
closure-open-title =
    <b>Край на менторството</b>
    Повечето двойки приключват, когато договореното време изтече. Понякога менторските отношения приключват по-рано – това не говори лошо за никого от вас.
    Защо приключва?
closure-confirm =
    <b>Да приключи ли менторството в { $programme } с { $other }?</b>
    Причина: { $reason }
    След това и двамата ще получите няколко последни въпроса. Ти не можеш да отмениш това; ако е грешка, координаторът може да помогне.
btn-closure-end = ✔ Приключи менторството
closure-other-side =
    🏁 <b>Менторството ти в { $programme } приключи.</b>
    Причина: { $reason }
    Отвори /menu → „🏁 Край и поглед назад“ за последните въпроси{ $extra }
closure-other-side-mentee = {" "}и, ако искаш, за твоето Изявление за наученото и сертификата.
closure-hub-title =
    <b>Поглед назад: { $programme } с { $other }</b>
    Това не е „сбогом“: можете да поговорите заедно дали искате да поддържате връзка и как.
closure-step-followup = 📝 Въпросникът отново (преди и след)
closure-step-reflection = 💭 Последен размисъл
closure-step-statement = 📄 Моето Изявление за наученото (PDF)
closure-step-certificate = 🎓 Моят сертификат (PDF)
closure-done = ✓
closure-final-title = <b>Последен размисъл</b>
    Избери въпрос и после му отговори в едно съобщение.
closure-final-written = Запазено. Благодаря ти.
closure-final-prompt = <b>{ $prompt }</b>
    Отговори в едно съобщение (до { $limit } знака).

statement-intro =
    <b>Твоето Изявление за наученото</b>
    В него пише какво можеш да правиш сега благодарение на менторството. То е твое: създава се само ако го искаш, от твоите собствени думи, и можеш да промениш всяка част, преди да бъде създадено.
statement-section = <b>{ $title }</b>
    { $text }
statement-empty = (още не е написано – натисни частта, за да я напишеш)
statement-edit = <b>{ $title }</b>
    Напиши тази част в едно съобщение (до { $limit } знака). Какво има сега:
    { $text }
btn-statement-make = ✔ Създай Изявлението ми
statement-caption = Твоето Изявление за наученото. Ти решаваш кой да го види.
statement-title = Изявление за наученото
statement-subtitle = { $name } · { $programme } · { $start } – { $end }
statement-process = Процесът на менторство между връстници
statement-objectives = Целите, които исках да постигна
statement-changes = Промени в целите ми
statement-did = Какво направих
statement-hard-skills = Технически умения, които използвах или научих
statement-soft-skills = Меки умения: работа с другите и познаване на себе си
statement-able = Какво вече чувствам, че мога да правя
statement-draft-process = От { $start } до { $end } участвах в { $programme } в { $org }. Мой ментор беше { $mentor }. Срещнахме се { $sessions } пъти.
statement-draft-did = Проведохме заедно { $sessions } сесии.
certificate-title = Сертификат за успешно завършване
certificate-line-1 = С настоящото се удостоверява, че
certificate-line-3 = завърши менторската програма „{ $programme }“ в { $org },
certificate-line-4 = от { $start } до { $end }, с участие в { $sessions } сесии.
certificate-signature = { $org } · издаден на { $date }
certificate-caption = Твоят сертификат за успешно завършване.
