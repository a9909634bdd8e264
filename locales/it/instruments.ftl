# Gli strumenti, con le parole dei seed (../shared/seeds). Le chiavi sono stabili; le traduzioni devono mantenere
# esattamente il significato di ogni opzione (le scale dell'Allegato III vengono confrontate prima e dopo).

## Seed 000, Allegato III - Questionario di valutazione - Processo di mentoring (programmi per docenti)
instrument-teacher_annex3 = Questionario di valutazione – Processo di mentoring
q-teacher_annex3-1-title = Consapevolezza e conoscenza
q-teacher_annex3-1 = Quanto ti senti consapevole riguardo alla didattica inclusiva (ad es. Universal Design for Learning...)
q-teacher_annex3-2-title = Applicazione pratica
q-teacher_annex3-2 = Con quale frequenza adatti le tue attività didattiche per rispondere ai diversi stili di apprendimento, bisogni e livelli dei tuoi studenti?
q-teacher_annex3-3-title = Strumenti e strategie
q-teacher_annex3-3 = Quanto ti senti sicuro/a nell'usare strumenti e strategie inclusive (ad es. tecnologia, apprendimento cooperativo, valutazione formativa, peer tutoring, ecc.)?
q-teacher_annex3-4-title = Collaborazione e rete
q-teacher_annex3-4 = In che misura collabori con colleghi o personale di supporto (ad es. docenti di sostegno, tutor, psicologi) per progettare attività inclusive?
q-teacher_annex3-5-title = Autovalutazione dell'impatto
q-teacher_annex3-5 = In che misura pensi che le tue attuali pratiche didattiche promuovano efficacemente la partecipazione e il successo di tutti gli studenti (in particolare di quelli con bisogni educativi speciali o in situazione di svantaggio)?
q-teacher_annex3-6-title = Domanda aperta
q-teacher_annex3-6 = Per quale aspetto della didattica inclusiva senti di avere più bisogno di supporto / in quale sei migliorato/a di più?

scale-extent-0 = Per niente
scale-extent-1 = Poco
scale-extent-2 = Abbastanza
scale-extent-3 = Molto
scale-frequency-0 = Mai
scale-frequency-1 = Raramente
scale-frequency-2 = A volte
scale-frequency-3 = Spesso
scale-frequency-4 = Sempre

## Seed 003, Fase 1 - che cosa il mentee spera di ottenere dalla relazione, e gli obiettivi in generale
instrument-student_intake = Per cominciare
q-student_intake-hopes-title = Che cosa speri
q-student_intake-hopes = Che cosa speri di ottenere dall'avere un peer mentor? Scegli tutte le risposte adatte.
q-student_intake-hopes-0 = Aiuto con lo studio e i compiti
q-student_intake-hopes-1 = Aiuto per raggiungere un obiettivo scolastico
q-student_intake-hopes-2 = Qualcuno con cui parlare delle cose importanti per me
q-student_intake-hopes-3 = Altro
q-student_intake-goals-title = I tuoi obiettivi
q-student_intake-goals = Che cosa vorresti raggiungere durante il mentoring? Bastano poche parole – potrai aggiungere dettagli più avanti.

## Seed 000, Allegato II - Esempio di piano di mentoring per docenti
plan-part-mentoring = A. Attività di mentoring (10 ore)
plan-part-piloting = B. Sperimentazione in classe
plan-initial_analysis = Analisi iniziale e definizione degli obiettivi
plan-initial_analysis-description = Compilazione del questionario e prima sessione di mentoring
plan-methodological_deepening = Approfondimento metodologico
plan-methodological_deepening-description = Discussione e riflessione sulle metodologie inclusive
plan-co_design = Co-progettazione di attività inclusive
plan-co_design-description = Progettazione congiunta di strategie o lezioni inclusive
plan-final_reflection = Riflessione finale e chiusura
plan-final_reflection-description = Autovalutazione e discussione finale
plan-classroom_piloting = Sperimentazione in classe
plan-classroom_piloting-description = Realizzazione delle attività inclusive progettate
plan-evidence = Raccolta di evidenze e materiali
plan-evidence-description = Feedback, relazioni e documentazione
plan-personal_reflection = Riflessione personale e autovalutazione
plan-personal_reflection-description = Riflessione individuale su risultati e impatto

