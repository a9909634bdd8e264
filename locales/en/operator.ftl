# Lines of `mentorbot concerns` for the operator: counts and ages only, never what was reported.
cli-concerns-none = No open concerns.
cli-concerns-line = { $org }: { $open } open, the oldest { $hours } h old.
cli-concerns-nobody = WARNING: { $org } has no coordinator the bot can reach, so nobody has been told of these. Invite a coordinator: mentorbot invite coordinator --org "{ $org }"
cli-concerns-case = {"  "}#{ $id } { $programme }: { $state }, reported { $hours } h ago; { $told ->
        [yes] a coordinator has been told
       *[no] NOBODY HAS BEEN TOLD (every alert failed)
    }
