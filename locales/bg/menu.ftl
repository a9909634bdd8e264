# The main menu of each role, stages and the privacy screen.
menu-title = <b>Главно меню</b>
menu-pair-mentee = <b>{ $programme }</b> – твоят ментор: { $other }
menu-pair-mentor = <b>{ $programme }</b> – твоят подопечен: { $other }
menu-not-joined = (още не се е присъединил(а))
menu-stage = Етап: <b>{ $stage }</b> – { $meaning }
menu-coordinator = Координираш <b>{ $count }</b> { $count ->
    [one] програма
   *[other] програми
    } в { $org }.
menu-more-pairs = …и още { $count }. Във всеки раздел можеш да избереш двойката.
menu-no-roles = Все още не участваш в програма. Отвори връзката с покана, която ти е дал координаторът.
btn-questionnaire = 📝 Въпросник
btn-diary = 📔 Дневник
btn-reflect = 💭 Размисъл
btn-goals = 🎯 Цели и план
btn-ground-rules = 🤝 Основни правила
btn-programmes = 📋 Програми
btn-new-programme = ➕ Нова програма
btn-new-pair = 👥 Нова двойка
btn-language = 🌐 Език
btn-privacy = 🔒 Поверителност
btn-help = ❔ Помощ

stage-setting_up = Подготовка
stage-engage = Ангажиране
stage-sustain = Поддържане
stage-transition = Преход
stage-closed = Приключил
stage-meaning-setting_up = опознаване и договаряне на основните правила.
stage-meaning-engage = изграждане на доверие и поставяне на цели и планове заедно.
stage-meaning-sustain = работа по целите, обратна връзка и решаване на проблеми.
stage-meaning-transition = поглед назад към това, което се получи добре, и към наученото.
stage-meaning-closed = менторството е приключило.

role-coordinator = координатор
role-mentor = ментор
role-mentee = подопечен

language-title = <b>Език</b>
    Текущият ти език: { $current }.
language-changed = Готово: ботът вече говори на български.

privacy-title =
    <b>Поверителност</b>
    На { $date } се съгласи с версия { $version } на уведомлението за поверителност.
privacy-none = Все още не си дал(а) съгласие с уведомлението за поверителност.
btn-privacy-read = Прочети уведомлението
btn-privacy-withdraw = Оттегли съгласието си
privacy-withdraw-confirm =
    <b>Да оттеглиш ли съгласието си?</b>
    Ботът ще спре да ти изпраща съобщения и няма да можеш да го използваш, докато не се съгласиш отново. Написаното от теб остава съхранено, докато не бъде изтрито.
btn-privacy-withdraw-yes = Да, оттегли го
privacy-withdrawn = Съгласието ти е оттеглено. Ботът няма да ти пише. Изпрати /start, ако искаш да се съгласиш отново.
