# A coordinator's screens: programmes, new programme, new pair with invite links.
programmes-title = <b>Твоите програми</b>
programmes-empty = Все още нямаш програми. Създай програма с „Нова програма“.
programme-kind-teacher = Менторство за учители
programme-kind-student = Менторство между ученици
programme-card =
    <b>{ $name }</b>
    { $kind } · { $start } – { $end } · { $timezone }
    Двойки: { $pairs }
programme-pair-line = • { $mentor } → { $mentee } · { $stage }
programme-pair-waiting = (чака се { $who })

new-programme-org = За коя организация е програмата?
new-programme-name = <b>Нова програма</b>
    Как се казва? (например „Приобщаващо обучение 2026/27“)
new-programme-name-taken = Вече има програма с име „{ $name }“. Моля, избери друго име.
new-programme-kind = Какъв вид програма е „{ $name }“?
new-programme-start = Кога започва? Избери датата.
new-programme-end = Кога приключва? Избери датата (от { $start } нататък).
new-programme-end-before-start = Краят трябва да е на или след началото ({ $start }). Избери друга дата.
new-programme-timezone = В коя часова зона живеят участниците? Избери една или въведи име, например Europe/Vienna.
new-programme-timezone-unknown = Не познавам часовата зона „{ $value }“. Въведи име, например Europe/Vienna, или избери от списъка.
new-programme-confirm =
    <b>Да създам ли тази програма?</b>
    { $name }
    { $kind } · { $start } – { $end } · { $timezone }
new-programme-done = Програмата „{ $name }“ е готова. Сега добави двойки с „Нова двойка“.

new-pair-programme = <b>Нова двойка</b>
    За коя програма?
new-pair-no-programmes = Първо създай програма.
new-pair-mentor = Кой е менторът? Избери някой, който вече е ментор в тази програма, или добави нов ментор.
btn-new-mentor = ➕ Нов ментор
new-pair-mentor-name = Въведи името на ментора така, както ще го вижда двойката (достатъчно е малкото име).
new-pair-mentee-name = Въведи името на подопечния така, както ще го вижда двойката (достатъчно е малкото име).
new-pair-minor = { $mentee } под 18 години ли е?
new-pair-consent =
    { $mentee } е под 18 години. Събрало ли е училището съгласието на родител или настойник за участие?
    (Връзка с покана се създава едва след това.)
new-pair-consent-needed = Моля, първо събери съгласието на родителя, след което се върни, за да добавиш { $mentee }. Нищо не е създадено.
new-pair-mentor-minor = Менторът { $mentor } под 18 години ли е?
new-pair-mentor-consent =
    Менторът { $mentor } е под 18 години. Събрало ли е училището съгласието на родител или настойник за участието му като ментор?
    (Връзка с покана се създава едва след това.)
new-pair-mentor-consent-needed = Моля, първо събери съгласието на родител на { $mentor }, след което се върни, за да добавиш тази двойка. Нищо не е създадено.
new-pair-confirm =
    <b>Да създам ли тази двойка?</b>
    Програма: { $programme }
    Ментор: { $mentor }{ $mentor_minor }
    Подопечен: { $mentee }{ $minor }
new-pair-minor-note = (под 18 години, съгласието на родител е събрано)
new-pair-channel = Подопечният участва: { $channel }
new-pair-channel-telegram = в Telegram
new-pair-channel-web = в уеб браузър (за тези, които не могат да ползват Telegram, напр. под 16 г.)
btn-new-pair-channel = 🔁 Telegram или уеб браузър
new-pair-done =
    <b>Двойката е създадена.</b> Дай на всеки човек собствената му връзка (или отпечатания QR код). Всяка връзка работи веднъж, до { $expires }.
new-pair-link = { $role } { $name }: { $link }
new-pair-qr-caption = Покана за { $name } ({ $role }). Работи веднъж, до { $expires }.

