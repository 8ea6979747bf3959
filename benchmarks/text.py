"""Realistic, varied text about nature conservation in Lombardy, for benchmarks.

`ItalianText` assembles sentences from a vocabulary of the domain (habitats, native and
invasive species, people and bodies, actions, places) with Italian agreement: articles and
articulated prepositions follow the gender, number and first letters of the noun, adjectives
and participles agree with it, verbs with their subject. The same word therefore appears
singular and plural, masculine and feminine, as infinitive, participle and noun (monitorare,
monitorati, monitoraggio), so that a search with stemming finds more than one without.
`EnglishText` does the same, more plainly, for the English pages.

Words are drawn with Zipf-like weights: the first words of each list are everywhere, the last
ones rare, as in real text, so that queries find from a handful to thousands of pages.
Everything comes from one seeded `random.Random`: the same seed gives the same text.
"""

import itertools
import random
from dataclasses import dataclass

# Words ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Noun:
    singular: str
    plural: str
    gender: str  # "m" or "f"

    def form(self, plural):
        return self.plural if plural else self.singular


def nouns(spec):
    """Nouns from lines "singular|plural|gender"; an invariable noun is "word||gender"."""
    result = []
    for line in spec.strip().splitlines():
        singular, plural, gender = (part.strip() for part in line.split("|"))
        result.append(Noun(singular, plural or singular, gender))
    return result


def actions(spec):
    """Nouns of action from lines "singular|plural|gender|kinds": {noun: kinds of nouns it
    applies to}."""
    result = {}
    for line in spec.strip().splitlines():
        noun, kinds = line.strip().rsplit("|", 1)
        result[nouns(noun)[0]] = tuple(kinds.split(","))
    return result


@dataclass(frozen=True)
class Adjective:
    forms: tuple  # masculine singular, feminine singular, masculine plural, feminine plural

    def agree(self, gender, plural):
        return self.forms[(2 if plural else 0) + (gender == "f")]


def adjectives(spec):
    """Adjectives from words: "umido" (-o/-a/-i/-e), "naturale" (-e/-i), or four forms
    separated by slashes for the irregular ones (antico/antica/antichi/antiche)."""
    result = []
    for word in spec.split():
        if "/" in word:
            forms = tuple(word.split("/"))
        elif word.endswith("o"):
            stem = word[:-1]
            feminine_plural = stem + ("he" if stem.endswith(("c", "g")) else "e")
            forms = (word, stem + "a", stem + "i", feminine_plural)
        else:
            stem = word[:-1]
            forms = (word, word, stem + "i", stem + "i")
        result.append(Adjective(forms))
    return result


@dataclass(frozen=True)
class Verb:
    infinitive: str
    singular: str  # third person singular, present
    plural: str  # third person plural, present
    we: str  # first person plural, present
    participle: str  # stem of the past participle, without its ending
    objects: tuple  # the kinds of nouns it takes: habitat, species, invasive, people

    def past_participle(self, gender="m", plural=False):
        return self.participle + ("ie"[gender == "f"] if plural else "oa"[gender == "f"])


def verbs(spec):
    """Verbs from lines "infinitive singular plural we participle-stem objects,..."."""
    result = []
    for line in spec.strip().splitlines():
        infinitive, singular, plural, we, participle, objects = line.split()
        result.append(Verb(infinitive, singular, plural, we, participle, tuple(objects.split(","))))
    return result


HABITATS = nouns("""
    zona umida|zone umide|f
    prato stabile|prati stabili|m
    fontanile|fontanili|m
    bosco|boschi|m
    risaia|risaie|f
    castagneto|castagneti|m
    siepe|siepi|f
    stagno|stagni|m
    prato da sfalcio|prati da sfalcio|m
    canneto|canneti|m
    pozza|pozze|f
    marcita|marcite|f
    torbiera|torbiere|f
    bosco planiziale|boschi planiziali|m
    filare|filari|m
    habitat||m
    lanca|lanche|f
    palude|paludi|f
    roggia|rogge|f
    corridoio ecologico|corridoi ecologici|m
    brughiera|brughiere|f
    prato arido|prati aridi|m
    pascolo|pascoli|m
    radura|radure|f
    sponda|sponde|f
    argine|argini|m
    area agricola|aree agricole|f
    ontaneto|ontaneti|m
    querceto|querceti|m
    faggeta|faggete|f
    greto|greti|m
    lavatoio|lavatoi|m
    terrazzamento|terrazzamenti|m
    vigneto|vigneti|m
    frutteto|frutteti|m
""")

SPECIES = nouns("""
    anfibio|anfibi|m
    rana|rane|f
    farfalla|farfalle|f
    uccello|uccelli|m
    rospo|rospi|m
    tritone crestato|tritoni crestati|m
    libellula|libellule|f
    impollinatore|impollinatori|m
    pipistrello|pipistrelli|m
    rana di Lataste|rane di Lataste|f
    airone|aironi|m
    orchidea|orchidee|f
    ape selvatica|api selvatiche|f
    testuggine palustre|testuggini palustri|f
    gambero di fiume|gamberi di fiume|m
    salamandra|salamandre|f
    averla piccola|averle piccole|f
    lucciola|lucciole|f
    trota marmorata|trote marmorate|f
    picchio|picchi|m
    succiacapre||m
    pelobate fosco|pelobati foschi|m
    tarabusino|tarabusini|m
    cervo volante|cervi volanti|m
    storione|storioni|m
""")

INVASIVES = nouns("""
    specie invasiva|specie invasive|f
    nutria|nutrie|f
    gambero della Louisiana|gamberi della Louisiana|m
    robinia|robinie|f
    ailanto|ailanti|m
    specie aliena|specie aliene|f
    poligono del Giappone|poligoni del Giappone|m
    zanzara tigre|zanzare tigre|f
    pesce siluro|pesci siluro|m
    ambrosia|ambrosie|f
    vespa velutina|vespe velutine|f
    scoiattolo grigio|scoiattoli grigi|m
    panace di Mantegazza|panaci di Mantegazza|m
    testuggine americana|testuggini americane|f
""")

