"""Demo lessons learned, each with its context, evidence and provenance."""

from .text import p, ul

LESSONS = [
    {
        "slug": "restituire-risultati-volontari",
        "title": "Restituire i risultati ai volontari li fa restare",
        "statement": (
            "Una serata all'anno in cui si mostrano ai volontari i risultati del loro lavoro "
            "riduce in modo netto gli abbandoni dal secondo anno."
        ),
        "kind": "worked",
        "context": p(
            "Al Lago Nascosto e sul Monte Castagnaro i volontari del monitoraggio calavano "
            "del 30-40 per cento dal secondo anno. Nel terzo anno entrambi i progetti hanno "
            "organizzato una serata di restituzione con mappe, numeri e foto."
        ),
        "evidence": p(
            "Nei due progetti la quota di volontari che ha continuato l'anno successivo è "
            "passata da circa il 60 all'85 per cento. Un andamento simile è stato riferito "
            "dalle squadre di spurgo dei fontanili."
        ),
        "evidence_strength": "several_projects",
        "recommendation": p(
            "Mettere a calendario la serata di restituzione fin dall'inizio e prevederne il "
            "costo nel budget; presentare dati semplici e il contributo di ciascuno."
        ),
        "meeting": "webinar-monitoraggio-cittadini",
        "themes": ["monitoraggio-partecipato", "custodia-piccoli-ambienti-acqua"],
        "projects": ["acque-vive-lago-nascosto", "castagneti-custoditi", "fontanili-in-rete"],
    },
    {
        "slug": "proprietari-prima-dei-lavori",
        "title": "Cercare i proprietari prima di progettare i lavori",
        "statement": (
            "La ricerca dei proprietari va fatta prima della progettazione esecutiva: farla "
            "dopo blocca i cantieri anche per un anno."
        ),
        "kind": "worked",
        "context": p(
            "Al Lago Nascosto tre proprietari irreperibili hanno fermato per un anno il "
            "cantiere sul lato nord; sul Monte Castagnaro la ricerca fatta per prima ha "
            "permesso di programmare i lavori sulle particelle già disponibili."
        ),
        "evidence": p(
            "Due progetti con approcci opposti, stesso tipo di territorio frammentato: "
            "ritardo di dodici mesi nel primo caso, nessun ritardo dovuto alla proprietà nel "
            "secondo."
        ),
        "evidence_strength": "several_projects",
        "recommendation": p(
            "Inserire la ricerca dei proprietari tra le attività del primo semestre e "
            "progettare per lotti, partendo da quelli con il consenso già acquisito."
        ),
        "meeting": "plenaria-avvio-2017",
        "themes": ["prati-castagneti-abbandono", "custodia-piccoli-ambienti-acqua"],
        "projects": ["acque-vive-lago-nascosto", "castagneti-custoditi"],
    },
    {
        "slug": "pannelli-non-bastano",
        "title": "I pannelli da soli non cambiano i comportamenti",
        "statement": (
            "I pannelli informativi lungo i percorsi sono letti da pochissimi visitatori e "
            "non riducono il disturbo alla fauna."
        ),
        "kind": "did_not_work",
        "context": p(
            "Lungo la pista ciclabile della Torbiera dei Sette Stagni c'erano già otto "
            "pannelli; il progetto ne prevedeva altri dodici."
        ),
        "evidence": p(
            "In una giornata di osservazione, 9 ciclisti su 400 si sono fermati a leggere "
            "un pannello. Le uscite dal percorso nelle aree di nidificazione non erano "
            "diverse vicino ai pannelli e lontano da essi."
        ),
        "evidence_strength": "one_project",
        "recommendation": p(
            "Prima di stampare pannelli, osservare come si comportano i visitatori. "
            "Investire in presenza sul posto, percorsi ben disegnati e contenuti "
            "ascoltabili in movimento."
        ),
        "meeting": "plenaria-avvio-2018",
        "themes": ["fruizione-e-comunicazione"],
        "projects": ["sette-stagni"],
    },
    {
        "slug": "eradicazione-gambero-lanche",
        "title": "Nelle lanche aperte il gambero rosso non si eradica",
        "statement": (
            "Dove le lanche sono collegate al fiume, le catture riducono la densità del "
            "gambero rosso ma non lo eliminano: l'obiettivo realistico è il contenimento."
        ),
        "kind": "did_not_work",
        "context": p(
            "Il progetto delle lanche di Sant'Ombra puntava all'eradicazione del gambero "
            "rosso in tre lanche riaperte e ricollegate al Mincio."
        ),
        "evidence": p(
            "Due anni di catture, poi proseguite con il protocollo comune: le catture per "
            "nassa sono scese del 45 per cento nel primo anno e poi si sono stabilizzate. "
            "Nelle pozze isolate del Lago Nascosto, con lo stesso sforzo, il calo è stato "
            "del 60 per cento e continua."
        ),
        "evidence_strength": "measured",
        "recommendation": p(
            "Distinguere fin dall'inizio i siti isolati, dove l'eradicazione è possibile, da "
            "quelli aperti, dove va fissata una soglia di densità accettabile e uno sforzo "
            "di cattura sostenibile nel tempo."
        ),
        "meeting": "webinar-specie-invasive",
        "themes": ["specie-esotiche-invasive"],
        "projects": ["lanche-vive-santombra", "acque-vive-lago-nascosto"],
    },
    {
        "slug": "premio-non-basta",
        "title": "Il premio economico da solo non convince gli agricoltori",
        "statement": (
            "Un rimborso per ettaro è necessario ma non sufficiente: le aziende aderiscono "
            "quando la proposta arriva da colleghi e il loro impegno viene riconosciuto."
        ),
        "kind": "did_not_work",
        "context": p(
            "Nel primo anno il progetto in Lomellina ha inviato a 60 aziende una proposta "
            "con un rimborso per ettaro ritenuto generoso."
        ),
        "evidence": p(
            "Una sola adesione al primo invio. Dopo gli incontri in cascina, con lo stesso "
            "rimborso, le aziende aderenti sono diventate 18. Nelle Orobie gli allevatori "
            "hanno chiesto, oltre al premio, assistenza tecnica e un riconoscimento "
            "pubblico del loro impegno."
        ),
        "evidence_strength": "several_projects",
        "recommendation": p(
            "Affiancare al rimborso la relazione (chi propone, dove, quando) e forme di "
            "riconoscimento pubblico dell'impegno delle aziende."
        ),
        "meeting": "webinar-accordi-risicoltori",
        "themes": ["accordi-con-agricoltori"],
        "projects": ["risaie-amiche-aironi", "praterie-magre-orobie"],
    },
    {
        "slug": "agricoltore-convince-agricoltore",
        "title": "Un agricoltore convince un altro agricoltore meglio di un tecnico",
        "statement": (
            "Quando è un agricoltore a presentare il progetto ai colleghi, le adesioni "
            "aumentano e le obiezioni diventano domande pratiche."
        ),
        "kind": "worked",
        "context": p(
            "In Lomellina e in Valle Quarzo gli incontri sono stati aperti da un agricoltore "
            "o un alpeggiatore del partenariato invece che dai tecnici."
        ),
        "evidence": p(
            "Diciotto aziende aderenti in Lomellina dopo gli incontri in cascina; in Valle "
            "Quarzo la recinzione delle torbiere è stata accettata da tutti gli alpeggiatori "
            "dopo una serata aperta da un socio della cooperativa."
        ),
        "evidence_strength": "several_projects",
        "recommendation": p(
            "Coinvolgere almeno un'azienda agricola nella scrittura del progetto e "
            "affidarle il primo contatto con le altre."
        ),
        "meeting": "webinar-accordi-risicoltori",
        "themes": ["accordi-con-agricoltori"],
        "projects": ["risaie-amiche-aironi", "praterie-alte-valle-quarzo"],
    },
    {
        "slug": "fossi-rifugio-asciutta",
        "title": "I fossi rifugio tengono gli anfibi in risaia anche con la semina in asciutta",
        "statement": (
            "Un fosso sempre allagato lungo la camera moltiplica le larve di anfibi e "
            "raddoppia gli ardeidi in alimentazione, anche quando la camera va in asciutta."
        ),
        "kind": "worked",
        "context": p(
            "Diciotto aziende della Lomellina hanno scavato fossi rifugio; per due stagioni "
            "sono state confrontate camere con e senza fosso."
        ),
        "evidence": p(
            "Retinate standard e conteggi degli ardeidi in 36 coppie di camere: larve di "
            "anfibi in media cinque volte più numerose, ardeidi in alimentazione il doppio."
        ),
        "evidence_strength": "measured",
        "recommendation": p(
            "Proporre il fosso rifugio come impegno standard negli accordi con i "
            "risicoltori e chiederne l'inserimento tra gli impegni pagati dallo sviluppo "
            "rurale."
        ),
        "meeting": "webinar-accordi-risicoltori",
        "themes": ["accordi-con-agricoltori"],
        "projects": ["risaie-amiche-aironi"],
    },
    {
        "slug": "sfalcio-volontari-non-dura",
        "title": "Lo sfalcio fatto dai volontari non dura oltre il progetto",
        "statement": (
            "Affidare lo sfalcio di prati e sottochioma ai soli volontari funziona finché "
            "c'è il progetto; dopo, serve un soggetto con un interesse economico."
        ),
        "kind": "did_not_work",
        "context": p(
            "Sul Monte Castagnaro lo sfalcio sotto i castagni era affidato ai volontari "
            "dell'associazione; in Valle Quarzo alla cooperativa di comunità. Il confronto è "
            "emerso nel webinar sui boschi, quando si è discusso di chi cura castagneti e "
            "lariceti dopo gli interventi."
        ),
        "evidence": p(
            "Un anno e mezzo dopo la fine dei progetti, sul Monte Castagnaro è sfalciato il 40 per "
            "cento della superficie recuperata; in Valle Quarzo la cooperativa continua a "
            "falciare tutti i prati in accordo."
        ),
        "evidence_strength": "several_projects",
        "recommendation": p(
            "Progettare fin dall'inizio chi falcerà dopo il progetto e con quale reddito: "
            "una cooperativa, un'azienda agricola, un accordo con gli allevatori."
        ),
        "meeting": "webinar-dopo-lo-schianto",
        "themes": ["prati-castagneti-abbandono", "dopo-il-progetto"],
        "projects": ["castagneti-custoditi", "praterie-alte-valle-quarzo"],
    },
    {
        "slug": "manutenzione-nei-bilanci",
        "title": "La manutenzione va scritta nei bilanci prima della fine del progetto",
        "statement": (
            "La manutenzione degli habitat sopravvive al progetto solo se entra nei bilanci "
            "degli enti mentre il progetto è ancora attivo."
        ),
        "kind": "worked",
        "context": p(
            "Il parco delle Tre Rogge ha portato la convenzione di manutenzione nei consigli "
            "comunali nell'ultimo anno di progetto, prima delle elezioni amministrative."
        ),
        "evidence": p(
            "Convenzione approvata da tutti e cinque i comuni; da tre anni lo sfalcio del "
            "canneto e la cura delle pozze sono regolari."
        ),
        "evidence_strength": "one_project",
        "recommendation": p(
            "Dedicare l'ultimo anno di progetto a portare i costi di manutenzione nei "
            "bilanci, con cifre reali e un soggetto esecutore già individuato."
        ),
        "meeting": "plenaria-avvio-2019",
        "themes": ["dopo-il-progetto", "custodia-piccoli-ambienti-acqua"],
        "projects": ["acque-vive-lago-nascosto"],
    },
    {
        "slug": "prugnolo-taglio-raso",
        "title": "Il taglio raso del prugnolo tardivo peggiora l'invasione",
        "statement": (
            "Tagliare a raso il prugnolo tardivo provoca ricacci fittissimi; cercinatura e "
            "sottopiantagione funzionano molto meglio."
        ),
        "kind": "did_not_work",
        "context": p(
            "Il taglio raso è stato usato nel primo anno nei boschi attorno alla brughiera "
            "e in alcune parcelle del Ticinello."
        ),
        "evidence": p(
            "Dodici parcelle sperimentali seguite per tre anni: con il taglio raso i ricacci "
            "per metro quadrato sono aumentati; con cercinatura e sottopiantagione sono "
            "diminuiti del 70 per cento rispetto al taglio raso."
        ),
        "evidence_strength": "measured",
        "recommendation": p(
            "Non tagliare a raso. Cercinare i portaseme, sottopiantare specie ombreggianti e "
            "programmare ripassi per almeno tre anni."
        ),
        "meeting": "webinar-dopo-lo-schianto",
        "themes": ["specie-esotiche-invasive", "boschi-e-clima"],
        "projects": ["bosco-vivo-di-pianura", "brughiere-dei-falchi"],
    },
    {
        "slug": "scuole-curricolo",
        "title": "Le scuole garantiscono continuità se il progetto entra nel curricolo",
        "statement": (
            "Le attività con le scuole continuano negli anni quando diventano parte del "
            "programma di una classe, non un evento straordinario."
        ),
        "kind": "worked",
        "context": p(
            "Nel Ticinello la giornata nel bosco è stata inserita nel curricolo di scienze "
            "delle quinte; altrove le uscite dipendevano dalla disponibilità dei singoli "
            "insegnanti. Il tema è stato ripreso nel webinar sui boschi, presentando il "
            "querceto come aula all'aperto."
        ),
        "evidence": p(
            "Nel Ticinello tutte le quinte hanno partecipato per tre anni consecutivi; nelle "
            "altre scuole la partecipazione è calata quando gli insegnanti coinvolti hanno "
            "cambiato sede."
        ),
        "evidence_strength": "one_project",
        "recommendation": p(
            "Lavorare con i dirigenti e il collegio docenti, non solo con gli insegnanti "
            "appassionati, per inserire l'attività nel curricolo."
        ),
        "meeting": "webinar-dopo-lo-schianto",
        "themes": ["monitoraggio-partecipato"],
        "projects": ["bosco-vivo-di-pianura", "acque-vive-lago-nascosto"],
    },
    {
        "slug": "protocolli-diversi-dati-persi",
        "title": "Protocolli diversi rendono i dati inconfrontabili",
        "statement": (
            "Quando ogni progetto raccoglie i dati a modo suo, il lavoro di anni non si può "
            "sommare né confrontare."
        ),
        "kind": "did_not_work",
        "context": p(
            "La comunità 2018 ha provato a confrontare i dati sulle specie invasive e sugli "
            "anfibi raccolti dai quattro progetti nei primi due anni."
        ),
        "evidence": p(
            "Sforzi di cattura, unità di misura e periodi diversi: nessun confronto è stato "
            "possibile per i primi due anni di dati di quattro progetti."
        ),
        "evidence_strength": "several_projects",
        "recommendation": p(
            "Concordare un protocollo minimo comune all'avvio della comunità, per pochi "
            "indicatori condivisi."
        ),
        "meeting": "webinar-specie-invasive",
        "themes": ["monitoraggio-partecipato", "specie-esotiche-invasive"],
        "projects": ["lanche-vive-santombra", "sette-stagni", "brughiere-dei-falchi"],
    },
    {
        "slug": "piccoli-nuclei-rinnovazione",
        "title": "Piccoli nuclei protetti rinnovano meglio dei grandi rimboschimenti",
        "statement": (
            "Dopo gli schianti, piccoli nuclei di piante protette dagli ungulati danno più "
            "sopravvivenza e più diversità di un rimboschimento continuo, a costi minori."
        ),
        "kind": "worked",
        "context": p(
            "All'Alpe Lunga sono stati piantati 60 nuclei protetti al posto del "
            "rimboschimento continuo previsto inizialmente."
        ),
        "evidence": p(
            "Dopo due stagioni sopravvive l'82 per cento delle piante nei nuclei contro il "
            "40 per cento delle piante non protette; il dato è ancora di breve periodo."
        ),
        "evidence_strength": "one_project",
        "recommendation": p(
            "Osservare la rinnovazione naturale prima di piantare e concentrare le risorse "
            "in nuclei protetti dove la rinnovazione manca."
        ),
        "meeting": "webinar-dopo-lo-schianto",
        "themes": ["boschi-e-clima"],
        "projects": ["larici-alpe-lunga"],
    },
    {
        "slug": "comunicazione-dal-primo-giorno",
        "title": "Chi comunica va coinvolto fin dalla progettazione",
        "statement": (
            "Quando chi si occupa di comunicazione partecipa alla progettazione, i contenuti "
            "nascono dal lavoro tecnico e non vengono aggiunti alla fine."
        ),
        "kind": "worked",
        "context": p(
            "Alla Torbiera dei Sette Stagni un'agenzia di comunicazione era nel partenariato "
            "fin dalla candidatura e ha partecipato alle riunioni tecniche."
        ),
        "evidence": p(
            "La scelta delle audio-passeggiate al posto dei pannelli è nata in una riunione "
            "tecnica. Negli altri progetti la comunicazione è stata affidata a fine lavori."
        ),
        "evidence_strength": "anecdotal",
        "recommendation": p(
            "Inserire un partner o una persona dedicata alla comunicazione fin dalla "
            "scrittura del progetto."
        ),
        "meeting": "plenaria-avvio-2018",
        "themes": ["fruizione-e-comunicazione"],
        "projects": ["sette-stagni"],
    },
    {
        "slug": "chiusure-spiegate-sul-posto",
        "title": "Le chiusure stagionali sono rispettate se spiegate sul posto",
        "statement": (
            "La presenza di volontari che spiegano il motivo della chiusura riduce le "
            "violazioni molto più della sola segnaletica."
        ),
        "kind": "worked",
        "context": p(
            "Nella brughiera i sentieri vicini ai siti di nidificazione sono chiusi da "
            "aprile a luglio. L'idea di un presidio sul posto è nata nella plenaria di "
            "avvio, discutendo dei limiti dei divieti scritti; il progetto l'ha poi messa "
            "alla prova dal 2020."
        ),
        "evidence": p(
            "Conteggi dei passaggi nei fine settimana: violazioni al 35 per cento con la "
            "sola segnaletica, al 6 per cento con i guardiani del nido."
        ),
        "evidence_strength": "measured",
        "recommendation": p(
            "Accompagnare ogni chiusura con un presidio nei giorni di maggiore frequenza e "
            "con un percorso alternativo segnalato."
        ),
        "meeting": "plenaria-avvio-2018",
        "themes": ["fruizione-e-comunicazione"],
        "projects": ["brughiere-dei-falchi"],
    },
    {
        "slug": "accordi-tra-enti-scritti",
        "title": "Gli accordi verbali tra enti non sopravvivono alle elezioni",
        "statement": (
            "Gli impegni presi a voce dagli amministratori si perdono al cambio di giunta: "
            "vanno scritti e approvati dagli organi degli enti."
        ),
        "kind": "did_not_work",
        "context": p(
            "Più progetti avevano ottenuto dai comuni impegni verbali sulla manutenzione "
            "dopo il progetto."
        ),
        "evidence": p(
            "In due progetti, dopo le elezioni comunali, i nuovi amministratori non "
            "conoscevano gli impegni presi e non li hanno considerati vincolanti."
        ),
        "evidence_strength": "anecdotal",
        "recommendation": p(
            "Trasformare ogni impegno in una delibera o in una convenzione approvata, "
            "possibilmente prima delle scadenze elettorali."
        ),
        "meeting": "plenaria-avvio-2019",
        "themes": ["dopo-il-progetto"],
        "projects": ["ossola-dacqua", "castagneti-custoditi"],
    },
    {
        "slug": "cooperative-sociali-presidio",
        "title": "Le cooperative sociali sono un presidio stabile per la manutenzione",
        "statement": (
            "Affidare i cantieri e poi la manutenzione a una cooperativa sociale del "
            "territorio crea competenze che restano dopo il progetto."
        ),
        "kind": "worked",
        "context": p(
            "In Ossola, nella brughiera e al Lago Nascosto cooperative sociali locali hanno "
            "realizzato le opere e poi ne hanno curato la manutenzione."
        ),
        "evidence": p(
            "In tutti e tre i casi la stessa squadra cura la manutenzione da almeno due "
            "anni; in Ossola sei persone formate nel cantiere-scuola sono state assunte."
        ),
        "evidence_strength": "several_projects",
        "recommendation": p(
            "Coinvolgere una cooperativa sociale dalla progettazione e accompagnarla con "
            "formazione sul campo; prevedere un contratto di manutenzione pluriennale."
        ),
        "meeting": "plenaria-avvio-2019",
        "themes": ["dopo-il-progetto", "custodia-piccoli-ambienti-acqua"],
        "projects": ["ossola-dacqua", "brughiere-dei-falchi", "acque-vive-lago-nascosto"],
    },
    {
        "slug": "monitoraggio-senza-responsabile",
        "title": "Senza un responsabile il monitoraggio si ferma a fine progetto",
        "statement": (
            "Il monitoraggio è la prima attività a interrompersi quando il progetto finisce, "
            "se nessuno ne ha la responsabilità formale."
        ),
        "kind": "did_not_work",
        "context": p(
            "Verifica della comunità 2017 e della comunità 2019 sui monitoraggi avviati "
            "durante i progetti."
        ),
        "evidence": ul(
            "Dei monitoraggi avviati dai progetti della comunità 2017, metà si è fermata "
            "entro un anno dalla conclusione.",
            "Sono continuati quelli affidati a un'università, a una scuola o a un "
            "istituto con un mandato esplicito.",
        ),
        "evidence_strength": "several_projects",
        "recommendation": p(
            "Nominare per ogni monitoraggio un responsabile dopo il progetto, con un "
            "accordo scritto e un archivio dei dati accessibile."
        ),
        "meeting": "webinar-dopo-lo-schianto",
        "themes": ["dopo-il-progetto", "monitoraggio-partecipato"],
        "projects": [
            "bosco-vivo-di-pianura",
            "praterie-alte-valle-quarzo",
            "fontanili-in-rete",
        ],
    },
]
