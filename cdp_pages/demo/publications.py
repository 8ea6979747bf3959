"""Demo publications: two Quaderni dell'osservatorio, one for each of the first two editions.

Each Quaderno has its editors, an ISBN with a valid check digit (the numbers are invented),
a cover and an introduction; each article has its authors in the byline's order (a person's
key and, when it differs from the person's organization, the affiliation they signed with),
an abstract, a body, footnotes that the paragraphs cite as [1], [2]…, references to real
literature on natural capital and ecosystem services, keywords and related pages by slug.

A body block is (kind, value): a heading or a paragraph is text; a figure names one of
`CHARTS` (bar charts drawn from the numbers given here); a table has a caption, columns of
(type, heading) and rows; a quote has a text and an attribution.
"""

from .text import p

# key: (title, description used as alternative text, scene, seed), as content.IMAGES.
COVERS = {
    "copertina-quaderno-1": (
        "Copertina del Quaderno 1",
        "Canneti e acque basse di una zona umida di pianura sotto un cielo chiaro",
        "wetland",
        61,
    ),
    "copertina-quaderno-2": (
        "Copertina del Quaderno 2",
        "Risaie allagate che riflettono il cielo, con colline basse all'orizzonte",
        "ricefield",
        62,
    ),
}

# key: (title, description used as alternative text, categories, series of values).
CHARTS = {
    "grafico-ovature-lago-nascosto": (
        "Grafico: ovature di rana di Lataste nelle pozze del Lago Nascosto, 2019-2022",
        "Grafico a barre: le ovature contate nelle quindici pozze passano da 214 nel 2019 a "
        "268 nel 2020, 301 nel 2021 e 287 nel 2022.",
        [2019, 2020, 2021, 2022],
        [[214, 268, 301, 287]],
    ),
    "grafico-specie-valle-quarzo": (
        "Grafico: specie per rilievo nei prati di Valle Quarzo, 2018-2021",
        "Grafico a barre: il numero medio di specie per rilievo nei prati recuperati sale da "
        "24 nel 2018 a 29 nel 2019, 33 nel 2020 e 37 nel 2021.",
        [2018, 2019, 2020, 2021],
        [[24, 29, 33, 37]],
    ),
    "grafico-larve-fossi-rifugio": (
        "Grafico: larve di anfibi nelle camere con e senza fosso rifugio, 2020-2022",
        "Grafico a barre affiancate: nelle camere con fosso rifugio le larve per cento metri "
        "di fosso sono 41, 56 e 63 nel 2020, 2021 e 2022; nelle camere di controllo 9, 11 "
        "e 12.",
        [2020, 2021, 2022],
        [[41, 56, 63], [9, 11, 12]],
    ),
    "grafico-ludwigia-bosco-grande": (
        "Grafico: copertura di Ludwigia nella lanca del Bosco Grande, 2019-2022",
        "Grafico a barre: la superficie d'acqua coperta da Ludwigia scende dal 60 per cento "
        "nel 2019 al 31 nel 2020, al 12 nel 2021 e all'8 nel 2022.",
        [2019, 2020, 2021, 2022],
        [[60, 31, 12, 8]],
    ),
}

