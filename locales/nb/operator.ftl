# Linjer fra `mentorbot concerns` for driftsansvarlig: bare antall og alder, aldri hva som ble meldt.
cli-concerns-none = Ingen åpne bekymringsmeldinger.
cli-concerns-line = { $org }: { $open } åpne, den eldste { $hours } t gammel.
cli-concerns-nobody = ADVARSEL: { $org } har ingen koordinator som boten kan nå, så ingen er varslet om disse. Inviter en koordinator: mentorbot invite coordinator --org "{ $org }"
cli-concerns-case = {"  "}#{ $id } { $programme }: { $state }, meldt for { $hours } t siden; { $told ->
        [yes] en koordinator har fått beskjed
       *[no] INGEN HAR FÅTT BESKJED (alle varsler feilet)
    }
