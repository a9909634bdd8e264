# The command list: what Telegram shows next to the text field, a short line per command.
cmd-start = Започни или се присъедини с покана
cmd-menu = Главно меню
cmd-questionnaire = Твоят въпросник
cmd-diary = Дневникът на сесиите на двойката
cmd-reflect = Размисли върху менторството
cmd-goals = Цели и план
cmd-meeting = Планирай и променяй срещите си
cmd-tips = Съвети за безопасност онлайн
cmd-concern = Кажи на координаторите за нещо, което те тревожи
cmd-mydata = Виж, изтегли или изтрий данните си
cmd-digest = Седмичен обзор на програмите ти
cmd-export = Изтегли програмите си като таблица
cmd-help = Какво може този бот
cmd-language = Смени езика
cmd-cancel = Спри това, което правиш