# Real literature, cited the same way wherever it appears: (citation, DOI, address).
COSTANZA_1997 = (
    "Costanza R., d'Arge R., de Groot R., Farber S., Grasso M., Hannon B., Limburg K., "
    "Naeem S., O'Neill R.V., Paruelo J., Raskin R.G., Sutton P., van den Belt M. (1997). "
    "The value of the world's ecosystem services and natural capital. Nature, 387, 253-260.",
    "10.1038/387253a0",
    "",
)
COSTANZA_2014 = (
    "Costanza R., de Groot R., Sutton P., van der Ploeg S., Anderson S.J., Kubiszewski I., "
    "Farber S., Turner R.K. (2014). Changes in the global value of ecosystem services. "
    "Global Environmental Change, 26, 152-158.",
    "10.1016/j.gloenvcha.2014.04.002",
    "",
)
MEA_2005 = (
    "Millennium Ecosystem Assessment (2005). Ecosystems and Human Well-being: Synthesis. "
    "Island Press, Washington, DC.",
    "",
    "",
)
TEEB_2010 = (
    "TEEB (2010). The Economics of Ecosystems and Biodiversity: Mainstreaming the Economics "
    "of Nature. A synthesis of the approach, conclusions and recommendations of TEEB.",
    "",
    "",
)
DAILY_1997 = (
    "Daily G.C. (ed.) (1997). Nature's Services: Societal Dependence on Natural Ecosystems. "
    "Island Press, Washington, DC.",
    "",
    "",
)
MAES_2013 = (
    "Maes J. et al. (2013). Mapping and Assessment of Ecosystems and their Services. An "
    "analytical framework for ecosystem assessments under Action 5 of the EU Biodiversity "
    "Strategy to 2020. Publications Office of the European Union, Luxembourg.",
    "",
    "",
)
IPBES_2019 = (
    "IPBES (2019). Global assessment report on biodiversity and ecosystem services of the "
    "Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services. "
    "Brondizio E.S., Settele J., Díaz S., Ngo H.T. (eds). IPBES secretariat, Bonn.",
    "10.5281/zenodo.3831673",
    "",
)
DASGUPTA_2021 = (
    "Dasgupta P. (2021). The Economics of Biodiversity: The Dasgupta Review. HM Treasury, London.",
    "",
    "",
)
DIAZ_2018 = (
    "Díaz S., Pascual U., Stenseke M., Martín-López B., Watson R.T., Molnár Z., Hill R., "
    "Chan K.M.A., Baste I.A., Brauman K.A., et al. (2018). Assessing nature's contributions "
    "to people. Science, 359(6373), 270-272.",
    "10.1126/science.aap8826",
    "",
)
CICES_2018 = (
    "Haines-Young R., Potschin M.B. (2018). Common International Classification of "
    "Ecosystem Services (CICES) V5.1 and Guidance on the Application of the Revised "
    "Structure.",
    "",
    "https://cices.eu/",
)
CAPITALE_NATURALE_2017 = (
    "Comitato per il Capitale Naturale (2017). Primo Rapporto sullo Stato del Capitale "
    "Naturale in Italia. Ministero dell'Ambiente e della Tutela del Territorio e del Mare, "
    "Roma.",
    "",
    "",
)
DE_GROOT_2002 = (
    "de Groot R.S., Wilson M.A., Boumans R.M.J. (2002). A typology for the classification, "
    "description and valuation of ecosystem functions, goods and services. Ecological "
    "Economics, 41(3), 393-408.",
    "10.1016/S0921-8009(02)00089-7",
    "",
)
FISHER_2009 = (
    "Fisher B., Turner R.K., Morling P. (2009). Defining and classifying ecosystem services "
    "for decision making. Ecological Economics, 68(3), 643-653.",
    "10.1016/j.ecolecon.2008.09.014",
    "",
)
ENGEL_2008 = (
    "Engel S., Pagiola S., Wunder S. (2008). Designing payments for environmental services "
    "in theory and practice: An overview of the issues. Ecological Economics, 65(4), "
    "663-674.",
    "10.1016/j.ecolecon.2008.03.011",
    "",
)
KLEIJN_2003 = (
    "Kleijn D., Sutherland W.J. (2003). How effective are European agri-environment schemes "
    "in conserving and promoting biodiversity? Journal of Applied Ecology, 40(6), 947-969.",
    "10.1111/j.1365-2664.2003.00868.x",
    "",
)
DICKINSON_2010 = (
    "Dickinson J.L., Zuckerberg B., Bonter D.N. (2010). Citizen science as an ecological "
    "research tool: challenges and benefits. Annual Review of Ecology, Evolution, and "
    "Systematics, 41, 149-172.",
    "10.1146/annurev-ecolsys-102209-144636",
    "",
)
OSTROM_1990 = (
    "Ostrom E. (1990). Governing the Commons: The Evolution of Institutions for Collective "
    "Action. Cambridge University Press, Cambridge.",
    "",
    "",
)
DIAGNE_2021 = (
    "Diagne C., Leroy B., Vaissière A.-C., Gozlan R.E., Roiz D., Jarić I., Salles J.-M., "
    "Bradshaw C.J.A., Courchamp F. (2021). High and rising economic costs of biological "
    "invasions worldwide. Nature, 592, 571-576.",
    "10.1038/s41586-021-03405-6",
    "",
)
DANIEL_2012 = (
    "Daniel T.C., Muhar A., Arnberger A., Aznar O., Boyd J.W., Chan K.M.A., Costanza R., "
    "et al. (2012). Contributions of cultural services to the ecosystem services agenda. "
    "Proceedings of the National Academy of Sciences, 109(23), 8812-8819.",
    "10.1073/pnas.1114773109",
    "",
)
ELPHICK_2000 = (
    "Elphick C.S. (2000). Functional equivalency between rice fields and seminatural wetland "
    "habitats. Conservation Biology, 14(1), 181-191.",
    "",
    "",
)

JOURNAL = "Rivista di gestione delle aree protette (numero speciale)"

