# Joining with an invite link: language, privacy notice, welcome.
start-unknown-person = Hello! This bot supports school mentoring programmes. To join, open the invite link your coordinator gave you.
invite-unknown = This invite link is not valid. Please check that you copied all of it, or ask your coordinator for a new one.
invite-used = This invite link has already been used. Each link works once. Ask your coordinator for a new one if you need it.
invite-expired = This invite link has expired. Ask your coordinator for a new one.
invite-self-pair = You are already in this pair, so you cannot join it a second time with the other link.
invite-already-yours = You have already joined with this link. Here is your menu.
invite-staff-minor = This link is for the school's staff (a coordinator), so it cannot be used by a student under 18. Nothing has changed. If it reached you by mistake, please tell the person who sent it.

onboarding-language =
    <b>Welcome, { $name }!</b>
    Choose your language. You can change it later with /language.

privacy-notice-student-mentee =
    <b>Your privacy – please read</b>

    <b>What we keep:</b> your name as your coordinator wrote it, your Telegram account number, your language, and what you write in this bot.
    <b>Who sees it:</b> your mentor sees what you share as a pair – your diary, meetings and goals – and of your questionnaire only that you answered it. The coordinators of your programme see only numbers, dates and your pair's stage – never your diary or your answers. If you report a worry, the coordinators see it so they can help.
    <b>Confidential, with limits:</b> if someone may be at risk of harm, the adults responsible for your safety will be told. We never promise to keep that secret.
    <b>How long:</b> until your programme ends and a while after; then it is deleted.
    <b>Your choice:</b> you can take back your agreement at any time in Menu → Privacy. It is as easy as giving it.
    <b>Erasing:</b> you can erase everything the bot keeps about you at any time with /mydata. Only the reports of a concern you made (what you wrote and when) stay with the coordinators, without your name, because they may be needed to keep someone safe.
privacy-notice-student-mentor =
    <b>Your privacy – please read</b>

    <b>What we keep:</b> your name as your coordinator wrote it, your Telegram account number, your language, and what you write in this bot.
    <b>Who sees it:</b> the student you mentor sees what you share as a pair – the diary, your notes in it too, meetings and goals. The coordinators of your programme see only numbers, dates and your pair's stage – never your diary or your answers. If you report a worry, the coordinators see it so they can help.
    <b>Confidential, with limits:</b> if someone may be at risk of harm, the adults responsible for your safety will be told. We never promise to keep that secret.
    <b>How long:</b> until your programme ends and a while after; then it is deleted.
    <b>Your choice:</b> you can take back your agreement at any time in Menu → Privacy. It is as easy as giving it.
    <b>Erasing:</b> you can erase everything the bot keeps about you at any time with /mydata. Only the reports of a concern you made (what you wrote and when) stay with the coordinators, without your name, because they may be needed to keep someone safe.
privacy-notice-teacher =
    <b>Your privacy – please read</b>

    <b>What we keep:</b> your name as your coordinator wrote it, your Telegram account number, your language, and what you write in this bot.
    <b>Who sees it:</b> your mentoring partner sees what you share as a pair: the session diary, meetings, goals and the plan. The coordinators of your programme see only numbers, dates and your pair's stage – never your diary or your answers. If you report a concern, the coordinators see it so they can act on it.
    <b>Confidential, with limits:</b> if a pupil or anyone else may be at risk of harm, your school's safeguarding procedure applies and the coordinators will be told. We never promise to keep that secret.
    <b>How long:</b> until your programme ends and a while after; then it is deleted.
    <b>Your choice:</b> you can take back your agreement at any time in Menu → Privacy. It is as easy as giving it.
    <b>Erasing:</b> you can erase everything the bot keeps about you at any time with /mydata. Only the reports of a concern you made (what you wrote and when) stay with the coordinators, without your name, because they may be needed to keep someone safe.
privacy-notice-coordinator =
    <b>Your privacy – please read</b>

    <b>What we keep:</b> your name as it was written when you were invited, your Telegram account number, your language, and what you do in this bot: programmes, pairs, invites and your notes on concerns.
    <b>Who sees it:</b> the other coordinators of your organisation see the programmes, pairs and concerns you work on, and your notes on them. Of the pairs, you see only numbers, dates and stages, and the concerns people report – never their diaries or answers.
    <b>Your part:</b> a reported concern is there to keep someone safe: act on it under your school's safeguarding procedure, and share it with no one who does not need it for that.
    <b>How long:</b> until your programme ends and a while after; then it is deleted.
    <b>Your choice:</b> you can take back your agreement at any time in Menu → Privacy. It is as easy as giving it.
    <b>Erasing:</b> you can erase everything the bot keeps about you at any time with /mydata. Only the reports of a concern you made (what you wrote and when) stay with the coordinators, without your name, because they may be needed to keep someone safe.
privacy-question = Do you agree?
privacy-accept = ✔ I agree
privacy-decline = Not now
privacy-declined =
    That is fine. Without your agreement the bot cannot keep your notes, so it stays quiet.
    If you change your mind, send /start.
privacy-accepted = Thank you! You can read this again any time in Menu → Privacy.
