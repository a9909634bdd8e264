# Online-safety tips. Seed 003, section "E-mentoring (online/virtual peer mentoring)":
# "In terms of online safety, the role of a peer mentor should include:" and eight points. Each point is
# quoted below, followed by its tip for students (peer mentors and mentees aged 14-17: friendly, short)
# and for teachers (teacher mentoring programmes). Keep the numbers and the order: people get the tips one
# a week in this order (scheduler/tips.py), and each tip must stay true to the point it comes from.
btn-tips = 🛡 Tips om nettvett
tips-title = 🛡 <b>Nettvett-tips { $number } av { $total }</b>
btn-tips-previous = « Forrige
btn-tips-next = Neste »

## 1. "providing learners with someone of their own age to talk to about problems they experience online."
tips-1-student =
    Har noe på nett gjort deg lei deg eller føltes rart? Du trenger ikke takle det alene. Snakk med elevmentoren din (eller menteen din) – noen på din alder skjønner det ofte.
    Lytter du til noen? La dem snakke ferdig, ikke døm, og ikke spre det de fortalte deg som sladder.
tips-1-teacher =
    Elever forteller ofte en jevnaldrende om problemer på nett før de forteller det til en voksen. Oppmuntre til støtte mellom elever i klassene dine, og sørg for at alle elever vet hvilken voksen de kan gå til videre.

## 2. "reporting incidents of online bullying or other issues to staff members."
tips-2-student =
    Har du sett mobbing eller noe bekymringsfullt på nett? Ikke svar, og ikke del det videre. Ta en skjermdump, og si så fra til en lærer – eller trykk «Meld fra om en bekymring» nedenfor.
    Å si fra er ikke å sladre: det beskytter folk.
tips-2-teacher =
    Når en elev melder fra om mobbing på nett: noter hva som skjedde og når, ta vare på bevisene (skjermdumper, lenker, datoer) og send det videre til den ansvarlige ansatte samme dag. For alt som gjelder dette programmet, bruk «Meld fra om en bekymring» nedenfor.

## 3. "understanding the issues that exist among their peers in relation to the online world."
tips-3-student =
    Få med deg hva som skjer rundt deg på nett: drama i gruppechatter, falske kontoer, press om å sende bilder, svindel, «utfordringer». Snakk med mentoren din om det du ser på trinnet ditt – å vite om det er første steg for å takle det.
tips-3-teacher =
    Vær nysgjerrig på elevenes nettverden: hvilke apper de bruker, og hva som går galt der. Spør dem – fem minutter med ærlig klassesamtale forteller deg mer enn noen rapport.

## 4. "working with and supporting learners who have experienced issues such as online bullying."
tips-4-student =
    Hvis en venn eller menteen din blir mobbet på nett: vær der for dem, si at det ikke er deres feil, hjelp dem med å blokkere og rapportere, og få med en voksen du stoler på. Du er en støtte – du trenger ikke løse det alene.
tips-4-teacher =
    En elev som har blitt mobbet på nett, trenger mer enn én samtale. Følg opp igjen noen dager senere, avtal små neste steg sammen med eleven, og få med skolens rådgiver eller psykolog ved behov.

## 5. "helping to review policies and procedures around online safety."
tips-5-student =
    Har skolen din regler om mobiler og nettvett? Finn dem og les dem. Hvis noe ikke stemmer med hvordan elever faktisk bruker mobilen, si fra til en lærer – elevenes ideer gir bedre regler.
tips-5-teacher =
    Les skolens retningslinjer for nettvett og digital sikkerhet sammen i mentoringen: hvem som skal varsles, hva som skal dokumenteres, når foreldre skal kontaktes. Noter det som er uklart eller utdatert, og ta det opp med koordinatorene.

## 6. "running activities and campaigns which educate learners, staff and parents/carers about online safety and promote positive online behaviour and attitudes."
tips-6-student =
    Vær et godt eksempel på nett: tenk før du poster, spør før du deler bilder av andre, og svar rolig på slemme kommentarer – eller ikke svar i det hele tatt, og rapporter dem. Har du en idé til en nettvett-aktivitet for klassen din? Foreslå den!
tips-6-teacher =
    Bygg inn et kort øyeblikk om nettvett i en time – å sjekke en kilde, eller hvordan man svarer på en sårende kommentar. Lag det sammen med mentoren eller menteen din, og del det med kolleger og foreldre.

## 7. "educating learners and parents/carers about what they can do if they and/or their child are struggling with an issue online."
tips-7-student =
    Står du fast med et problem på nett? Dette kan du gjøre: blokkere, rapportere det i appen, lagre bevisene, snakke med en voksen du stoler på, eller ringe en hjelpetelefon. Det er helt OK å si det til foreldrene dine – de kan ofte hjelpe mer enn du tror.
tips-7-teacher =
    Fortell elever og foreldre hva de skal gjøre når noe går galt på nett: lagre bevisene, blokkere og rapportere, og hvem de kan kontakte på skolen. Ta med nummeret til hjelpetelefonen i neste melding til foreldrene.

## 8. "building a school/college culture which places a strong ongoing emphasis on online safety and skills."
tips-8-student =
    Å være trygg på nett er en vane, ikke en engangstime: hold passordene dine for deg selv, sjekk personverninnstillingene hvert par måneder, og hold mentorpratene dine respektfulle. Du er med på å gjøre skolen din til et tryggere sted.
tips-8-teacher =
    Gjør nettvett til en del av skolehverdagen, ikke en enkeltdag: nevn det ofte, vær et forbilde i din egen kontakt med elever på nett (skolens kanaler, en profesjonell tone) og snakk om det i mentoringen.
