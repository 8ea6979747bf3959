"""Demo data shared by the pages: indexes, organizations, people, topics, images, documents.

Every person, organization and project is invented. Places (municipalities, provinces,
rivers, valleys) are real; the Natura 2000 codes have the right format but the site names are
made up. Facts about the call "Capitale naturale" of Fondazione Cariplo are real.
"""

from .text import p

INDEXES = [
    {
        "kind": "communities",
        "slug": "comunita",
        "title": "Comunità di pratica",
        "image": "colline-tramonto",
        "listing_summary": (
            "Le tre comunità di pratica dei progetti finanziati dal bando Capitale naturale, "
            "una per edizione: 2017, 2018 e 2019."
        ),
        "intro": p(
            "Ogni edizione del bando <b>Capitale naturale</b> di Fondazione Cariplo ha dato vita "
            "a una comunità di pratica: i partenariati finanziati si incontrano in plenarie e "
            "webinar di lavoro, mettono in comune risultati e difficoltà e lavorano su temi "
            "condivisi.",
            "Qui trovate i progetti di ciascuna comunità, i temi su cui si confrontano e il "
            "calendario degli incontri, passati e in programma.",
        ),
    },
    {
        "kind": "solutions",
        "slug": "soluzioni",
        "title": "Soluzioni",
        "image": "prato-fieno",
        "listing_summary": (
            "Schede di soluzioni praticabili a ostacoli incontrati sul campo: che cosa è stato "
            "fatto, che cosa serve, come è andata."
        ),
        "intro": p(
            "Le schede raccolgono soluzioni concrete a problemi che i partner hanno incontrato "
            "davvero: proprietari introvabili, agricoltori diffidenti, specie invasive che "
            "tornano, risultati che rischiano di svanire a fine progetto.",
            "Ogni scheda indica i passi da seguire, le risorse necessarie, i fattori che la "
            "rendono possibile, gli errori da evitare e quanto è matura: dall'idea ancora da "
            "provare alla pratica consolidata.",
        ),
    },
    {
        "kind": "lessons",
        "slug": "lezioni-apprese",
        "title": "Lezioni apprese",
        "image": "sponda-palificata",
        "listing_summary": (
            "Che cosa ha funzionato e che cosa no, con il contesto e la solidità delle prove."
        ),
        "intro": p(
            "Le lezioni apprese nascono dalle plenarie, dai webinar e dalle discussioni tra "
            "partner. Per ciascuna diciamo in quale contesto è maturata e quanto sono solide le "
            "prove: un episodio, un progetto, più progetti o una misura ripetuta nel tempo.",
        ),
    },
    {
        "kind": "publications",
        "slug": "pubblicazioni",
        "title": "Pubblicazioni",
        "image": "torbiera-tramonto",
        "listing_summary": (
            "I Quaderni dell'osservatorio: articoli a più mani dei partner delle comunità."
        ),
        "intro": p(
            "<i>I quaderni dell'osservatorio</i> raccolgono articoli scritti a più mani dai "
            "partner delle comunità di pratica, per portare quanto appreso oltre i "
            "partenariati: amministratori, tecnici, insegnanti, cittadini.",
        ),
    },
    {
        "kind": "materials",
        "slug": "materiali",
        "title": "Materiali",
        "listing_summary": (
            "Presentazioni, verbali e documenti condivisi negli incontri e dai progetti."
        ),
        "intro": p(
            "Qui trovate i documenti messi a disposizione dalle comunità: le presentazioni e i "
            "verbali delle plenarie e dei webinar, i rapporti e i materiali prodotti dai "
            "progetti.",
            "Potete filtrarli per comunità, incontro, tema e tipo di file.",
        ),
    },
]