PEOPLE = nouns("""
    agricoltore|agricoltori|m
    volontario|volontari|m
    proprietario|proprietari|m
    tecnico|tecnici|m
    comune|comuni|m
    volontaria|volontarie|f
    scuola|scuole|f
    ricercatore|ricercatori|m
    associazione|associazioni|f
    agricoltrice|agricoltrici|f
    ente gestore|enti gestori|m
    cittadino|cittadini|m
    allevatore|allevatori|m
    guardia ecologica|guardie ecologiche|f
    parco|parchi|m
    ricercatrice|ricercatrici|f
    azienda agricola|aziende agricole|f
    cacciatore|cacciatori|m
    pescatore|pescatori|m
    studente|studenti|m
    proprietaria|proprietarie|f
    consorzio di bonifica|consorzi di bonifica|m
    insegnante|insegnanti|m
    cooperativa|cooperative|f
    tecnica|tecniche|f
    partner||m
    amministratore|amministratori|m
    apicoltore|apicoltori|m
    studentessa|studentesse|f
    forestale|forestali|m
""")

# Nouns of action, for titles and subjects ("lo sfalcio tardivo dei prati stabili"), with the
# kinds of nouns they apply to.
ACTIONS = actions("""
    sfalcio|sfalci|m|habitat
    monitoraggio|monitoraggi|m|species,habitat,invasive
    gestione||f|habitat,invasive
    ripristino|ripristini|m|habitat
    contenimento|contenimenti|m|invasive
    censimento|censimenti|m|species
    riqualificazione|riqualificazioni|f|habitat
    manutenzione|manutenzioni|f|habitat
    coinvolgimento|coinvolgimenti|m|people
    tutela|tutele|f|habitat,species
    rimozione|rimozioni|f|invasive
    cattura|catture|f|invasive
    pulizia|pulizie|f|habitat
    formazione|formazioni|f|people
    piantumazione|piantumazioni|f|habitat
    eradicazione|eradicazioni|f|invasive
    mappatura|mappature|f|habitat,species,invasive
    scavo|scavi|m|habitat
    sorveglianza|sorveglianze|f|habitat,species
    recinzione|recinzioni|f|habitat
    reintroduzione|reintroduzioni|f|species
    sensibilizzazione|sensibilizzazioni|f|people
    valorizzazione|valorizzazioni|f|habitat
    decespugliamento|decespugliamenti|m|habitat
    allagamento|allagamenti|m|habitat
    trappolaggio|trappolaggi|m|invasive
    pascolamento|pascolamenti|m|habitat
    taglio|tagli|m|invasive,habitat
""")
ACTION_NOUNS = list(ACTIONS)
ACTION_ADJECTIVES = adjectives(
    "tardivo periodico partecipato condiviso selettivo manuale meccanico sperimentale "
    "coordinato continuo stagionale notturno mirato programmato leggero annuale graduale "
    "precoce pluriennale straordinario"
)
HABITAT_ADJECTIVES = adjectives(
    "ripristinato degradato protetto abbandonato naturale residuo recuperato marginale "
    "storico/storica/storici/storiche comunale privato piccolo esteso isolato allagato "
    "rurale planiziale montano periurbano frammentato antico/antica/antichi/antiche secco "
    "umido ombreggiato"
)
SPECIES_ADJECTIVES = adjectives(
    "autoctono raro minacciato protetto comune locale giovane adulto "
    "selvatico/selvatica/selvatici/selvatiche notturno acquatico/acquatica/acquatici/acquatiche "
    "sensibile vulnerabile"
)

VERBS = verbs("""
    monitorare monitora monitorano monitoriamo monitorat species,habitat
    coinvolgere coinvolge coinvolgono coinvolgiamo coinvolt people
    ripristinare ripristina ripristinano ripristiniamo ripristinat habitat
    gestire gestisce gestiscono gestiamo gestit habitat
    contenere contiene contengono conteniamo contenut invasive
    proteggere protegge proteggono proteggiamo protett habitat,species
    censire censisce censiscono censiamo censit species
    falciare falcia falciano falciamo falciat habitat
    rimuovere rimuove rimuovono rimuoviamo rimoss invasive
    catturare cattura catturano catturiamo catturat invasive
    riqualificare riqualifica riqualificano riqualifichiamo riqualificat habitat
    formare forma formano formiamo format people
    tutelare tutela tutelano tuteliamo tutelat habitat,species
    incontrare incontra incontrano incontriamo incontrat people
    pulire pulisce puliscono puliamo pulit habitat
    segnalare segnala segnalano segnaliamo segnalat invasive,species
    scavare scava scavano scaviamo scavat habitat
    piantare pianta piantano piantiamo piantat habitat
    contare conta contano contiamo contat species
    convincere convince convincono convinciamo convint people
    eradicare eradica eradicano eradichiamo eradicat invasive
    mappare mappa mappano mappiamo mappat habitat,species
    recintare recinta recintano recintiamo recintat habitat
    ascoltare ascolta ascoltano ascoltiamo ascoltat people
    allagare allaga allagano allaghiamo allagat habitat
    valorizzare valorizza valorizzano valorizziamo valorizzat habitat
    reintrodurre reintroduce reintroducono reintroduciamo reintrodott species
""")

