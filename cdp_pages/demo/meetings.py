"""Demo meetings: plenaries with a place, webinars with an online link.

`date` is an ISO date for past meetings, or a number of days from today for upcoming ones,
so that the demo always has meetings to come. Agenda items are (time, title, speaker).
"""

from .text import p, ul

MEETINGS = [
    # Community 2017 -------------------------------------------------------------------
    {
        "slug": "plenaria-avvio-2017",
        "community": "cdp-2017",
        "title": "Plenaria di avvio della comunità 2017",
        "kind": "plenary",
        "date": "2019-03-16",
        "time": "09:30",
        "hours": 6.5,
        "place": "Cascina Ronchetto, via dei Mulini 4, Gavirate (VA)",
        "image": "canneto-lago",
        "listing_summary": (
            "Il primo incontro dei quattro partenariati della prima edizione: presentazioni, "
            "regole comuni e scelta dei temi."
        ),
        "agenda": [
            ("09:30", "Accoglienza e caffè", ""),
            ("10:00", "Perché una comunità di pratica", "Lucia Ferrandi"),
            ("10:30", "I progetti in cinque minuti: obiettivi e prima difficoltà", "Capofila"),
            ("12:00", "Visita alle pozze del Lago Nascosto", "Elisa Brambati"),
            ("13:30", "Pranzo", ""),
            ("14:30", "Lavoro a gruppi: quali temi in comune?", "Tommaso Beltrami"),
            ("15:45", "Restituzione e calendario dell'anno", "Lucia Ferrandi"),
        ],
        "materials": [("verbale-plenaria-2017", "Verbale dell'incontro")],
        "outcomes": p(
            "La comunità ha scelto tre temi di lavoro: la custodia dei piccoli ambienti "
            "d'acqua, il contrasto all'abbandono di prati e castagneti, il monitoraggio "
            "partecipato. Per ciascuno ogni progetto ha indicato una persona di riferimento.",
            "Si è deciso di alternare due plenarie l'anno con webinar tematici e di "
            "pubblicare i materiali sul portale entro due settimane da ogni incontro.",
        ),
        "themes": [
            "custodia-piccoli-ambienti-acqua",
            "prati-castagneti-abbandono",
            "monitoraggio-partecipato",
        ],
    },
    {
        "slug": "webinar-monitoraggio-cittadini",
        "community": "cdp-2017",
        "title": "Webinar: il monitoraggio con i cittadini, strumenti e limiti",
        "kind": "webinar",
        "date": "2020-11-12",
        "time": "17:30",
        "hours": 1.75,
        "online_link": "https://meet.example.org/cdp-2017-monitoraggio",
        "recording_link": "https://video.example.org/cdp-2017/monitoraggio-cittadini",
        "listing_summary": (
            "Tre esperienze di raccolta dati con volontari a confronto: anfibi, BioBlitz e "
            "transetti floristici."
        ),
        "agenda": [
            ("17:30", "Introduzione", "Tommaso Beltrami"),
            ("17:40", "Contare le ovature di notte: sei anni al Lago Nascosto", "Giorgio Lavelli"),
            ("18:00", "Il BioBlitz dei castagneti", "Nadia Pirovano"),
            ("18:20", "Transetti floristici con i villeggianti", "Matteo Ardenghi"),
            ("18:40", "Discussione: dati confrontabili tra progetti?", ""),
        ],
        "materials": [("sintesi-webinar-monitoraggio", "Sintesi delle presentazioni")],
        "outcomes": p(
            "I partecipanti concordano che la qualità dei dati dipende soprattutto dalla "
            "formazione sul campo nelle prime uscite e dalla ripetizione degli stessi "
            "percorsi.",
            "È emersa la proposta di un protocollo minimo comune, da sperimentare nella "
            "stagione successiva, e l'impegno a organizzare ogni anno una serata di "
            "restituzione dei risultati ai volontari.",
        ),
        "themes": ["monitoraggio-partecipato"],
    },
    {
        "slug": "plenaria-cosa-resta-dei-progetti",
        "community": "cdp-2017",
        "title": "Plenaria: cosa resta dei progetti",
        "kind": "plenary",
        "date": 23,
        "time": "09:30",
        "hours": 7,
        "place": "Cascina Ronchetto, via dei Mulini 4, Gavirate (VA)",
        "image": "lago-nascosto",
        "listing_summary": (
            "A qualche anno dalla conclusione, una giornata sui luoghi dei progetti della "
            "prima edizione per verificare che cosa è ancora in piedi."
        ),
        "agenda": [
            ("09:30", "Ritrovo e partenza per il Lago Nascosto", ""),
            ("10:00", "Visita a pozze e canneti con i volontari", "Elisa Brambati"),
            ("12:30", "Pranzo in cascina", ""),
            ("14:00", "Che cosa è ancora in piedi? Lavoro a gruppi", "Lucia Ferrandi"),
            ("15:30", "Chi se ne occupa, con quali risorse", "Tommaso Beltrami"),
            ("16:15", "Che cosa faremmo diversamente: verso un Quaderno", ""),
        ],
        "materials": [("programma-plenaria-2017", "Programma della giornata")],
        "outcomes": p(
            "Risultati attesi: una mappa aggiornata degli interventi ancora gestiti e di "
            "quelli in regressione, e una prima scaletta per un Quaderno dell'osservatorio "
            "sul dopo-progetto."
        ),
        "themes": ["custodia-piccoli-ambienti-acqua", "prati-castagneti-abbandono"],
    },
    # Community 2018 -------------------------------------------------------------------
    {
        "slug": "plenaria-avvio-2018",
        "community": "cdp-2018",
        "title": "Plenaria di avvio della comunità 2018",
        "kind": "plenary",
        "date": "2019-11-22",
        "time": "09:30",
        "hours": 6,
        "place": "Corte delle Lanche, strada Argine 12, Rodigo (MN)",
        "image": "risaie-primavera",
        "listing_summary": (
            "I progetti della seconda edizione si presentano e scelgono i temi: specie "
            "invasive, accordi con gli agricoltori, fruizione."
        ),
        "agenda": [
            ("09:30", "Accoglienza", ""),
            ("10:00", "Le comunità di pratica: cosa ha imparato la prima", "Irene Valsecchi"),
            ("10:30", "Presentazione dei progetti", "Capofila"),
            ("12:00", "In barca nella lanca del Bosco Grande", "Luca Bertazzoni"),
            ("14:00", "World café: che cosa ci blocca, che cosa ci aiuta", "Irene Valsecchi"),
            ("15:30", "Scelta dei temi e dei referenti", "Paolo Rusconi"),
        ],
        "materials": [("verbale-plenaria-2018", "Verbale dell'incontro")],
        "outcomes": p(
            "Tre temi di lavoro: specie esotiche invasive; accordi con gli agricoltori; "
            "fruizione sostenibile e comunicazione.",
            "Dal world café è emerso che tutti i progetti stanno per investire in pannelli "
            "informativi: si decide di confrontarsi prima di stamparli.",
        ),
        "themes": [
            "specie-esotiche-invasive",
            "accordi-con-agricoltori",
            "fruizione-e-comunicazione",
        ],
    },
    {
        "slug": "webinar-specie-invasive",
        "community": "cdp-2018",
        "title": "Webinar: nutrie, gamberi e Ludwigia, confronto tra protocolli",
        "kind": "webinar",
        "date": "2021-02-18",
        "time": "15:00",
        "hours": 2,
        "online_link": "https://meet.example.org/cdp-2018-invasive",
        "recording_link": "https://video.example.org/cdp-2018/specie-invasive",
        "listing_summary": (
            "Come catturano, contano e smaltiscono le specie invasive i quattro progetti: "
            "verso un protocollo comune."
        ),
        "agenda": [
            ("15:00", "Il quadro normativo in dieci minuti", "Paolo Rusconi"),
            ("15:15", "Tre anni di nasse nelle lanche", "Luca Bertazzoni"),
            ("15:35", "Ludwigia: estirpare dalla barca", "Associazione La Cascina dei Saperi"),
            ("15:55", "Gamberi e siluri alla torbiera", "Giulia Franzoni"),
            ("16:15", "Verso un protocollo comune di cattura", ""),
        ],
        "materials": [("bozza-protocollo-gambero", "Bozza del protocollo comune")],
        "outcomes": p(
            "I progetti adottano una bozza di protocollo comune per il gambero rosso, con lo "
            "stesso sforzo di cattura e le stesse schede di registrazione.",
            "Si riconosce che nelle lanche collegate al fiume l'eradicazione non è un "
            "obiettivo realistico: l'obiettivo diventa mantenere la densità sotto una soglia "
            "concordata.",
        ),
        "themes": ["specie-esotiche-invasive"],
    },
    {
        "slug": "webinar-accordi-risicoltori",
        "community": "cdp-2018",
        "title": "Webinar: accordi con i risicoltori, che cosa scrivere nel contratto",
        "kind": "webinar",
        "date": "2022-01-27",
        "time": "18:00",
        "hours": 1.5,
        "online_link": "https://meet.example.org/cdp-2018-risicoltori",
        "recording_link": "https://video.example.org/cdp-2018/accordi-risicoltori",
        "listing_summary": (
            "Impegni, rimborsi, durata e verifiche: le prime versioni dello schema di accordo "
            "con le aziende risicole."
        ),
        "agenda": [
            ("18:00", "Tre anni di fossi rifugio: i numeri", "Stefano Cerri"),
            ("18:20", "Il punto di vista di chi coltiva", "Anna Maria Gallarati"),
            ("18:40", "Lo schema di accordo, articolo per articolo", "Irene Valsecchi"),
            ("19:10", "Domande e proposte", ""),
        ],
        "materials": [("schema-accordo-risicoltori", "Schema di accordo, versione di lavoro")],
        "outcomes": p(
            "Lo schema di accordo viene rivisto: durata triennale, rimborso per ettaro "
            "aggiornabile, verifica congiunta a fine stagione e una clausola per gli anni di "
            "siccità.",
            "Le aziende chiedono che l'accordo dia visibilità al loro impegno: nasce l'idea "
            "di un marchio collettivo per i prodotti dei siti.",
        ),
        "themes": ["accordi-con-agricoltori"],
    },
    {
        "slug": "webinar-comunicare-biodiversita",
        "community": "cdp-2018",
        "title": "Webinar: comunicare la biodiversità senza retorica",
        "kind": "webinar",
        "date": 9,
        "time": "17:00",
        "hours": 1.5,
        "online_link": "https://meet.example.org/cdp-2018-comunicare",
        "listing_summary": (
            "Audio-passeggiate, racconti degli abitanti, social: che cosa ha funzionato "
            "davvero per raccontare i siti a chi ci vive accanto."
        ),
        "agenda": [
            ("17:00", "Perché nessuno legge i pannelli", "Beatrice Orsenigo"),
            ("17:20", "Le audio-passeggiate della torbiera: i dati di ascolto", "Giulia Franzoni"),
            ("17:40", "I guardiani del nido: parlare con chi passa", "Valentina Bossi"),
            ("18:00", "Discussione", ""),
        ],
        "outcomes": p(
            "Risultati attesi: una raccolta di formati di comunicazione con costi e dati "
            "di utilizzo, da trasformare in una scheda di soluzione condivisa."
        ),
        "themes": ["fruizione-e-comunicazione"],
    },
    # Community 2019 -------------------------------------------------------------------
    {
        "slug": "plenaria-avvio-2019",
        "community": "cdp-2019",
        "title": "Plenaria di avvio della comunità 2019",
        "kind": "plenary",
        "date": "2020-09-25",
        "time": "10:00",
        "hours": 5,
        "place": "Sala del Consorzio, piazza del Larice 1, Chiesa in Valmalenco (SO)",
        "online_link": "https://meet.example.org/cdp-2019-avvio",
        "image": "lariceto-pascoli",
        "listing_summary": (
            "Il primo incontro della terza comunità, in forma mista: ritardi della pandemia "
            "e un tema che nessuno vuole rimandare, il dopo-progetto."
        ),
        "agenda": [
            ("10:00", "Benvenuto, in sala e a distanza", "Marta Zanoletti"),
            ("10:20", "I progetti e i loro ritardi", "Capofila"),
            ("11:30", "Che cosa resta dopo: il racconto della comunità 2017", "Lucia Ferrandi"),
            ("12:15", "Pausa", ""),
            ("13:00", "Scelta dei temi", "Andrea Gusmeroli"),
            ("14:15", "Calendario e regole di lavoro", "Marta Zanoletti"),
        ],
        "materials": [("verbale-plenaria-2019", "Verbale dell'incontro")],
        "outcomes": p(
            "Due temi di lavoro: i boschi di fronte al cambiamento climatico e il "
            "mantenimento dei risultati dopo il progetto.",
            "I progetti si impegnano a scrivere entro un anno una prima bozza di piano per "
            "il dopo-progetto, da discutere in comunità.",
        ),
        "themes": ["boschi-e-clima", "dopo-il-progetto"],
    },
    {
        "slug": "webinar-dopo-lo-schianto",
        "community": "cdp-2019",
        "title": "Webinar: dopo lo schianto, bostrico e rinnovazione",
        "kind": "webinar",
        "date": "2023-03-09",
        "time": "16:00",
        "hours": 2,
        "online_link": "https://meet.example.org/cdp-2019-bostrico",
        "recording_link": "https://video.example.org/cdp-2019/dopo-lo-schianto",
        "listing_summary": (
            "Trappole a feromoni, esbosco, legno morto e nuclei di rinnovazione: che cosa "
            "hanno imparato i progetti di montagna."
        ),
        "agenda": [
            ("16:00", "Tre anni di trappole all'Alpe Lunga", "Ivan Dei Cas"),
            ("16:25", "Parcelle sperimentali: che cosa dicono i dati", "Andrea Gusmeroli"),
            ("16:50", "Il prugnolo tardivo nei querceti di pianura", "Riccardo Bianchessi"),
            ("17:15", "Discussione", ""),
        ],
        "materials": [("sintesi-webinar-vaia", "Sintesi del webinar")],
        "outcomes": ul(
            "Le trappole a feromoni restano come strumento di sorveglianza, non di lotta.",
            "Si preferiscono piccoli nuclei di rinnovazione protetti ai rimboschimenti estesi.",
            "Parte del legno morto va lasciata in bosco dove non c'è rischio per i versanti.",
        ),
        "themes": ["boschi-e-clima"],
    },
    {
        "slug": "plenaria-dopo-progetto",
        "community": "cdp-2019",
        "title": "Plenaria: il dopo-progetto e la manutenzione degli habitat",
        "kind": "plenary",
        "date": 52,
        "time": "10:00",
        "hours": 5.5,
        "place": "Ecomuseo delle Risaie e dei Fontanili, Abbiategrasso (MI)",
        "online_link": "https://meet.example.org/cdp-2019-dopo-progetto",
        "image": "bosco-pianura",
        "listing_summary": (
            "Le tre comunità insieme per confrontare i piani del dopo-progetto: convenzioni, "
            "fondi, cooperative e tavoli di comunità."
        ),
        "agenda": [
            ("10:00", "Benvenuto", "Marta Zanoletti"),
            ("10:15", "Le convenzioni con i comuni: il caso del Lago Nascosto", "Elisa Brambati"),
            (
                "10:45",
                "Una squadra di manutenzione che resta: il cantiere-scuola",
                "Michela Zanetta",
            ),
            ("11:30", "Servizi ecosistemici: chi può pagare?", "Andrea Gusmeroli"),
            ("12:30", "Pranzo", ""),
            ("13:30", "Tavoli di lavoro per progetto", ""),
            ("15:00", "Impegni di ciascuno", "Marta Zanoletti"),
        ],
        "outcomes": p(
            "Risultati attesi: per ogni progetto della comunità, un elenco di impegni per il "
            "dopo-progetto con un responsabile e una scadenza, da verificare dopo un anno."
        ),
        "themes": ["dopo-il-progetto"],
    },
]