# (key, name, kind, place)
ORGANIZATIONS = [
    # Protected area authorities
    ("tre-rogge", "Ente Parco delle Tre Rogge", "protected_area", "Gavirate (VA)"),
    (
        "valle-mulini",
        "Parco Regionale della Valle dei Mulini",
        "protected_area",
        "Morimondo (MI)",
    ),
    (
        "airone-cenerino",
        "Riserva Naturale Palude dell'Airone Cenerino",
        "protected_area",
        "Garlasco (PV)",
    ),
    ("valli-quarzo", "Ente Parco delle Valli di Quarzo", "protected_area", "Baceno (VB)"),
    (
        "lanche-santombra",
        "Riserva delle Lanche di Sant'Ombra",
        "protected_area",
        "Rodigo (MN)",
    ),
    ("orobie-nascoste", "Parco delle Orobie Nascoste", "protected_area", "Branzi (BG)"),
    (
        "sette-stagni",
        "Riserva Naturale Torbiera dei Sette Stagni",
        "protected_area",
        "Provaglio d'Iseo (BS)",
    ),
    ("monte-castagnaro", "Parco del Monte Castagnaro", "protected_area", "Valmadrera (LC)"),
    ("alpe-lunga", "Ente Parco Alpe Lunga", "protected_area", "Chiesa in Valmalenco (SO)"),
    (
        "brughiera-falchi",
        "Consorzio di gestione della Riserva Brughiera dei Falchi",
        "protected_area",
        "Somma Lombardo (VA)",
    ),
    # Public bodies
    (
        "bassa-fontanili",
        "Unione dei Comuni della Bassa dei Fontanili",
        "public_body",
        "Caravaggio (BG)",
    ),
    ("borgo-canneto", "Comune di Borgo Canneto", "public_body", "Biandronno (VA)"),
    (
        "santombra-mincio",
        "Comune di Sant'Ombra sul Mincio",
        "public_body",
        "Rodigo (MN)",
    ),
    ("roggiano", "Comune di Roggiano Lomellino", "public_body", "Mortara (PV)"),
    ("pietralunga", "Comune di Pietralunga Ossolana", "public_body", "Vogogna (VB)"),
    (
        "rogge-unite",
        "Consorzio di bonifica Rogge Unite",
        "public_body",
        "Mortara (PV)",
    ),
    (
        "dugali-colatori",
        "Consorzio di bonifica Dugali e Colatori",
        "public_body",
        "Cremona (CR)",
    ),
    (
        "cf-alta-larice",
        "Consorzio forestale Alta Valle del Larice",
        "public_body",
        "Ponte di Legno (BS)",
    ),
    (
        "ossola-mezzo",
        "Unione montana Valli dell'Ossola di Mezzo",
        "public_body",
        "Premosello-Chiovenda (VB)",
    ),
    (
        "ic-valle-mulini",
        "Istituto comprensivo Valle dei Mulini",
        "public_body",
        "Abbiategrasso (MI)",
    ),
    (
        "iis-campi-aperti",
        "Istituto di istruzione superiore agraria Campi Aperti",
        "public_body",
        "Codogno (LO)",
    ),
    ("gal-pianura-viva", "GAL Pianura Viva", "public_body", "Crema (CR)"),
    (
        "cm-valli-sole",
        "Comunità montana Valli del Sole Alto",
        "public_body",
        "Edolo (BS)",
    ),
    # Associations and NGOs
    (
        "amici-lago-nascosto",
        "Associazione Amici del Lago Nascosto",
        "association",
        "Biandronno (VA)",
    ),
    (
        "brianza-umida",
        "Gruppo Naturalistico Brianza Umida",
        "association",
        "Oggiono (LC)",
    ),
    ("ali-ticinello", "Associazione Ali sul Ticinello", "association", "Motta Visconti (MI)"),
    (
        "terre-basse",
        "Circolo Ambiente Terre Basse",
        "association",
        "Lodi (LO)",
    ),
    (
        "garzaie-unite",
        "Gruppo Ornitologico Garzaie Unite",
        "association",
        "Mortara (PV)",
    ),
    (
        "roggia-morta",
        "Associazione Pescatori della Roggia Morta",
        "association",
        "Castiglione d'Adda (LO)",
    ),
    (
        "apicoltori-valli-fiorite",
        "Associazione Apicoltori delle Valli Fiorite",
        "association",
        "Sondrio (SO)",
    ),
    (
        "sentieri-castagne",
        "Associazione Sentieri e Castagne",
        "association",
        "Civate (LC)",
    ),
    (
        "amici-alpe-lunga",
        "Sezione escursionistica Amici dell'Alpe Lunga",
        "association",
        "Lanzada (SO)",
    ),
    (
        "rane-rospi",
        "Associazione Erpetologica Rane e Rospi",
        "association",
        "Varese (VA)",
    ),
    (
        "gev-valli-sole",
        "Gruppo Guardie Ecologiche Volontarie Valli del Sole",
        "association",
        "Iseo (BS)",
    ),
    (
        "cascina-saperi",
        "Associazione culturale La Cascina dei Saperi",
        "association",
        "Curtatone (MN)",
    ),
    ("ossola-selvatica", "Associazione Ossola Selvatica", "association", "Domodossola (VB)"),
    (
        "frutteti-antichi",
        "Rete degli Orti e dei Frutteti Antichi",
        "association",
        "Corte Franca (BS)",
    ),
    # Universities and research centres
    (
        "uni-pianura",
        "Università della Pianura Padana – Dipartimento di Ecologia applicata",
        "research",
        "Pavia (PV)",
    ),
    (
        "ecologia-ossolana",
        "Centro Studi di Ecologia Alpina Ossolana",
        "research",
        "Domodossola (VB)",
    ),
    (
        "politecnico-prealpi",
        "Politecnico delle Prealpi – Laboratorio Paesaggio",
        "research",
        "Como (CO)",
    ),
    (
        "centro-anfibi",
        "Centro di Ricerca sugli Anfibi e le Zone Umide",
        "research",
        "Varese (VA)",
    ),
    (
        "agrario-bassa",
        "Istituto Agrario Sperimentale di Bassa Pianura",
        "research",
        "Cremona (CR)",
    ),
    (
        "selvicoltura-larice",
        "Centro di selvicoltura alpina Val del Larice",
        "research",
        "Edolo (BS)",
    ),
    (
        "entomologico",
        "Osservatorio Entomologico delle Praterie Magre",
        "research",
        "Bergamo (BG)",
    ),
    # Companies and cooperatives
    (
        "germoglio-verde",
        "Cooperativa sociale Il Germoglio Verde",
        "company",
        "Gavirate (VA)",
    ),
    (
        "terre-risaia",
        "Cooperativa agricola Terre di Risaia",
        "company",
        "Mortara (PV)",
    ),
    ("habitat-paesaggio", "Studio associato Habitat & Paesaggio", "company", "Milano (MI)"),
    (
        "ginestra-ossolana",
        "Cooperativa sociale La Ginestra Ossolana",
        "company",
        "Vogogna (VB)",
    ),
    (
        "fratelli-castagnoli",
        "Impresa boschiva F.lli Castagnoli",
        "company",
        "Valmadrera (LC)",
    ),
    ("alpe-viva", "Cooperativa di comunità Alpe Viva", "company", "Baceno (VB)"),
    ("le-garzaie", "Società agricola Le Garzaie", "company", "Garlasco (PV)"),
    (
        "radici-sponde",
        "Radici e Sponde – Studio di ingegneria naturalistica",
        "company",
        "Brescia (BS)",
    ),
    (
        "terre-acqua",
        "Consorzio agrituristico Terre d'Acqua",
        "company",
        "Mantova (MN)",
    ),
    ("sentiero-comune", "Cooperativa sociale Sentiero Comune", "company", "Lodi (LO)"),
    ("semi-pianura", "Vivaio Semi della Pianura", "company", "Curtatone (MN)"),
    ("passaparola", "Passaparola Ambiente – comunicazione", "company", "Bergamo (BG)"),
    ("latteria-alta-valle", "Latteria sociale Alta Valle", "company", "Branzi (BG)"),
    (
        "intrecci",
        "Cooperativa Intrecci – facilitazione e processi partecipativi",
        "company",
        "Milano (MI)",
    ),
    # Foundations
    ("terre-alte", "Fondazione Terre Alte Lombarde", "foundation", "Sondrio (SO)"),
    (
        "comunitaria-lago",
        "Fondazione Comunitaria del Lago Nascosto",
        "foundation",
        "Varese (VA)",
    ),
    ("villa-gelsi", "Fondazione Villa dei Gelsi", "foundation", "Monza (MB)"),
    # Other
    (
        "ecomuseo-quarzo",
        "Ecomuseo del Paesaggio di Valle Quarzo",
        "other",
        "Baceno (VB)",
    ),
    (
        "ecomuseo-risaie",
        "Ecomuseo delle Risaie e dei Fontanili",
        "other",
        "Abbiategrasso (MI)",
    ),
    ("distretto-riso", "Distretto Agricolo Riso e Rane", "other", "Mortara (PV)"),
    (
        "consorzio-turistico",
        "Consorzio Turistico Valli del Sole",
        "other",
        "Edolo (BS)",
    ),
]

