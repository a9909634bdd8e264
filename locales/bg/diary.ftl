# The session diary (/diary) and the progress against the plan.

## Seed 000, Annex IV - Diary: the field names and modes as the Annex writes them
diary-field-session_no = Сесия №
diary-field-date = Дата
diary-field-duration = Продължителност
diary-field-mode = Форма (присъствено / онлайн / хибридно)
diary-mode-in_person = присъствено
diary-mode-online = онлайн
diary-mode-hybrid = хибридно
diary-mode-other-word = друго: { $word }
diary-field-objectives = 1. Цели на сесията
diary-field-topics = 2. Теми и дейности
diary-field-mentee_reflection = 3. Размисъл на подопечния
diary-field-mentor_notes = 4. Бележки на ментора
# Seed 000, Annex II: the column of the plan a session is tagged with, and the two parts without their hours
diary-field-activity = Дейност
diary-plan-part-mentoring = А. Менторски дейности
diary-plan-part-piloting = Б. Апробиране в класната стая

## Progress (the diary's home and the main menu)
diary-plan-part = { $part }: { NUMBER($done, maximumFractionDigits: 1) } от { NUMBER($planned, maximumFractionDigits: 1) } ч
diary-plan-activity = { "  " }• { $activity }: { NUMBER($done, maximumFractionDigits: 1) } от { NUMBER($planned, maximumFractionDigits: 1) } ч
diary-rhythm = { $done } { $done ->
        [one] сесия
       *[other] сесии
    } досега; при { $per_week } на седмица досега щяхте да сте на { $expected }.
diary-rhythm-ahead = Ритъмът от { $per_week } срещи седмично по { $minutes } минути започва на { $start }.
diary-menu-line = 📔 { $text }
diary-menu-waiting-mentee = 📔 { $count ->
        [one] Една сесия чака
       *[other] { $count } сесии чакат
    } твоя размисъл.
diary-menu-waiting-mentor = 📔 { $count ->
        [one] Една сесия чака
       *[other] { $count } сесии чакат
    } твоите бележки.

## The diary's home
diary-title = <b>📔 Дневник на сесиите</b> – { $programme }, с { $other }
diary-waiting-title = <b>Чака те</b>
diary-waiting-mentee = Сесия { $number } – добави своя размисъл
diary-waiting-mentor = Сесия { $number } – добави своите бележки
diary-btn-new = ✍ Нов запис
diary-btn-entries = 📚 Минали записи ({ $count })
diary-btn-home = 📔 Дневник
diary-which-pair = <b>📔 Дневник на сесиите</b>
    За коя двойка се отнася?
diary-no-pair = В момента не си в двойка.

## Writing an entry
diary-new-title = <b>Нов запис – { diary-field-session_no } { $number }</b>
diary-entry-title = <b>{ diary-field-session_no } { $number }</b>
diary-now = Сега: { $value }
diary-btn-next = Напред ›
diary-btn-skip = Пропусни ›
diary-ask-date = <b>{ diary-field-date }</b>: кога беше сесията? Натисни „Днес“ или избери деня.
diary-btn-today = Днес, { $today }
diary-date-future = Този ден още не е дошъл. Избери деня, в който се е състояла сесията.
diary-date-outside = Избери ден от { $earliest } до { $latest } (програмата е от { $start } до { $end }).
diary-date-too-soon = Сесии могат да се записват от { $earliest } нататък (програмата е от { $start } до { $end }).
diary-ask-duration = <b>{ diary-field-duration }</b>: колко продължи? Натисни продължителност или въведи минутите ({ $low }–{ $high }).
diary-minutes = { $minutes } мин
diary-minutes-invalid = Моля, въведи минутите като цяло число от { $low } до { $high }.
diary-ask-mode = <b>{ diary-field-mode }</b>: как се срещнахте?
diary-btn-mode-other = друго…
diary-ask-mode-other = <b>{ diary-field-mode }</b>: друго – с една-две думи? (до { $limit } знака)
diary-ask-activity = <b>{ diary-field-activity }</b>: коя дейност от менторския план беше тази сесия?
diary-ask-text =
    <b>{ $section }</b>
    Напиши го в едно съобщение, до { $limit } знака. Можеш да го промениш по-късно.
    Всичко в записа в дневника, включително бележките на ментора, се вижда и от двама ви – ментор и подопечен; координаторите виждат само датата, продължителността и начина на среща.

## Reading an entry
diary-fact = { $label }: { $value }
diary-section-title = <b>{ $section }</b>
diary-not-written = (още не е написано)
diary-left-empty = —
diary-shortened = { $text }…
diary-btn-full = 📖 { $section } (изцяло)
diary-btn-edit = ✏️ Промени моята част
diary-btn-delete = 🗑 Изтрий моята част
diary-edit-title = <b>{ diary-field-session_no } { $number }</b>
    Какво искаш да промениш?
diary-delete-confirm =
    <b>Да изтрия ли твоята част от сесия { $number }?</b>
    { $role ->
        [mentor] Целите, темите и бележките ти ще бъдат изтрити.
       *[mentee] Размисълът ти ще бъде изтрит.
    }
    { $fate ->
        [goes] Никой друг не е писал в този запис, така че цялата сесия изчезва от дневника.
        [passes] { $other } е писал в него, така че сесията остава с неговата част; датата, продължителността и формата ѝ преминават към него.
       *[stays] Сесията остава в дневника с другата част.
    }
    Това не може да бъде отменено.
diary-btn-delete-yes = 🗑 Да, изтрий
diary-deleted-part = Твоята част от сесия { $number } е изтрита.
diary-deleted-entry = Сесия { $number } е изтрита от дневника.

## Past entries
diary-entries-title = <b>📚 Минали сесии</b>, най-новите първи
diary-entries-empty = В дневника още няма сесии. Започни с „Нов запис“.
diary-entries-page = Страница { $page } от { $pages }
diary-entry-button = Сесия { $number } · { $date } · { $minutes } мин
diary-btn-newer = ‹ Предишна
diary-btn-older = Следваща ›
