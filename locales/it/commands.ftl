# The command list: what Telegram shows next to the text field, a short line per command.
cmd-start = Inizia o entra con un link di invito
cmd-menu = Menu principale
cmd-questionnaire = Il tuo questionario
cmd-diary = Il diario degli incontri della coppia
cmd-reflect = Rifletti sul tuo mentoring
cmd-goals = Obiettivi e piano
cmd-meeting = Pianifica e modifica i tuoi incontri
cmd-tips = Consigli per la sicurezza online
cmd-concern = Segnala ai coordinatori qualcosa che ti preoccupa
cmd-mydata = Vedi, scarica o cancella i tuoi dati
cmd-digest = Riepilogo settimanale dei tuoi programmi
cmd-export = Scarica i tuoi programmi come foglio di calcolo
cmd-help = Che cosa sa fare questo bot
cmd-language = Cambia lingua
cmd-cancel = Interrompi quello che stai facendo