# (key, name, organization, role, short bio)
PEOPLE = [
    (
        "ferrandi",
        "Lucia Ferrandi",
        "intrecci",
        "Facilitatrice della comunità 2017",
        "Facilita processi partecipativi su paesaggio e acque da quindici anni; "
        "ha accompagnato contratti di fiume e tavoli agricoli in pianura.",
    ),
    (
        "beltrami",
        "Tommaso Beltrami",
        "habitat-paesaggio",
        "Co-facilitatore della comunità 2017",
        "Naturalista, segue la parte tecnica degli incontri e la redazione delle schede "
        "di soluzione.",
    ),
    (
        "valsecchi",
        "Irene Valsecchi",
        "intrecci",
        "Facilitatrice della comunità 2018",
        "Sociologa dell'ambiente, si occupa di mediazione tra agricoltori, enti gestori e "
        "associazioni.",
    ),
    (
        "rusconi",
        "Paolo Rusconi",
        "uni-pianura",
        "Co-facilitatore della comunità 2018",
        "Ecologo, cura il confronto sui protocolli di monitoraggio e sulle specie invasive.",
    ),
    (
        "zanoletti",
        "Marta Zanoletti",
        "intrecci",
        "Facilitatrice della comunità 2019",
        "Progettista partecipativa, ha lavorato a lungo con comunità montane e cooperative "
        "di comunità.",
    ),
    (
        "gusmeroli",
        "Andrea Gusmeroli",
        "terre-alte",
        "Co-facilitatore della comunità 2019",
        "Forestale, coordina i lavori sul dopo-progetto e sulla gestione dei boschi.",
    ),
    (
        "brambati",
        "Elisa Brambati",
        "tre-rogge",
        "Responsabile conservazione",
        "Coordina gli interventi sulle zone umide del parco e la rete di volontari.",
    ),
    (
        "lavelli",
        "Giorgio Lavelli",
        "centro-anfibi",
        "Erpetologo",
        "Studia le popolazioni di rana di Lataste e i siti riproduttivi della pianura.",
    ),
    (
        "sala-danna",
        "Roberta Sala Danna",
        "bassa-fontanili",
        "Tecnica ambientale",
        "Segue la manutenzione dei fontanili e i rapporti con i proprietari dei fondi.",
    ),
    (
        "castagnoli",
        "Franco Castagnoli",
        "fratelli-castagnoli",
        "Titolare",
        "Boscaiolo di terza generazione, ha curato il recupero dei castagneti da frutto.",
    ),
    (
        "pirovano",
        "Nadia Pirovano",
        "sentieri-castagne",
        "Presidente",
        "Ha costruito la rete dei proprietari che hanno affidato i castagneti all'associazione.",
    ),
    (
        "ardenghi",
        "Matteo Ardenghi",
        "ecologia-ossolana",
        "Botanico",
        "Si occupa di praterie montane, torbiere d'alta quota e monitoraggio floristico.",
    ),
    (
        "vanoli",
        "Sara Vanoli",
        "alpe-viva",
        "Presidente della cooperativa",
        "Gestisce lo sfalcio dei prati e l'alpeggio con i soci della cooperativa.",
    ),
    (
        "bertazzoni",
        "Luca Bertazzoni",
        "lanche-santombra",
        "Direttore della riserva",
        "Ha coordinato il piano di contenimento delle specie esotiche nelle lanche.",
    ),
    (
        "gallarati",
        "Anna Maria Gallarati",
        "terre-risaia",
        "Risicoltrice",
        "Conduce un'azienda di 90 ettari e ha sperimentato i fossi rifugio in risaia.",
    ),
    (
        "cerri",
        "Stefano Cerri",
        "garzaie-unite",
        "Coordinatore dei censimenti",
        "Conta aironi e garzette in Lomellina da oltre vent'anni.",
    ),
    (
        "bossi",
        "Valentina Bossi",
        "brughiera-falchi",
        "Tecnica faunistica",
        "Segue la gestione della brughiera e la tutela degli uccelli che nidificano a terra.",
    ),
    (
        "archetti",
        "Fabio Archetti",
        "radici-sponde",
        "Ingegnere naturalista",
        "Progetta consolidamenti di sponda con legname e talee vive.",
    ),
    (
        "franzoni",
        "Giulia Franzoni",
        "sette-stagni",
        "Referente della riserva",
        "Coordina la gestione dei livelli dell'acqua e la fruizione della torbiera.",
    ),
    (
        "dei-cas",
        "Ivan Dei Cas",
        "alpe-lunga",
        "Tecnico forestale",
        "Segue i cantieri nei lariceti e la ricostituzione dopo gli schianti.",
    ),
    (
        "zanetta",
        "Michela Zanetta",
        "ossola-mezzo",
        "Responsabile ufficio ambiente",
        "Coordina i partner del progetto sul fondovalle del Toce.",
    ),
    (
        "bianchessi",
        "Riccardo Bianchessi",
        "valle-mulini",
        "Responsabile del servizio boschi",
        "Ha avviato la gestione del prugnolo tardivo nei querceti del parco.",
    ),
    (
        "mazzoleni",
        "Caterina Mazzoleni",
        "orobie-nascoste",
        "Agronoma",
        "Lavora con allevatori e caseifici sulla gestione delle praterie da fieno.",
    ),
    (
        "orsenigo",
        "Beatrice Orsenigo",
        "passaparola",
        "Responsabile comunicazione",
        "Ha curato la comunicazione di tre progetti, dalle audio-passeggiate ai podcast.",
    ),
    (
        "moroni",
        "Davide Moroni",
        "uni-pianura",
        "Economista dell'ambiente",
        "Studia il valore dei servizi ecosistemici delle zone umide di pianura e gli "
        "strumenti per remunerarli.",
    ),
    (
        "rota",
        "Elena Rota",
        "politecnico-prealpi",
        "Paesaggista",
        "Si occupa di paesaggi rurali abbandonati e di gestione collettiva delle terre "
        "frammentate.",
    ),
]