# A pair's card: its stage, the stage history and moving it.
programme-pair-button = { $mentor } → { $mentee }
programme-pair-card =
    <b>{ $mentor } → { $mentee }</b> · { $programme }
    Ментор: { $mentor } – { $mentor_joined }
    Подопечен: { $mentee } – { $mentee_joined }
programme-pair-joined = присъедини се
programme-pair-not-joined = още не се е присъединил(а)
programme-pair-rules-agreed = Основни правила: приети от двамата на { $date }
programme-pair-rules-open = Основни правила: още не са приети
programme-pair-mentor-agreement-accepted = Споразумение с ментора: прието на { $date }
programme-pair-mentor-agreement-open = Споразумение с ментора: още не е прието
programme-pair-history = <b>История на етапите</b>
programme-pair-created = • { $date }: двойката е създадена
programme-pair-step = • { $date }: { $source } → { $target } ({ $by })
programme-pair-step-automatic = автоматично
programme-pair-step-ready = автоматично: двамата приеха основните правила
programme-pair-move-to = Премести в „{ $stage }“
programme-pair-move-confirm =
    <b>Да преместя ли { $mentor } → { $mentee } от „{ $current }“ в „{ $target }“?</b>
    И двамата ще видят новия етап в менюто си.
programme-pair-moved = Преместено в „{ $stage }“.

# The coordinators of an organisation: who they are, removing one; what the others are told.
btn-coordinators = 👤 Координатори
coordinators-title =
    <b>Координатори</b>
    Те виждат програмите, двойките и сигналите на своята организация. Премахни всеки, който не бива да ги вижда: достъпът се спира веднага.
coordinators-org = <b>{ $org }</b>
coordinators-line = • { $name } · от { $date }
coordinators-line-you = • { $name } (ти) · от { $date }
coordinators-you-name = { $name } (ти)
coordinators-lead-tag = {" "}· 🛡 отговорник по закрила на детето
btn-coordinators-leads = 🛡 Отговорник по закрила на детето…
coordinators-leads-title =
    <b>Отговорник по закрила на детето</b>
    Отговорникът по закрила на детето в една организация получава всеки сигнал и всяко напомняне за непрочетен или застоял сигнал и вижда за тях всичко, което вижда всеки координатор. Докосни име, за да направиш човека отговорник или да премахнеш тази роля.
coordinators-lead-on = ✅ 🛡 { $name }
coordinators-lead-off = ⬜ { $name }
coordinators-name-in = { $name } · { $org }
coordinators-remove = ✖ { $name }
coordinators-remove-in = ✖ { $name } · { $org }
coordinators-confirm =
    <b>Да премахна ли { $name } като координатор на { $org }?</b>
    Достъпът до програмите, двойките и сигналите на организацията се спира веднага, а ботът ще уведоми този човек.
coordinators-confirm-you =
    <b>Да се оттеглиш ли като координатор на { $org }?</b>
    Губиш достъп до програмите, двойките и сигналите на организацията веднага.
coordinators-gone = Този човек вече не е координатор тук. Нищо друго не е променено.
coordinators-last = { $name } е единственият координатор на { $org }, затова премахването не е възможно. Първо трябва да се присъедини друг координатор.
coordinators-removed = { $name } вече не е координатор на { $org }.
coordinators-removed-you = Вече не си координатор на { $org }.
coordinator-removed-notice =
    { $by } те премахна като координатор на { $org }. Вече не виждаш програмите, двойките и сигналите на организацията.
    Ако това е грешка, поискай нова връзка с покана от координатор на { $org }.
staff-joined-lead =
    👤 <b>{ $name } вече е координатор и отговорник по закрила на детето на { $org }</b> (отвори връзка с покана за отговорник по закрила на детето).
    Ако не знаеш кой е това, премахни този човек от Меню → Координатори.
staff-joined-coordinator =
    👤 <b>{ $name } вече е координатор на { $org }</b> (отвори връзка с покана за координатор).
    Ако не знаеш кой е това, премахни този човек от Меню → Координатори.
