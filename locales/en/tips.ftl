# Online-safety tips. Seed 003, section "E-mentoring (online/virtual peer mentoring)":
# "In terms of online safety, the role of a peer mentor should include:" and eight points. Each point is
# quoted below, followed by its tip for students (peer mentors and mentees aged 14-17: friendly, short)
# and for teachers (teacher mentoring programmes). Keep the numbers and the order: people get the tips one
# a week in this order (scheduler/tips.py), and each tip must stay true to the point it comes from.
btn-tips = 🛡 Online-safety tips
tips-title = 🛡 <b>Online-safety tip { $number } of { $total }</b>
btn-tips-previous = « Previous
btn-tips-next = Next »

## 1. "providing learners with someone of their own age to talk to about problems they experience online."
tips-1-student =
    Something online upset you or felt weird? You don't have to deal with it alone. Talk to your peer mentor (or mentee) – someone your age often gets it.
    Listening to someone? Let them finish, don't judge, and don't share what they told you as gossip.
tips-1-teacher =
    Students often tell a peer about trouble online before they tell an adult. Encourage peer support in your classes, and make sure every student knows which adult they can go to next.

## 2. "reporting incidents of online bullying or other issues to staff members."
tips-2-student =
    Seen bullying or something worrying online? Don't reply and don't share it further. Take a screenshot, then tell a teacher – or tap “Report a concern” below.
    Reporting is not snitching: it protects people.
tips-2-teacher =
    When a student reports online bullying: note what happened and when, keep the evidence (screenshots, links, dates) and pass it on to the staff member responsible the same day. For anything in this programme, use “Report a concern” below.

## 3. "understanding the issues that exist among their peers in relation to the online world."
tips-3-student =
    Know what's going on around you online: group-chat drama, fake accounts, pressure to send photos, scams, “challenges”. Talk with your mentor about what you see in your year – knowing it is the first step to handling it.
tips-3-teacher =
    Stay curious about your students' online world: which apps they use and what goes wrong there. Ask them – five minutes of honest class talk tells you more than any report.

## 4. "working with and supporting learners who have experienced issues such as online bullying."
tips-4-student =
    If a friend or your mentee is being bullied online: stay with them, tell them it is not their fault, help them block and report, and bring in an adult you trust. You are their support – you don't have to fix it alone.
tips-4-teacher =
    A student who has been bullied online needs more than one talk. Check in again a few days later, agree small next steps with them, and bring in the school counsellor or psychologist when needed.

## 5. "helping to review policies and procedures around online safety."
tips-5-student =
    Does your school have rules about phones and online safety? Find them and read them. If something doesn't match how students really use their phones, tell a teacher – students' ideas make better rules.
tips-5-teacher =
    Read your school's online-safety policy together in your mentoring: who to tell, what to record, when to contact parents. Note anything unclear or out of date and bring it to the coordinators.

## 6. "running activities and campaigns which educate learners, staff and parents/carers about online safety and promote positive online behaviour and attitudes."
tips-6-student =
    Be the good example online: think before you post, ask before you share someone's photo, and answer mean comments calmly – or not at all, and report them. Got an idea for an online-safety activity for your class? Suggest it!
tips-6-teacher =
    Build a short online-safety moment into a lesson – checking a source, or how to answer a hurtful comment. Design it together with your mentor or mentee and share it with colleagues and parents.

## 7. "educating learners and parents/carers about what they can do if they and/or their child are struggling with an issue online."
tips-7-student =
    Stuck with a problem online? Your options: block, report it in the app, save the evidence, talk to an adult you trust, or call a helpline. Telling your parents is OK – they can often help more than you think.
tips-7-teacher =
    Tell students and parents what to do when something goes wrong online: save the evidence, block and report, and whom to contact at school. Put the helpline number in your next message to parents.

## 8. "building a school/college culture which places a strong ongoing emphasis on online safety and skills."
tips-8-student =
    Staying safe online is a habit, not a one-off lesson: keep your passwords to yourself, check your privacy settings every few months, and keep your mentoring chats respectful. You are helping to make your school a safer place.
tips-8-teacher =
    Make online safety part of everyday school life, not a one-off day: mention it often, model it in your own online contact with students (school channels, a professional tone) and talk about it in your mentoring.