RIVERS = ["Ticino", "Adda", "Oglio", "Po", "Mincio", "Lambro", "Serio", "Brembo", "Olona"]
RIVERS += ["Seveso", "Chiese", "Mella", "Tartaro"]
PLACES = [
    "in Lomellina",
    "nel Parco del Ticino",
    "in Valtellina",
    "in Brianza",
    "nella Bassa bergamasca",
    "nel Parco del Mincio",
    "in Franciacorta",
    "nell'Oltrepò pavese",
    "nel Lodigiano",
    "in Valcamonica",
    "nel Parco Adda Nord",
    "sul Lago di Como",
    "nel Cremasco",
    "nell'Alto Milanese",
    "nel Parco dell'Oglio Sud",
    "in Valle Seriana",
    "sul Lago d'Iseo",
    "nel Parco delle Groane",
    "nella Valle del Lambro",
    "sul Lago Maggiore",
    "nel Pian di Spagna",
    "in Valchiavenna",
    "nel Casalasco",
    "in Val Brembana",
]
PROVINCES = ["Varese", "Pavia", "Bergamo", "Brescia", "Milano", "Como", "Mantova", "Cremona"]
PROVINCES += ["Lodi", "Lecco", "Sondrio", "Monza"]
TOWNS = [
    "Vigevano",
    "Abbiategrasso",
    "Morimondo",
    "Mortara",
    "Lodi",
    "Crema",
    "Gallarate",
    "Sesto Calende",
    "Colico",
    "Tirano",
    "Chiavenna",
    "Sabbioneta",
    "Ostiglia",
    "Iseo",
    "Clusone",
    "Treviglio",
    "Caravaggio",
    "Casalmaggiore",
    "Varzi",
    "Bormio",
    "Somma Lombardo",
    "Cassano d'Adda",
    "Robecco sul Naviglio",
    "Bereguardo",
    "Motta Visconti",
    "Lomello",
    "Garlasco",
    "Cilavegna",
    "Zelo Buon Persico",
    "Pizzighettone",
    "Soncino",
    "Rivolta d'Adda",
    "Trezzo sull'Adda",
    "Paderno d'Adda",
    "Brivio",
    "Oggiono",
    "Erba",
    "Cantù",
    "Lurate Caccivio",
    "Tradate",
    "Castelseprio",
    "Gornate Olona",
    "Cuvio",
    "Luino",
    "Angera",
    "Ispra",
    "Besozzo",
    "Cittiglio",
    "Darfo Boario Terme",
    "Edolo",
    "Ponte di Legno",
    "Breno",
    "Lovere",
    "Sarnico",
    "Palazzolo sull'Oglio",
    "Orzinuovi",
    "Manerbio",
    "Asola",
    "Canneto sull'Oglio",
    "Marcaria",
    "Viadana",
    "Suzzara",
    "Gonzaga",
    "Revere",
    "Sermide",
    "Goito",
    "Volta Mantovana",
    "Ponti sul Mincio",
    "Morbegno",
    "Talamona",
    "Delebio",
    "Grosio",
    "Livigno",
    "Zogno",
    "San Pellegrino Terme",
    "Almenno San Salvatore",
    "Ponte San Pietro",
    "Dalmine",
    "Romano di Lombardia",
    "Martinengo",
    "Codogno",
    "Casalpusterlengo",
    "Sant'Angelo Lodigiano",
]

