"""Demo themes, each with every section of the CdP method filled in.

External experiences are (name, scale, place, link, what it teaches). Real experiences are
described only in general terms; the projects and partners they are compared with are
invented.
"""

from .text import p, ul

THEMES = [
    # Community 2017 -------------------------------------------------------------------
    {
        "slug": "custodia-piccoli-ambienti-acqua",
        "community": "cdp-2017",
        "title": "Custodia partecipata dei piccoli ambienti d'acqua",
        "image": "pozza-anfibi",
        "listing_summary": (
            "Pozze, fontanili e canneti sono piccoli, numerosi e sparsi: chi se ne prende "
            "cura quando il cantiere è finito?"
        ),
        "summary": (
            "Fontanili, pozze per anfibi, fossi e piccoli canneti hanno bisogno di una "
            "manutenzione leggera ma regolare. Il tema mette a confronto i modi in cui i "
            "progetti hanno affidato questa cura a volontari, aziende agricole, cooperative "
            "e comuni."
        ),
        "knowledge": p(
            "I piccoli ambienti d'acqua della pianura ospitano una parte sproporzionata della "
            "biodiversità: la rana di Lataste depone quasi solo in pozze e fossi con acqua "
            "ferma da febbraio a maggio, il gambero di fiume e la lampreda padana vivono "
            "nelle acque fresche dei fontanili. Sono ambienti che, se lasciati a sé stessi, "
            "si interrano in pochi anni.",
            "L'esperienza dei progetti <b>Acque Vive al Lago Nascosto</b> e <b>Fontanili in "
            "Rete</b> mostra che gli interventi di manutenzione sono semplici (spurgo "
            "leggero, sfalcio alternato delle sponde, taglio a rotazione del canneto) ma "
            "vanno ripetuti ogni uno o due anni su decine di siti diversi, spesso su terreni "
            "privati.",
            "Quello che ancora non sappiamo bene è quanto a lungo una rete di volontari "
            "regga senza un ente che la coordini, e quale sia il costo reale della "
            "manutenzione per ettaro o per sito.",
        ),
        "experiences": [
            (
                "Contratti di fiume in Lombardia",
                "regional",
                "Lombardia",
                "",
                p(
                    "I contratti di fiume lombardi mostrano che un tavolo stabile tra comuni, "
                    "consorzi, agricoltori e associazioni può reggere per anni, a patto che "
                    "qualcuno abbia il compito esplicito di convocarlo e di tenere il "
                    "programma d'azione aggiornato."
                ),
            ),
            (
                "Contratti di fiume, di lago e di falda nella legislazione italiana",
                "national",
                "Italia",
                "",
                p(
                    "Dal 2015 i contratti di fiume sono riconosciuti dal codice dell'ambiente "
                    "come strumenti volontari di programmazione negoziata. Per i piccoli "
                    "ambienti d'acqua l'idea utile è quella di un <i>accordo volontario ma "
                    "scritto</i>, con impegni verificabili per ciascuno."
                ),
            ),
            (
                "Landschaftspflegeverbände",
                "international",
                "Germania",
                "",
                p(
                    "Le associazioni tedesche per la cura del paesaggio riuniscono in parti "
                    "uguali agricoltori, ambientalisti e amministratori locali e affidano "
                    "agli agricoltori i lavori di manutenzione, pagati. Insegnano che la cura "
                    "diffusa funziona meglio quando è anche un reddito."
                ),
            ),
        ],
        "critical_issues": ul(
            "Il calo dei volontari dal secondo anno, se manca una restituzione dei risultati.",
            "Autorizzazioni diverse per interventi simili, a seconda di chi gestisce il "
            "corso d'acqua.",
            "Costi di manutenzione piccoli ma ricorrenti, che nessun bilancio prevede.",
            "Specie invasive (soprattutto il gambero rosso) che colonizzano le pozze vicine "
            "ai corsi d'acqua.",
        ),
        "solutions": [
            ("contratto-custodia-fontanili", "Sperimentato con undici aziende agricole."),
            ("squadre-spurgo-fontanili", "Da combinare con il contratto di custodia."),
            ("cantiere-scuola", "Un'alternativa ai volontari dove c'è una cooperativa sociale."),
            ("kit-anfibi-scuole", "Utile per tenere vivo l'interesse attorno alle pozze."),
        ],
        "evolutions": p(
            "Le estati più calde e secche accorciano il periodo in cui pozze e fontanili "
            "hanno acqua: alcune pozze realizzate nel 2019 erano asciutte già a fine aprile "
            "nel 2022. I progetti futuri dovranno scavare più in profondità o scegliere siti "
            "alimentati dalla falda.",
            "Il regolamento europeo sul ripristino della natura chiederà agli Stati di "
            "recuperare anche gli ecosistemi d'acqua dolce: la manutenzione dei piccoli "
            "ambienti potrebbe trovare spazio nei piani nazionali di ripristino.",
        ),
        "lessons": [
            ("cooperative-sociali-presidio", "La cura diffusa ha bisogno di un soggetto stabile."),
            ("proprietari-prima-dei-lavori", "Vale per pozze e fontanili su terreni privati."),
            ("restituire-risultati-volontari", "Per non perdere le squadre di manutenzione."),
        ],
        "projects": ["acque-vive-lago-nascosto", "fontanili-in-rete", "sette-stagni"],
    },
    {
        "slug": "prati-castagneti-abbandono",
        "community": "cdp-2017",
        "title": "Prati, pascoli e castagneti: contrastare l'abbandono",
        "image": "castagneto-diradato",
        "listing_summary": (
            "Habitat costruiti dal lavoro agricolo che scompaiono quando il lavoro si ferma: "
            "proprietà frammentate, redditi bassi, mani che mancano."
        ),
        "summary": (
            "Prati da sfalcio, praterie magre e castagneti da frutto esistono perché "
            "qualcuno li ha falciati, pascolati e potati per secoli. Il tema raccoglie le "
            "strategie dei progetti per riportare una gestione stabile dove i proprietari "
            "sono tanti, lontani o introvabili."
        ),
        "knowledge": p(
            "Le praterie e i prati da sfalcio sono tra gli habitat di interesse comunitario "
            "in stato di conservazione più sfavorevole, in Lombardia come nel resto "
            "d'Europa. La causa principale in montagna è l'abbandono; in pianura e nei "
            "fondovalle, al contrario, l'intensificazione (concimazioni, sfalci precoci e "
            "ripetuti).",
            "Nei castagneti l'abbandono porta a boschi fitti di polloni, spesso invasi da "
            "robinia, dove si perdono i grandi alberi cavi che ospitano picchi, chirotteri e "
            "insetti saproxilici.",
            "Il progetto <b>Castagneti Custoditi</b> ha mostrato che il primo ostacolo non è "
            "tecnico ma fondiario: in un solo versante c'erano 530 particelle. In Valle "
            "Quarzo, invece, il nodo è economico: il fieno di montagna vale poco e falciare "
            "in pendenza costa molto.",
        ),
        "experiences": [
            (
                "Associazioni fondiarie in Piemonte",
                "national",
                "Piemonte",
                "",
                p(
                    "Una legge regionale del 2016 riconosce le associazioni fondiarie: i "
                    "proprietari conferiscono volontariamente l'uso dei propri terreni a "
                    "un'associazione che li gestisce come un'unica superficie. Lo strumento "
                    "ha ispirato l'associazione del Monte Castagnaro."
                ),
            ),
            (
                "Premi per la cura del paesaggio in Alto Adige",
                "national",
                "Provincia autonoma di Bolzano",
                "",
                p(
                    "In Alto Adige gli agricoltori che gestiscono prati magri, prati "
                    "ricchi di specie e altri elementi di pregio ricevono premi dedicati. "
                    "La lezione: un premio legato all'habitat, e non solo alla superficie, "
                    "rende conveniente lo sfalcio tardivo."
                ),
            ),
            (
                "Prati e pascoli secchi d'importanza nazionale",
                "international",
                "Svizzera",
                "",
                p(
                    "La Svizzera ha censito i prati e pascoli secchi di pregio e ne affida la "
                    "gestione agli agricoltori con contratti e compensi. Mostra il valore di "
                    "un inventario condiviso: si sa dove intervenire e si possono misurare i "
                    "risultati."
                ),
            ),
            (
                "Consorzi forestali lombardi",
                "regional",
                "Lombardia",
                "",
                p(
                    "Nei consorzi forestali proprietari pubblici e privati affidano la "
                    "gestione dei boschi a un unico soggetto. Il modello è utile per i "
                    "castagneti, dove da soli i piccoli proprietari non riescono a "
                    "programmare interventi."
                ),
            ),
        ],
        "critical_issues": ul(
            "Proprietari ignoti o irreperibili che bloccano il recupero di intere porzioni "
            "di versante.",
            "Fieno e castagne di montagna hanno un valore di mercato che non copre i costi "
            "di gestione.",
            "Il ricambio generazionale manca: chi falcia ha spesso più di sessant'anni.",
            "Strade di accesso danneggiate e costose da mantenere.",
        ),
        "solutions": [
            ("associazione-fondiaria-castagneti", "Consolidata sul Monte Castagnaro."),
            ("ricerca-proprietari", "Il primo passo di ogni recupero fondiario."),
            ("sfalcio-tardivo-premio", "Per le praterie magre e i prati da fieno."),
            ("banca-del-fieno", "Un'idea per rendere utilizzabile il fieno tardivo."),
        ],
        "evolutions": p(
            "La nuova politica agricola comune dà più spazio agli ecoschemi e ai pagamenti "
            "per pratiche favorevoli alla biodiversità: se le regioni inseriranno i prati "
            "magri tra gli impegni pagati, lo sfalcio tardivo potrà reggersi anche fuori dai "
            "progetti.",
            "In montagna il riscaldamento anticipa la crescita dell'erba e porta gli arbusti "
            "più in quota: i prati abbandonati si chiuderanno più in fretta di quanto "
            "osservato finora.",
        ),
        "lessons": [
            ("proprietari-prima-dei-lavori", "La lezione più citata nelle plenarie."),
            ("sfalcio-volontari-non-dura", "Perché serve un soggetto economico."),
        ],
        "projects": [
            "castagneti-custoditi",
            "praterie-alte-valle-quarzo",
            "praterie-magre-orobie",
        ],
    },
    {
        "slug": "monitoraggio-partecipato",
        "community": "cdp-2017",
        "title": "Monitoraggio partecipato della biodiversità",
        "image": "sfalcio-prato",
        "listing_summary": (
            "Cittadini, scuole e volontari che raccolgono dati: come ottenere dati "
            "affidabili, confrontabili e che durino oltre il progetto."
        ),
        "summary": (
            "Tutti i progetti della comunità hanno coinvolto cittadini e volontari nella "
            "raccolta di dati su anfibi, piante, farfalle e uccelli. Il tema mette insieme "
            "quello che ha funzionato per la qualità dei dati e per la continuità delle "
            "persone."
        ),
        "knowledge": p(
            "La letteratura sul monitoraggio partecipato è ampia e concorde su alcuni punti: "
            "protocolli semplici e sempre uguali, formazione sul campo, validazione delle "
            "segnalazioni da parte di esperti e restituzione dei risultati ai partecipanti.",
            "Nei progetti della comunità i volontari hanno raccolto dati utili soprattutto "
            "per specie facili da riconoscere (ovature di rana, farfalle vistose, orchidee) "
            "e per conteggi ripetuti sugli stessi percorsi. Più difficile è stato ottenere "
            "dati su gruppi come coleotteri e piante dei prati, dove serve un esperto.",
        ),
        "experiences": [
            (
                "CSMON-LIFE, citizen science per la biodiversità",
                "national",
                "Italia",
                "",
                p(
                    "Un progetto LIFE italiano ha coinvolto cittadini di tutto il paese in "
                    "campagne di segnalazione su poche specie facili da riconoscere. Mostra "
                    "che campagne mirate, con schede chiare, danno dati più utili di una "
                    "raccolta aperta a tutto."
                ),
            ),
            (
                "UK Butterfly Monitoring Scheme",
                "international",
                "Regno Unito",
                "https://ukbms.org",
                p(
                    "Dagli anni Settanta volontari percorrono ogni settimana gli stessi "
                    "transetti contando le farfalle. È l'esempio classico di come un "
                    "protocollo semplice, ripetuto per decenni, produca tendenze solide."
                ),
            ),
            (
                "iNaturalist",
                "international",
                "Piattaforma online",
                "https://www.inaturalist.org",
                p(
                    "La piattaforma permette a chiunque di caricare osservazioni con foto, "
                    "identificate dalla comunità. Molti BioBlitz dei progetti la usano: "
                    "conviene definire in anticipo un progetto con confini e regole, per "
                    "poter poi estrarre i dati."
                ),
            ),
            (
                "Censimenti delle garzaie in Lombardia",
                "regional",
                "Lombardia",
                "",
                p(
                    "I censimenti delle garzaie, ripetuti da decenni con ornitologi volontari "
                    "coordinati, mostrano che la continuità dipende da un coordinamento "
                    "stabile più che dal numero dei partecipanti."
                ),
            ),
        ],
        "critical_issues": ul(
            "Ogni progetto ha usato protocolli diversi: i dati non si possono sommare.",
            "Chi valida le segnalazioni dopo la fine del progetto?",
            "Dati su specie sensibili (nidi, siti riproduttivi) da non rendere pubblici.",
            "Calo dei partecipanti dal secondo anno.",
        ),
        "solutions": [
            ("bioblitz-validato", "Un appuntamento annuale che tiene insieme la rete."),
            ("kit-anfibi-scuole", "Consolidato nelle scuole del Varesotto."),
            ("protocollo-minimo-monitoraggio", "In discussione tra i progetti."),
        ],
        "evolutions": p(
            "Le app di riconoscimento automatico abbassano la soglia di ingresso ma rendono "
            "ancora più importante la validazione: il rischio è avere molti dati poco "
            "affidabili.",
            "Gli obblighi di rendicontazione del regolamento europeo sul ripristino della "
            "natura aumenteranno la domanda di dati sugli impollinatori e sugli habitat: i "
            "dati raccolti dai volontari, se standardizzati, potranno entrare nei sistemi "
            "regionali.",
        ),
        "lessons": [
            ("restituire-risultati-volontari", "Emersa dal webinar sul monitoraggio."),
            ("protocolli-diversi-dati-persi", "Il motivo del protocollo minimo comune."),
            ("scuole-curricolo", "Le scuole come presidio di monitoraggio."),
        ],
        "projects": [
            "acque-vive-lago-nascosto",
            "fontanili-in-rete",
            "castagneti-custoditi",
            "praterie-alte-valle-quarzo",
        ],
    },
    # Community 2018 -------------------------------------------------------------------
    {
        "slug": "specie-esotiche-invasive",
        "community": "cdp-2018",
        "title": "Specie esotiche invasive: contenere e prevenire",
        "image": "lanche",
        "listing_summary": (
            "Gambero rosso, nutria, Ludwigia, prugnolo tardivo, poligono del Giappone: "
            "quando ha senso eradicare, quando contenere, come prevenire."
        ),
        "summary": (
            "Quasi tutti i progetti della comunità hanno trovato specie esotiche invasive "
            "sulla propria strada. Il tema confronta metodi, costi e risultati e cerca di "
            "distinguere ciò che si può eradicare da ciò che va contenuto per sempre."
        ),
        "knowledge": p(
            "Il regolamento europeo sulle specie esotiche invasive elenca le specie di "
            "rilevanza unionale, tra cui il gambero rosso della Louisiana, la nutria e "
            "diverse piante acquatiche del genere <i>Ludwigia</i>, e chiede agli Stati "
            "sorveglianza, risposta rapida e gestione delle specie già diffuse.",
            "L'esperienza dei progetti conferma un principio noto: l'eradicazione è "
            "realistica solo per popolazioni piccole e isolate, scoperte presto. Nelle lanche "
            "collegate al fiume o nei boschi circondati da proprietà private, l'obiettivo "
            "realistico è il contenimento sotto una soglia di danno.",
            "Sul prugnolo tardivo le parcelle sperimentali del Ticinello hanno prodotto dati "
            "solidi: il taglio raso peggiora le cose, mentre cercinatura e sottopiantagione "
            "di specie ombreggianti riducono i ricacci.",
        ),
        "experiences": [
            (
                "LIFE IP Gestire 2020",
                "regional",
                "Lombardia",
                "",
                p(
                    "Il progetto integrato regionale sulla rete Natura 2000 lombarda ha "
                    "dedicato una linea di lavoro alle specie esotiche invasive, con "
                    "protocolli di segnalazione e interventi pilota. Utile come riferimento "
                    "per allineare i metodi dei progetti a quelli regionali."
                ),
            ),
            (
                "Regolamento UE 1143/2014 e decreto legislativo 230/2017",
                "national",
                "Italia",
                "",
                p(
                    "Il quadro normativo definisce obblighi e divieti (detenzione, trasporto, "
                    "rilascio) che riguardano anche i volontari: chi cattura gamberi rossi non "
                    "può trasportarli vivi. Conoscerlo evita errori in buona fede."
                ),
            ),
            (
                "GB Non-native Species Secretariat",
                "international",
                "Gran Bretagna",
                "",
                p(
                    "Il segretariato britannico coordina schede di riconoscimento, "
                    "campagne per i cittadini e un sistema di allerta per le specie nuove. "
                    "La lezione: la prevenzione costa meno di qualsiasi contenimento."
                ),
            ),
        ],
        "critical_issues": ul(
            "Reinvasione continua da aree non gestite (fiume, boschi privati).",
            "Autorizzazioni e regole sullo smaltimento degli animali catturati.",
            "Metodi di conteggio diversi tra progetti, che impediscono il confronto.",
            "Il consenso dei cittadini sugli interventi di soppressione di animali.",
        ),
        "solutions": [
            ("nasse-gambero-volontari", "Protocollo comune della comunità."),
            ("prugnolo-tardivo", "Dati da parcelle sperimentali."),
            ("allerta-precoce-invasive", "In studio con i comuni del Toce."),
        ],
        "evolutions": p(
            "L'elenco delle specie di rilevanza unionale viene aggiornato periodicamente: "
            "nuove specie entreranno tra quelle da gestire, con obblighi per enti e "
            "proprietari.",
            "Gli inverni miti favoriscono specie oggi ai margini, come alcune piante "
            "acquatiche ornamentali sfuggite ai laghetti privati: la sorveglianza precoce "
            "diventerà più importante del contenimento.",
        ),
        "lessons": [
            ("eradicazione-gambero-lanche", "Misurato nelle lanche di Sant'Ombra."),
            ("prugnolo-taglio-raso", "Dalle parcelle del Ticinello e della brughiera."),
        ],
        "projects": [
            "lanche-vive-santombra",
            "brughiere-dei-falchi",
            "sette-stagni",
            "bosco-vivo-di-pianura",
            "ossola-dacqua",
        ],
    },
    {
        "slug": "accordi-con-agricoltori",
        "community": "cdp-2018",
        "title": "Accordi con gli agricoltori per la biodiversità",
        "image": "fosso-rifugio",
        "listing_summary": (
            "Risicoltori, agriturismi, allevatori: come costruire accordi che reggano anche "
            "nelle annate difficili e dopo il progetto."
        ),
        "summary": (
            "Molti habitat dei siti Natura 2000 di pianura dipendono da scelte agricole: "
            "quando allagare una risaia, quando falciare una sponda, dove concimare. Il tema "
            "raccoglie come i progetti hanno negoziato e scritto accordi con le aziende."
        ),
        "knowledge": p(
            "I pagamenti agro-climatico-ambientali dello sviluppo rurale sono lo strumento "
            "pubblico principale, ma i loro impegni sono standard e raramente adattati al "
            "singolo sito. I progetti hanno sperimentato accordi su misura, con rimborsi per "
            "ettaro, assistenza tecnica e visibilità per le aziende.",
            "Dalla Lomellina arriva il dato più solido: nelle camere con fosso rifugio le "
            "larve di anfibi erano in media cinque volte più numerose. Ma la stessa "
            "esperienza mostra che il rimborso da solo non basta: conta chi propone "
            "l'accordo e come.",
        ),
        "experiences": [
            (
                "Misure agro-climatico-ambientali in Lombardia",
                "regional",
                "Lombardia",
                "",
                p(
                    "Le misure regionali per la biodiversità in risaia e per il mantenimento "
                    "di siepi e fasce tampone sono il punto di partenza: gli accordi dei "
                    "progetti dovrebbero integrarle, non sovrapporsi."
                ),
            ),
            (
                "Collettivi agricoli per la natura",
                "international",
                "Paesi Bassi",
                "",
                p(
                    "Nei Paesi Bassi i pagamenti agro-ambientali passano attraverso "
                    "collettivi regionali di agricoltori, che progettano la gestione a scala "
                    "di paesaggio e ne rispondono. Mostra che gli agricoltori possono essere "
                    "gestori, non solo beneficiari."
                ),
            ),
            (
                "Risaie e uccelli acquatici nel Delta dell'Ebro",
                "international",
                "Spagna",
                "",
                p(
                    "Nel Delta dell'Ebro la gestione dell'acqua nelle risaie, comprese le "
                    "sommersioni fuori stagione, è parte della conservazione degli uccelli "
                    "acquatici. Conferma il ruolo delle risaie come zone umide sostitutive."
                ),
            ),
            (
                "Distretti del cibo e biodistretti",
                "national",
                "Italia",
                "",
                p(
                    "I distretti agricoli riuniscono aziende di un territorio attorno a "
                    "obiettivi comuni. Un distretto che include la biodiversità tra i propri "
                    "obiettivi può diventare il firmatario collettivo degli accordi."
                ),
            ),
        ],
        "critical_issues": ul(
            "Rimborsi che non compensano la perdita di resa nelle annate di prezzi alti.",
            "Acqua insufficiente negli anni di siccità per garantire gli impegni.",
            "Diffidenza verso gli enti gestori, percepiti come fonte di vincoli.",
            "Nessuno strumento pubblico che prosegua gli accordi dopo il progetto.",
        ),
        "solutions": [
            ("incontri-in-cascina", "Il modo di aprire la conversazione."),
            ("fossi-rifugio-risaia", "Risultati misurati in Lomellina."),
            ("calendario-acqua", "In studio con il consorzio di bonifica."),
            ("marchio-natura-2000", "Un'idea per dare valore di mercato agli impegni."),
        ],
        "evolutions": p(
            "La siccità del 2022 nel bacino del Po ha mostrato quanto sia fragile "
            "l'equilibrio tra irrigazione e zone umide: gli accordi futuri dovranno "
            "prevedere cosa succede negli anni di scarsità.",
            "Gli ecoschemi della politica agricola comune e i crediti di biodiversità, oggi "
            "in discussione a livello europeo, potrebbero offrire nuove fonti di "
            "remunerazione per gli impegni delle aziende.",
        ),
        "lessons": [
            ("premio-non-basta", "Dalle trattative con i risicoltori."),
            ("agricoltore-convince-agricoltore", "La chiave degli incontri in cascina."),
            ("fossi-rifugio-asciutta", "Il risultato misurato più solido della comunità."),
        ],
        "projects": ["risaie-amiche-aironi", "lanche-vive-santombra", "sette-stagni"],
    },
    {
        "slug": "fruizione-e-comunicazione",
        "community": "cdp-2018",
        "title": "Fruizione sostenibile e comunicazione",
        "image": "brughiera",
        "listing_summary": (
            "Visitatori, ciclisti, cani e fotografi: come aprire i siti senza disturbarli e "
            "come raccontarli a chi ci abita accanto."
        ),
        "summary": (
            "Brughiere, torbiere e lanche di pianura sono circondate da città e piste "
            "ciclabili. Il tema confronta le scelte dei progetti su percorsi, chiusure "
            "stagionali, presidio e strumenti di comunicazione."
        ),
        "knowledge": p(
            "Il disturbo da fruizione è una causa documentata di insuccesso riproduttivo per "
            "gli uccelli che nidificano a terra o nei canneti. Le misure più efficaci "
            "combinano percorsi ben disegnati, chiusure stagionali e presenza di persone sul "
            "posto; i soli divieti scritti sono poco rispettati.",
            "Sul fronte della comunicazione, i progetti hanno verificato che i pannelli "
            "tradizionali vengono letti da pochissimi e che i contenuti funzionano meglio "
            "quando raccontano persone e storie del luogo.",
        ),
        "experiences": [
            (
                "Rete degli ecomusei lombardi",
                "regional",
                "Lombardia",
                "",
                p(
                    "Gli ecomusei riconosciuti dalla Regione lavorano con le comunità per "
                    "raccontare il paesaggio. Insegnano a partire dalla memoria degli "
                    "abitanti, non dalle schede tecniche."
                ),
            ),
            (
                "Carta europea del turismo sostenibile nelle aree protette",
                "national",
                "Parchi italiani",
                "",
                p(
                    "Molti parchi italiani hanno aderito alla Carta promossa da Europarc, "
                    "che impegna parco e operatori turistici in un piano d'azione comune. "
                    "Utile per coinvolgere gli agriturismi e le guide nelle regole di "
                    "fruizione."
                ),
            ),
            (
                "Zone di tranquillità per la fauna",
                "international",
                "Svizzera",
                "",
                p(
                    "In Svizzera le zone di quiete per la fauna selvatica sono segnalate sul "
                    "terreno e nelle mappe digitali, accompagnate da campagne che chiedono "
                    "rispetto più che imporre divieti."
                ),
            ),
        ],
        "critical_issues": ul(
            "Proteste per le chiusure stagionali, soprattutto nei primi mesi.",
            "Pannelli costosi, presto vandalizzati o ignorati.",
            "Cani liberi nelle aree di nidificazione.",
            "Difficoltà a raggiungere chi abita vicino al sito, non solo i turisti.",
        ),
        "solutions": [
            ("audio-passeggiate", "Sostituiscono i pannelli alla torbiera."),
            ("guardiani-del-nido", "Volontari sul posto nei fine settimana."),
            ("marchio-natura-2000", "Un modo di raccontare il sito attraverso i prodotti."),
        ],
        "evolutions": p(
            "Dopo la pandemia la frequentazione dei siti vicini alle città è cresciuta e non "
            "è tornata ai livelli precedenti: la gestione dei visitatori diventa una "
            "funzione permanente degli enti, non un'azione di progetto.",
            "Le mappe digitali e le app di escursionismo orientano sempre più i percorsi: "
            "inserire chiusure e zone di quiete in quelle mappe conta quanto segnalarle "
            "sul terreno.",
        ),
        "lessons": [
            ("pannelli-non-bastano", "Verificato lungo la pista della torbiera."),
            ("chiusure-spiegate-sul-posto", "Misurato nella brughiera."),
            ("comunicazione-dal-primo-giorno", "Esperienza dei Sette Stagni."),
        ],
        "projects": ["brughiere-dei-falchi", "sette-stagni", "lanche-vive-santombra"],
    },
    # Community 2019 -------------------------------------------------------------------
    {
        "slug": "boschi-e-clima",
        "community": "cdp-2019",
        "title": "Boschi e foreste di fronte al cambiamento climatico",
        "image": "schianto-larici",
        "listing_summary": (
            "Schianti da vento, bostrico, siccità e specie invasive: come gestire i boschi "
            "dei siti Natura 2000 quando il clima cambia più in fretta della foresta."
        ),
        "summary": (
            "Lariceti alpini, querceti di pianura e boschi ripariali affrontano minacce "
            "diverse ma con un tratto comune: disturbi più frequenti e intensi. Il tema "
            "raccoglie le scelte dei progetti tra intervenire e lasciar fare la natura."
        ),
        "knowledge": p(
            "Le tempeste di vento degli ultimi anni e le estati siccitose hanno favorito "
            "le pullulazioni di bostrico tipografo nelle peccete alpine. Il larice resiste "
            "meglio, ma soffre dove è mescolato all'abete rosso.",
            "Nei boschi di pianura il problema principale è la rinnovazione: la farnia non "
            "riesce a ricrescere sotto un sottobosco dominato dal prugnolo tardivo e, nelle "
            "estati più secche, le giovani piante muoiono prima di affermarsi.",
            "La ricerca e l'esperienza dei progetti convergono su un punto: piccoli nuclei "
            "di rinnovazione protetti e la diversificazione delle specie rendono il bosco più "
            "resistente dei rimboschimenti estesi e uniformi.",
        ),
        "experiences": [
            (
                "Gestione del bostrico dopo la tempesta Vaia",
                "national",
                "Alpi orientali",
                "",
                p(
                    "Dopo la tempesta dell'ottobre 2018 le regioni e le province alpine "
                    "hanno attivato reti di trappole a feromoni e priorità di esbosco. "
                    "Insegnano che le trappole servono a sorvegliare, non a fermare "
                    "un'epidemia."
                ),
            ),
            (
                "Parco nazionale della Foresta Bavarese",
                "international",
                "Germania",
                "",
                p(
                    "Nella zona centrale del parco i boschi colpiti dal bostrico sono stati "
                    "lasciati all'evoluzione naturale e la rinnovazione spontanea è stata "
                    "abbondante. Una lezione sul valore del legno morto, da applicare con "
                    "prudenza dove ci sono versanti e infrastrutture da proteggere."
                ),
            ),
            (
                "Parcelle sperimentali sui boschi di pianura",
                "regional",
                "Pianura lombarda",
                "",
                p(
                    "Le prove di gestione del prugnolo tardivo nei parchi fluviali lombardi "
                    "offrono un confronto utile: i risultati più stabili vengono da "
                    "interventi graduali ripetuti per diversi anni."
                ),
            ),
        ],
        "critical_issues": ul(
            "Il bostrico si sposta verso boschi misti finora poco colpiti.",
            "Gli ungulati compromettono la rinnovazione dove mancano le protezioni.",
            "Le cure colturali servono per dieci anni o più, oltre la durata dei progetti.",
            "Il prugnolo tardivo rientra continuamente dai boschi privati confinanti.",
        ),
        "solutions": [
            ("nuclei-rinnovazione-larice", "In studio all'Alpe Lunga."),
            ("trappole-bostrico", "Rete di sorveglianza con i consorzi forestali."),
            ("prugnolo-tardivo", "Dalle parcelle del Ticinello."),
        ],
        "evolutions": p(
            "Gli scenari climatici per le Alpi indicano estati più calde e siccità più "
            "frequenti: l'abete rosso perderà terreno alle quote più basse e il larice "
            "diventerà ancora più importante.",
            "Il regolamento europeo sul ripristino della natura prevede indicatori sui "
            "boschi, come il legno morto e la diversità delle età: la gestione dei siti "
            "dovrà misurarli.",
        ),
        "lessons": [
            ("piccoli-nuclei-rinnovazione", "Osservato all'Alpe Lunga."),
            ("prugnolo-taglio-raso", "Valida anche per i boschi di contorno delle brughiere."),
        ],
        "projects": ["larici-alpe-lunga", "bosco-vivo-di-pianura", "ossola-dacqua"],
    },
    {
        "slug": "dopo-il-progetto",
        "community": "cdp-2019",
        "title": "Dopo il progetto: mantenere nel tempo i risultati",
        "image": "sponda-toce",
        "listing_summary": (
            "Chi falcia, chi spurga, chi conta le farfalle quando il finanziamento finisce? "
            "Convenzioni, fondi, persone e ruoli per il dopo-progetto."
        ),
        "summary": (
            "Un habitat riqualificato ha bisogno di manutenzione per anni. Il tema, nato "
            "nella comunità 2019 ma discusso da tutte e tre, raccoglie gli strumenti per "
            "assicurare persone, ruoli e risorse dopo la fine dei progetti."
        ),
        "knowledge": p(
            "Le verifiche fatte dalla comunità 2017 sui propri progetti, a qualche anno "
            "dalla conclusione, mostrano un quadro misto: dove la manutenzione era affidata "
            "a un soggetto con un interesse proprio (una cooperativa, un'azienda, un "
            "consorzio) i risultati tengono; dove dipendeva da volontari senza "
            "coordinamento, gli habitat stanno regredendo.",
            "Gli strumenti disponibili sono noti: convenzioni pluriennali tra enti, "
            "inserimento dei costi nei bilanci comunali, pagamenti per servizi ecosistemici, "
            "accordi con le imprese. Il difficile è attivarli prima della fine del progetto, "
            "quando c'è ancora chi se ne occupa.",
        ),
        "experiences": [
            (
                "Pagamenti per i servizi ecosistemici nella legge 221/2015",
                "national",
                "Italia",
                "",
                p(
                    "La legge sulla green economy ha introdotto il principio dei pagamenti "
                    "per i servizi ecosistemici e ambientali. In pratica gli schemi attivi "
                    "sono pochi, ma il riferimento normativo aiuta a proporre accordi con "
                    "gestori idrici e imprese."
                ),
            ),
            (
                "Conservatoires d'espaces naturels",
                "international",
                "Francia",
                "",
                p(
                    "I conservatori francesi gestiscono migliaia di siti attraverso acquisti, "
                    "affitti e convenzioni di lunga durata. Mostrano il valore di un soggetto "
                    "stabile il cui mestiere è proprio la gestione nel tempo."
                ),
            ),
            (
                "Cooperative di comunità",
                "national",
                "Italia",
                "",
                p(
                    "Nelle aree interne le cooperative di comunità gestiscono servizi, terre "
                    "e beni comuni per conto degli abitanti. La cooperativa Alpe Viva di "
                    "Valle Quarzo ne è un esempio nato dentro un progetto."
                ),
            ),
            (
                "Consorzi forestali lombardi",
                "regional",
                "Lombardia",
                "",
                p(
                    "I consorzi forestali danno continuità alla gestione dei boschi di molti "
                    "proprietari. Sono un possibile riferimento per affidare la manutenzione "
                    "dei lariceti e dei castagneti recuperati."
                ),
            ),
        ],
        "critical_issues": ul(
            "Le persone che hanno seguito il progetto cambiano lavoro quando finisce il "
            "finanziamento.",
            "Gli accordi informali tra enti non sopravvivono al cambio degli amministratori.",
            "I bilanci comunali non prevedono voci per la manutenzione degli habitat.",
            "Il monitoraggio si ferma per primo, e con lui la possibilità di sapere se i "
            "risultati tengono.",
        ),
        "solutions": [
            ("convenzione-manutenzione-comuni", "Sperimentata al Lago Nascosto."),
            ("pse-gestori-idrici", "Un'idea da verificare con i gestori del servizio idrico."),
            ("tavolo-dopo-progetto", "In studio nel Ticinello e in Ossola."),
            ("cantiere-scuola", "La squadra di manutenzione che resta sul territorio."),
        ],
        "evolutions": p(
            "I piani nazionali di ripristino previsti dal regolamento europeo potrebbero "
            "diventare la cornice per finanziare la manutenzione degli habitat "
            "riqualificati dai progetti, che oggi non ha una fonte stabile.",
            "Le fondazioni e gli altri finanziatori chiedono sempre più spesso un piano per "
            "il dopo-progetto già in fase di candidatura: i partenariati dovranno "
            "progettare la manutenzione insieme agli interventi.",
        ),
        "lessons": [
            ("manutenzione-nei-bilanci", "L'esperienza del Lago Nascosto."),
            ("accordi-tra-enti-scritti", "Emersa nella plenaria di avvio 2019."),
            ("monitoraggio-senza-responsabile", "Il rischio più frequente."),
            ("cooperative-sociali-presidio", "Un soggetto che resta sul territorio."),
        ],
        "projects": [
            "larici-alpe-lunga",
            "ossola-dacqua",
            "bosco-vivo-di-pianura",
            "praterie-magre-orobie",
            "acque-vive-lago-nascosto",
        ],
    },
]
