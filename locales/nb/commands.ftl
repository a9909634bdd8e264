# The command list: what Telegram shows next to the text field, a short line per command.
cmd-start = Start, eller bli med via en invitasjonslenke
cmd-menu = Hovedmeny
cmd-questionnaire = Spørreskjemaet ditt
cmd-diary = Parets samtaledagbok
cmd-reflect = Reflekter over mentoringen
cmd-goals = Mål og plan
cmd-meeting = Planlegg og endre møtene dine
cmd-tips = Tips om nettvett
cmd-concern = Si fra til koordinatorene om noe som bekymrer deg
cmd-mydata = Se, last ned eller slett dataene dine
cmd-digest = Ukesoversikt over programmene dine
cmd-export = Last ned programmene dine som regneark
cmd-help = Hva denne boten kan gjøre
cmd-language = Bytt språk
cmd-cancel = Avbryt det du holder på med
