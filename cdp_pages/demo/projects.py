"""Demo communities and projects.

Each project: partners (the first is the lead partner), territory, habitats, dates, money,
an achievements timeline (date, title, text, image, document) and its strengths and critical
issues (category, text and, when a solution card addressed it, the card's slug).
"""

from .text import p, ul

COMMUNITIES = [
    {
        "slug": "cdp-2017",
        "title": "Comunità di pratica 2017",
        "edition": 2017,
        "image": "canneto-lago",
        "facilitators": ["ferrandi", "beltrami"],
        "listing_summary": (
            "I progetti della prima edizione: zone umide del Varesotto, fontanili della "
            "Bassa, castagneti lecchesi e praterie d'alta quota in Ossola."
        ),
        "summary": p(
            "La comunità riunisce i quattro partenariati finanziati dalla prima edizione del "
            "bando <b>Capitale naturale</b>. Lavorano su ambienti molto diversi, dal Lago "
            "Nascosto alle praterie di Valle Quarzo, ma si sono scoperti alle prese con gli "
            "stessi nodi: proprietari da ritrovare, volontari da tenere, risultati da "
            "misurare.",
            "Dopo la conclusione dei progetti la comunità ha continuato a incontrarsi per "
            "verificare che cosa resta degli interventi e chi se ne prende cura.",
        ),
    },
    {
        "slug": "cdp-2018",
        "title": "Comunità di pratica 2018",
        "edition": 2018,
        "image": "risaie-primavera",
        "facilitators": ["valsecchi", "rusconi"],
        "listing_summary": (
            "I progetti della seconda edizione: lanche del Mincio, risaie della Lomellina, "
            "brughiere del Ticino e una torbiera in Franciacorta."
        ),
        "summary": p(
            "Quattro partenariati che lavorano in pianura, dove la natura convive con "
            "l'agricoltura intensiva e con una forte pressione di visitatori. Le specie "
            "esotiche invasive e gli accordi con gli agricoltori sono stati fin dall'inizio "
            "i temi più discussi.",
            "La comunità ha prodotto un protocollo comune di cattura del gambero rosso e uno "
            "schema di accordo con le aziende risicole, oggi usati anche fuori dai progetti.",
        ),
    },
    {
        "slug": "cdp-2019",
        "title": "Comunità di pratica 2019",
        "edition": 2019,
        "image": "lariceto-pascoli",
        "facilitators": ["zanoletti", "gusmeroli"],
        "listing_summary": (
            "I progetti della terza edizione: lariceti della Valmalenco, fondovalle del Toce, "
            "querceti del Ticinello e praterie magre delle Orobie."
        ),
        "summary": p(
            "La terza comunità è nata nel 2020, con una plenaria metà in sala e metà a "
            "distanza. I suoi progetti, tra montagna e pianura, hanno dovuto fare i conti con "
            "i ritardi della pandemia e con gli effetti di tempeste e siccità sui boschi.",
            "Per questo il filo conduttore del lavoro comune è diventato il <i>dopo</i>: come "
            "mantenere nel tempo habitat, accordi e persone quando il finanziamento finisce.",
        ),
    },
]