# The life of a project: meetings, paperwork, bodies, people, money, delays.
EVENTS = nouns("""
    sopralluogo|sopralluoghi|m
    riunione|riunioni|f
    incontro pubblico|incontri pubblici|m
    tavolo tecnico|tavoli tecnici|m
    assemblea|assemblee|f
    convegno|convegni|m
    giornata aperta|giornate aperte|f
    passeggiata guidata|passeggiate guidate|f
    corso di formazione|corsi di formazione|m
    laboratorio didattico|laboratori didattici|m
    uscita in campo|uscite in campo|f
    conferenza stampa|conferenze stampa|f
    serata informativa|serate informative|f
    cantiere|cantieri|m
    mostra fotografica|mostre fotografiche|f
    festa di paese|feste di paese|f
    visita di studio|visite di studio|f
    bioblitz||m
""")
DOCUMENTS = nouns("""
    convenzione|convenzioni|f
    relazione tecnica|relazioni tecniche|f
    cronoprogramma|cronoprogrammi|m
    piano di gestione|piani di gestione|m
    accordo di custodia|accordi di custodia|m
    delibera|delibere|f
    protocollo d'intesa|protocolli d'intesa|m
    questionario|questionari|m
    rendicontazione|rendicontazioni|f
    progetto esecutivo|progetti esecutivi|m
    valutazione di incidenza|valutazioni di incidenza|f
    autorizzazione paesaggistica|autorizzazioni paesaggistiche|f
    carta degli habitat|carte degli habitat|f
    opuscolo|opuscoli|m
    manuale di buone pratiche|manuali di buone pratiche|m
    banca dati|banche dati|f
    contratto di affitto|contratti di affitto|m
    capitolato|capitolati|m
    video divulgativo|video divulgativi|m
    pannello informativo|pannelli informativi|m
""")
BODIES = [
    "Fondazione Cariplo",
    "Regione Lombardia",
    "ERSAF",
    "ARPA Lombardia",
    "l'Università di Pavia",
    "l'Università degli Studi di Milano",
    "l'Università di Milano-Bicocca",
    "il Politecnico di Milano",
    "la Provincia",
    "la Soprintendenza",
    "i Carabinieri forestali",
    "il Parco Lombardo della Valle del Ticino",
    "la Comunità montana",
    "il Consorzio Est Ticino Villoresi",
    "la LIPU",
    "il WWF",
    "Legambiente",
    "il CAI",
    "la Coldiretti",
    "il museo di storia naturale",
    "l'Ufficio scolastico",
    "la Polizia provinciale",
    "l'Istituto Oikos",
    "il Gruppo di azione locale",
]
# Roles, masculine and feminine.
ROLES = [
    ("coordinatore del progetto", "coordinatrice del progetto"),
    ("tecnico faunistico", "tecnica faunistica"),
    ("botanico", "botanica"),
    ("responsabile della comunicazione", "responsabile della comunicazione"),
    ("erpetologo", "erpetologa"),
    ("agronomo", "agronoma"),
    ("guardiaparco", "guardiaparco"),
    ("sindaco", "sindaca"),
    ("assessore all'ambiente", "assessora all'ambiente"),
    ("presidente dell'associazione", "presidente dell'associazione"),
    ("educatore ambientale", "educatrice ambientale"),
    ("entomologo", "entomologa"),
    ("ornitologo", "ornitologa"),
    ("ittiologo", "ittiologa"),
    ("geologo", "geologa"),
]
MEN = [
    "Marco",
    "Luca",
    "Paolo",
    "Andrea",
    "Davide",
    "Stefano",
    "Matteo",
    "Alessandro",
    "Giorgio",
    "Roberto",
    "Simone",
    "Lorenzo",
    "Fabio",
    "Emanuele",
    "Riccardo",
    "Nicola",
    "Tommaso",
    "Daniele",
    "Pietro",
    "Filippo",
]
WOMEN = [
    "Giulia",
    "Chiara",
    "Francesca",
    "Elena",
    "Sara",
    "Martina",
    "Valentina",
    "Silvia",
    "Federica",
    "Anna",
    "Laura",
    "Irene",
    "Marta",
    "Alessia",
    "Beatrice",
    "Caterina",
    "Elisa",
    "Ilaria",
    "Serena",
    "Giovanna",
]
SURNAMES = [
    "Bianchi",
    "Colombo",
    "Ferrari",
    "Brambilla",
    "Villa",
    "Fumagalli",
    "Galli",
    "Mariani",
    "Sala",
    "Cattaneo",
    "Bassi",
    "Ghezzi",
    "Moretti",
    "Rota",
    "Pirovano",
    "Longoni",
    "Riva",
    "Bonfanti",
    "Vitali",
    "Locatelli",
    "Cereda",
    "Mauri",
    "Pozzi",
    "Rossi",
    "Rigamonti",
    "Crippa",
    "Invernizzi",
    "Sironi",
    "Valsecchi",
    "Meroni",
    "Arrigoni",
    "Gatti",
    "Perego",
    "Tagliabue",
    "Zanetti",
    "Frigerio",
    "Magni",
    "Redaelli",
    "Castelli",
    "Bertolini",
]
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto"]
MONTHS += ["settembre", "ottobre", "novembre", "dicembre"]
ARCHIVES = [
    "nella banca dati del progetto",
    "nella relazione tecnica finale",
    "nel geoportale regionale",
    "in un foglio di calcolo condiviso",
    "nella carta degli habitat",
    "nel rapporto annuale",
    "su iNaturalist",
    "nell'atlante regionale",
]
DELAYS = [
    "il maltempo",
    "i tempi dei permessi",
    "la piena del fiume",
    "la siccità",
    "un cambio di amministrazione",
    "l'emergenza sanitaria",
    "la gara d'appalto andata deserta",
    "il ritardo dei fornitori",
    "le nidificazioni in corso",
    "un ricorso al TAR",
]
RESULTS = nouns("""
    risultato|risultati|m
    dato|dati|m
    mappa|mappe|f
    foto|foto|f
    osservazione|osservazioni|f
    segnalazione|segnalazioni|f
    misura|misure|f
    indicatore|indicatori|m
""")

TIMES = [
    "in primavera",
    "ogni anno",
    "a fine estate",
    "durante il progetto",
    "in autunno",
    "dopo la fioritura",
    "tra marzo e giugno",
    "durante l'inverno",
    "prima della nidificazione",
    "nei mesi estivi",
    "di notte",
    "a fine progetto",
    "dopo le piogge",
    "nel periodo riproduttivo",
    "per tre stagioni",
    "all'alba",
    "ogni due settimane",
    "con le prime gelate",
]
MANNERS = [
    "con l'aiuto dei volontari",
    "a mano",
    "con mezzi leggeri",
    "senza diserbanti",
    "con il sostegno del comune",
    "con trappole a nassa",
    "con il contributo di Fondazione Cariplo",
    "insieme agli agricoltori",
    "con le scuole del territorio",
    "secondo il protocollo regionale",
    "con fototrappole",
    "a rotazione",
    "con un accordo scritto",
    "in modo partecipato",
    "con il decespugliatore",
    "a mosaico",
    "con il metodo dei transetti",
    "su base volontaria",
    "con droni e cartografia",
    "con l'ecoscandaglio",
]
OUTCOMES = [
    "I risultati sono stati incoraggianti",
    "I risultati sono stati superiori alle attese",
    "I risultati restano modesti",
    "Il primo anno è andato male, il secondo molto meglio",
    "Il costo è stato contenuto",
    "Servono però continuità e risorse",
    "I dati raccolti sono ancora pochi",
    "La partecipazione è cresciuta di anno in anno",
    "Senza manutenzione il lavoro si perde in poche stagioni",
    "Il metodo è stato ripreso da altri progetti",
    "I permessi hanno richiesto più tempo del previsto",
]
CONNECTORS = [
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "Inoltre ",
    "Tuttavia ",
    "In seguito ",
    "Per questo ",
    "Nel complesso ",
    "All'inizio ",
    "Dopo il primo anno ",
    "Come previsto ",
    "In alcuni casi ",
]
PROJECT_NAMES = [
    "Acque vive",
    "Rete verde",
    "Terre d'acqua",
    "Fontanili vivi",
    "Ali sul fiume",
    "Boschi in rete",
    "Prati fioriti",
    "Risaie amiche",
    "Custodi del fiume",
    "Natura in cascina",
    "Corridoi blu",
    "Semi di biodiversità",
    "Oltre l'argine",
    "Connessioni ecologiche",
    "Radici comuni",
    "Paesaggi d'acqua",
    "Ponti verdi",
    "Habitat in comune",
]
MEETING_KINDS = [
    "Plenaria",
    "Webinar",
    "Incontro di lavoro",
    "Visita di campo",
    "Laboratorio",
    "Seminario",
]
SEASONS = ["di primavera", "d'estate", "d'autunno", "d'inverno"]