## Seed 003, Fase 1 - le regole di base che la coppia dovrebbe stabilire
ground-rule-how_often = Ogni quanto incontrarsi?
ground-rule-where_when = Luoghi/orari degli incontri.
ground-rule-cannot_come = Che cosa fare se uno dei due non può venire a un incontro?
ground-rule-friends = Portare amici agli incontri di mentoring.
ground-rule-confidentiality = Questioni di riservatezza.
ground-rule-problems = Gestire i problemi.

## Seed 002 - Accordo per mentor e responsabili di programmi peer-to-peer (programmi per docenti)
mentor-agreement-title = Accordo per mentor e responsabili di programmi peer-to-peer: sostenere il passaggio dalla formazione iniziale alla professione docente
mentor-agreement-intro = Come mentor/responsabile ti impegni a:
mentor-agreement-1 = Prevedere una fase di inserimento in cui il mentoring abbia priorità in modo sistematico durante i primi anni di insegnamento
mentor-agreement-2 = Nel primo anno scolastico, elaborare un piano di mentoring personalizzato per il mentee (che includa una valutazione delle competenze attuali, dei bisogni di sviluppo professionale, degli obiettivi di sviluppo e delle opportunità di meta-riflessione continua sul processo e sui risultati)
mentor-agreement-3 = Presentare il mentee all'istituzione in modi che lo riconoscano come una risorsa importante e un contributo prezioso per la comunità professionale
mentor-agreement-4 = Creare spazi che garantiscano al mentee opportunità professionali per collaborare e partecipare alla progettazione condivisa con colleghi più esperti
mentor-agreement-5 = Favorire opportunità per il mentee di partecipare a ulteriori programmi di sviluppo professionale
mentor-agreement-6 = Incontrare regolarmente il mentee, se possibile almeno una volta a settimana, per discussioni, supporto, feedback, consigli e orientamento