# (slug, name, kind, description)
TOPICS = [
    (
        "zone-umide",
        "Zone umide e canneti",
        "habitat",
        "Laghi poco profondi, paludi, canneti e prati umidi: habitat di anfibi, testuggini e "
        "uccelli acquatici.",
    ),
    (
        "torbiere",
        "Torbiere",
        "habitat",
        "Torbiere basse e di transizione, in pianura e in quota, sensibili ai livelli "
        "dell'acqua e all'apporto di nutrienti.",
    ),
    (
        "boschi-planiziali",
        "Boschi planiziali",
        "habitat",
        "Querco-carpineti e boschi igrofili della pianura, ridotti a frammenti tra i campi.",
    ),
    (
        "praterie-magre",
        "Praterie magre",
        "habitat",
        "Prati aridi e poveri di nutrienti, ricchi di orchidee e di insetti impollinatori.",
    ),
    (
        "ambienti-fluviali",
        "Ambienti fluviali e lanche",
        "habitat",
        "Greti, lanche, mortizze e boschi ripariali lungo fiumi e torrenti.",
    ),
    (
        "castagneti",
        "Castagneti da frutto",
        "habitat",
        "Castagneti tradizionali, spesso frammentati in piccole proprietà e abbandonati.",
    ),
    (
        "fontanili",
        "Fontanili e risorgive",
        "habitat",
        "Sorgenti di pianura alimentate dalla falda, con acque fresche e limpide tutto l'anno.",
    ),
    (
        "prati-montani",
        "Prati da sfalcio montani",
        "habitat",
        "Prati da fieno di media e alta quota, mantenuti solo dallo sfalcio regolare.",
    ),
    (
        "lariceti",
        "Boschi montani e lariceti",
        "habitat",
        "Lariceti, peccete e boschi misti di montagna, pascolati o gestiti per il legname.",
    ),
    (
        "brughiere",
        "Brughiere",
        "habitat",
        "Lande a brugo dei terrazzi fluvioglaciali, minacciate dall'avanzata del bosco.",
    ),
    (
        "risaie",
        "Risaie e agroecosistemi",
        "habitat",
        "Risaie, fossi e canali irrigui che sostituiscono in parte le zone umide perdute.",
    ),
    (
        "coinvolgimento",
        "Tecniche di coinvolgimento",
        "action_type",
        "Modi per portare al tavolo chi vive e lavora nel territorio: incontri, visite, "
        "mediazione, accordi informali.",
    ),
    (
        "monitoraggio-partecipato",
        "Monitoraggio partecipato",
        "action_type",
        "Raccolta di dati sulla natura con cittadini, scuole e volontari formati.",
    ),
    (
        "accordi-agricoltori",
        "Accordi con agricoltori",
        "action_type",
        "Convenzioni, contratti e premi per pratiche agricole favorevoli alla biodiversità.",
    ),
    (
        "specie-invasive",
        "Controllo specie invasive",
        "action_type",
        "Prevenzione, eradicazione e contenimento di piante e animali esotici invasivi.",
    ),
    (
        "educazione-ambientale",
        "Educazione ambientale",
        "action_type",
        "Percorsi con scuole e adulti per conoscere e prendersi cura degli habitat.",
    ),
    (
        "gestione-forestale",
        "Gestione forestale sostenibile",
        "action_type",
        "Tagli, diradamenti e cure colturali pensati per la biodiversità del bosco.",
    ),
    (
        "ingegneria-naturalistica",
        "Ingegneria naturalistica",
        "action_type",
        "Opere con materiali vivi e legname per sponde, versanti e zone umide.",
    ),
    (
        "fruizione",
        "Fruizione e turismo lento",
        "action_type",
        "Sentieri, visite guidate e regole per godere dei siti senza disturbarli.",
    ),
    (
        "comunicazione",
        "Comunicazione e narrazione",
        "action_type",
        "Racconti, media e campagne per far conoscere il valore dei siti Natura 2000.",
    ),
    (
        "governance",
        "Governance e accordi tra enti",
        "action_type",
        "Convenzioni, tavoli e ruoli per decidere insieme e mantenere i risultati.",
    ),
    (
        "custodia-terreni",
        "Custodia e accordi fondiari",
        "action_type",
        "Associazioni fondiarie, comodati e acquisti per gestire terreni frammentati.",
    ),
]