# Articles ---------------------------------------------------------------------------

VOWELS = "aeiouàèéìòùh"
ARTICULATED = {
    "di": ("del", "dello", "dell'", "della", "dei", "degli", "delle"),
    "a": ("al", "allo", "all'", "alla", "ai", "agli", "alle"),
    "da": ("dal", "dallo", "dall'", "dalla", "dai", "dagli", "dalle"),
    "in": ("nel", "nello", "nell'", "nella", "nei", "negli", "nelle"),
    "su": ("sul", "sullo", "sull'", "sulla", "sui", "sugli", "sulle"),
    "": ("il", "lo", "l'", "la", "i", "gli", "le"),
}


def _takes_lo(word):
    word = word.lower()
    return (
        (word[0] == "s" and len(word) > 1 and word[1] not in VOWELS)
        or word[0] in "zxy"
        or word.startswith(("gn", "ps", "pn"))
    )


def _article_index(word, gender, plural):
    vowel = word[0].lower() in VOWELS
    if gender == "f":
        return 6 if plural else (2 if vowel else 3)
    if plural:
        return 5 if vowel or _takes_lo(word) else 4
    return 2 if vowel else (1 if _takes_lo(word) else 0)


def with_article(word, gender, plural, preposition=""):
    """ "gli anfibi", "dello sfalcio", "nell'area agricola", "con le risaie"."""
    if preposition in ARTICULATED:
        article = ARTICULATED[preposition][_article_index(word, gender, plural)]
    else:
        article = f"{preposition} {ARTICULATED[''][_article_index(word, gender, plural)]}"
    return f"{article}{word}" if article.endswith("'") else f"{article} {word}"


def capitalize(text):
    return text[:1].upper() + text[1:]


# Generators -------------------------------------------------------------------------


class Picker:
    """Draws from lists with Zipf-like weights: the first items often, the last rarely."""

    def __init__(self, rng, exponent=0.6):
        self.rng = rng
        self.exponent = exponent
        self._weights = {}

    def __call__(self, items):
        key = id(items)
        weights = self._weights.get(key)
        if weights is None or len(weights) != len(items):
            weights = list(
                itertools.accumulate(1 / (rank + 1) ** self.exponent for rank in range(len(items)))
            )
            self._weights[key] = weights
        return self.rng.choices(items, cum_weights=weights)[0]


