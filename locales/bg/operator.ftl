# Редове на `mentorbot concerns` за оператора: само брой и възраст, никога съдържанието на сигнала.
cli-concerns-none = Няма отворени сигнали.
cli-concerns-line = { $org }: { $open } отворени, най-старият е от { $hours } ч.
cli-concerns-nobody = ВНИМАНИЕ: { $org } няма координатор, с когото ботът да може да се свърже, така че никой не е уведомен за тях. Поканете координатор: mentorbot invite coordinator --org "{ $org }"
cli-concerns-case = {"  "}#{ $id } { $programme }: { $state }, подаден преди { $hours } ч; { $told ->
        [yes] координатор е уведомен
       *[no] НИКОЙ НЕ Е УВЕДОМЕН (всички известия са неуспешни)
    }
