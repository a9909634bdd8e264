# Reflection prompts: the action steps of the individual development plan (seed 002, teacher programmes)
# and the stage questions of seed 003 (student programmes). Their wording is in instruments.ftl.
reflection-which-pair = <b>💭 Reflect</b>
    Which pair?
reflection-title = <b>💭 Reflect</b> · { $programme }
    Stage: <b>{ $stage }</b> – { $meaning }
reflection-source-teacher = These action steps of your individual development plan fit this stage. Review the plan at regular intervals (for example each quarter).
reflection-source-student = These questions fit this stage of your mentoring.
reflection-pick = Pick one to write about. ✓ marks one you have answered; you can answer it again.
reflection-private = {""}
    🔒 What you write here is yours alone: your { $other } and the coordinators do not see it.

# Short names of the seed 003 stage questions, for buttons and lists
reflection-title-engage-mission = Your mission
reflection-title-engage-goals = Your goals
reflection-title-engage-objectives = Your objectives
reflection-title-sustain-feedback = Feedback
reflection-title-sustain-problem = Problem-solving
reflection-title-transition-went_well = What went well
reflection-title-transition-learned = What you learned

reflection-answered = ✓ { $title }
reflection-btn-mine = 📚 My reflections ({ $count })
reflection-btn-other-pair = 👥 Another pair
reflection-btn-another = 💭 Another question
reflection-btn-newer = « Newer
reflection-btn-older = Older »
reflection-btn-delete = 🗑 Delete
reflection-btn-delete-yes = Yes, delete it

reflection-write-title = <b>{ $title }</b>
reflection-write-body = { $body }
reflection-write-question = <i>{ $question }</i>
reflection-write-how = {""}
    Write your answer and send it as one message, up to { $limit } characters. Only you will read it.
    Text you have typed but not sent is not kept; if you leave, this question waits for you here.

reflection-saved = ✓ Saved: your answer to “{ $title }”. You can read it again under “My reflections”.

reflection-list = <b>📚 My reflections</b> · { $count } · page { $page } of { $pages }
    Newest first. Tap a number to read one in full.
    {""}
reflection-list-empty = <b>📚 My reflections</b>
    You have not written any yet.
reflection-list-entry = <b>{ $number }.</b> { $date } · { $title }
    “{ $opening }”
reflection-list-item = { $number } · { $title }

reflection-read =
    <b>{ $title }</b> · { $date } · { $stage }
    <i>{ $question }</i>

    { $text }
reflection-delete = Delete your answer to “{ $title }” from { $date }? It cannot be brought back.
reflection-deleted = Deleted.