PROJECTS = [
    # Edition 2017 ---------------------------------------------------------------------
    {
        "slug": "acque-vive-lago-nascosto",
        "community": "cdp-2017",
        "title": "Acque Vive al Lago Nascosto",
        "image": "lago-nascosto",
        "listing_summary": (
            "Canneti, torbiere e pozze per anfibi attorno a un piccolo lago del Varesotto, "
            "con una rete di volontari che ne cura la manutenzione."
        ),
        "summary": (
            "Il progetto ha riqualificato le fasce di canneto e le torbiere basse attorno al "
            "Lago Nascosto, ridotto gli apporti di nutrienti dalle rogge agricole e creato "
            "nuovi siti riproduttivi per la rana di Lataste e la testuggine palustre, "
            "affidandone la cura a una rete di volontari e a una cooperativa sociale."
        ),
        "objectives": ul(
            "Fermare l'interramento del canneto su almeno 6 ettari di sponda.",
            "Ridurre il carico di fosforo che arriva al lago dalle tre rogge principali.",
            "Realizzare 15 pozze per anfibi e verificarne l'uso riproduttivo per tre anni.",
            "Formare un gruppo stabile di volontari per monitoraggio e piccola manutenzione.",
        ),
        "municipalities": "Biandronno, Gavirate, Cazzago Brabbia, Inarzo, Ternate",
        "province": "VA",
        "sites": [
            ("IT2010031", "Canneti e torbiere del Lago Nascosto"),
            ("IT2010032", "Palude delle Tre Rogge"),
        ],
        "habitats": ["zone-umide", "torbiere"],
        "start": "2018-03-01",
        "end": "2021-09-30",
        "budget": "1150000",
        "contribution": "780000",
        "status": "completed",
        "partners": [
            "tre-rogge",
            "amici-lago-nascosto",
            "borgo-canneto",
            "centro-anfibi",
            "germoglio-verde",
            "comunitaria-lago",
            "habitat-paesaggio",
        ],
        "achievements": [
            (
                "2018-11-20",
                "Accordo con i proprietari delle sponde",
                p(
                    "Firmati gli accordi con 14 dei 17 proprietari delle sponde nord: "
                    "consentono l'accesso ai mezzi e il taglio a rotazione del canneto per "
                    "dieci anni."
                ),
                None,
                None,
            ),
            (
                "2019-04-10",
                "Le prime ovature nelle nuove pozze",
                p(
                    "A un mese dallo scavo, 9 delle 15 pozze ospitano ovature di rana di "
                    "Lataste. I volontari ne hanno contate <b>214</b> nella prima stagione."
                ),
                "pozza-anfibi",
                None,
            ),
            (
                "2020-02-28",
                "Fasce tampone lungo le rogge",
                p(
                    "Piantati 2,4 chilometri di fasce arboree e arbustive lungo le rogge "
                    "Lunga, Maggiore e del Mulino, con specie autoctone dal vivaio forestale "
                    "regionale."
                ),
                None,
                None,
            ),
            (
                "2021-06-15",
                "Il canneto torna ad avanzare",
                p(
                    "Il rilievo con drone mostra che il fronte del canneto è avanzato di "
                    "4-7 metri verso il lago nei tratti sfalciati a rotazione, dopo vent'anni "
                    "di arretramento."
                ),
                "canneto-lago",
                None,
            ),
        ],
        "strengths": [
            (
                "engagement",
                "Un gruppo di 40 volontari formati, metà dei quali residenti nei comuni "
                "rivieraschi, che continua a uscire anche dopo la fine del progetto.",
            ),
            (
                "governance",
                "Il parco e il comune di Borgo Canneto si erano già coordinati per il "
                "contratto di lago: il partenariato è partito con ruoli chiari.",
            ),
            (
                "monitoring",
                "Serie di dati sugli anfibi dal 2009, raccolta dal centro di ricerca: i "
                "risultati delle pozze si possono confrontare con gli anni precedenti.",
            ),
        ],
        "critical_issues": [
            (
                "engagement",
                "Tre proprietari delle sponde non si sono mai presentati agli incontri e "
                "hanno bloccato per un anno il cantiere sul lato nord.",
                "ricerca-proprietari",
            ),
            (
                "technical",
                "Il gambero rosso della Louisiana ha colonizzato due delle pozze più vicine "
                "al lago, dove le ovature sono crollate dal secondo anno.",
                "nasse-gambero-volontari",
            ),
            (
                "funding",
                "Lo sfalcio a rotazione del canneto costa circa 9.000 euro l'anno e non ha "
                "ancora una copertura stabile dopo il progetto.",
                "convenzione-manutenzione-comuni",
            ),
        ],
    },
    {
        "slug": "fontanili-in-rete",
        "community": "cdp-2017",
        "title": "Fontanili in Rete",
        "image": "fontanile",
        "listing_summary": (
            "Trenta fontanili della Bassa bergamasca tornati a scorrere grazie a un patto "
            "tra comuni, consorzio di bonifica, agricoltori e volontari."
        ),
        "summary": (
            "Nella pianura tra Adda e Serio molti fontanili si stavano interrando per "
            "mancanza di manutenzione e per l'abbassamento della falda. Il progetto ne ha "
            "recuperati trenta, ha ricostruito le fasce boscate lungo le aste e ha "
            "sperimentato un contratto di custodia con le aziende agricole dei fondi."
        ),
        "objectives": ul(
            "Riattivare la portata di 30 teste di fontanile e mantenerla per tutto l'anno.",
            "Ricostituire 8 ettari di bosco igrofilo e siepi lungo le aste.",
            "Definire un piano di manutenzione condiviso con ruoli e costi per ciascun ente.",
            "Riportare il gambero di fiume autoctono in almeno due fontanili idonei.",
        ),
        "municipalities": "Caravaggio, Fara Gera d'Adda, Brignano Gera d'Adda, Arcene, "
        "Pontirolo Nuovo",
        "province": "BG",
        "sites": [("IT2060031", "Fontanili e boschetti della Gera")],
        "habitats": ["fontanili", "boschi-planiziali"],
        "start": "2018-04-01",
        "end": "2021-03-31",
        "budget": "890000",
        "contribution": "600000",
        "status": "completed",
        "partners": [
            "bassa-fontanili",
            "dugali-colatori",
            "agrario-bassa",
            "terre-basse",
            "roggia-morta",
            "sentiero-comune",
            "uni-pianura",
            "semi-pianura",
        ],
        "achievements": [
            (
                "2018-10-05",
                "Censimento dei fontanili",
                p(
                    "Schedati 64 fontanili: 21 attivi, 30 in sofferenza ma recuperabili, 13 "
                    "ormai asciutti. Per ciascuno sono stati annotati proprietà, portata e "
                    "vegetazione."
                ),
                None,
                None,
            ),
            (
                "2019-02-14",
                "Primi dieci fontanili spurgati",
                p(
                    "Le squadre di volontari, affiancate dal consorzio, hanno ripulito a mano "
                    "dieci teste di fontanile. In sei l'acqua è tornata a sgorgare entro due "
                    "settimane."
                ),
                "testa-fontanile",
                None,
            ),
            (
                "2020-01-30",
                "Il piano di manutenzione condivisa",
                p(
                    "Approvato dalle giunte dei cinque comuni e dal consorzio di bonifica il "
                    "piano che assegna a ciascun ente e alle aziende agricole i propri "
                    "compiti di manutenzione."
                ),
                None,
                "piano-fontanili",
            ),
            (
                "2020-10-22",
                "Il gambero di fiume torna nei fontanili",
                p(
                    "Rilasciati 300 giovani gamberi di fiume autoctoni, allevati dall'istituto "
                    "agrario, in due fontanili con acqua fresca e fondali ghiaiosi."
                ),
                None,
                None,
            ),
            (
                "2021-03-20",
                "Undici aziende firmano il contratto di custodia",
                p(
                    "Undici aziende agricole si impegnano a sfalciare le sponde a turno e a "
                    "non arare la fascia di rispetto, in cambio di un contributo annuo e "
                    "della fornitura di piante."
                ),
                None,
                None,
            ),
        ],
        "strengths": [
            (
                "governance",
                "L'Unione dei comuni ha potuto firmare un solo accordo valido per cinque "
                "territori, evitando cinque procedure diverse.",
            ),
            (
                "technical",
                "L'istituto agrario alleva il gambero di fiume da anni e conosce le "
                "condizioni che il fontanile deve avere per ospitarlo.",
            ),
            (
                "engagement",
                "I pescatori della Roggia Morta conoscevano ogni fontanile e hanno fatto da "
                "ponte con i proprietari dei fondi.",
            ),
        ],
        "critical_issues": [
            (
                "technical",
                "In estate la falda scende e quattro fontanili recuperati tornano asciutti "
                "per alcune settimane: la portata non dipende solo dalla manutenzione.",
            ),
            (
                "regulation",
                "Lo spurgo con mezzi meccanici richiede autorizzazioni diverse a seconda "
                "che il fontanile sia o no nel reticolo del consorzio.",
                "contratto-custodia-fontanili",
            ),
            (
                "engagement",
                "Dopo l'entusiasmo iniziale i volontari delle squadre di spurgo sono scesi "
                "da 35 a 12 nel secondo inverno.",
                "squadre-spurgo-fontanili",
            ),
        ],
    },
    {
        "slug": "castagneti-custoditi",
        "community": "cdp-2017",
        "title": "Castagneti Custoditi",
        "image": "castagneto",
        "listing_summary": (
            "Recupero di 25 ettari di castagneti da frutto sul Monte Castagnaro con "
            "un'associazione che gestisce i fondi di oltre cento piccoli proprietari."
        ),
        "summary": (
            "Sul Monte Castagnaro i castagneti da frutto erano divisi in centinaia di "
            "particelle, molte di proprietari emigrati o ignoti, e stavano diventando bosco "
            "fitto invaso da robinia. Il progetto ha ritrovato i proprietari, li ha riuniti "
            "in un'associazione fondiaria e ha recuperato 25 ettari di castagneto, con "
            "benefici per picchi, chirotteri e insetti del legno morto."
        ),
        "objectives": ul(
            "Recuperare 25 ettari di castagneto da frutto con potature e diradamenti.",
            "Costituire un'associazione fondiaria che gestisca i fondi nel lungo periodo.",
            "Conservare i grandi castagni cavi come rifugio per chirotteri e picchi.",
            "Riportare la raccolta delle castagne e la loro vendita nei paesi del monte.",
        ),
        "municipalities": "Valmadrera, Civate, Malgrate, Galbiate",
        "province": "LC",
        "sites": [("IT2030021", "Versanti boscati del Monte Castagnaro")],
        "habitats": ["castagneti", "praterie-magre"],
        "start": "2018-05-01",
        "end": "2021-10-31",
        "budget": "720000",
        "contribution": "500000",
        "status": "completed",
        "partners": [
            "monte-castagnaro",
            "sentieri-castagne",
            "fratelli-castagnoli",
            "politecnico-prealpi",
            "brianza-umida",
            "villa-gelsi",
            "passaparola",
        ],
        "achievements": [
            (
                "2018-12-12",
                "Ritrovati i proprietari",
                p(
                    "Incrociando catasto, anagrafe e i ricordi degli anziani raccolti in "
                    "quattro serate, sono stati ritrovati i proprietari di 412 particelle su "
                    "530."
                ),
                None,
                None,
            ),
            (
                "2019-09-28",
                "Nasce l'associazione fondiaria",
                p(
                    "Centotré proprietari affidano i propri fondi all'associazione fondiaria "
                    "del Monte Castagnaro, che li gestirà come un'unica superficie."
                ),
                None,
                None,
            ),
            (
                "2020-03-15",
                "Primi 12 ettari recuperati",
                p(
                    "Terminati diradamenti e potature di ringiovanimento su 12 ettari. Sono "
                    "stati lasciati in piedi 48 grandi castagni cavi censiti come alberi "
                    "habitat."
                ),
                "castagneto-diradato",
                "linee-guida-castagneti",
            ),
            (
                "2021-10-10",
                "La prima festa della castagna",
                p(
                    "Dopo trent'anni le castagne del monte tornano in vendita: 1,8 tonnellate "
                    "raccolte dai soci e vendute in tre feste di paese."
                ),
                None,
                None,
            ),
        ],
        "strengths": [
            (
                "engagement",
                "L'associazione Sentieri e Castagne aveva la fiducia dei paesi: le serate "
                "per ritrovare i proprietari erano sempre piene.",
            ),
            (
                "technical",
                "Un'impresa boschiva locale con esperienza nelle potature dei castagni da "
                "frutto, capace di lavorare su versanti ripidi.",
            ),
            (
                "communication",
                "Le storie dei castagneti raccolte dagli anziani sono diventate un libro e "
                "una mostra che hanno fatto conoscere il progetto.",
            ),
        ],
        "critical_issues": [
            (
                "regulation",
                "Per 118 particelle i proprietari restano ignoti: senza consenso non si può "
                "intervenire e il castagneto resta a macchia di leopardo.",
                "associazione-fondiaria-castagneti",
            ),
            (
                "technical",
                "Il cancro corticale colpisce i castagni potati nelle annate umide e va "
                "seguito con attenzione.",
            ),
            (
                "funding",
                "La vendita delle castagne copre solo una parte della manutenzione: "
                "sfalcio e pulizia sotto chioma restano a carico dei volontari.",
            ),
        ],
    },
    {
        "slug": "praterie-alte-valle-quarzo",
        "community": "cdp-2017",
        "title": "Praterie Alte di Valle Quarzo",
        "image": "praterie-ossola",
        "listing_summary": (
            "Prati da sfalcio e torbiere d'alta quota in Ossola: il ritorno dello sfalcio "
            "grazie a una cooperativa di comunità."
        ),
        "summary": (
            "In Valle Quarzo i prati da sfalcio di montagna, ricchissimi di specie, erano "
            "abbandonati da anni e si stavano chiudendo con arbusti e larici giovani. Il "
            "progetto ha recuperato i prati, ha riportato lo sfalcio con una cooperativa di "
            "comunità nata per l'occasione e ha protetto dal calpestio due piccole torbiere "
            "d'alta quota."
        ),
        "objectives": ul(
            "Recuperare 40 ettari di prati da sfalcio montani con decespugliamento e "
            "primo sfalcio.",
            "Avviare una gestione stabile dello sfalcio, con un soggetto economico locale.",
            "Proteggere le torbiere del Pian Lungo dal pascolo e dal calpestio.",
            "Monitorare la flora dei prati recuperati per almeno tre stagioni.",
        ),
        "municipalities": "Baceno, Premia, Crodo, Formazza",
        "province": "VB",
        "sites": [
            ("IT1140031", "Alpeggi e praterie di Valle Quarzo"),
            ("IT1140032", "Torbiere d'alta quota del Pian Lungo"),
        ],
        "habitats": ["prati-montani", "torbiere", "praterie-magre"],
        "start": "2018-06-01",
        "end": "2021-12-31",
        "budget": "830000",
        "contribution": "560000",
        "status": "completed",
        "partners": [
            "valli-quarzo",
            "ecologia-ossolana",
            "alpe-viva",
            "ecomuseo-quarzo",
            "ossola-selvatica",
            "ossola-mezzo",
            "habitat-paesaggio",
        ],
        "achievements": [
            (
                "2018-09-30",
                "Nasce la cooperativa di comunità",
                p(
                    "Ventidue abitanti di Baceno e Premia fondano la cooperativa Alpe Viva "
                    "per gestire lo sfalcio dei prati e la vendita del fieno."
                ),
                None,
                None,
            ),
            (
                "2019-07-25",
                "Recintate le torbiere del Pian Lungo",
                p(
                    "Una staccionata in legno di larice e due passerelle proteggono le "
                    "torbiere dal bestiame e indirizzano gli escursionisti."
                ),
                None,
                None,
            ),
            (
                "2020-08-05",
                "Trenta ettari di prati di nuovo sfalciati",
                p(
                    "Dopo il decespugliamento dell'inverno, la cooperativa ha sfalciato 30 "
                    "ettari. Il fieno è stato venduto a tre aziende di fondovalle."
                ),
                "sfalcio-prato",
                None,
            ),
            (
                "2021-07-20",
                "Tornano le specie dei prati ricchi",
                p(
                    "Nei prati recuperati il numero medio di specie per rilievo è passato da "
                    "24 a 37 in tre stagioni; ricompaiono arnica e diverse orchidee."
                ),
                None,
                None,
            ),
        ],
        "strengths": [
            (
                "governance",
                "La cooperativa di comunità dà allo sfalcio un soggetto economico locale che "
                "resta dopo il progetto.",
            ),
            (
                "monitoring",
                "Il centro studi ha rilievi floristici degli stessi prati dagli anni "
                "Novanta: il confronto prima e dopo è solido.",
            ),
            (
                "communication",
                "L'ecomuseo ha trasformato il cantiere in un'occasione di racconto, con "
                "giornate di sfalcio aperte a residenti e villeggianti.",
            ),
        ],
        "critical_issues": [
            (
                "funding",
                "Il fieno di montagna vale poco e lo sfalcio in pendenza costa molto: senza "
                "premi la cooperativa lavora in perdita.",
                "sfalcio-tardivo-premio",
            ),
            (
                "technical",
                "Le strade di accesso ai prati più alti sono interrotte da frane e "
                "richiedono mezzi leggeri e molto lavoro a mano.",
            ),
            (
                "engagement",
                "Alcuni alpeggiatori hanno vissuto la recinzione delle torbiere come un "
                "esproprio del pascolo.",
                "incontri-in-cascina",
            ),
        ],
    },
    # Edition 2018 ---------------------------------------------------------------------
    {
        "slug": "lanche-vive-santombra",
        "community": "cdp-2018",
        "title": "Lanche Vive di Sant'Ombra",
        "image": "lanche",
        "listing_summary": (
            "Riapertura di tre lanche del Mincio, boschi igrofili e un piano di contenimento "
            "di nutria, gambero rosso e Ludwigia."
        ),
        "summary": (
            "Le lanche di Sant'Ombra, antichi meandri del Mincio, si stavano interrando e "
            "sono invase da specie esotiche. Il progetto ha riaperto tre lanche, piantato "
            "boschi igrofili sui terreni agricoli acquisiti dal comune e avviato un "
            "contenimento continuativo delle specie invasive con volontari formati."
        ),
        "objectives": ul(
            "Riaprire e riconnettere al fiume tre lanche per complessivi 5 ettari.",
            "Piantare 7 ettari di bosco igrofilo con specie di provenienza locale.",
            "Ridurre la copertura di Ludwigia sotto il 10 per cento degli specchi d'acqua.",
            "Coinvolgere le aziende agrituristiche della riserva nella fruizione.",
        ),
        "municipalities": "Rodigo, Curtatone, Goito",
        "province": "MN",
        "sites": [("IT20B0031", "Lanche e boschi igrofili di Sant'Ombra")],
        "habitats": ["ambienti-fluviali", "boschi-planiziali", "zone-umide"],
        "start": "2019-02-01",
        "end": "2022-07-31",
        "budget": "1350000",
        "contribution": "900000",
        "status": "completed",
        "partners": [
            "lanche-santombra",
            "santombra-mincio",
            "terre-acqua",
            "semi-pianura",
            "cascina-saperi",
            "agrario-bassa",
            "centro-anfibi",
            "radici-sponde",
        ],
        "achievements": [
            (
                "2019-10-18",
                "Riaperta la lanca del Bosco Grande",
                p(
                    "Rimossi 6.000 metri cubi di sedimento e ricostruito il collegamento con "
                    "il fiume: la lanca torna ad allagarsi con le piene ordinarie."
                ),
                "lanche",
                None,
            ),
            (
                "2020-03-05",
                "Piantato il bosco igrofilo",
                p(
                    "Messe a dimora 11.000 piantine di farnia, olmo, frassino ossifillo e "
                    "salici, prodotte dal vivaio con semi raccolti nella riserva."
                ),
                None,
                None,
            ),
            (
                "2021-09-30",
                "Ludwigia ridotta a un quinto",
                p(
                    "Dopo due estati di estirpazione manuale con le barche, la copertura di "
                    "Ludwigia nella lanca del Bosco Grande è scesa dal 60 al 12 per cento."
                ),
                None,
                None,
            ),
            (
                "2022-05-14",
                "La rete degli agriturismi della riserva",
                p(
                    "Sei agriturismi propongono pacchetti di visita in canoa e a piedi, con "
                    "regole comuni sui periodi di nidificazione."
                ),
                None,
                None,
            ),
        ],
        "strengths": [
            (
                "technical",
                "Il vivaio produce piantine da semi raccolti nella riserva: attecchimento "
                "oltre l'85 per cento anche nell'estate siccitosa.",
            ),
            (
                "governance",
                "Il comune ha acquistato i terreni agricoli tra le lanche prima del "
                "progetto: nessun conflitto di proprietà.",
            ),
            (
                "engagement",
                "Le aziende agrituristiche hanno interesse diretto a una riserva in buona "
                "salute e ne sono diventate ambasciatrici.",
            ),
        ],
        "critical_issues": [
            (
                "technical",
                "Il gambero rosso rientra dalle lanche collegate al fiume: le catture "
                "riducono la densità ma non la azzerano.",
                "nasse-gambero-volontari",
            ),
            (
                "technical",
                "La nutria danneggia le giovani piantagioni e gli argini: il contenimento "
                "dipende da un piano provinciale con tempi lunghi.",
            ),
            (
                "monitoring",
                "Ogni partner usava un proprio metodo per contare le specie invasive: i "
                "dati dei primi due anni non sono confrontabili.",
                "protocollo-minimo-monitoraggio",
            ),
        ],
    },
    {
        "slug": "risaie-amiche-aironi",
        "community": "cdp-2018",
        "title": "Risaie Amiche degli Aironi",
        "image": "garzaia-risaie",
        "listing_summary": (
            "Risicoltori, ornitologi e consorzio di bonifica insieme per tenere acqua in "
            "risaia quando servono ad aironi e anfibi."
        ),
        "summary": (
            "Attorno alle garzaie della Lomellina aironi, garzette e nitticore si nutrono "
            "nelle risaie allagate. La diffusione della semina in asciutta riduce l'acqua "
            "proprio nei mesi della cova. Il progetto ha costruito accordi con le aziende "
            "risicole per fossi rifugio e allagamenti concordati, misurandone l'effetto su "
            "uccelli e anfibi."
        ),
        "objectives": ul(
            "Coinvolgere almeno 15 aziende risicole entro 5 chilometri dalle garzaie.",
            "Realizzare 20 chilometri di fossi rifugio allagati da aprile a luglio.",
            "Concordare con il consorzio un calendario dell'acqua per la palude.",
            "Misurare l'uso dei fossi da parte di anfibi e ardeidi.",
        ),
        "municipalities": "Mortara, Garlasco, Zerbolò, Parona",
        "province": "PV",
        "sites": [
            ("IT2080031", "Garzaia della Cascina Rossa"),
            ("IT2080032", "Palude dell'Airone Cenerino"),
        ],
        "habitats": ["risaie", "zone-umide"],
        "start": "2019-03-01",
        "end": "2022-06-30",
        "budget": "980000",
        "contribution": "650000",
        "status": "completed",
        "partners": [
            "airone-cenerino",
            "terre-risaia",
            "le-garzaie",
            "garzaie-unite",
            "rogge-unite",
            "distretto-riso",
            "roggiano",
            "uni-pianura",
        ],
        "achievements": [
            (
                "2019-06-12",
                "Il primo incontro in cascina",
                p(
                    "Ventotto risicoltori a cena alla Cascina Rossa: il progetto viene "
                    "presentato da una risicoltrice del partenariato, non dai tecnici."
                ),
                None,
                None,
            ),
            (
                "2020-04-20",
                "Diciotto aziende scavano i fossi rifugio",
                p(
                    "Realizzati 22 chilometri di fossi rifugio in 18 aziende. Il consorzio "
                    "garantisce l'acqua anche nelle settimane di asciutta delle camere."
                ),
                "fosso-rifugio",
                None,
            ),
            (
                "2021-07-08",
                "Più anfibi e più aironi nelle camere con i fossi",
                p(
                    "Nelle camere con il fosso rifugio le larve di anfibi sono risultate in "
                    "media cinque volte più numerose e gli ardeidi in alimentazione il "
                    "doppio rispetto alle camere di controllo."
                ),
                None,
                None,
            ),
            (
                "2022-03-31",
                "Lo schema di accordo triennale",
                p(
                    "Definito con il distretto agricolo uno schema di accordo triennale tra "
                    "riserva e aziende, con impegni e rimborsi per ettaro."
                ),
                None,
                "schema-accordo-risicoltori",
            ),
        ],
        "strengths": [
            (
                "engagement",
                "Due aziende risicole nel partenariato fin dalla scrittura del progetto: "
                "gli altri agricoltori parlano con dei colleghi.",
            ),
            (
                "monitoring",
                "Vent'anni di censimenti delle garzaie danno una base solida per valutare "
                "i risultati.",
            ),
            (
                "governance",
                "Il consorzio di bonifica gestisce l'acqua di tutto il comprensorio e può "
                "rendere operativo un calendario condiviso.",
            ),
        ],
        "critical_issues": [
            (
                "funding",
                "Il rimborso per ettaro del progetto non compensa la perdita di resa nelle "
                "annate di prezzo alto del risone.",
            ),
            (
                "regulation",
                "Le regole dei pagamenti agro-climatico-ambientali non prevedono i fossi "
                "rifugio: dopo il progetto manca uno strumento pubblico.",
                "marchio-natura-2000",
            ),
            (
                "technical",
                "Negli anni di siccità il consorzio non riesce a garantire l'acqua ai fossi "
                "e alla palude nello stesso momento.",
                "calendario-acqua",
            ),
        ],
    },
    {
        "slug": "brughiere-dei-falchi",
        "community": "cdp-2018",
        "title": "Brughiere dei Falchi",
        "image": "brughiera",
        "listing_summary": (
            "Riapertura della brughiera a brugo sui terrazzi del Ticino e contenimento del "
            "prugnolo tardivo nei boschi vicini."
        ),
        "summary": (
            "Le brughiere dei terrazzi del Ticino sono tra gli ambienti più rari della "
            "pianura: senza gestione si chiudono in pochi anni sotto betulle, pini e "
            "prugnolo tardivo. Il progetto ha riaperto 35 ettari di brughiera, ha avviato il "
            "contenimento del prugnolo nei boschi di contorno e ha regolato la fruizione per "
            "proteggere gli uccelli che nidificano a terra."
        ),
        "objectives": ul(
            "Riaprire 35 ettari di brughiera con taglio degli arbusti e asportazione della "
            "biomassa.",
            "Ridurre la copertura di prugnolo tardivo nei 60 ettari di bosco di contorno.",
            "Proteggere i siti di nidificazione del succiacapre e dell'averla piccola.",
            "Coinvolgere le scuole del territorio in attività di monitoraggio.",
        ),
        "municipalities": "Somma Lombardo, Lonate Pozzolo, Ferno, Vizzola Ticino",
        "province": "VA",
        "sites": [("IT2010033", "Brughiera del Pianoro dei Falchi")],
        "habitats": ["brughiere", "praterie-magre", "boschi-planiziali"],
        "start": "2019-02-01",
        "end": "2022-12-31",
        "budget": "760000",
        "contribution": "520000",
        "status": "completed",
        "partners": [
            "brughiera-falchi",
            "ali-ticinello",
            "entomologico",
            "germoglio-verde",
            "habitat-paesaggio",
            "rane-rospi",
        ],
        "achievements": [
            (
                "2019-11-29",
                "Riaperti i primi 15 ettari",
                p(
                    "Tagliati betulle e pini giovani e asportata la biomassa: il brugo ha "
                    "ricacciato già nella primavera successiva."
                ),
                "brughiera-recuperata",
                None,
            ),
            (
                "2020-05-15",
                "I guardiani del nido",
                p(
                    "Trenta volontari presidiano nei fine settimana i sentieri chiusi durante "
                    "la nidificazione e spiegano ai visitatori il perché della chiusura."
                ),
                None,
                None,
            ),
            (
                "2021-10-12",
                "Prugnolo tardivo: cercinatura su 40 ettari",
                p(
                    "Cercinati i portaseme di prugnolo tardivo su 40 ettari e piantate "
                    "querce e carpini sotto copertura per ombreggiare i ricacci."
                ),
                None,
                None,
            ),
            (
                "2022-07-02",
                "Sei coppie di succiacapre",
                p(
                    "Il censimento notturno conta sei coppie territoriali di succiacapre "
                    "nella brughiera riaperta, contro due prima del progetto."
                ),
                None,
                None,
            ),
        ],
        "strengths": [
            (
                "technical",
                "Le cooperative sociali del partenariato hanno squadre formate per i "
                "cantieri in brughiera e li gestiscono a costi contenuti.",
            ),
            (
                "engagement",
                "Un'associazione di birdwatcher molto presente sul territorio, capace di "
                "mobilitare volontari nei fine settimana.",
            ),
            (
                "monitoring",
                "L'osservatorio entomologico ha documentato il ritorno di farfalle e "
                "ortotteri legati alla brughiera aperta.",
            ),
        ],
        "critical_issues": [
            (
                "communication",
                "Le chiusure stagionali dei sentieri hanno suscitato proteste di ciclisti e "
                "proprietari di cani nei primi mesi.",
                "guardiani-del-nido",
            ),
            (
                "technical",
                "Il taglio raso del prugnolo tardivo nel primo anno ha provocato ricacci "
                "fittissimi: il metodo è stato cambiato.",
                "prugnolo-tardivo",
            ),
            (
                "regulation",
                "La vicinanza all'aeroporto limita l'uso del fuoco prescritto, che sarebbe "
                "la tecnica più efficace per rinnovare il brugo.",
            ),
        ],
    },
    {
        "slug": "sette-stagni",
        "community": "cdp-2018",
        "title": "Sette Stagni, una torbiera per tutti",
        "image": "sette-stagni",
        "listing_summary": (
            "Gestione dei livelli dell'acqua, sponde rinaturalizzate e una fruizione nuova "
            "per una torbiera di pianura molto frequentata."
        ),
        "summary": (
            "La Torbiera dei Sette Stagni è un mosaico di specchi d'acqua nati dall'antica "
            "estrazione della torba, circondato da vigneti e da una pista ciclabile molto "
            "frequentata. Il progetto ha regolato i livelli dell'acqua, rinaturalizzato le "
            "sponde erose, contenuto le specie esotiche acquatiche e ripensato la fruizione "
            "con percorsi audio al posto di nuovi pannelli."
        ),
        "objectives": ul(
            "Stabilizzare i livelli dell'acqua con due nuove paratoie regolabili.",
            "Rinaturalizzare 1,5 chilometri di sponde con tecniche di ingegneria naturalistica.",
            "Ridurre il disturbo alla nidificazione lungo la pista ciclabile.",
            "Far conoscere la torbiera a chi vive nei comuni attorno, non solo ai turisti.",
        ),
        "municipalities": "Provaglio d'Iseo, Iseo, Corte Franca",
        "province": "BS",
        "sites": [("IT2070031", "Torbiera dei Sette Stagni")],
        "habitats": ["torbiere", "zone-umide"],
        "start": "2019-04-01",
        "end": "2022-10-31",
        "budget": "940000",
        "contribution": "610000",
        "status": "completed",
        "partners": [
            "sette-stagni",
            "gev-valli-sole",
            "radici-sponde",
            "rane-rospi",
            "frutteti-antichi",
            "passaparola",
            "cm-valli-sole",
        ],
        "achievements": [
            (
                "2019-12-10",
                "Due paratoie per governare l'acqua",
                p(
                    "Installate due paratoie regolabili: il livello degli stagni può essere "
                    "alzato in primavera e abbassato a fine estate, come concordato con i "
                    "frontisti."
                ),
                None,
                None,
            ),
            (
                "2020-11-25",
                "Sponde consolidate con legname e talee",
                p(
                    "Realizzati 1.200 metri di palificate vive e fascinate sulle sponde "
                    "erose dal moto ondoso delle barche."
                ),
                None,
                None,
            ),
            (
                "2021-05-22",
                "Le audio-passeggiate della torbiera",
                p(
                    "Sei racconti di dieci minuti, ascoltabili con il telefono lungo la "
                    "pista, sostituiscono i dodici pannelli che il progetto prevedeva."
                ),
                "torbiera-tramonto",
                None,
            ),
            (
                "2022-06-18",
                "Il falco di palude nidifica di nuovo",
                p(
                    "Dopo otto anni di assenza una coppia di falco di palude porta all'involo "
                    "due giovani nel canneto protetto dalla nuova recinzione."
                ),
                None,
                None,
            ),
        ],
        "strengths": [
            (
                "communication",
                "Un'agenzia di comunicazione nel partenariato fin dall'inizio: i contenuti "
                "sono stati pensati insieme ai tecnici, non dopo.",
            ),
            (
                "technical",
                "Lo studio di ingegneria naturalistica ha formato le guardie ecologiche, "
                "che oggi riparano da sole le piccole erosioni.",
            ),
            (
                "governance",
                "La comunità montana ha messo a disposizione il proprio ufficio tecnico per "
                "le autorizzazioni idrauliche.",
            ),
        ],
        "critical_issues": [
            (
                "engagement",
                "I frontisti temevano allagamenti dei vigneti con i livelli più alti: il "
                "calendario è stato rinegoziato due volte.",
            ),
            (
                "communication",
                "I pannelli esistenti erano ignorati: la maggior parte dei ciclisti non si "
                "fermava mai lungo la torbiera.",
                "audio-passeggiate",
            ),
            (
                "technical",
                "Il siluro e il gambero rosso presenti negli stagni limitano il successo "
                "riproduttivo di anfibi e pesci autoctoni.",
            ),
        ],
    },
    # Edition 2019 ---------------------------------------------------------------------
    {
        "slug": "larici-alpe-lunga",
        "community": "cdp-2019",
        "title": "Larici e Pascoli dell'Alpe Lunga",
        "image": "alpe-lunga",
        "listing_summary": (
            "Lariceti pascolati, prati e habitat del gallo forcello in Valmalenco, dopo "
            "schianti da vento e attacchi di bostrico."
        ),
        "summary": (
            "I lariceti pascolati dell'Alpe Lunga sono un paesaggio costruito da secoli di "
            "pascolo e sfalcio. Abbandono, schianti da vento e bostrico ne hanno cambiato il "
            "volto. Il progetto ha diradato i lariceti troppo fitti, ricostituito i nuclei "
            "schiantati, riportato il pascolo regolato e protetto le arene di canto del "
            "gallo forcello."
        ),
        "objectives": ul(
            "Diradare 50 ettari di lariceto per riaprire il pascolo arborato.",
            "Ricostituire 12 ettari di bosco schiantato con nuclei di rinnovazione protetti.",
            "Sorvegliare le pullulazioni di bostrico con i consorzi forestali.",
            "Ridurre il disturbo invernale nelle aree di svernamento del gallo forcello.",
        ),
        "municipalities": "Chiesa in Valmalenco, Lanzada, Caspoggio",
        "province": "SO",
        "sites": [("IT2040031", "Lariceti e pascoli dell'Alpe Lunga")],
        "habitats": ["lariceti", "prati-montani"],
        "start": "2020-03-01",
        "end": "2023-09-30",
        "budget": "1080000",
        "contribution": "700000",
        "status": "completed",
        "partners": [
            "alpe-lunga",
            "amici-alpe-lunga",
            "apicoltori-valli-fiorite",
            "terre-alte",
            "selvicoltura-larice",
            "cf-alta-larice",
        ],
        "achievements": [
            (
                "2020-10-15",
                "Rilievo dei danni da schianto",
                p(
                    "Mappati con drone e rilievi a terra 38 ettari di bosco danneggiato; 12 "
                    "ettari hanno perso più della metà delle piante."
                ),
                "schianto-larici",
                None,
            ),
            (
                "2021-06-10",
                "Rete di trappole per il bostrico",
                p(
                    "Ventiquattro trappole a feromoni, controllate ogni due settimane dai "
                    "consorzi forestali, segnalano i focolai da esboscare per primi."
                ),
                None,
                None,
            ),
            (
                "2022-05-05",
                "Sessanta nuclei di rinnovazione",
                p(
                    "Piantati 60 nuclei di larice, sorbo e acero protetti da recinzioni "
                    "leggere, al posto di un rimboschimento continuo."
                ),
                None,
                None,
            ),
            (
                "2023-04-12",
                "Zone di quiete per il gallo forcello",
                p(
                    "Concordate con le guide e gli sci club tre zone di quiete invernali, "
                    "segnalate sul terreno e sulle mappe digitali più usate."
                ),
                None,
                None,
            ),
        ],
        "strengths": [
            (
                "technical",
                "Il centro di selvicoltura alpina ha messo a disposizione parcelle "
                "sperimentali seguite da vent'anni.",
            ),
            (
                "engagement",
                "Gli escursionisti della sezione locale hanno accettato le zone di quiete "
                "perché hanno contribuito a disegnarle.",
            ),
            (
                "funding",
                "La vendita del legname schiantato ha finanziato parte delle cure colturali "
                "successive.",
            ),
        ],
        "critical_issues": [
            (
                "technical",
                "Il bostrico si è spostato dalle peccete ai lariceti misti: la superficie "
                "danneggiata è cresciuta durante il progetto.",
                "trappole-bostrico",
            ),
            (
                "technical",
                "Il pascolo di caprioli e cervi compromette la rinnovazione dove mancano le "
                "protezioni.",
                "nuclei-rinnovazione-larice",
            ),
            (
                "funding",
                "Le cure colturali dei nuclei piantati servono per almeno dieci anni, ben "
                "oltre la fine del progetto.",
            ),
        ],
    },
    {
        "slug": "ossola-dacqua",
        "community": "cdp-2019",
        "title": "Ossola d'Acqua",
        "image": "toce",
        "listing_summary": (
            "Il fondovalle del Toce tra greti, boschi ripariali e specie invasive, con un "
            "cantiere-scuola di ingegneria naturalistica."
        ),
        "summary": (
            "Nel fondovalle del Toce i boschi ripariali e i greti ghiaiosi sono stretti tra "
            "strade, cave e insediamenti e invasi da poligono del Giappone e buddleja. Il "
            "progetto ha restituito spazio al fiume in due tratti, contenuto le piante "
            "invasive lungo le sponde e formato con un cantiere-scuola le squadre che oggi "
            "curano la manutenzione."
        ),
        "objectives": ul(
            "Riattivare due rami secondari del Toce per 3 chilometri complessivi.",
            "Contenere il poligono del Giappone su 15 chilometri di sponda.",
            "Formare una squadra stabile di manutenzione con una cooperativa sociale.",
            "Coinvolgere comuni e cittadini nella sorveglianza delle nuove invasioni.",
        ),
        "municipalities": "Vogogna, Premosello-Chiovenda, Pieve Vergonte, Mergozzo",
        "province": "VB",
        "sites": [("IT1140033", "Greto e boschi ripariali del Toce di mezzo")],
        "habitats": ["ambienti-fluviali", "boschi-planiziali"],
        "start": "2020-06-01",
        "end": "2027-03-31",
        "budget": "1260000",
        "contribution": "800000",
        "status": "ongoing",
        "partners": [
            "ossola-mezzo",
            "ginestra-ossolana",
            "pietralunga",
            "ecologia-ossolana",
            "ossola-selvatica",
            "radici-sponde",
        ],
        "achievements": [
            (
                "2021-04-28",
                "Il cantiere-scuola",
                p(
                    "Otto persone in inserimento lavorativo imparano con lo studio di "
                    "ingegneria naturalistica a costruire palificate e a gestire le invasive."
                ),
                None,
                None,
            ),
            (
                "2022-09-14",
                "Riattivato il ramo di Pietralunga",
                p(
                    "Riaperto un ramo secondario di 1,2 chilometri: in estate ospita già "
                    "scazzoni e giovani trote marmorate."
                ),
                "toce",
                None,
            ),
            (
                "2024-03-20",
                "Sponde consolidate dopo la piena",
                p(
                    "Dopo la piena dell'autunno, la squadra della cooperativa ha ricostruito "
                    "400 metri di sponda con legname e talee di salice."
                ),
                "sponda-toce",
                None,
            ),
            (
                "2025-10-03",
                "Proroga per il secondo ramo",
                p(
                    "La fondazione concede una proroga: il secondo ramo sarà riattivato "
                    "dopo il via libera dell'autorità idraulica, atteso per la primavera."
                ),
                None,
                None,
            ),
        ],
        "strengths": [
            (
                "governance",
                "L'Unione montana riunisce i comuni del fondovalle e parla con una sola voce "
                "all'autorità idraulica.",
            ),
            (
                "engagement",
                "La cooperativa sociale ha trasformato il cantiere in lavoro stabile per "
                "persone in difficoltà del territorio.",
            ),
            (
                "technical",
                "Il centro studi conosce la dinamica del fiume e ha previsto con buona "
                "precisione dove si sarebbero formati i nuovi greti.",
            ),
        ],
        "critical_issues": [
            (
                "regulation",
                "Le autorizzazioni idrauliche per la riattivazione dei rami hanno richiesto "
                "oltre due anni.",
            ),
            (
                "technical",
                "Il poligono del Giappone ricaccia dai frammenti di rizoma trasportati dalle "
                "piene: il contenimento va ripetuto ogni anno.",
                "allerta-precoce-invasive",
            ),
            (
                "funding",
                "La squadra di manutenzione dipende dai fondi del progetto: i comuni non "
                "hanno ancora deciso come sostenerla.",
                "cantiere-scuola",
            ),
        ],
    },
    {
        "slug": "bosco-vivo-di-pianura",
        "community": "cdp-2019",
        "title": "Bosco Vivo di Pianura",
        "image": "bosco-pianura",
        "listing_summary": (
            "Querceti del Ticinello liberati dal prugnolo tardivo, fontanili recuperati e "
            "un bosco-scuola con gli istituti comprensivi."
        ),
        "summary": (
            "I querceti di pianura lungo il Ticinello sono tra gli ultimi lembi dell'antica "
            "foresta padana, ma il sottobosco è dominato dal prugnolo tardivo e la quercia "
            "non si rinnova. Il progetto ha sperimentato tecniche di contenimento graduale, "
            "ha recuperato due fontanili nel bosco e ha fatto del querceto un'aula all'aperto "
            "per le scuole."
        ),
        "objectives": ul(
            "Ridurre il prugnolo tardivo su 80 ettari di querceto.",
            "Favorire la rinnovazione di farnia e carpino con piccole aperture.",
            "Recuperare due fontanili all'interno del bosco.",
            "Portare nel bosco tutte le classi quinte dei comuni del parco per tre anni.",
        ),
        "municipalities": "Abbiategrasso, Morimondo, Motta Visconti, Besate",
        "province": "MI",
        "sites": [("IT2050031", "Querceti e lanche del Ticinello")],
        "habitats": ["boschi-planiziali", "fontanili", "ambienti-fluviali"],
        "start": "2020-02-01",
        "end": "2023-12-31",
        "budget": "1020000",
        "contribution": "690000",
        "status": "completed",
        "partners": [
            "valle-mulini",
            "ic-valle-mulini",
            "ali-ticinello",
            "uni-pianura",
            "sentiero-comune",
            "ecomuseo-risaie",
            "gal-pianura-viva",
        ],
        "achievements": [
            (
                "2020-12-02",
                "Parcelle sperimentali sul prugnolo",
                p(
                    "Avviate 12 parcelle per confrontare taglio, cercinatura e "
                    "sottopiantagione; l'università le seguirà per cinque anni."
                ),
                None,
                None,
            ),
            (
                "2021-10-21",
                "Il bosco diventa aula",
                p(
                    "Trecentoquaranta alunni delle quinte hanno passato una giornata nel "
                    "querceto: misure di alberi, ricerca di insetti, ascolto degli uccelli."
                ),
                "bosco-pianura",
                None,
            ),
            (
                "2022-11-16",
                "Recuperati i fontanili del bosco",
                p(
                    "Spurgate e consolidate le teste dei due fontanili: uno ospita di nuovo "
                    "la lampreda padana, segnalata dai volontari."
                ),
                None,
                None,
            ),
            (
                "2023-09-27",
                "I risultati delle parcelle",
                p(
                    "Dopo tre anni, la combinazione di cercinatura e sottopiantagione riduce "
                    "i ricacci di prugnolo del 70 per cento rispetto al taglio raso."
                ),
                None,
                None,
            ),
        ],
        "strengths": [
            (
                "monitoring",
                "Parcelle sperimentali con un disegno statistico vero, seguite "
                "dall'università oltre la durata del progetto.",
            ),
            (
                "engagement",
                "Le scuole hanno inserito la giornata nel bosco nel curricolo di scienze "
                "delle quinte.",
            ),
            (
                "governance",
                "Il GAL ha inserito la gestione del prugnolo tra le azioni finanziabili del "
                "proprio piano di sviluppo locale.",
            ),
        ],
        "critical_issues": [
            (
                "technical",
                "Il prugnolo tardivo è diffuso anche nei boschi privati confinanti, da cui "
                "arrivano continuamente nuovi semi.",
                "prugnolo-tardivo",
            ),
            (
                "engagement",
                "I proprietari dei boschi privati vedono il prugnolo come un problema del "
                "parco, non proprio.",
            ),
            (
                "monitoring",
                "Senza un referente dopo il progetto, le segnalazioni dei volontari sulla "
                "lampreda rischiano di non essere più validate.",
                "tavolo-dopo-progetto",
            ),
        ],
    },
    {
        "slug": "praterie-magre-orobie",
        "community": "cdp-2019",
        "title": "Praterie Magre delle Orobie",
        "image": "praterie-orobie",
        "listing_summary": (
            "Prati da fieno e praterie magre dell'alta valle, con allevatori, caseificio e "
            "apicoltori alleati per lo sfalcio tardivo."
        ),
        "summary": (
            "Le praterie magre dell'alta valle, ricche di orchidee e farfalle, sopravvivono "
            "solo dove si continua a falciare tardi e a concimare poco. Il progetto lavora con "
            "allevatori, latteria sociale e apicoltori per rendere conveniente lo sfalcio "
            "tardivo, anche attraverso il valore del formaggio e del miele prodotti nei "
            "prati del sito."
        ),
        "objectives": ul(
            "Portare a sfalcio tardivo 60 ettari di prati magri con accordi pluriennali.",
            "Avviare una banca del fieno tra allevatori di fondovalle e prati in quota.",
            "Valorizzare formaggio e miele dei prati del sito con un marchio comune.",
            "Monitorare farfalle diurne e impollinatori nei prati gestiti.",
        ),
        "municipalities": "Branzi, Carona, Valleve, Foppolo",
        "province": "BG",
        "sites": [("IT2060032", "Praterie e prati da fieno delle Orobie Nascoste")],
        "habitats": ["praterie-magre", "prati-montani"],
        "start": "2020-04-01",
        "end": "2026-12-31",
        "budget": "870000",
        "contribution": "580000",
        "status": "ongoing",
        "partners": [
            "orobie-nascoste",
            "entomologico",
            "apicoltori-valli-fiorite",
            "latteria-alta-valle",
            "terre-alte",
            "passaparola",
            "consorzio-turistico",
            "iis-campi-aperti",
        ],
        "achievements": [
            (
                "2020-09-18",
                "Accordi con nove allevatori",
                p(
                    "Nove allevatori si impegnano a falciare dopo il 15 luglio e a non "
                    "concimare 42 ettari di prati, in cambio di un premio e di assistenza."
                ),
                None,
                None,
            ),
            (
                "2021-07-30",
                "Farfalle contate dagli studenti",
                p(
                    "Gli studenti dell'istituto agrario, formati dall'osservatorio, hanno "
                    "percorso 14 transetti e registrato 61 specie di farfalle diurne."
                ),
                "prato-fieno",
                None,
            ),
            (
                "2023-05-11",
                "Il formaggio dei prati fioriti",
                p(
                    "La latteria sociale avvia una linea di formaggio con il latte delle "
                    "aziende che aderiscono agli accordi di sfalcio tardivo."
                ),
                None,
                None,
            ),
            (
                "2025-06-06",
                "Banca del fieno: la prima stagione",
                p(
                    "Il fieno dei prati in quota viene scambiato con quello di fondovalle: "
                    "quattro allevatori partecipano alla prima stagione di prova."
                ),
                None,
                None,
            ),
        ],
        "strengths": [
            (
                "engagement",
                "La latteria sociale ha un interesse economico diretto e coinvolge i "
                "propri soci meglio di qualsiasi ente.",
            ),
            (
                "monitoring",
                "Gli studenti dell'istituto agrario garantiscono un monitoraggio annuale "
                "delle farfalle a costi molto bassi.",
            ),
            (
                "communication",
                "Il racconto dei prati fioriti funziona con i turisti: il consorzio "
                "turistico lo usa nelle proprie campagne.",
            ),
        ],
        "critical_issues": [
            (
                "funding",
                "Il premio per lo sfalcio tardivo finisce con il progetto: senza un "
                "sostegno pubblico gli allevatori potrebbero tornare a falciare presto.",
                "pse-gestori-idrici",
            ),
            (
                "technical",
                "Il fieno tardivo è meno nutriente: gli allevatori di vacche da latte lo "
                "accettano solo in parte della razione.",
                "banca-del-fieno",
            ),
            (
                "regulation",
                "Il disciplinare del marchio richiede controlli che la latteria non sa "
                "ancora chi debba fare e pagare.",
            ),
        ],
    },
]
