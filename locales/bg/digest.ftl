# The coordinator's weekly digest (/digest, and every Monday) and export (/export): numbers only, never
# what people wrote.
btn-digest = 📊 Седмичен обзор
btn-digest-open = 📊 Отвори обзора с графиката
btn-digest-export = 📥 Изтегли таблица (XLSX)
digest-coordinators-only = Обзорът и експортът са за координатори. Изпрати /menu, за да видиш какво можеш да правиш.
digest-title = 📊 <b>Седмичен обзор</b> · { $start } – { $end }
digest-programmes = { $count ->
    [one] 1 програма
   *[other] { $count } програми
    }
digest-statuses = Двойки: { $pairs } – активни { $active } · в риск { $at_risk } · незапочнали { $waiting } · на пауза { $paused } · приключили { $closed }
digest-sessions = Проведени сесии: { $week } през последните 7 дни, { $total } общо
digest-questionnaires = Попълнени въпросници: { $baseline } в началото, { $followup } в края
digest-concerns = Сигнали: { $opened } нови през последните 7 дни, { $still_open } все още отворени
digest-concerns-untold = ⚠️ { $count ->
        [one] 1 отворен сигнал не е стигнал
       *[other] { $count } отворени сигнала не са стигнали
    } до никого: всички известия са неуспешни (ботът е блокиран). Отвори Меню → Сигнали сега.
digest-unreachable = Хора, блокирали бота: { $count }
digest-empty = Все още нямаш програми, така че няма какво да се отчете.
digest-pick = Отвори програма, за да видиш подробностите:
digest-programme-title = <b>{ $name }</b> · { $kind }
digest-stages = По етапи: { $stages }
digest-stage-count = { $stage } { $count }
digest-plan = <b>Часове спрямо плана</b> (Приложение II; започнали двойки: { $pairs })
digest-plan-part = { $part }: { NUMBER($done, maximumFractionDigits: 1) } от { NUMBER($planned, maximumFractionDigits: 1) } ч
digest-plan-part-mentoring = А. Менторски дейности
digest-plan-part-piloting = Б. Апробиране в класната стая
digest-means = <b>Средни стойности по въпросника</b> (Приложение III; 1 е най-ниският отговор)
digest-means-item = { $item }: начало { $baseline } · край { $followup }
digest-mean = { NUMBER($mean, maximumFractionDigits: 1) } от { $points }
digest-mean-few = по-малко от 3 отговора
digest-at-risk-note = Една двойка е „в риск“, когато не се е срещала { $days } дни и няма планирана среща.

# The chart
digest-chart-sessions = Проведени сесии на седмица
digest-chart-status = Двойки по състояние
digest-chart-caption = 📊 Проведени сесии на седмица (последните { $weeks } седмици) и двойки по състояние.
digest-status-waiting = Незапочнали
digest-status-active = Активни
digest-status-at_risk = В риск
digest-status-paused = На пауза
digest-status-closed = Приключили

# The export (sheet names: at most 31 characters)
digest-export-caption = Твоите програми към { $date }: двойки, срещи и сесии от дневника (само дати и числа – без текст от дневника).
digest-export-empty = Все още нямаш програми за експортиране.
digest-export-file = programi-{ $date }.xlsx
digest-sheet-pairs = Двойки
digest-sheet-meetings = Срещи
digest-sheet-diary = Сесии от дневника
digest-column-programme = Програма
digest-column-pair = Двойка №
digest-column-mentor = Ментор
digest-column-mentee = Подопечен
digest-column-minor = Подопечен под 18 г.
digest-column-mentor_minor = Ментор под 18 г.
digest-column-stage = Етап
digest-column-status = Състояние
digest-column-started = Начало
digest-column-ended = Край
digest-column-sessions = Проведени сесии
digest-column-hours = Часове в дневника
digest-column-last = Последна сесия
digest-column-date = Дата
digest-column-time = Час
digest-column-minutes = Минути
digest-column-mode = Форма
digest-column-meeting-status = Проведена?
digest-column-session = Сесия №
digest-column-activity = Дейност от плана
digest-cell-yes = да
digest-cell-no = не
digest-mode-in_person = присъствено
digest-mode-online = онлайн
digest-mode-hybrid = хибридно
digest-mode-other = друго
digest-meeting-scheduled = насрочена
digest-meeting-held = проведена
digest-meeting-not_held = непроведена
digest-meeting-cancelled = отменена
digest-meeting-moved = преместена

# The drift ladder (scheduler/drift.py): a pair that has not met for a while.
drift-your-pair = твоята двойка
drift-nudge-mentee = 👋 Здравей! Минаха { $days } дни, откакто ти и { $other } се срещнахте за последно. Какво ще кажеш да планирате следващата си среща? Изпрати /meeting, за да изберете час заедно.
drift-nudge-mentor = 👋 Минаха { $days } дни, откакто ти и { $other } се срещнахте за последно. Кратък разговор поддържа нещата в движение – изпрати /meeting, за да планирате следващата среща.
drift-nudge-direct =
    <b>Време е да се свържеш с { $other }</b>
    Не сте се срещали от { $days } дни. Моля, свържи се и планирайте следващата си среща (/meeting). Ако нещо ви пречи, координаторът може да помогне.
