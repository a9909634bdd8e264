# The instruments, in the seeds' own wording (../shared/seeds). Keys are stable; translations must keep the
# meaning of every option exactly (the Annex III scales are compared before and after).

## Seed 000, Annex III - Assessment Questionnaire - Mentoring process (teacher programmes)
instrument-teacher_annex3 = Evalueringsskjema – mentorprosessen
q-teacher_annex3-1-title = Bevissthet og kunnskap
q-teacher_annex3-1 = Hvor bevisst føler du deg når det gjelder inkluderende undervisning (f.eks. universell utforming for læring ...)
q-teacher_annex3-2-title = Praktisk anvendelse
q-teacher_annex3-2 = Hvor ofte tilpasser du undervisningsaktivitetene dine for å møte ulike læringsstiler, behov og nivåer blant elevene dine?
q-teacher_annex3-3-title = Verktøy og strategier
q-teacher_annex3-3 = Hvor trygg føler du deg på å bruke inkluderende verktøy og strategier (f.eks. teknologi, samarbeidslæring, vurdering for læring, elev-til-elev-veiledning osv.)?
q-teacher_annex3-4-title = Samarbeid og nettverk
q-teacher_annex3-4 = I hvilken grad samarbeider du med kolleger eller støttepersonale (f.eks. spesialpedagoger, veiledere, psykologer) om å utforme inkluderende aktiviteter?
q-teacher_annex3-5-title = Egenvurdering av effekt
q-teacher_annex3-5 = I hvilken grad mener du at din nåværende undervisningspraksis effektivt fremmer deltakelsen og mestringen til alle elever (særlig dem med særskilte opplæringsbehov eller som er vanskeligstilte)?
q-teacher_annex3-6-title = Åpent spørsmål
q-teacher_annex3-6 = Hvilket aspekt ved inkluderende undervisning føler du at du trenger mest støtte til / har forbedret deg mest i?

scale-extent-0 = Ikke i det hele tatt
scale-extent-1 = I liten grad
scale-extent-2 = I ganske stor grad
scale-extent-3 = I svært stor grad
scale-frequency-0 = Aldri
scale-frequency-1 = Sjelden
scale-frequency-2 = Noen ganger
scale-frequency-3 = Ofte
scale-frequency-4 = Alltid

## Seed 003, Stage 1 - what the mentee hopes to get from the relationship, and goals at a high level
instrument-student_intake = Komme i gang
q-student_intake-hopes-title = Hva du håper på
q-student_intake-hopes = Hva håper du å få ut av å ha en elevmentor? Velg alt som passer.
q-student_intake-hopes-0 = Hjelp med skolearbeid
q-student_intake-hopes-1 = Hjelp til å nå et utdanningsmål
q-student_intake-hopes-2 = Noen å snakke med om ting som betyr noe for meg
q-student_intake-hopes-3 = Noe annet
q-student_intake-goals-title = Målene dine
q-student_intake-goals = Hva vil du nå i løpet av mentoringen? Noen få ord holder – du kan legge til mer senere.

## Seed 000, Annex II - Example of mentoring Plan for Teachers
plan-part-mentoring = A. Mentoraktiviteter (10 timer)
plan-part-piloting = B. Utprøving i klassen
plan-initial_analysis = Innledende analyse og målsetting
plan-initial_analysis-description = Utfylling av spørreskjemaet og første mentorsamtale
plan-methodological_deepening = Metodisk fordypning
plan-methodological_deepening-description = Diskusjon av og refleksjon over inkluderende metoder
plan-co_design = Felles utforming av inkluderende aktiviteter
plan-co_design-description = Felles utforming av inkluderende strategier eller undervisningsopplegg
plan-final_reflection = Avsluttende refleksjon og avslutning
plan-final_reflection-description = Egenvurdering og avsluttende diskusjon
plan-classroom_piloting = Utprøving i klasserommet
plan-classroom_piloting-description = Gjennomføring av de utformede inkluderende aktivitetene
plan-evidence = Innsamling av dokumentasjon og materiell
plan-evidence-description = Tilbakemeldinger, rapporter og dokumentasjon
plan-personal_reflection = Personlig refleksjon og egenvurdering
plan-personal_reflection-description = Individuell refleksjon over resultater og effekt

## Seed 003, Stage 1 - ground rules the pair should set
ground-rule-how_often = Hvor ofte skal vi møtes?
ground-rule-where_when = Steder/tidspunkter å møtes.
ground-rule-cannot_come = Hva gjør vi hvis en av oss ikke kan komme på et møte?
ground-rule-friends = Å ta med venner på mentormøter.
ground-rule-confidentiality = Spørsmål om taushet og fortrolighet.
ground-rule-problems = Å håndtere problemer.

## Seed 002 - Agreement for mentors and leaders of peer-to-peer programs (teacher programmes)
mentor-agreement-title = Avtale for mentorer og ledere av kollegaveiledningsprogrammer: Støtte i overgangen fra lærerutdanning til læreryrket
mentor-agreement-intro = Som mentor/leder forplikter du deg til å:
mentor-agreement-1 = Sørge for en introduksjonsfase der mentoring prioriteres systematisk i de første årene i yrket
mentor-agreement-2 = I det første skoleåret utforme en personlig mentorplan for menteen (med en vurdering av nåværende kompetanse, behov for faglig utvikling, utviklingsmål og muligheter for kontinuerlig metarefleksjon over prosess og resultat)
mentor-agreement-3 = Introdusere menteen for institusjonen på en måte som anerkjenner menteen som en viktig ressurs og bidragsyter i det profesjonelle fellesskapet
mentor-agreement-4 = Skape rom som sikrer faglige muligheter for menteen til å samarbeide og delta i felles planlegging med mer erfarne kolleger
mentor-agreement-5 = Legge til rette for at menteen kan delta i videre programmer for faglig utvikling
mentor-agreement-6 = Møte menteen jevnlig, om mulig minst én gang i uka, for samtaler, støtte, tilbakemeldinger, råd og veiledning