# key: (title, description used as alternative text, scene, seed)
IMAGES = {
    "colline-tramonto": (
        "Colline della pianura al tramonto",
        "Profilo di colline verdi sotto un cielo arancione al tramonto",
        "dusk",
        11,
    ),
    "prato-fieno": (
        "Prato da fieno fiorito",
        "Prato verde punteggiato di fiori gialli con alberi sparsi e colline sullo sfondo",
        "meadow",
        12,
    ),
    "sponda-palificata": (
        "Fiume con sponde rinverdite",
        "Un fiume che attraversa una piana verde con alberi sulle rive",
        "river",
        13,
    ),
    "torbiera-tramonto": (
        "Torbiera al crepuscolo",
        "Rilievi scuri e cielo al crepuscolo sopra una piana umida",
        "dusk",
        14,
    ),
    "canneto-lago": (
        "Canneto al mattino sul lago",
        "Canneto sulle rive di un corso d'acqua che si allarga verso l'osservatore",
        "wetland",
        21,
    ),
    "risaie-primavera": (
        "Risaie allagate in primavera",
        "Camere di risaia allagate che riflettono il cielo, con colline basse all'orizzonte",
        "ricefield",
        22,
    ),
    "lariceto-pascoli": (
        "Lariceto e pascoli in quota",
        "Montagne con cime innevate sopra pascoli e gruppi di alberi",
        "mountain",
        23,
    ),
    "lago-nascosto": (
        "Le rive del Lago Nascosto",
        "Canneti e acque basse di un piccolo lago di pianura",
        "wetland",
        31,
    ),
    "fontanile": (
        "Un fontanile tra i campi",
        "Un corso d'acqua limpido che scorre tra prati e filari di alberi",
        "river",
        32,
    ),
    "castagneto": (
        "Castagneto da frutto sul versante",
        "Castagni dalle chiome ampie su un versante erboso",
        "chestnut",
        33,
    ),
    "praterie-ossola": (
        "Praterie d'alta quota in Ossola",
        "Prati e pascoli ai piedi di montagne con nevai",
        "mountain",
        34,
    ),
    "lanche": (
        "Una lanca del fiume",
        "Un'ansa d'acqua ferma tra boschi ripariali e prati",
        "river",
        35,
    ),
    "garzaia-risaie": (
        "Risaie vicino alla garzaia",
        "Risaie allagate disposte a strisce fino all'orizzonte",
        "ricefield",
        36,
    ),
    "brughiera": (
        "Brughiera in fioritura",
        "Distesa di brugo fiorito color lilla con alberi isolati",
        "heath",
        37,
    ),
    "sette-stagni": (
        "Specchi d'acqua della torbiera",
        "Specchi d'acqua e canneti di una torbiera di pianura",
        "wetland",
        38,
    ),
    "alpe-lunga": (
        "Lariceti dell'Alpe Lunga",
        "Bosco fitto di conifere su colline montane",
        "forest",
        39,
    ),
    "toce": (
        "Il greto del fiume in fondovalle",
        "Un fiume largo che scorre in un fondovalle verde con alberi sulle rive",
        "river",
        40,
    ),
    "bosco-pianura": (
        "Querceto di pianura",
        "Bosco fitto di latifoglie e conifere su terreno pianeggiante",
        "forest",
        41,
    ),
    "praterie-orobie": (
        "Praterie magre delle Orobie",
        "Prato fiorito di montagna con pochi alberi e colline all'orizzonte",
        "meadow",
        42,
    ),
    "pozza-anfibi": (
        "Nuova pozza per gli anfibi",
        "Piccola zona umida con canne e acqua bassa appena realizzata",
        "pond",
        51,
    ),
    "testa-fontanile": (
        "Testa di fontanile dopo lo spurgo",
        "Acqua limpida che sgorga e scorre in un piccolo canale tra i prati",
        "river",
        52,
    ),
    "castagneto-diradato": (
        "Castagneto dopo il diradamento",
        "Castagni distanziati e prato pulito sotto le chiome",
        "chestnut",
        53,
    ),
    "sfalcio-prato": (
        "Prato dopo lo sfalcio tardivo",
        "Prato montano con fiori e alberi sparsi dopo il taglio del fieno",
        "meadow",
        54,
    ),
    "fosso-rifugio": (
        "Fosso rifugio allagato in risaia",
        "Strisce d'acqua lungo le camere di risaia",
        "ricefield",
        55,
    ),
    "brughiera-recuperata": (
        "Brughiera dopo il taglio degli arbusti",
        "Brughiera aperta con pochi alberi isolati",
        "heath",
        56,
    ),
    "schianto-larici": (
        "Versante dopo lo schianto da vento",
        "Bosco di conifere di montagna con radure aperte",
        "forest",
        57,
    ),
    "sponda-toce": (
        "Sponda consolidata con legname e talee",
        "Riva di un fiume con giovani alberi e acqua che scorre",
        "river",
        58,
    ),
}

