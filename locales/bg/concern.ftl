# Reporting a concern (seed 003, online safety), and the coordinators' side.
btn-concern = 🆘 Подай сигнал
concern-intro =
    <b>Подай сигнал</b>
    Има ли нещо тревожно – тормоз онлайн, нещо, заради което се чувстваш несигурно, проблем с двойката ти или с някой друг?
    Напиши какво се е случило в едно съобщение. Ще го прочетат само координаторите на { $org } – не и твоят { $other_role }.

    <b>Честно казано:</b> пазим го възможно най-поверително, но ако някой може да е в опасност, възрастните, които отговарят за безопасността, ще бъдат уведомени. Никога не обещаваме да пазим това в тайна.

    <b>В опасност ли си в момента?</b> Обади се на { $emergency }. Ако искаш да поговориш с някого, обади се на телефонната линия за деца { $helpline } (безплатно, по всяко време).
concern-which-pair = За коя от твоите двойки се отнася?
concern-too-long = Това са { $length } знака; моля, остани под { $limit } (можеш да изпратиш втори сигнал за останалото).
concern-confirm =
    <b>Да изпратя ли това на координаторите?</b>
    „{ $text }“
btn-concern-send = ✔ Изпрати
btn-concern-edit = ✏️ Напиши го отново
btn-concern-mine = Моите сигнали
concern-sent =
    <b>Изпратено. Благодарим ти, че ни каза.</b>
    Координаторите на { $org } вече са уведомени. Някой от тях ще го прочете и може да се свърже с теб или с хората, които могат да помогнат. Никой друг не вижда сигнала ти.
    В опасност ли си в момента? Обади се на { $emergency }. Телефонна линия за деца: { $helpline }.
concern-mine-title = <b>Твоите сигнали</b>
concern-mine-empty = Още нямаш подадени сигнали.
concern-mine-line = • { $date }: { $status }
concern-status-open = чака координатор
concern-status-handled = обработен от координатор

concern-alert =
    🆘 <b>Подаден е сигнал за притеснение</b> от { $role } в { $programme }.
    Моля, прочети го сега.
concern-alert-open = Прочети сигнала
btn-concerns = 🆘 Сигнали (отворени: { $open })
concerns-title = <b>Сигнали</b>
concerns-legend = 🆘 { concern-status-open } · ✔ { concern-status-handled }
concerns-empty = Няма подадени сигнали.
concerns-item = { $open ->
        [yes] 🆘
       *[no] ✔
    } { $date } · { $programme }
concerns-card =
    <b>Сигнал от { $date }</b>
    От: { $reporter } ({ $role }), { $programme }
    Състояние: { $status }{ $paused }

    { $text }
concerns-paused = {""}
    Двойката е на пауза: не получава планирани съобщения.
btn-concern-handled = ✔ Отбележи като обработен
btn-pair-pause = ⏸ Пауза за двойката
btn-pair-resume = ▶ Поднови двойката
concerns-unknown-reporter = човек, който е напуснал