class ItalianText:
    """Italian sentences, paragraphs and titles about the projects, from one seed."""

    language = "it"

    def __init__(self, seed=0, rng=None):
        self.rng = rng or random.Random(seed)  # noqa: S311 - reproducible text, not secrets
        self.focus_share = 0
        self.pick = Picker(self.rng)
        self._kind = None
        self.focus = {}

    def new_page(self, focus=0.7):
        """Start the text of a new page: like a real one, it is about a few habitats,
        species, people and actions, named again and again, and mentions others in
        passing (`focus` is the share of nouns drawn from its own few)."""
        self.focus_share = focus
        self.focus = {
            kind: [self.pick(words) for _ in range(self.rng.randint(1, 3))]
            for kind, words in self.vocabularies().items()
        }

    def vocabularies(self):
        return {
            "habitat": HABITATS,
            "species": SPECIES,
            "invasive": INVASIVES,
            "people": PEOPLE,
            "action": ACTION_NOUNS,
        }

    def draw(self, kind):
        """A word of a kind: one of the page's own most of the time, else any."""
        own = self.focus.get(kind)
        if own and self.chance(self.focus_share):
            return self.rng.choice(own)
        return self.pick(self.vocabularies()[kind])

    # Noun phrases

    def chance(self, probability):
        return self.rng.random() < probability

    def noun_of(self, kind):
        return self.draw(kind)

    def _adjective_for(self, kind):
        if kind == "habitat":
            return self.pick(HABITAT_ADJECTIVES)
        if kind == "species":
            return self.pick(SPECIES_ADJECTIVES)
        return None

    def phrase(self, kind, plural=None, preposition="", article=True, adjective=0.25):
        """A noun phrase of a kind of noun, with its article (or preposition) and sometimes an
        adjective, in the singular or plural: "delle zone umide protette"."""
        noun = self.noun_of(kind)
        if plural is None:
            plural = self.chance(0.6)
        words = noun.form(plural)
        qualifier = self._adjective_for(kind) if self.chance(adjective) else None
        if qualifier:
            words = f"{words} {qualifier.agree(noun.gender, plural)}"
        if not article:
            return f"{preposition} {words}".strip(), noun, plural
        return with_article(words, noun.gender, plural, preposition), noun, plural

    def object_kind(self, verb=None):
        kinds = verb.objects if verb else ("habitat", "species", "invasive")
        return self.rng.choice(kinds)

    def place(self):
        roll = self.rng.random()
        if roll < 0.4:
            return self.pick(PLACES)
        if roll < 0.6:
            river = self.pick(RIVERS)
            return self.rng.choice(
                [
                    f"lungo {with_article(river, 'm', False)}",
                    f"sulle sponde {with_article(river, 'm', False, 'di')}",
                    f"nella valle {with_article(river, 'm', False, 'di')}",
                ]
            )
        if roll < 0.8:
            town = self.pick(TOWNS)
            return f"{'ad' if town[0] in 'AE' else 'a'} {town}"
        if roll < 0.9:
            return f"in provincia di {self.pick(PROVINCES)}"
        return self.rng.choice(["nei siti Natura 2000", "nelle aree protette", "in pianura"])

    def complement(self, kind=None):
        roll = self.rng.random()
        if kind == "people" and 0.6 <= roll < 0.85:  # Not "volunteers were trained by hand".
            roll = 0.9
        if roll < 0.35:
            return self.place()
        if roll < 0.6:
            if self.chance(0.2):
                return f"nel {self.rng.randint(2016, 2024)}"
            return self.pick(TIMES)
        if roll < 0.85:
            return self.pick(MANNERS)
        return self.purpose()

    def purpose(self):
        roll = self.rng.random()
        if roll < 0.3:
            return f"per favorire {self.phrase('species')[0]}"
        if roll < 0.55:
            return f"per ridurre la presenza {self.phrase('invasive', preposition='di')[0]}"
        if roll < 0.75:
            return f"per proteggere {self.phrase('habitat')[0]}"
        if roll < 0.9:
            return f"per coinvolgere {self.phrase('people', plural=True)[0]}"
        return self.rng.choice(
            [
                "per aumentare la biodiversità",
                "per migliorare la qualità dell'acqua",
                "per ricostruire la rete ecologica",
                "per ridurre i costi di gestione",
            ]
        )

    def action_phrase(self, preposition="", article=True):
        """ "lo sfalcio tardivo dei prati stabili"."""
        action = self.draw("action")
        words = action.singular
        if self.chance(0.35):
            words += " " + self.pick(ACTION_ADJECTIVES).agree(action.gender, False)
        kind = self.rng.choice(ACTIONS[action])
        target = self.phrase(kind, preposition="di", adjective=0.15)[0]
        head = with_article(words, action.gender, False, preposition) if article else words
        return f"{head} {target}", action

    # Sentences

    def _verb_and_object(self):
        verb = self.pick(VERBS)
        self._kind = self.object_kind(verb)
        object_phrase, noun, plural = self.phrase(self._kind)
        return verb, object_phrase, noun, plural

    def _active(self):
        verb, object_phrase, _, _ = self._verb_and_object()
        tense = self.rng.random()
        if self.chance(0.3):  # The project speaks: "con i volontari monitoriamo gli anfibi".
            form = verb.we if tense < 0.5 else f"abbiamo {verb.past_participle()}"
            return f"{form} {object_phrase} {self.complement(self._kind)}"
        subject, _, plural = self.phrase("people", adjective=0)
        if tense < 0.5:
            form = verb.plural if plural else verb.singular
        else:
            form = f"{'hanno' if plural else 'ha'} {verb.past_participle()}"
        return f"{subject} {form} {object_phrase} {self.complement(self._kind)}"

    def _passive(self):
        verb, object_phrase, noun, plural = self._verb_and_object()
        auxiliary = "sono" if plural else "è"
        been = "stat" + ("ie" if plural else "oa")[noun.gender == "f"]
        participle = verb.past_participle(noun.gender, plural)
        agent = ""
        if self.chance(0.4):
            agent = " " + self.phrase("people", preposition="da", adjective=0)[0]
        complement = self.complement(self._kind)
        return f"{object_phrase} {auxiliary} {been} {participle}{agent} {complement}"

    def _requires(self):
        action, _ = self.action_phrase()
        need = self.rng.choice(
            [
                f"accordi con {self.phrase('people', plural=True, adjective=0)[0]}",
                "tempo e pazienza",
                f"il sostegno {self.phrase('people', preposition='di', adjective=0)[0]}",
                "una manutenzione costante",
                "permessi e pareri",
                f"{self.rng.randint(3, 40)} giornate di lavoro",
            ]
        )
        verb = self.rng.choice(["richiede", "ha richiesto", "richiederà"])
        return f"{action} {verb} {need}"

    def _threat(self):
        invasive, _, plural = self.phrase("invasive", adjective=0)
        verb = self.rng.choice(
            [("minaccia", "minacciano"), ("danneggia", "danneggiano"), ("riduce", "riducono")]
        )[plural]
        target = self.phrase(self.rng.choice(["habitat", "species"]))[0]
        return f"{invasive} {verb} {target} {self.place()}"

    def _count(self):
        noun = self.draw("species")
        number = self.rng.choice([self.rng.randint(2, 60), self.rng.randint(60, 2000)])
        where = self.phrase("habitat", preposition="in", adjective=0.2)[0]
        year = self.rng.randint(2016, 2024)
        if self.chance(0.5):
            return f"nel {year} abbiamo contato {number} {noun.plural} {where}"
        return f"nel {year} sono stati censiti {number} esemplari di {noun.plural} {where}"

    def _without(self):
        support = self.phrase("people", preposition="di", plural=True, adjective=0)[0]
        subject, noun, plural = self.phrase("habitat", adjective=0)
        risk = self.rng.choice(
            ["rischia di scomparire", "si degrada", "si chiude", "perde valore"]
            if not plural
            else ["rischiano di scomparire", "si degradano", "si chiudono", "perdono valore"]
        )
        return f"senza l'impegno {support} {subject} {risk} {self.pick(TIMES)}"

    def person(self):
        woman = self.chance(0.5)
        name = f"{self.rng.choice(WOMEN if woman else MEN)} {self.rng.choice(SURNAMES)}"
        if self.chance(0.6):
            return f"{name}, {self.pick(ROLES)[woman]} {self._of(self.pick(BODIES))},"
        return name

    @staticmethod
    def _of(body):
        """ "di Fondazione Cariplo", "dell'Università di Pavia", "dei Carabinieri forestali"."""
        for article, joined in (
            ("il ", "del "),
            ("la ", "della "),
            ("l'", "dell'"),
            ("i ", "dei "),
        ):
            if body.startswith(article):
                return joined + body[len(article) :]
        return f"di {body}"

    def date(self):
        month = self.rng.choice(MONTHS)
        return f"{'ad' if month[0] == 'a' else 'a'} {month} {self.rng.randint(2017, 2024)}"

    def town(self):
        return self.pick(TOWNS)

    def _project_life(self):
        """A sentence about meetings, paperwork, people, money or delays."""
        roll = self.rng.random()
        event = self.pick(EVENTS)
        document = self.pick(DOCUMENTS)
        if roll < 0.15:
            words = with_article(event.singular, event.gender, False)
            took_place = "svolta" if event.gender == "f" else "svolto"
            people = self.draw("people")
            with_whom = with_article(people.plural, people.gender, True, "con")
            return f"{words} {with_whom} si è {took_place} {self.date()} a {self.town()}"
        if roll < 0.3:
            words = with_article(document.singular, document.gender, False)
            ending = "a" if document.gender == "f" else "o"
            done = self.rng.choice(["firmat", "approvat", "consegnat", "rivist", "aggiornat"])
            return f"{words} con {self.pick(BODIES)} è stat{ending} {done}{ending} {self.date()}"
        if roll < 0.45:
            result = self.pick(RESULTS)
            return (
                f"{self.person()} ha presentato {with_article(result.plural, result.gender, True)} "
                f"{self.rng.choice(['al', 'a un'])} convegno di {self.town()}"
            )
        if roll < 0.6:
            people = self.draw("people")
            return (
                f"abbiamo organizzato {self.rng.randint(2, 30)} {event.plural} "
                f"{with_article(people.plural, people.gender, True, 'con')} di {self.town()}"
            )
        if roll < 0.72:
            months = self.rng.randint(2, 14)
            words = with_article(document.singular, document.gender, False)
            return f"{words} ha richiesto {months} mesi per {self.rng.choice(DELAYS)}"
        if roll < 0.84:
            action, _ = self.action_phrase(preposition="per")
            amount = f"{self.rng.randrange(2, 400) * 500:,}".replace(",", ".")
            share = self.rng.choice([40, 50, 60, 70])
            return (
                f"il costo {action} è stato di {amount} euro, coperto al {share}% "
                "dal contributo di Fondazione Cariplo"
            )
        if roll < 0.92:
            return (
                f"{self.person()} coordina il gruppo di lavoro {self._of(self.pick(BODIES))} "
                f"{self.action_phrase(preposition='su')[0]}"
            )
        result = self.pick(RESULTS)
        collected = "raccolte" if result.gender == "f" else "raccolti"
        return (
            f"{with_article(result.plural, result.gender, True)} sono {collected} "
            f"{self.pick(ARCHIVES)}"
        )

    def sentence(self):
        roll = self.rng.random()
        if roll < 0.35:
            text = self._project_life()
        elif roll < 0.57:
            text = self._active()
        elif roll < 0.72:
            text = self._passive()
        elif roll < 0.80:
            text = self._requires()
        elif roll < 0.87:
            text = self._threat()
        elif roll < 0.91:
            text = self._count()
        elif roll < 0.94:
            text = self._without()
        else:
            text = self.pick(OUTCOMES)
        return capitalize(self.pick(CONNECTORS) + text) + "."

    def paragraph(self, sentences=None):
        count = sentences or self.rng.randint(2, 5)
        return " ".join(self.sentence() for _ in range(count))

    def rich_text(self, paragraphs=None):
        count = paragraphs or self.rng.randint(1, 3)
        return "".join(f"<p>{self.paragraph()}</p>" for _ in range(count))

    def summary(self, limit=280):
        text = self.sentence()
        if len(text) < limit // 2 and self.chance(0.5):
            text += " " + self.sentence()
        return text[:limit].rsplit(" ", 1)[0] if len(text) > limit else text

    # Titles

    def solution_title(self):
        roll = self.rng.random()
        if roll < 0.55:
            title, _ = self.action_phrase(article=False)
            if self.chance(0.3):
                title += " " + self.place()
        elif roll < 0.8:
            verb, object_phrase, _, _ = self._verb_and_object()
            title = f"come {verb.infinitive} {object_phrase}"
        else:
            title, _ = self.action_phrase(article=False)
            title += " " + self.phrase("people", preposition="con", plural=True, adjective=0)[0]
        return capitalize(title)

    def lesson_statement(self):
        verb, object_phrase, _, _ = self._verb_and_object()
        when = self.rng.choice(["presto", "fin dall'inizio", "per tempo", "ogni anno", ""])
        effect = self.rng.choice(
            [
                "evita conflitti",
                "riduce i costi",
                "facilita gli accordi",
                "rende stabili i risultati",
                "non basta",
                "richiede più tempo del previsto",
                "funziona meglio dei divieti",
            ]
        )
        return capitalize(" ".join(filter(None, [verb.infinitive, when, object_phrase, effect])))

    def project_title(self):
        action, _ = self.action_phrase(article=False)
        return f"{self.rng.choice(PROJECT_NAMES)}: {action} {self.place()}"

    def theme_title(self):
        roll = self.rng.random()
        people = self.phrase("people", plural=True, adjective=0)
        if roll < 0.5:
            return capitalize(f"{self.action_phrase()[0]} e {people[0]}")
        action, _ = self.action_phrase(preposition="in")
        return capitalize(f"il ruolo {self.phrase('people', preposition='di', plural=True)[0]}") + (
            f" {action}"
        )

    def meeting_title(self, year):
        kind = self.rng.choice(MEETING_KINDS)
        if self.chance(0.4):
            return f"{kind} {self.rng.choice(SEASONS)} {year}"
        return f"{kind}: {self.action_phrase(article=False)[0]}"

    def steps(self):
        """[(title, description)] of a solution card's steps."""
        return [
            (capitalize(self.action_phrase(article=False)[0])[:255], self.paragraph(2))
            for _ in range(self.rng.randint(2, 5))
        ]


