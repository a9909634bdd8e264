# The command list: what Telegram shows next to the text field, a short line per command.
cmd-start = Start or join with an invite link
cmd-menu = Main menu
cmd-questionnaire = Your questionnaire
cmd-diary = The pair's session diary
cmd-reflect = Reflect on your mentoring
cmd-goals = Goals and the plan
cmd-meeting = Plan and change your meetings
cmd-tips = Online-safety tips
cmd-concern = Report a worry to the coordinators
cmd-mydata = See, download or erase your data
cmd-digest = Weekly digest of your programmes
cmd-export = Download your programmes as a spreadsheet
cmd-help = What this bot can do
cmd-language = Change language
cmd-cancel = Stop what you are doing