# key: (title, paragraphs). Small PDF files: the materials of meetings and a few reports.
DOCUMENTS = {
    "verbale-plenaria-2017": (
        "Verbale della plenaria di avvio – comunità 2017",
        [
            "Luogo: Cascina Ronchetto, Gavirate (VA). Presenti 38 persone in rappresentanza "
            "di 4 partenariati e 27 enti.",
            "1. Presentazione dei progetti. Ogni capofila ha presentato in cinque minuti "
            "obiettivi, territorio e la difficoltà principale del primo anno. Sono emersi tre "
            "nodi comuni: il rapporto con i proprietari dei terreni, la continuità dei "
            "volontari, la misura dei risultati.",
            "2. Regole della comunità. Si conviene di incontrarsi in plenaria due volte "
            "l'anno e di organizzare webinar tematici tra una plenaria e l'altra. I materiali "
            "saranno pubblicati sul portale entro due settimane da ogni incontro.",
            "3. Scelta dei temi. Dopo il lavoro a gruppi vengono scelti tre temi: la custodia "
            "dei piccoli ambienti d'acqua, l'abbandono di prati e castagneti, il monitoraggio "
            "partecipato.",
            "Prossimi passi: la facilitazione invia entro fine mese una proposta di calendario; "
            "ogni progetto indica una persona di riferimento per ciascun tema.",
        ],
    ),
    "sintesi-webinar-monitoraggio": (
        "Monitoraggio con i cittadini: sintesi delle presentazioni",
        [
            "Il webinar ha messo a confronto tre esperienze di raccolta dati con volontari: "
            "il conteggio notturno degli anfibi al Lago Nascosto, il BioBlitz nei castagneti "
            "del Monte Castagnaro, i transetti floristici nelle praterie di Valle Quarzo.",
            "Dati affidabili: la qualità cresce quando i volontari seguono sempre lo stesso "
            "percorso e vengono affiancati da un esperto nelle prime uscite. Le schede su "
            "carta restano utili dove non c'è copertura telefonica.",
            "Continuità: il numero di volontari cala del 30-40 per cento dal secondo anno se "
            "non si restituiscono i risultati. Una serata di restituzione all'anno sembra "
            "sufficiente a invertire la tendenza.",
            "Domande aperte: come rendere confrontabili i dati tra progetti; chi valida le "
            "segnalazioni a progetto concluso; come trattare i dati su specie sensibili.",
        ],
    ),
    "verbale-plenaria-2018": (
        "Verbale della plenaria di avvio – comunità 2018",
        [
            "Luogo: Corte delle Lanche, Rodigo (MN). Presenti 41 persone per 4 partenariati.",
            "I progetti della seconda edizione condividono un problema: le specie esotiche "
            "invasive (gambero rosso, nutria, Ludwigia, prugnolo tardivo) rischiano di "
            "vanificare gli interventi di riqualificazione.",
            "Un secondo filone riguarda gli agricoltori: risicoltori in Lomellina, aziende "
            "agrituristiche sul Mincio, allevatori in Franciacorta. Serve un linguaggio "
            "comune per gli accordi.",
            "Temi scelti: specie esotiche invasive; accordi con gli agricoltori; fruizione "
            "sostenibile e comunicazione.",
        ],
    ),
    "bozza-protocollo-gambero": (
        "Protocollo comune di cattura del gambero rosso – bozza discussa al webinar",
        [
            "Scopo: rendere confrontabili i dati di cattura tra le lanche del Mincio, la "
            "torbiera dei Sette Stagni e le pozze della brughiera.",
            "- Nasse a doppio imbuto, esca standard, controllo ogni 24 ore.",
            "- Registrazione per nassa: data, ore di posa, numero, sesso e classe di taglia.",
            "- Sforzo minimo: 20 nasse per sito per 10 notti consecutive, due volte l'anno.",
            "- Soppressione degli animali secondo le indicazioni dell'autorità competente; "
            "nessun rilascio, nessun trasporto di animali vivi.",
            "Punti da chiarire: autorizzazioni per i volontari, smaltimento, uso dei dati "
            "per stimare le densità.",
        ],
    ),
    "schema-accordo-risicoltori": (
        "Schema di accordo con le aziende risicole – versione di lavoro",
        [
            "Parti: l'ente gestore del sito, l'azienda agricola, l'associazione che segue "
            "il monitoraggio.",
            "Impegni dell'azienda: mantenere allagato un fosso rifugio di almeno 1 metro di "
            "larghezza lungo il lato della camera più vicino alla garzaia, dalla semina a "
            "fine luglio; non trattare con erbicidi la fascia del fosso.",
            "Impegni dell'ente: rimborso forfettario per ettaro, assistenza tecnica, "
            "segnalazione pubblica dell'azienda come partner del sito.",
            "Durata: tre anni, rinnovabili. Verifica congiunta a fine stagione.",
        ],
    ),
    "verbale-plenaria-2019": (
        "Verbale della plenaria di avvio – comunità 2019",
        [
            "Incontro in forma mista: 22 persone in presenza a Chiesa in Valmalenco, 30 "
            "collegate da remoto.",
            "I progetti della terza edizione lavorano in montagna e in pianura su boschi, "
            "praterie e ambienti fluviali. Tutti hanno subito ritardi per la pandemia e "
            "chiedono di ragionare fin da subito su cosa succederà dopo la fine del "
            "finanziamento.",
            "Temi scelti: boschi e foreste di fronte al cambiamento climatico; mantenere nel "
            "tempo i risultati.",
        ],
    ),
    "sintesi-webinar-vaia": (
        "Dopo lo schianto: bostrico e rinnovazione – sintesi del webinar",
        [
            "Le tempeste di vento e le estati siccitose hanno favorito le pullulazioni di "
            "bostrico tipografo nelle peccete. I lariceti resistono meglio ma soffrono dove "
            "sono misti all'abete rosso.",
            "Esperienze presentate: trappole a feromoni come strumento di monitoraggio, non "
            "di lotta; esbosco rapido del materiale schiantato nei punti accessibili; "
            "lasciare in bosco parte del legno morto dove non c'è rischio per i versanti.",
            "Sulla rinnovazione: meglio piccoli nuclei di piantagione protetti dal pascolo "
            "che rimboschimenti estesi; la rinnovazione naturale va osservata almeno tre "
            "anni prima di intervenire.",
        ],
    ),
    "programma-plenaria-2017": (
        "Programma della plenaria: cosa resta dei progetti",
        [
            "Una giornata per tornare sui luoghi dei progetti della prima edizione, a "
            "qualche anno dalla loro conclusione.",
            "Mattina: visita alle pozze e ai canneti del Lago Nascosto con i volontari che "
            "ne curano la manutenzione.",
            "Pomeriggio: lavoro a gruppi su tre domande. Che cosa è ancora in piedi? Chi se "
            "ne occupa? Che cosa avremmo fatto diversamente?",
            "Iscrizioni entro dieci giorni dall'incontro. Pranzo a cura della cooperativa "
            "sociale che gestisce la cascina.",
        ],
    ),
    "piano-fontanili": (
        "Piano di manutenzione condivisa dei fontanili",
        [
            "Il piano individua per ciascun fontanile la testa, l'asta e il tratto a valle, "
            "con gli interventi necessari, la frequenza e chi se ne occupa.",
            "Spurgo leggero delle teste: ogni due anni, a mano o con piccoli mezzi, tra "
            "settembre e febbraio, a cura dei volontari formati.",
            "Spurgo profondo: ogni sei-otto anni, con mezzi meccanici, a carico del "
            "consorzio di bonifica, dopo verifica della presenza di specie protette.",
            "Sfalcio delle sponde: una volta l'anno, alternando le due sponde, a cura delle "
            "aziende agricole che aderiscono al contratto di custodia.",
        ],
    ),
    "linee-guida-castagneti": (
        "Linee guida per il recupero dei castagneti da frutto",
        [
            "Il recupero parte dalla scelta delle piante da conservare: castagni vitali, con "
            "chioma ricostruibile e varietà locali riconosciute dagli anziani del paese.",
            "Il diradamento elimina i polloni in eccesso e le specie invasive (soprattutto "
            "robinia e ailanto) e lascia alcune piante morte in piedi per picchi e insetti.",
            "Le potature di ringiovanimento si fanno a fine inverno, in due o tre anni, per "
            "non stressare la pianta.",
            "La manutenzione ordinaria (sfalcio o pascolo sotto chioma, raccolta dei ricci) è "
            "la condizione perché il castagneto resti aperto.",
        ],
    ),
}