## Seed 002 - Individual development plan for teachers: the ten action steps
idp-1-title = Finne områder som kan forbedres
idp-1 = Finn konkrete områder som trenger utvikling eller forbedring. Det kan være klasseledelse, læreplanarbeid, vurdering av elever eller bruk av teknologi i undervisningen.
idp-1-question = Hva har jeg ikke klart å identifisere, og hvorfor? Hva kan jeg gjøre for å endre dette?
idp-2-title = Melde seg på kurs i faglig utvikling
idp-2 = Finn relevante kurs eller workshoper i faglig utvikling som retter seg mot områdene du har funnet. Det kan være nettkurs, seminarer eller workshoper som tilbys av utdanningsinstitusjoner eller organisasjoner.
idp-2-question = Hva har jeg ikke klart å gjennomføre, og hvorfor? Hva kan jeg gjøre for å endre dette?
idp-3-title = Søke kollegaobservasjon
idp-3 = Lag en plan for kollegaobservasjon. Det innebærer å observere andre læreres timer for å få innsikt i ulike undervisningsstrategier og teknikker for klasseledelse. Konstruktive tilbakemeldinger fra kolleger kan også gi verdifull innsikt.
idp-3-question = Hva har jeg ikke klart å gjennomføre, og hvorfor? Hva kan jeg gjøre for å endre dette?
idp-4-title = Søke mentorveiledning
idp-4 = Finn muligheter for å få veiledning fra en mentor eller en mer erfaren lærer. En mentor kan gi personlig innsikt, råd og tilbakemeldinger som hjelper deg å styrke undervisningskompetansen.
idp-4-question = Hva har jeg ikke klart å gjennomføre, og hvorfor? Hva kan jeg gjøre for å endre dette?
idp-5-title = Videreutdanning
idp-5 = Vurder og finn videre formell utdanning, for eksempel høyere grader eller sertifiseringsprogrammer knyttet til læreryrket.
idp-5-question = Hva har jeg ikke klart å gjennomføre, og hvorfor? Hva kan jeg gjøre for å endre dette?
idp-6-title = Styrke egenlæring og egenrefleksjon
idp-6 = Finn faglitteratur, forskningsartikler og bøker for å holde deg oppdatert på de nyeste trendene og fremskrittene innen utdanning.
idp-6-question = Hva har jeg ikke klart å gjennomføre, og hvorfor? Hva kan jeg gjøre for å endre dette?
idp-7-title = Gjennomføre endringer
idp-7 = Beskriv hvordan du tar i bruk ny kunnskap og nye teknikker i klasserommet. Reflekter over hvor godt de virker, og mulige justeringer.
idp-7-question = Hvilke utfordringer har jeg møtt da jeg tok i bruk disse strategiene, og hvorfor? Hva kan jeg gjøre for å overvinne disse utfordringene i fremtiden?
idp-8-title = Vurdere, gjennomgå og justere
idp-8 = Finn ut hvilken kompetanseutvikling som er oppnådd, og hvilke tiltak fra utviklingsplanen som er gjennomført det siste året.
idp-8-question = Hva har gitt meg ny kompetanse? Hvilke avtalte tiltak har jeg klart å gjennomføre? Hva har jeg ikke klart å gjennomføre, og hvorfor? Hva kan jeg gjøre for å endre dette?
idp-9-title = Bidrag i kollegaveiledning
idp-9 = Beskriv og reflekter over din rolle, ditt engasjement og dine bidrag i kollegaveiledningsrelasjoner.
idp-9-question = Hvilke sider har jeg ikke klart å følge opp, og hvorfor? Hva kan jeg gjøre for å endre dette?
idp-10-title = Bidrag til skolens utvikling som helhet
idp-10 = Beskriv din rolle og dine bidrag til utviklingen av et profesjonelt læringsfellesskap på skolen.
idp-10-question = På hvilke områder har jeg ikke klart å bidra, og hvorfor? Hva kan jeg gjøre for å endre dette?

## Seed 003 - the stage questions, for student pairs (friendly wording for 14-17 year olds)
stage-prompt-engage-mission = Visjonen din: hvor vil du komme? («reisemålet»)
stage-prompt-engage-goals = Målene dine: hva er de store stegene på veien? («veikartet»)
stage-prompt-engage-objectives = Delmålene dine: hva er én liten, konkret ting du kan gjøre nå?
stage-prompt-sustain-feedback = Tilbakemelding: hva går bra mellom dere, og hva vil du endre?
stage-prompt-sustain-problem = Problemløsning: er det et problem akkurat nå? Hva kan være en løsning som fungerer?
stage-prompt-transition-went_well = Hva gikk bra i mentoringen din?
stage-prompt-transition-learned = Hva lærte du – om skolearbeid, om andre, om deg selv?

## Seed 003, Stage 4 - ending early, and the last meeting
end-reason-programme_end = Programmet er over
end-reason-moved_away = Mentoren eller menteen flytter ut av «området»
end-reason-life_changes = Andre store endringer i livet (helse, familieforhold osv.) gjør det umulig å fortsette
end-reason-decided_to_end = En av dem i paret bestemmer seg for å avslutte forholdet
end-reason-other = En annen grunn
final-prompt-went_well = Hva har gått bra – hvordan har du sett vekst, og hva har du fått ut av det?
final-prompt-growth = Hvilke ferdigheter har dere begge fått, også ved å jobbe dere gjennom utfordringer sammen?
final-prompt-potential = Til mentoren: noen ord om troen på menteens evner og potensial.
