# Goals (seed 003, Stage 2 Engage): the mentee's mission (the "destination"), goals and objectives
# (the "roadmap"), with their progress. Only the mentee changes them; the mentor reads them.
goals-which-pair = <b>🎯 Goals</b>
    Which pair?
goals-title-own = <b>🎯 Your goals</b> · { $programme }
goals-title-mentee = <b>🎯 { $mentee }'s goals</b> · { $programme }
goals-terms = The mission is the destination: where the mentee wants to get to. The goals and objectives are the roadmap: the big steps on the way, and the small, concrete things to do next.
goals-mission = 🧭 <b>Mission:</b> { $text }
goals-no-mission = 🧭 <b>Mission:</b> not set yet
goals-heading = { $kind ->
        [goal] 🏁 <b>Goals</b>
       *[objective] 👣 <b>Objectives</b>
    } ({ $count } of at most { $limit })
goals-line = { $number }. { $text } – { $progress }
goals-none-yet = None yet.
goals-hint-own = Tap one to mark your progress, change its wording or remove it.
goals-hint-mentor = Only { $mentee } can change these goals. Suggest ideas at your meetings; { $mentee } adds the ones they choose.

goals-progress = { $progress ->
        [0] Not started
        [25] Under way
        [50] Halfway
        [75] Nearly there
       *[100] Done
    }
goals-progress-current = ✓ { $label }
goals-item = { $kind ->
        [mission] 🧭
        [goal] 🏁
       *[objective] 👣
    } { $text }{ $kind ->
        [mission] {""}
       *[other] {" "}· { $progress }%
    }

goals-btn-add-mission = ➕ Mission
goals-btn-add-goal = ➕ Goal
goals-btn-add-objective = ➕ Objective
goals-btn-other-pair = 👥 Another pair
goals-btn-edit = ✏️ Change the wording
goals-btn-remove = 🗑 Remove
goals-btn-remove-yes = Yes, remove it

goals-write = { $kind ->
        [mission] <b>Your mission</b>: where do you want to get to? This is your destination.
        [goal] <b>A new goal</b>: one of the big steps on the way to your mission.
       *[objective] <b>A new objective</b>: one small, concrete thing to do next.
    }
    Send it as one message, up to { $limit } characters.
goals-limit = { $kind ->
        [mission] You have a mission already. Change its wording instead of adding another.
        [goal] You have { $limit } goals already, the most there can be. Remove one you no longer need to add another.
       *[objective] You have { $limit } objectives already, the most there can be. Remove one you no longer need to add another.
    }

goals-card = { $kind ->
        [mission] 🧭 <b>Your mission</b>
        [goal] 🏁 <b>Your goal</b>
       *[objective] 👣 <b>Your objective</b>
    }
    { $text }
goals-card-progress = Progress: <b>{ $label }</b> ({ $progress }%). Tap to mark how far you are.
goals-edit = Now: “{ $text }”
    Send the new wording as one message, up to { $limit } characters.
goals-remove = Remove “{ $text }”? It cannot be brought back.
goals-removed = Removed.

goals-menu-mission = 🧭 Mission: { $text }
goals-menu-progress = 🎯 Goals: { $done } of { $total } done
goals-menu-none = 🎯 No goals yet