QUADERNI = [
    {
        "slug": "quaderno-1-il-capitale-naturale-si-cura-insieme",
        "title": "Il capitale naturale si cura insieme",
        "series_number": 1,
        "subtitle": (
            "Esperienze della comunità di pratica 2017: zone umide, fontanili, castagneti e "
            "praterie d'alta quota"
        ),
        "community": "cdp-2017",
        "editors": ["ferrandi", "beltrami", "moroni"],
        "publication_date": "2022-11-18",
        "isbn": "979-12-80456-01-4",
        "licence": "CC-BY-4.0",
        "cover": "copertina-quaderno-1",
        "listing_summary": (
            "Quattro articoli a più mani sui progetti della prima edizione: che cosa hanno "
            "prodotto per la natura e per chi vive accanto ai siti Natura 2000."
        ),
        "introduction": p(
            "Questo primo Quaderno raccoglie quanto i partenariati della prima edizione del "
            "bando <b>Capitale naturale</b> hanno imparato in quattro anni di lavoro: sul "
            "Lago Nascosto, nei fontanili della Bassa, sui castagneti del Monte Castagnaro e "
            "nelle praterie di Valle Quarzo.",
            "Gli articoli sono scritti a più mani da tecnici degli enti gestori, ricercatori, "
            "agricoltori e volontari. Non sono resoconti di progetto: ciascuno prova a dire "
            "quale parte del capitale naturale è stata ricostituita, chi ne beneficia e che "
            "cosa serve perché i risultati durino.",
            "Il filo comune è che la natura dei siti Natura 2000 non si conserva da sola né "
            "con il solo lavoro degli enti: servono accordi con i proprietari, persone che se "
            "ne prendano cura e qualcuno che misuri i risultati nel tempo.",
        ),
        "articles": [
            {
                "slug": "quindici-pozze-quaranta-volontari",
                "title": "Quindici pozze e quaranta volontari: gli anfibi del Lago Nascosto",
                "authors": [
                    ("brambati", ""),
                    ("lavelli", ""),
                    ("ferrandi", "Cooperativa Intrecci, Milano"),
                ],
                "abstract": (
                    "Tra il 2019 e il 2022 il progetto Acque Vive ha scavato quindici pozze "
                    "per anfibi attorno al Lago Nascosto e ne ha affidato il controllo a un "
                    "gruppo di volontari formati. L'articolo presenta quattro stagioni di "
                    "conteggi delle ovature di rana di Lataste, confronta i risultati con la "
                    "serie storica raccolta dal 2009 e discute due problemi emersi sul campo: "
                    "la colonizzazione di alcune pozze da parte del gambero rosso della "
                    "Louisiana e il calo dei volontari dal secondo anno. Le ovature sono "
                    "passate da 214 a quasi 300 per stagione, ma solo nelle pozze lontane dal "
                    "lago. Concludiamo che le piccole zone umide sono un capitale naturale "
                    "che si ricostituisce in fretta, a patto che qualcuno ne curi la "
                    "manutenzione e che i dati tornino a chi li raccoglie."
                ),
                "body": [
                    ("heading", "Perché le pozze"),
                    (
                        "paragraph",
                        p(
                            "La rana di Lataste depone in acque ferme e poco profonde che si "
                            "asciugano in estate: proprio gli ambienti che l'agricoltura e "
                            "l'interramento hanno fatto sparire attorno al lago. Nel 2019 "
                            "abbiamo scavato quindici pozze di 30-80 metri quadrati in prati "
                            "umidi di proprietà pubblica o concessi con accordi decennali[1]."
                        ),
                    ),
                    (
                        "paragraph",
                        p(
                            "Ogni pozza è stata visitata tre volte per stagione, tra febbraio "
                            "e aprile, da coppie di volontari che hanno contato le ovature "
                            "seguendo lo stesso protocollo del centro di ricerca. Gli errori "
                            "di conteggio si sono ridotti quando un esperto ha accompagnato "
                            "ogni coppia nelle prime uscite[2]."
                        ),
                    ),
                    (
                        "figure",
                        {
                            "chart": "grafico-ovature-lago-nascosto",
                            "alt": (
                                "Grafico a barre delle ovature di rana di Lataste contate "
                                "nelle pozze dal 2019 al 2022: 214, 268, 301 e 287."
                            ),
                            "caption": p(
                                "Ovature di rana di Lataste contate ogni anno nelle quindici "
                                "pozze. Il calo del 2022 si concentra nelle due pozze "
                                "colonizzate dal gambero rosso."
                            ),
                            "credit": "Elaborazione degli autori su dati dei volontari",
                        },
                    ),
                    ("heading", "Che cosa resta da fare"),
                    (
                        "paragraph",
                        p(
                            "Le pozze più vicine al lago sono state raggiunte dal gambero "
                            "rosso, che divora uova e larve: lì le ovature sono crollate dal "
                            "secondo anno. Le catture con le nasse ne riducono la densità ma "
                            "non bastano; per le pozze future abbiamo scelto siti separati "
                            "dal lago da almeno 200 metri di prato asciutto."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Il primo anno uscivamo per curiosità. Siamo rimasti perché "
                                "a fine stagione ci hanno fatto vedere che cosa erano "
                                "diventati i nostri numeri."
                            ),
                            "attribution": "Una volontaria del gruppo di monitoraggio",
                        },
                    ),
                ],
                "footnotes": [
                    p(
                        "Gli accordi con i proprietari delle sponde sono descritti nella "
                        "scheda di progetto; tre proprietari non hanno mai risposto."
                    ),
                    p(
                        "Il protocollo prevede un conteggio a vista lungo tutto il perimetro "
                        "della pozza, con un retino solo per le ovature sommerse."
                    ),
                ],
                "references": [
                    DICKINSON_2010,
                    MEA_2005,
                    COSTANZA_1997,
                    CAPITALE_NATURALE_2017,
                ],
                "keywords": (
                    "anfibi, rana di Lataste, pozze, monitoraggio partecipato, volontariato, "
                    "zone umide"
                ),
                "themes": ["custodia-piccoli-ambienti-acqua", "monitoraggio-partecipato"],
                "lessons": ["restituire-risultati-volontari"],
                "solutions": ["kit-anfibi-scuole", "nasse-gambero-volontari"],
            },
            {
                "slug": "fontanili-acqua-che-torna",
                "title": "Fontanili: l'acqua che torna a scorrere e i servizi che porta con sé",
                "authors": [("sala-danna", ""), ("moroni", ""), ("beltrami", "")],
                "abstract": (
                    "I fontanili della pianura tra Adda e Serio sono un'infrastruttura "
                    "costruita dall'uomo che nel tempo è diventata habitat. Il progetto "
                    "Fontanili in Rete ne ha recuperati trenta su sessantaquattro censiti. In "
                    "questo articolo descriviamo lo stato dei fontanili prima e dopo gli "
                    "interventi e proviamo a classificare i servizi che offrono secondo la "
                    "classificazione internazionale CICES: acqua per l'irrigazione, habitat "
                    "per il gambero di fiume e per gli anfibi, paesaggio e identità locale. "
                    "La manutenzione costa poco rispetto ai benefici, ma i benefici vanno a "
                    "molti e i costi a pochi: per questo proponiamo di leggere il contratto "
                    "di custodia con le aziende agricole come un piccolo pagamento per "
                    "servizi ecosistemici."
                ),
                "body": [
                    ("heading", "Un'infrastruttura diventata habitat"),
                    (
                        "paragraph",
                        p(
                            "Scavati tra il Medioevo e l'Ottocento per portare in superficie "
                            "l'acqua di falda, i fontanili garantiscono acqua a temperatura "
                            "quasi costante tutto l'anno. Senza spurgo la testa si interra e "
                            "in pochi anni l'acqua smette di sgorgare."
                        ),
                    ),
                    (
                        "table",
                        {
                            "caption": "Stato dei 64 fontanili censiti, prima e dopo il progetto",
                            "columns": [
                                ("text", "Stato"),
                                ("number", "2018"),
                                ("number", "2021"),
                            ],
                            "rows": [
                                ["Attivi", 21, 47],
                                ["In sofferenza", 30, 4],
                                ["Asciutti", 13, 13],
                            ],
                        },
                    ),
                    ("heading", "Chi beneficia e chi paga"),
                    (
                        "paragraph",
                        p(
                            "Seguendo la classificazione CICES abbiamo riconosciuto servizi "
                            "di approvvigionamento (l'acqua irrigua a valle), di regolazione "
                            "(la temperatura dell'acqua e l'habitat per specie protette) e "
                            "culturali (il paesaggio e i percorsi ciclabili)[1]. Ne "
                            "beneficiano agricoltori, pescatori e residenti; la manutenzione "
                            "ricadeva invece su pochi proprietari."
                        ),
                    ),
                    (
                        "paragraph",
                        p(
                            "Il contratto di custodia firmato da undici aziende compensa lo "
                            "sfalcio delle sponde e il rispetto della fascia non arata con un "
                            "contributo annuo. È un pagamento per servizi ecosistemici su "
                            "piccola scala, che regge finché i comuni lo mettono a bilancio."
                        ),
                    ),
                ],
                "footnotes": [
                    p(
                        "Abbiamo usato la versione 5.1 della classificazione, fermandoci al "
                        "livello della classe: un dettaglio maggiore non era sostenuto dai "
                        "dati disponibili."
                    ),
                ],
                "references": [CICES_2018, MAES_2013, TEEB_2010, FISHER_2009, ENGEL_2008],
                "keywords": (
                    "fontanili, servizi ecosistemici, CICES, pagamenti per servizi "
                    "ecosistemici, manutenzione"
                ),
                "themes": ["custodia-piccoli-ambienti-acqua"],
                "lessons": ["manutenzione-nei-bilanci"],
                "solutions": ["contratto-custodia-fontanili", "squadre-spurgo-fontanili"],
                "journal": {
                    "journal": JOURNAL,
                    "journal_volume": "14",
                    "journal_issue": "2",
                    "journal_pages": "45-58",
                    "journal_year": 2023,
                },
            },
            {
                "slug": "cento-proprietari-un-castagneto",
                "title": "Cento proprietari per un castagneto: gestire insieme un capitale "
                "frammentato",
                "authors": [("pirovano", ""), ("rota", ""), ("castagnoli", "")],
                "abstract": (
                    "Sul Monte Castagnaro i castagneti da frutto erano divisi in 530 "
                    "particelle, molte di proprietari emigrati o sconosciuti. Il bosco "
                    "avanzava e con esso la robinia, mentre le castagne non si raccoglievano "
                    "più da trent'anni. L'articolo ricostruisce come il progetto Castagneti "
                    "Custoditi ha ritrovato i proprietari di 412 particelle e ne ha riuniti "
                    "103 in un'associazione fondiaria, che oggi gestisce i fondi come una "
                    "superficie unica. Leggiamo l'esperienza alla luce degli studi sulla "
                    "gestione collettiva delle risorse comuni: regole chiare, confini "
                    "riconosciuti e un luogo in cui decidere insieme contano quanto il lavoro "
                    "in bosco. Discutiamo infine i limiti del modello, a partire dalle "
                    "particelle i cui proprietari restano ignoti."
                ),
                "body": [
                    ("heading", "Un capitale diviso in particelle"),
                    (
                        "paragraph",
                        p(
                            "Un castagneto da frutto produce castagne, legname, habitat per "
                            "picchi e pipistrelli e un paesaggio che i paesi riconoscono come "
                            "proprio. Diviso in centinaia di particelle senza gestione, non "
                            "produce quasi più nulla di tutto questo."
                        ),
                    ),
                    (
                        "paragraph",
                        p(
                            "Per ritrovare i proprietari abbiamo incrociato catasto e "
                            "anagrafe con la memoria degli anziani, raccolta in quattro "
                            "serate pubbliche[1]. Le serate si sono rivelate lo strumento più "
                            "efficace: molti confini erano noti solo a chi aveva raccolto "
                            "castagne da bambino."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Mio padre mi diceva: il castagno è di chi lo pulisce. Adesso "
                                "lo puliamo insieme, e le castagne tornano in piazza."
                            ),
                            "attribution": "Un socio dell'associazione fondiaria, Civate",
                        },
                    ),
                    ("heading", "Le regole dell'associazione"),
                    (
                        "paragraph",
                        p(
                            "L'associazione fondiaria decide in assemblea il piano annuale "
                            "dei lavori; i proprietari conservano la proprietà e ricevono una "
                            "quota della vendita delle castagne. Sono le condizioni che la "
                            "letteratura sui beni comuni indica per una gestione collettiva "
                            "duratura: confini chiari, regole adatte al luogo, decisioni "
                            "prese da chi le rispetta[2]."
                        ),
                    ),
                ],
                "footnotes": [
                    p(
                        "Le serate si sono tenute a Valmadrera, Civate, Malgrate e Galbiate tra "
                        "ottobre e dicembre 2018, con una media di sessanta presenti."
                    ),
                    p(
                        "Per le 118 particelle con proprietari ignoti l'associazione ha chiesto "
                        "alla Regione l'applicazione della normativa sulle terre silenti."
                    ),
                ],
                "references": [OSTROM_1990, DAILY_1997, COSTANZA_2014, DASGUPTA_2021],
                "keywords": (
                    "castagneti, associazione fondiaria, beni comuni, proprietà frammentata, "
                    "abbandono"
                ),
                "themes": ["prati-castagneti-abbandono"],
                "lessons": ["proprietari-prima-dei-lavori"],
                "solutions": ["associazione-fondiaria-castagneti", "ricerca-proprietari"],
            },
            {
                "slug": "sfalciare-per-conservare",
                "title": "Sfalciare per conservare: le praterie di Valle Quarzo e la "
                "cooperativa di comunità",
                "authors": [("ardenghi", ""), ("vanoli", "")],
                "abstract": (
                    "I prati da sfalcio di montagna sono tra gli habitat più ricchi di specie "
                    "delle Alpi, ma esistono solo finché qualcuno li taglia. In Valle Quarzo "
                    "l'abbandono li stava trasformando in arbusteti e lariceti giovani. Il "
                    "progetto Praterie Alte ha recuperato 40 ettari e ne ha affidato lo "
                    "sfalcio a una cooperativa di comunità fondata da ventidue abitanti. "
                    "Presentiamo i rilievi floristici del 2018-2021, che mostrano un aumento "
                    "medio da 24 a 37 specie per rilievo, e i conti economici della "
                    "cooperativa, che senza premi per lo sfalcio tardivo lavora in perdita. "
                    "Sosteniamo che la biodiversità dei prati è un contributo della natura "
                    "alle persone che dipende da un lavoro umano, e che questo lavoro va "
                    "riconosciuto e pagato."
                ),
                "body": [
                    ("heading", "Prati che esistono solo se tagliati"),
                    (
                        "paragraph",
                        p(
                            "Senza sfalcio, in dieci-quindici anni un prato montano si copre "
                            "di ontano verde, rododendro e larici giovani. Le specie dei prati "
                            "magri, che non sopportano l'ombra, sono le prime a scomparire."
                        ),
                    ),
                    (
                        "figure",
                        {
                            "chart": "grafico-specie-valle-quarzo",
                            "alt": (
                                "Grafico a barre del numero medio di specie per rilievo dal "
                                "2018 al 2021: 24, 29, 33 e 37."
                            ),
                            "caption": p(
                                "Numero medio di specie vegetali per rilievo di 25 metri "
                                "quadrati nei prati recuperati. Dal 2020 ricompaiono "
                                "<i>Arnica montana</i> e diverse orchidee."
                            ),
                            "credit": "Centro Studi di Ecologia Alpina Ossolana",
                        },
                    ),
                    ("heading", "I conti della cooperativa"),
                    (
                        "paragraph",
                        p(
                            "Il fieno di montagna si vende a 12-15 euro al quintale, mentre "
                            "lo sfalcio in pendenza costa oltre 600 euro per ettaro[1]. La "
                            "cooperativa copre la differenza con i premi per lo sfalcio "
                            "tardivo e con le giornate di sfalcio aperte ai villeggianti."
                        ),
                    ),
                    (
                        "paragraph",
                        p(
                            "Il quadro dei contributi della natura alle persone aiuta a dire "
                            "che cosa produce questo lavoro: non solo fieno, ma impollinatori, "
                            "paesaggio e un motivo per restare in valle."
                        ),
                    ),
                ],
                "footnotes": [
                    p(
                        "Costi della stagione 2021, comprensivi di manodopera, carburante e "
                        "ammortamento della motofalciatrice."
                    ),
                ],
                "references": [DIAZ_2018, IPBES_2019, KLEIJN_2003, MEA_2005],
                "keywords": (
                    "prati da sfalcio, praterie montane, cooperativa di comunità, "
                    "contributi della natura alle persone, Ossola"
                ),
                "themes": ["prati-castagneti-abbandono", "monitoraggio-partecipato"],
                "lessons": ["sfalcio-volontari-non-dura"],
                "solutions": ["sfalcio-tardivo-premio", "incontri-in-cascina"],
            },
        ],
    },
    {
        "slug": "quaderno-2-pianure-d-acqua",
        "title": "Pianure d'acqua",
        "series_number": 2,
        "subtitle": (
            "Esperienze della comunità di pratica 2018: lanche, risaie, brughiere e torbiere "
            "tra agricoltura e visitatori"
        ),
        "community": "cdp-2018",
        "editors": ["valsecchi", "rusconi"],
        "publication_date": "2023-11-10",
        "isbn": "979-12-80456-02-1",
        "licence": "CC-BY-4.0",
        "cover": "copertina-quaderno-2",
        "listing_summary": (
            "Quattro articoli sui progetti della seconda edizione: specie invasive, accordi "
            "con i risicoltori e una fruizione che protegge gli habitat."
        ),
        "introduction": p(
            "Il secondo Quaderno racconta i progetti della seconda edizione, tutti in "
            "pianura: le lanche del Mincio, le risaie della Lomellina, le brughiere dei "
            "terrazzi del Ticino e la torbiera dei Sette Stagni.",
            "In questi territori la natura convive con l'agricoltura intensiva, con le specie "
            "esotiche invasive e con molti visitatori. Gli articoli mostrano che il capitale "
            "naturale della pianura si difende soprattutto con accordi: con chi coltiva, con "
            "chi visita, con chi amministra.",
        ),
        "articles": [
            {
                "slug": "fossi-rifugio-in-risaia",
                "title": "Fossi rifugio in risaia: quando l'agricoltura produce anche biodiversità",
                "authors": [("gallarati", ""), ("cerri", ""), ("rusconi", "")],
                "abstract": (
                    "Le risaie allagate della Lomellina sostituiscono in parte le zone umide "
                    "perdute: aironi, garzette e anfibi vi trovano cibo e siti riproduttivi. "
                    "La diffusione della semina in asciutta ha però ridotto l'acqua proprio "
                    "nei mesi della cova. Tra il 2020 e il 2022 diciotto, poi ventitré "
                    "aziende hanno mantenuto allagati fossi rifugio lungo le camere di "
                    "risaia. Confrontando camere con e senza fosso abbiamo contato in media "
                    "cinque volte più larve di anfibi e il doppio di ardeidi in "
                    "alimentazione. L'articolo descrive l'accordo con le aziende, i costi per "
                    "ettaro e i motivi per cui il rimborso economico da solo non basta a "
                    "convincere i risicoltori: contano la fiducia tra colleghi e un "
                    "calendario dell'acqua concordato con il consorzio."
                ),
                "body": [
                    ("heading", "La risaia come zona umida"),
                    (
                        "paragraph",
                        p(
                            "Un fosso rifugio è una striscia larga un metro lungo il lato "
                            "della camera, scavata un po' più in basso del piano di campagna "
                            "perché resti allagata quando la camera viene messa in asciutta. "
                            "Anfibi e invertebrati vi sopravvivono e gli aironi vi trovano "
                            "da mangiare."
                        ),
                    ),
                    (
                        "figure",
                        {
                            "chart": "grafico-larve-fossi-rifugio",
                            "alt": (
                                "Grafico a barre affiancate: larve di anfibi per cento metri "
                                "nelle camere con fosso rifugio (41, 56, 63) e nelle camere "
                                "di controllo (9, 11, 12) dal 2020 al 2022."
                            ),
                            "caption": p(
                                "Larve di anfibi per cento metri di fosso: in verde le "
                                "camere con fosso rifugio, in grigio le camere di controllo."
                            ),
                            "credit": "Gruppo Ornitologico Garzaie Unite e Università della "
                            "Pianura Padana",
                        },
                    ),
                    (
                        "table",
                        {
                            "caption": "Aziende aderenti e fossi rifugio realizzati",
                            "columns": [
                                ("number", "Anno"),
                                ("number", "Aziende"),
                                ("number", "Chilometri di fosso"),
                            ],
                            "rows": [[2020, 18, 22], [2021, 21, 26], [2022, 23, 29]],
                        },
                    ),
                    ("heading", "Perché il premio non basta"),
                    (
                        "paragraph",
                        p(
                            "Il rimborso di 250 euro per ettaro di camera servita copre la "
                            "resa persa solo negli anni di prezzo basso del risone[1]. Le "
                            "aziende che hanno aderito lo hanno fatto soprattutto perché il "
                            "progetto era presentato da una collega e perché il consorzio "
                            "garantiva l'acqua nei fossi[2]."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Se me lo avesse chiesto un tecnico avrei detto di no. Me lo "
                                "ha chiesto una che la risaia la fa come me."
                            ),
                            "attribution": "Un risicoltore di Zerbolò",
                        },
                    ),
                ],
                "footnotes": [
                    p(
                        "Stima su una resa media di 65 quintali per ettaro e sui prezzi del "
                        "risone registrati tra il 2020 e il 2022."
                    ),
                    p(
                        "Il calendario dell'acqua concordato con il consorzio di bonifica è "
                        "descritto nella scheda di soluzione dedicata."
                    ),
                ],
                "references": [ELPHICK_2000, KLEIJN_2003, ENGEL_2008, TEEB_2010, MEA_2005],
                "keywords": (
                    "risaie, fossi rifugio, ardeidi, anfibi, misure agro-ambientali, "
                    "accordi con agricoltori"
                ),
                "themes": ["accordi-con-agricoltori"],
                "lessons": [
                    "fossi-rifugio-asciutta",
                    "agricoltore-convince-agricoltore",
                    "premio-non-basta",
                ],
                "solutions": ["fossi-rifugio-risaia", "calendario-acqua"],
                "journal": {
                    "journal": JOURNAL,
                    "journal_volume": "15",
                    "journal_issue": "1",
                    "journal_pages": "12-27",
                    "journal_year": 2024,
                },
            },
            {
                "slug": "costo-specie-invasive-lanche",
                "title": "Quanto costano le specie invasive: l'esperienza delle lanche del Mincio",
                "authors": [("bertazzoni", ""), ("moroni", ""), ("lavelli", "")],
                "abstract": (
                    "Le lanche di Sant'Ombra, antichi meandri del Mincio, sono invase da "
                    "Ludwigia, gambero rosso della Louisiana e nutria. Il progetto Lanche Vive "
                    "ha riaperto tre lanche e avviato un contenimento continuativo con "
                    "volontari formati. Presentiamo l'andamento della copertura di Ludwigia, "
                    "scesa dal 60 all'8 per cento in quattro anni nella lanca del Bosco "
                    "Grande, e stimiamo il costo annuo del contenimento. Lo confrontiamo con "
                    "i costi delle invasioni biologiche documentati a scala globale, che "
                    "crescono rapidamente quando si interviene tardi. La lezione principale è "
                    "che nelle lanche collegate al fiume l'eradicazione non è possibile: il "
                    "contenimento è una spesa permanente, che va prevista come si prevede la "
                    "manutenzione di un argine."
                ),
                "body": [
                    ("heading", "Tre invasori, tre strategie"),
                    (
                        "paragraph",
                        p(
                            "La Ludwigia si estirpa a mano dalle barche, il gambero rosso si "
                            "cattura con le nasse, la nutria dipende da un piano provinciale. "
                            "Solo per la prima abbiamo ottenuto una riduzione stabile."
                        ),
                    ),
                    (
                        "figure",
                        {
                            "chart": "grafico-ludwigia-bosco-grande",
                            "alt": (
                                "Grafico a barre della copertura di Ludwigia nella lanca "
                                "del Bosco Grande: 60, 31, 12 e 8 per cento dal 2019 al "
                                "2022."
                            ),
                            "caption": p(
                                "Percentuale della superficie d'acqua coperta da "
                                "<i>Ludwigia</i> a fine estate nella lanca del Bosco Grande."
                            ),
                            "credit": "Riserva delle Lanche di Sant'Ombra",
                        },
                    ),
                    ("heading", "Una spesa da mettere a bilancio"),
                    (
                        "paragraph",
                        p(
                            "Il contenimento costa circa 18.000 euro l'anno tra barche, "
                            "nasse, smaltimento e coordinamento dei volontari[1]. È poco "
                            "rispetto al valore di ciò che protegge, ma non ha ancora una "
                            "voce stabile nel bilancio della riserva."
                        ),
                    ),
                    (
                        "paragraph",
                        p(
                            "La rete di allerta precoce avviata con gli altri progetti della "
                            "comunità serve a intervenire sulle nuove specie quando sono "
                            "ancora poche: è il momento in cui eradicare costa meno."
                        ),
                    ),
                ],
                "footnotes": [
                    p(
                        "Media degli anni 2021 e 2022; il lavoro dei volontari è valorizzato "
                        "solo per le ore di coordinamento."
                    ),
                ],
                "references": [DIAGNE_2021, IPBES_2019, COSTANZA_1997, DE_GROOT_2002],
                "keywords": (
                    "specie esotiche invasive, Ludwigia, gambero rosso, lanche, costi, contenimento"
                ),
                "themes": ["specie-esotiche-invasive"],
                "lessons": ["eradicazione-gambero-lanche", "protocolli-diversi-dati-persi"],
                "solutions": ["nasse-gambero-volontari", "allerta-precoce-invasive"],
            },
            {
                "slug": "brughiere-aperte-sentieri-chiusi",
                "title": "Brughiere aperte, sentieri chiusi: una fruizione che protegge chi "
                "nidifica a terra",
                "authors": [("bossi", ""), ("valsecchi", "")],
                "abstract": (
                    "La brughiera del Pianoro dei Falchi è frequentata ogni fine settimana da "
                    "centinaia di escursionisti, ciclisti e persone con il cane. Nella stessa "
                    "brughiera nidificano il succiacapre, che depone le uova direttamente a "
                    "terra, e l'averla piccola, entrambi sensibili al disturbo. Dopo aver "
                    "riaperto 35 ettari di brughiera, il progetto ha chiuso alcuni sentieri "
                    "da maggio a luglio e ha affidato a "
                    "trenta volontari, i guardiani del nido, il compito di spiegare la "
                    "chiusura sul posto. Descriviamo le proteste dei primi mesi, il cambio di "
                    "clima dopo la prima stagione e i risultati dei censimenti: le coppie di "
                    "succiacapre sono passate da due a sei. La fruizione è un servizio "
                    "culturale della brughiera, ma va gestita perché non consumi l'habitat "
                    "che la rende possibile."
                ),
                "body": [
                    ("heading", "Un habitat che attira visitatori"),
                    (
                        "paragraph",
                        p(
                            "La brughiera aperta piace a chi cammina: ampie vedute, "
                            "fioriture a fine estate, sentieri facili. Proprio la sua "
                            "bellezza la espone a un disturbo che gli uccelli che "
                            "nidificano a terra non tollerano."
                        ),
                    ),
                    (
                        "table",
                        {
                            "caption": "Coppie nidificanti censite nella brughiera riaperta",
                            "columns": [
                                ("text", "Specie"),
                                ("number", "2018"),
                                ("number", "2022"),
                            ],
                            "rows": [
                                ["Succiacapre", 2, 6],
                                ["Averla piccola", 3, 7],
                                ["Tottavilla", 1, 4],
                            ],
                        },
                    ),
                    ("heading", "Spiegare sul posto"),
                    (
                        "paragraph",
                        p(
                            "Le prime settimane di chiusura hanno provocato proteste sui "
                            "social e cartelli divelti. Dalla seconda stagione i guardiani "
                            "del nido hanno presidiato gli accessi nei fine settimana: "
                            "spiegando di persona il perché della chiusura, le violazioni "
                            "sono scese di oltre due terzi[1]."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": ("Il cartello lo strappi, la persona che ti spiega perché no."),
                            "attribution": "Una guardiana del nido",
                        },
                    ),
                ],
                "footnotes": [
                    p(
                        "Conteggio delle persone incontrate oltre le sbarre dei sentieri "
                        "chiusi, su dodici fine settimana per stagione."
                    ),
                ],
                "references": [DANIEL_2012, MEA_2005, DIAZ_2018],
                "keywords": (
                    "brughiere, fruizione, disturbo, uccelli nidificanti, volontariato, "
                    "servizi culturali"
                ),
                "themes": ["fruizione-e-comunicazione", "specie-esotiche-invasive"],
                "lessons": ["chiusure-spiegate-sul-posto", "prugnolo-taglio-raso"],
                "solutions": ["guardiani-del-nido", "prugnolo-tardivo"],
            },
            {
                "slug": "raccontare-una-torbiera",
                "title": "Raccontare una torbiera: i servizi culturali dei Sette Stagni",
                "authors": [("franzoni", ""), ("orsenigo", ""), ("archetti", "")],
                "abstract": (
                    "La Torbiera dei Sette Stagni è attraversata da una pista ciclabile tra "
                    "le più frequentate della Franciacorta, ma pochi ciclisti si fermavano e "
                    "i dodici pannelli esistenti erano ignorati. Il progetto ha sostituito i "
                    "nuovi pannelli previsti con sei audio-passeggiate ascoltabili con il "
                    "telefono, scritte insieme dai tecnici della riserva, dagli ingegneri "
                    "naturalisti e da un'agenzia di comunicazione. L'articolo presenta i "
                    "dati di ascolto, le interviste ai visitatori e il ruolo delle sponde "
                    "rinaturalizzate come luoghi di racconto. Proponiamo di considerare la "
                    "comunicazione non un'attività a valle del progetto, ma il modo in cui i "
                    "servizi culturali di un sito diventano accessibili a chi lo attraversa."
                ),
                "body": [
                    ("heading", "Pannelli che nessuno legge"),
                    (
                        "paragraph",
                        p(
                            "Nel 2019 abbiamo osservato per sei domeniche chi passava davanti "
                            "ai pannelli: meno di un ciclista su venti si fermava, e quasi "
                            "nessuno per più di un minuto."
                        ),
                    ),
                    (
                        "paragraph",
                        p(
                            "Le audio-passeggiate raccontano in dieci minuti ciascuna "
                            "l'estrazione della torba, il ritorno del falco di palude, le "
                            "sponde ricostruite con legname e talee. Nel primo anno sono "
                            "state ascoltate oltre novemila volte[1]."
                        ),
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Passo di qui tutti i giorni per andare al lavoro. Non sapevo "
                                "che questi stagni li avessero scavati gli uomini."
                            ),
                            "attribution": "Un ciclista intervistato sulla pista",
                        },
                    ),
                    ("heading", "Comunicare fin dall'inizio"),
                    (
                        "paragraph",
                        p(
                            "Il fattore decisivo è stato avere chi comunica nel partenariato "
                            "dalla scrittura del progetto: i racconti sono nati nei cantieri, "
                            "non dopo."
                        ),
                    ),
                ],
                "footnotes": [
                    p(
                        "Dati della piattaforma di ascolto, da maggio 2021 ad aprile 2022; "
                        "gli ascolti ripetuti dallo stesso telefono sono contati una volta."
                    ),
                ],
                "references": [DANIEL_2012, CICES_2018, DASGUPTA_2021, MEA_2005],
                "keywords": (
                    "torbiere, servizi ecosistemici culturali, comunicazione, "
                    "audio-passeggiate, fruizione"
                ),
                "themes": ["fruizione-e-comunicazione"],
                "lessons": ["pannelli-non-bastano", "comunicazione-dal-primo-giorno"],
                "solutions": ["audio-passeggiate"],
            },
        ],
    },
]