## Seed 002 - Piano di sviluppo individuale per docenti: le dieci azioni
idp-1-title = Individuare gli ambiti di miglioramento
idp-1 = Individua gli ambiti specifici che richiedono sviluppo o miglioramento. Possono includere la gestione della classe, lo sviluppo del curricolo, la valutazione degli studenti o l'uso della tecnologia nella didattica.
idp-1-question = Che cosa non sono riuscito/a a individuare, e perché? Che cosa posso fare per cambiare la situazione?
idp-2-title = Iscriversi a corsi di sviluppo professionale
idp-2 = Individua corsi o workshop di sviluppo professionale pertinenti che si concentrino sugli ambiti individuati. Possono essere corsi online, seminari o workshop offerti da istituzioni od organizzazioni educative.
idp-2-question = Che cosa non sono riuscito/a a realizzare, e perché? Che cosa posso fare per cambiare la situazione?
idp-3-title = Cercare l'osservazione tra pari
idp-3 = Definisci un calendario di osservazione tra pari. Ciò include osservare le lezioni di altri docenti per conoscere diverse strategie didattiche e tecniche di gestione della classe. Anche il feedback costruttivo dei colleghi può offrire spunti preziosi.
idp-3-question = Che cosa non sono riuscito/a a realizzare, e perché? Che cosa posso fare per cambiare la situazione?
idp-4-title = Cercare un mentor
idp-4 = Individua possibilità di ricevere la guida di un mentor o di un docente più esperto. Un mentor può offrire riflessioni personali, consigli e feedback per aiutarti a migliorare la tua competenza didattica.
idp-4-question = Che cosa non sono riuscito/a a realizzare, e perché? Che cosa posso fare per cambiare la situazione?
idp-5-title = Formazione continua
idp-5 = Valuta e individua ulteriori percorsi di formazione formale, come titoli di studio avanzati o programmi di certificazione legati all'insegnamento.
idp-5-question = Che cosa non sono riuscito/a a realizzare, e perché? Che cosa posso fare per cambiare la situazione?
idp-6-title = Rafforzare l'autoformazione e l'autoriflessione
idp-6 = Individua letteratura pedagogica, articoli di ricerca e libri per restare aggiornato/a sulle tendenze e sugli sviluppi più recenti nell'istruzione.
idp-6-question = Che cosa non sono riuscito/a a realizzare, e perché? Che cosa posso fare per cambiare la situazione?
idp-7-title = Mettere in pratica i cambiamenti
idp-7 = Descrivi come applichi in classe i nuovi apprendimenti e le nuove tecniche. Rifletti sulla loro efficacia e sui possibili aggiustamenti.
idp-7-question = Quali difficoltà ho incontrato nel mettere in pratica queste strategie, e perché? Che cosa posso fare per superarle in futuro?
idp-8-title = Valutare, rivedere e adattare
idp-8 = Individua lo sviluppo di competenze raggiunto e le misure del piano di sviluppo realizzate nell'ultimo anno.
idp-8-question = Che cosa mi ha dato nuove competenze? Quali misure concordate sono riuscito/a a realizzare? Che cosa non sono riuscito/a a realizzare, e perché? Che cosa posso fare per cambiare la situazione?
idp-9-title = Contributi alla guida tra pari
idp-9 = Descrivi il tuo ruolo, il tuo coinvolgimento e i tuoi contributi nelle relazioni tra pari e rifletti su di essi.
idp-9-question = Quali aspetti non sono riuscito/a a seguire, e perché? Che cosa posso fare per cambiare la situazione?
idp-10-title = Contributi allo sviluppo complessivo della scuola
idp-10 = Descrivi il tuo ruolo e i tuoi contributi allo sviluppo di una comunità professionale di apprendimento nella scuola.
idp-10-question = In quali ambiti non sono riuscito/a a contribuire, e perché? Che cosa posso fare per cambiare la situazione?

## Seed 003 - le domande delle fasi, per le coppie di studenti (parole semplici per ragazzi di 14-17 anni)
stage-prompt-engage-mission = La tua missione: dove vuoi arrivare? (la “destinazione”)
stage-prompt-engage-goals = I tuoi obiettivi: quali sono i grandi passi lungo la strada? (la “tabella di marcia”)
stage-prompt-engage-objectives = I tuoi obiettivi specifici: qual è una piccola cosa concreta da fare subito dopo?
stage-prompt-sustain-feedback = Feedback: che cosa va bene tra voi, e che cosa vorreste cambiare?
stage-prompt-sustain-problem = Risolvere i problemi: c'è un problema in questo momento? Quale potrebbe essere una soluzione praticabile?
stage-prompt-transition-went_well = Che cosa è andato bene nel vostro mentoring?
stage-prompt-transition-learned = Che cosa hai imparato – sullo studio, sugli altri, su te stesso/a?

## Seed 003, Fase 4 - conclusione anticipata e l'ultimo incontro
end-reason-programme_end = Il programma è terminato
end-reason-moved_away = Il mentor o il mentee si trasferisce fuori dalla “zona”
end-reason-life_changes = Altri importanti cambiamenti di vita (problemi di salute, questioni familiari ecc.) rendono impossibile continuare
end-reason-decided_to_end = Uno dei due decide di concludere la relazione
end-reason-other = Un altro motivo
final-prompt-went_well = Che cosa è andato bene – in che modo hai visto una crescita, e quali benefici ne hai tratto?
final-prompt-growth = Quali competenze avete acquisito entrambi, anche affrontando insieme le difficoltà?
final-prompt-potential = Per il mentor: qualche parola di fiducia nelle capacità e nel potenziale del mentee.
