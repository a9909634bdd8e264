# Urgent words in what people write (issue #23, 3; dialogs/urgent.py). The phrases are in urgent.txt.
urgent-help =
    <b>What you wrote sounds serious. You are not alone.</b>
    In danger right now? Call { $emergency }. To talk to someone, call the child helpline { $helpline } (free, any time).
    Nobody else has been told. If you want, the coordinators can read what you wrote and help: tap below, check the text, then send it, change it or cancel.
btn-urgent-tell = 📣 Tell the coordinators
urgent-signal =
    ⚠️ <b>An urgent-word match in the pair { $mentor } → { $mentee }</b> ({ $programme }).
    Something one of them wrote contains words about harm, abuse, violence, threats or bullying. The text is not shared with you; they were shown the helplines. Consider checking in with the pair.
privacy-urgent-signal-off = <b>Urgent words:</b> if you write words about harm, abuse, violence, threats or bullying, the bot shows you helplines and offers to tell the coordinators. Nobody is told unless you tap that.
privacy-urgent-signal-on = <b>Urgent words:</b> if you write words about harm, abuse, violence, threats or bullying, the bot shows you helplines and offers to tell the coordinators. Your organisation has also chosen that the coordinators are told that such words came up in your pair – never what you wrote.
