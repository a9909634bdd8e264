# Meetings: planning, changing, "I can't make it", reminders, and the mentor's "did it happen?" card.
btn-meeting = 📅 Срещи

meeting-home = <b>Срещи · { $programme } с { $other }</b>
meeting-home-none = Още няма планирана среща.
meeting-home-reminders =
    🔔 { $reminders }
    Часовете са в твоята часова зона ({ $zone }).
meeting-item = 📅 { $date } · { $time }
btn-meeting-new = ➕ Планирай среща
btn-meeting-reminders = 🔔 Напомняния
meeting-which-pair = За коя от твоите двойки е тази среща?

meeting-day = <b>Кой ден?</b>
meeting-day-past = Този ден вече мина. Моля, избери днес или по-късен ден.
meeting-day-outside = Моля, избери ден от { $earliest } до { $latest } (програмата е от { $start } до { $end }).
meeting-day-over = Тази програма приключи на { $end }, затова в нея вече не могат да се планират срещи.
meeting-time =
    <b>В колко часа на { $date }?</b>
    Натисни час или изпрати например 16:45. Часовете са в твоята часова зона ({ $zone }).
meeting-time-invalid = Моля, изпрати час например 16:45 (часове 0–23, минути 0–59).
meeting-time-past = Този час вече мина. Моля, избери по-късен час.
meeting-time-skipped = През онази нощ часовникът се мести напред, така че { $time } не съществува в този ден. Моля, избери друг час.
meeting-duration = <b>Колко дълго ще продължи срещата?</b>
meeting-minutes = { $minutes } мин
meeting-mode = <b>Как ще се срещнете?</b>
meeting-mode-in_person = Присъствено
meeting-mode-online = Онлайн
meeting-mode-hybrid = Хибридно
meeting-mode-other = Друго
meeting-place = { $mode ->
    [online] <b>Каква е връзката към разговора?</b>
   *[other] <b>Къде ще се срещнете?</b> Стая, адрес или връзка към разговора.
    }
    Изпрати го в едно съобщение, до { $limit } знака.
btn-meeting-keep-place = ✔ Запази това място
btn-meeting-no-place = Без място или връзка

meeting-details =
    📅 <b>{ $date }, { $time }</b> · { $minutes } мин
    С { $other } · { $mode }{ $place }
meeting-place-line = {"\u000A"}📍 { $place }
meeting-gone = Тази среща вече е започнала или вече не е планирана.
meeting-not-open = {"\u000A"}Тя вече е започнала или вече не е планирана, затова не може да бъде променена.
btn-meeting-reschedule = 🕒 Смени деня или часа
btn-meeting-duration = ⏱ Смени продължителността
btn-meeting-mode = 🔀 Смени начина на среща
btn-meeting-place = 📍 Смени мястото
btn-meeting-ics = 📲 Добави в календара си
btn-meeting-cant = 🙅 Не мога да дойда
btn-meeting-cancel = 🗑 Отмени срещата
meeting-ics-summary = Менторска среща с { $other }
meeting-ics-caption = Отвори този файл, за да добавиш срещата в календара на телефона си.

meeting-cant-ask = <b>Не можеш да дойдеш?</b> Ще съобщим веднага на { $other } и срещата се отменя.
meeting-cant-rule = Двойката ви се е договорила какво да се прави: „{ $rule }“
meeting-cant-no-rule = Двойката ви още не се е договорила за „{ $question }“ – добро основно правило, което да поставите заедно.
btn-meeting-tell = ✔ Кажи на моя { $other_role }
meeting-cant-told = <b>Съобщихме на { $other }.</b> Искаш ли да избереш друг час сега?
btn-meeting-again = 📅 Избери друг час
btn-meeting-list = ‹ Срещи

meeting-cancel-ask = <b>Да отменя ли тази среща?</b> Ще съобщим на { $other }.
btn-meeting-cancel-yes = Да, отмени я
meeting-cancelled = Срещата е отменена.

meeting-reminders =
    <b>Напомняния преди всяка среща</b>
    Сега: { $current }.
meeting-reminders-before = { $offsets } преди срещата
meeting-reminders-none = без напомняния
meeting-before-hours = { $hours } ч
meeting-before-minutes = { $minutes } мин
meeting-reminders-saved = Запазено.

meeting-menu-next = 📅 Следваща среща: { $date }, { $time }
meeting-menu-none = 📅 Няма планирана среща – планирай в „Срещи“.

# Sent by the scheduler (the outbox), in the recipient's language and time zone.
meeting-reminder =
    ⏰ <b>Напомняне: среща с { $other }</b>
    { $date }, { $time } · { $minutes } мин · { $mode }{ $place }
btn-meeting-open = 📅 Отвори
meeting-card =
    <b>Състоя ли се срещата ти с { $other }?</b>
    { $date }, { $time } · { $minutes } мин · { $mode }
btn-meeting-held = ✔ Да, срещнахме се
btn-meeting-not-held = ✖ Не, не се състоя
btn-meeting-moved = 🔁 Премести се в друг час
meeting-outcome-held = Отбелязано. Сега – записът в дневника за нея.
meeting-outcome-not_held = Отбелязано: не се е състояла.
meeting-outcome-moved = Отбелязано. Сега избери новия час.
meeting-outcome-early = Срещата още не е приключила.
meeting-outcome-known-held = Вече отбеляза, че тази среща се е състояла.
meeting-outcome-known-not_held = Вече отбеляза, че тази среща не се е състояла.
meeting-outcome-known-moved = Вече отбеляза, че тази среща е преместена.
meeting-outcome-known-cancelled = Тази среща беше отменена.
meeting-news-scheduled =
    📅 <b>{ $other } планира среща с теб</b>
    { $date }, { $time } · { $minutes } мин · { $mode }{ $place }
meeting-news-changed =
    📅 <b>{ $other } промени срещата ви</b>
    Сега: { $date }, { $time } · { $minutes } мин · { $mode }{ $place }
meeting-news-cancelled =
    🗑 <b>{ $other } отмени срещата</b> на { $date }, { $time }.
meeting-news-cant =
    🙅 <b>{ $other } не може да дойде</b> на срещата на { $date }, { $time }, затова тя се отменя.
    Изберете заедно друг час.