ENGLISH_HABITATS = nouns("""
    wetland|wetlands|n
    meadow|meadows|n
    lowland spring|lowland springs|n
    wood|woods|n
    rice field|rice fields|n
    hedgerow|hedgerows|n
    pond|ponds|n
    chestnut grove|chestnut groves|n
    reed bed|reed beds|n
    peat bog|peat bogs|n
    riverbank|riverbanks|n
    water meadow|water meadows|n
""")
ENGLISH_SPECIES = nouns("""
    amphibian|amphibians|n
    frog|frogs|n
    butterfly|butterflies|n
    bat|bats|n
    dragonfly|dragonflies|n
    crested newt|crested newts|n
    pollinator|pollinators|n
    heron|herons|n
    orchid|orchids|n
    wild bee|wild bees|n
""")
ENGLISH_INVASIVES = nouns("""
    invasive species||n
    coypu|coypus|n
    Louisiana crayfish||n
    tree of heaven|trees of heaven|n
    black locust|black locusts|n
    Japanese knotweed||n
    tiger mosquito|tiger mosquitoes|n
""")
ENGLISH_PEOPLE = nouns("""
    farmer|farmers|n
    volunteer|volunteers|n
    landowner|landowners|n
    school|schools|n
    municipality|municipalities|n
    researcher|researchers|n
    park authority|park authorities|n
    ranger|rangers|n
""")
# infinitive, third person singular, past participle, kinds of objects
ENGLISH_VERBS = [
    ("monitor", "monitors", "monitored", ("species", "habitat")),
    ("restore", "restores", "restored", ("habitat",)),
    ("mow", "mows", "mowed", ("habitat",)),
    ("protect", "protects", "protected", ("habitat", "species")),
    ("remove", "removes", "removed", ("invasive",)),
    ("trap", "traps", "trapped", ("invasive",)),
    ("survey", "surveys", "surveyed", ("species",)),
    ("engage", "engages", "engaged", ("people",)),
    ("train", "trains", "trained", ("people",)),
    ("plant", "plants", "planted", ("habitat",)),
    ("map", "maps", "mapped", ("habitat", "species")),
]
ENGLISH_ACTIONS = [
    "mowing",
    "monitoring",
    "management",
    "restoration",
    "control",
    "survey",
    "removal",
    "trapping",
    "planting",
    "engagement",
]
ENGLISH_COMPLEMENTS = [
    "in spring",
    "every year",
    "along the Ticino",
    "in Lomellina",
    "with volunteers",
    "by hand",
    "without herbicides",
    "in Natura 2000 sites",
    "in late summer",
    "with local schools",
    "after the flowering",
    "in the Po valley",
    "with camera traps",
    "during the project",
]


class EnglishText(ItalianText):
    """English sentences and titles for the pages in English, plainer than the Italian."""

    language = "en"

    def vocabularies(self):
        return {
            "habitat": ENGLISH_HABITATS,
            "species": ENGLISH_SPECIES,
            "invasive": ENGLISH_INVASIVES,
            "people": ENGLISH_PEOPLE,
        }

    def phrase(self, kind, plural=None, preposition="", article=True, adjective=0):
        noun = self.noun_of(kind)
        if plural is None:
            plural = self.chance(0.6)
        words = noun.form(plural)
        if article and self.chance(0.5):
            words = f"the {words}"
        return f"{preposition} {words}".strip(), noun, plural

    def _verb_and_object(self):
        verb = self.pick(ENGLISH_VERBS)
        return verb, self.phrase(self.rng.choice(verb[3]))[0]

    def complement(self):
        return self.pick(ENGLISH_COMPLEMENTS)

    def place(self):
        return self.rng.choice(["in Lombardy", "along the Adda", "in Lomellina", "near Pavia"])

    def action_phrase(self, preposition="", article=True):
        action = self.pick(ENGLISH_ACTIONS)
        kind = "people" if action == "engagement" else self.rng.choice(["habitat", "invasive"])
        return f"{action} of {self.phrase(kind, article=False)[0]}", action

    def sentence(self):
        verb, object_phrase = self._verb_and_object()
        roll = self.rng.random()
        subject, _, plural = self.phrase("people")
        if roll < 0.4:
            text = f"{subject} {verb[0] if plural else verb[1]} {object_phrase}"
        elif roll < 0.7:
            text = f"we {verb[2]} {object_phrase}"
        elif roll < 0.9:
            text = f"{object_phrase} {'were' if self.chance(0.6) else 'was'} {verb[2]}"
        else:
            text = f"{self.action_phrase()[0]} needs the support of {subject}"
        return capitalize(f"{text} {self.complement()}") + "."

    def solution_title(self):
        if self.chance(0.5):
            return capitalize(self.action_phrase()[0])
        verb, object_phrase = self._verb_and_object()
        return f"How to {verb[0]} {object_phrase}"

    def lesson_statement(self):
        verb, object_phrase = self._verb_and_object()
        effect = self.rng.choice(["avoids conflicts", "lowers costs", "is not enough"])
        return capitalize(f"to {verb[0]} {object_phrase} early {effect}")

    def project_title(self):
        return f"{self.rng.choice(PROJECT_NAMES)}: {self.action_phrase()[0]} {self.place()}"

    def theme_title(self):
        return capitalize(f"{self.action_phrase()[0]} and {self.phrase('people', True)[0]}")

    def meeting_title(self, year):
        kind = self.rng.choice(["Plenary meeting", "Webinar", "Field visit", "Workshop"])
        return f"{kind}: {self.action_phrase()[0]}"

    def steps(self):
        return [
            (capitalize(self.action_phrase()[0]), self.paragraph(2))
            for _ in range(self.rng.randint(2, 4))
        ]


# What queries are made of: words and phrases as visitors type them ------------------


def query_vocabulary():
    """Words of the Italian text, by how queries use them: single words (any form of nouns,
    verbs and actions) and noun phrases, with and without their adjectives."""
    words = set()
    for noun in [*HABITATS, *SPECIES, *INVASIVES, *PEOPLE, *ACTION_NOUNS]:
        for form in (noun.singular, noun.plural):
            words.add(form.split()[0])
    for verb in VERBS:
        words.update([verb.infinitive, verb.past_participle("m", True), verb.plural])
    phrases = {
        noun.form(plural)
        for noun in [*HABITATS, *SPECIES, *INVASIVES]
        for plural in (False, True)
        if " " in noun.form(plural)
    }
    return sorted(words), sorted(phrases)
