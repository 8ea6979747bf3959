"""The demo's learning paths, added by seed_demo.

seed_demo sends `content_seeded` once the Italian demo content is built and before it
translates it: the paths are built here, under the Italian home, from the pages, documents
and images of the demo, and then translated into English with everything else.

Like the rest of the demo, pages are found by slug and published only when the data differs
from what they hold, so that a second run publishes nothing. Each step's translation key is
derived from its path and position: a run updates the steps that are there instead of
replacing them, and learners' progress keeps pointing at them.
"""

import uuid
from collections import Counter

from django.dispatch import receiver
from wagtail.models import Page

from cdp_pages.demo import content_seeded
from cdp_pages.demo.text import p, ul

from .models import LearningPathIndexPage, LearningPathPage, LearningPathStep

STEP_NAMESPACE = uuid.UUID("5b0f3c1e-2d7a-4c59-8e61-7a1e0de5e5e7")
STEP_FIELDS = [
    "module",
    "kind",
    "page_id",
    "document_id",
    "url",
    "title",
    "note",
    "question",
    "minutes",
    "translation_key",
]

INDEX = {
    "slug": "percorsi",
    "title": "Percorsi di apprendimento",
    "image": "lariceto-pascoli",
    "listing_summary": (
        "Itinerari curati dalla redazione tra progetti, temi, soluzioni e lezioni, pensati "
        "per chi comincia: guardiaparco, tecnici comunali, studenti e volontari."
    ),
    "intro": p(
        "I percorsi mettono in fila, passo dopo passo, le pagine del portale che servono a "
        "chi si avvicina per la prima volta a un tema: progetti, schede di soluzione, lezioni "
        "apprese, incontri e qualche risorsa esterna.",
        "Ogni passo ha una nota della redazione che spiega perché leggerlo e che cosa "
        "cercare, spesso una domanda su cui riflettere e il tempo che richiede. Potete "
        "seguire un percorso sul portale, segnando i passi completati, oppure scaricarlo e "
        "importarlo nel Moodle della vostra organizzazione.",
    ),
}

# Each step leads to a page of the demo (by slug), a document (by key) or an address; the
# step that carries `module` opens a module.
PATHS = [
    {
        "slug": "primi-passi-zone-umide",
        "title": "Primi passi nelle zone umide: anfibi, pozze e canneti",
        "image": "canneto-lago",
        "audience": (
            "Guardiaparco, guardie ecologiche volontarie e tecnici appena arrivati in un'area "
            "protetta di pianura"
        ),
        "level": LearningPathPage.Level.INTRODUCTORY,
        "listing_summary": (
            "Un percorso introduttivo per chi comincia a lavorare in una zona umida: gli "
            "ambienti, le minacce per gli anfibi e la cura nel tempo."
        ),
        "introduction": p(
            "Siete appena arrivati in un parco o in una riserva con canneti, pozze e "
            "fontanili? Questo percorso vi accompagna nell'esperienza dei progetti delle "
            "comunità 2017 e 2018: che cosa è stato fatto, che cosa ha funzionato e dove ci "
            "si è scontrati con i limiti.",
            "Si parte dal sito in cui lavorate e dagli ambienti che lo caratterizzano, si "
            "passa alle minacce più concrete per gli anfibi, a cominciare dal gambero rosso, "
            "e si arriva alla domanda che tutti i progetti si sono posti: chi si prende cura "
            "di questi ambienti quando il cantiere è finito?",
        ),
        "objectives": ul(
            "Ritrovare il proprio sito Natura 2000 e leggerne gli habitat e le specie di "
            "interesse comunitario.",
            "Riconoscere gli interventi tipici per anfibi e canneti: pozze, sfalcio a "
            "rotazione, fasce tampone.",
            "Spiegare perché il gambero rosso si può contenere ma raramente eradicare, e come "
            "si applica un protocollo di cattura comune.",
            "Individuare chi può garantire la manutenzione dopo il progetto: volontari, "
            "cooperative sociali, comuni.",
        ),
        "steps": [
            {
                "module": "Il sito e i suoi ambienti",
                "url": "https://natura2000.eea.europa.eu/",
                "title": "Il visualizzatore della rete Natura 2000",
                "note": (
                    "Cercate sulla mappa il sito in cui lavorate e aprite il suo formulario "
                    "standard: troverete gli habitat e le specie per cui è stato designato, "
                    "con lo stato di conservazione stimato. Tenetelo a portata di mano per "
                    "tutto il percorso."
                ),
                "question": (
                    "Quali habitat e quali specie del formulario avete già visto con i vostri "
                    "occhi, e quali conoscete solo di nome?"
                ),
                "minutes": 20,
            },
            {
                "page": "acque-vive-lago-nascosto",
                "note": (
                    "Un progetto che riassume quasi tutto quello che si fa in una zona umida "
                    "di pianura: sfalcio a rotazione del canneto, pozze per la rana di "
                    "Lataste, fasce tampone lungo le rogge. Guardate la cronologia dei "
                    "risultati e le criticità: torneranno nei passi successivi."
                ),
                "question": (
                    "Quale degli interventi del Lago Nascosto sarebbe più utile nel vostro "
                    "sito, e che cosa lo renderebbe difficile?"
                ),
                "minutes": 20,
            },
            {
                "page": "custodia-piccoli-ambienti-acqua",
                "note": (
                    "Il tema collega pozze, fontanili e canneti: ambienti piccoli, numerosi e "
                    "sparsi, che si interrano in pochi anni se nessuno li cura. Soffermatevi "
                    "sulle esperienze esterne, in particolare sulle associazioni tedesche per "
                    "la cura del paesaggio."
                ),
                "question": (
                    "Nel vostro sito quanti piccoli ambienti d'acqua ci sono, e chi se ne "
                    "occupa oggi?"
                ),
                "minutes": 25,
            },
            {
                "module": "Anfibi e specie invasive",
                "page": "nasse-gambero-volontari",
                "note": (
                    "Il gambero rosso della Louisiana è la minaccia più diffusa per le ovature "
                    "nelle pozze. La scheda descrive il protocollo comune a quattro progetti: "
                    "stesse nasse, stessa esca, stesso sforzo di cattura."
                ),
                "question": (
                    "Nel vostro sito ci sono pozze isolate dal reticolo, dove l'eradicazione è "
                    "possibile, o solo ambienti collegati a fossi e canali?"
                ),
                "minutes": 15,
            },
            {
                "document": "bozza-protocollo-gambero",
                "title": "La bozza del protocollo di cattura del gambero rosso",
                "note": (
                    "Il documento di lavoro discusso al webinar sulle specie invasive. "
                    "Leggetelo come una lista di controllo per organizzare una sessione di "
                    "cattura, dalle autorizzazioni alla scheda da compilare per ogni nassa."
                ),
                "question": (
                    "Quali punti della bozza richiederebbero un'autorizzazione o un accordo "
                    "con altri enti nel vostro territorio?"
                ),
                "minutes": 15,
            },
            {
                "page": "eradicazione-gambero-lanche",
                "note": (
                    "Una lezione che nasce da un obiettivo mancato: nelle lanche collegate al "
                    "fiume le catture riducono la densità del gambero ma non la azzerano. "
                    "Serve a fissare obiettivi realistici prima di cominciare."
                ),
                "minutes": 10,
            },
            {
                "page": "webinar-specie-invasive",
                "note": (
                    "Il confronto tra i protocolli dei progetti su nutria, gambero rosso e "
                    "Ludwigia. Leggete gli esiti: spiegano come si è passati dall'obiettivo "
                    "dell'eradicazione a quello di una soglia di densità concordata."
                ),
                "question": (
                    "Quale soglia di densità avrebbe senso fissare per le specie invasive del "
                    "vostro sito, e chi dovrebbe deciderla?"
                ),
                "minutes": 20,
            },
            {
                "module": "La cura nel tempo",
                "page": "squadre-spurgo-fontanili",
                "note": (
                    "Squadre fisse, un caposquadra formato e un calendario deciso a "
                    "settembre: piccoli accorgimenti che hanno fermato il calo dei volontari. "
                    "Valgono anche per la manutenzione delle pozze."
                ),
                "question": (
                    "Come sono organizzati oggi i volontari del vostro sito, e chi li chiama "
                    "quando c'è da uscire?"
                ),
                "minutes": 15,
            },
            {
                "page": "cooperative-sociali-presidio",
                "note": (
                    "Dove i volontari non bastano, una cooperativa sociale del territorio può "
                    "realizzare le opere e poi curarne la manutenzione, creando competenze e "
                    "posti di lavoro che restano."
                ),
                "minutes": 10,
            },
            {
                "page": "convenzione-manutenzione-comuni",
                "note": (
                    "Come il parco del Lago Nascosto ha messo la manutenzione nei bilanci dei "
                    "comuni rivieraschi per dieci anni. Notate i tempi: la convenzione è stata "
                    "approvata prima della fine del progetto."
                ),
                "question": (
                    "Quali costi di manutenzione del vostro sito non sono previsti in nessun "
                    "bilancio?"
                ),
                "minutes": 15,
            },
            {
                "page": "proprietari-prima-dei-lavori",
                "note": (
                    "Per chiudere, una lezione da ricordare prima di progettare qualsiasi "
                    "intervento su terreni privati: al Lago Nascosto tre proprietari "
                    "irreperibili sono costati un anno di cantiere."
                ),
                "question": (
                    "Sapete a chi appartengono le sponde e i terreni su cui vorreste intervenire?"
                ),
                "minutes": 10,
            },
        ],
    },
    {
        "slug": "agricoltori-e-proprietari",
        "title": "Lavorare con agricoltori e proprietari: accordi e tecniche di coinvolgimento",
        "image": "risaie-primavera",
        "audience": (
            "Funzionari e tecnici comunali degli uffici ambiente e agricoltura, e chi segue i "
            "rapporti con le aziende agricole per un ente gestore"
        ),
        "level": LearningPathPage.Level.INTERMEDIATE,
        "listing_summary": (
            "Come aprire il dialogo con agricoltori e proprietari, scrivere accordi che "
            "reggano e farli durare dopo il progetto."
        ),
        "introduction": p(
            "Nei siti Natura 2000 di pianura e di collina molti habitat dipendono da scelte "
            "che non prende l'ente gestore: quando allagare una risaia, quando falciare una "
            "sponda, se recuperare un castagneto. Chi lavora in comune si trova spesso a fare "
            "da ponte tra le esigenze della conservazione e quelle delle aziende e dei "
            "proprietari.",
            "Il percorso segue l'esperienza dei progetti della Lomellina, della Bassa "
            "bergamasca e del Monte Castagnaro: prima capire chi coltiva e che cosa gli "
            "chiediamo, poi aprire il dialogo nel modo giusto, infine scrivere accordi chiari "
            "e farli sopravvivere alla fine del progetto e ai cambi di giunta.",
        ),
        "objectives": ul(
            "Spiegare perché un premio economico da solo non basta a convincere le aziende "
            "agricole.",
            "Organizzare un ciclo di incontri con agricoltori e proprietari, scegliendo "
            "luoghi, orari e chi presenta il progetto.",
            "Ritrovare i proprietari di terreni frammentati e valutare quando proporre "
            "un'associazione fondiaria.",
            "Redigere uno schema di accordo con impegni verificabili, rimborsi e una verifica "
            "annuale.",
            "Mettere per iscritto gli impegni tra enti, perché sopravvivano ai cambi di "
            "amministrazione.",
        ),
        "steps": [
            {
                "module": "Capire chi coltiva",
                "page": "accordi-con-agricoltori",
                "note": (
                    "Il tema inquadra il problema: gli impegni standard dello sviluppo rurale "
                    "raramente si adattano al singolo sito, e i progetti hanno sperimentato "
                    "accordi su misura. Leggete con attenzione le criticità: sono le obiezioni "
                    "che sentirete."
                ),
                "question": (
                    "Quali scelte agricole nel vostro comune incidono di più sugli habitat del "
                    "sito Natura 2000 più vicino?"
                ),
                "minutes": 25,
            },
            {
                "page": "risaie-amiche-aironi",
                "note": (
                    "Il progetto della Lomellina è il caso più documentato della comunità: "
                    "18 aziende, 22 chilometri di fossi rifugio e risultati misurati su "
                    "anfibi e aironi. Guardate in che ordine sono arrivati i risultati."
                ),
                "minutes": 20,
            },
            {
                "page": "premio-non-basta",
                "note": (
                    "Sessanta lettere con un rimborso generoso hanno prodotto una sola "
                    "adesione. La lezione spiega che cosa è cambiato dopo, a parità di "
                    "rimborso."
                ),
                "question": (
                    "Come vengono contattate oggi le aziende agricole dal vostro ufficio, e da chi?"
                ),
                "minutes": 10,
            },
            {
                "module": "Aprire il dialogo",
                "page": "incontri-in-cascina",
                "note": (
                    "La tecnica di coinvolgimento più citata nella comunità: incontri serali "
                    "in cascina, aperti da un agricoltore e chiusi con una proposta piccola e "
                    "reversibile. Confrontate i passi con il modo in cui il vostro ente "
                    "convoca le riunioni."
                ),
                "question": (
                    "Quale azienda rispettata del vostro territorio potrebbe ospitare e "
                    "introdurre una prima serata?"
                ),
                "minutes": 15,
            },
            {
                "page": "agricoltore-convince-agricoltore",
                "note": (
                    "In Lomellina come in Valle Quarzo, quando a parlare è un collega le "
                    "obiezioni diventano domande pratiche. Per questo conviene coinvolgere "
                    "un'azienda agricola fin dalla scrittura del progetto."
                ),
                "minutes": 10,
            },
            {
                "page": "ricerca-proprietari",
                "note": (
                    "Catasto, anagrafe e memoria di paese: per intervenire su terreni "
                    "frammentati bisogna prima sapere di chi sono. È un lavoro in cui gli "
                    "uffici comunali hanno un ruolo decisivo."
                ),
                "question": (
                    "Che cosa potrebbe fare il vostro ufficio anagrafe per aiutare un ente "
                    "gestore a ritrovare gli eredi?"
                ),
                "minutes": 15,
            },
            {
                "page": "associazione-fondiaria-castagneti",
                "note": (
                    "Quando i proprietari sono centinaia, l'accordo non si fa con ciascuno: si "
                    "costruisce un soggetto che gestisca i fondi come un'unica superficie. "
                    "Fate attenzione ai tempi e ai costi amministrativi."
                ),
                "question": (
                    "Ci sono nel vostro comune prati, pascoli o boschi abbandonati dove "
                    "un'associazione fondiaria avrebbe senso?"
                ),
                "minutes": 20,
            },
            {
                "module": "Scrivere e mantenere gli accordi",
                "page": "webinar-accordi-risicoltori",
                "note": (
                    "Lo schema di accordo con le aziende risicole discusso articolo per "
                    "articolo, con il punto di vista di una risicoltrice. Gli esiti del "
                    "webinar mostrano che cosa è cambiato dopo il confronto."
                ),
                "minutes": 20,
            },
            {
                "document": "schema-accordo-risicoltori",
                "title": "Lo schema di accordo con le aziende risicole",
                "note": (
                    "La versione di lavoro dell'accordo: parti, impegni dell'azienda e "
                    "dell'ente, durata e verifica. Usatela come traccia, adattando gli impegni "
                    "alle colture e agli habitat del vostro territorio."
                ),
                "question": (
                    "Quali impegni di questo schema si potrebbero verificare con un solo "
                    "sopralluogo a fine stagione?"
                ),
                "minutes": 20,
            },
            {
                "page": "contratto-custodia-fontanili",
                "note": (
                    "Un altro modello di accordo, firmato da un'Unione dei comuni con undici "
                    "aziende: pochi impegni chiari, un contributo annuo e un sopralluogo "
                    "congiunto che decide il pagamento."
                ),
                "question": (
                    "Il vostro ente potrebbe gestire molti piccoli contratti con le aziende, o "
                    "servirebbe un ente sovracomunale?"
                ),
                "minutes": 15,
            },
            {
                "page": "accordi-tra-enti-scritti",
                "note": (
                    "Gli accordi con le aziende reggono solo se anche gli impegni tra enti "
                    "sono scritti: dopo le elezioni, gli impegni presi a voce si perdono."
                ),
                "question": (
                    "Quali impegni del vostro ente sulla manutenzione di un sito sono oggi "
                    "solo verbali?"
                ),
                "minutes": 10,
            },
            {
                "url": "https://www.reterurale.it/",
                "title": "Rete Rurale Nazionale: sviluppo rurale e politica agricola comune",
                "note": (
                    "Il portale della Rete Rurale Nazionale raccoglie documenti e "
                    "aggiornamenti sullo sviluppo rurale e sui pagamenti "
                    "agro-climatico-ambientali. Cercate gli impegni previsti nella vostra "
                    "regione: gli accordi locali dovrebbero integrarli, non sovrapporsi."
                ),
                "question": (
                    "Quali impegni pagati dalla politica agricola comune potrebbero prendere "
                    "il posto del rimborso del progetto quando questo finisce?"
                ),
                "minutes": 20,
            },
        ],
    },
    {
        "slug": "monitoraggio-con-i-cittadini",
        "title": "Monitoraggio partecipato: dati affidabili raccolti con i cittadini",
        "image": "praterie-ossola",
        "audience": (
            "Studenti universitari, volontari e soci di associazioni naturalistiche che "
            "vogliono partecipare a un monitoraggio, e chi lo coordina"
        ),
        "level": LearningPathPage.Level.INTERMEDIATE,
        "prerequisites": ["primi-passi-zone-umide"],
        "listing_summary": (
            "Dalla scelta del protocollo alla restituzione dei risultati: come si organizza "
            "un monitoraggio con volontari e scuole che dia dati utili e duri nel tempo."
        ),
        "introduction": p(
            "Contare le ovature di rana in una notte di marzo, percorrere un transetto "
            "contando le farfalle, fotografare tutto quello che vive in un castagneto in "
            "ventiquattro ore: il monitoraggio partecipato è spesso il primo modo in cui "
            "studenti e volontari entrano in un progetto di conservazione.",
            "Il percorso raccoglie quello che i progetti hanno imparato: perché la qualità "
            "dei dati dipende dal protocollo e dalla formazione sul campo, come rendere i "
            "dati confrontabili tra progetti e che cosa serve perché la rete di volontari "
            "non si sciolga a fine progetto. Conviene aver seguito prima il percorso "
            "introduttivo sulle zone umide.",
        ),
        "objectives": ul(
            "Spiegare che cosa rende affidabili i dati raccolti dai volontari: protocolli "
            "semplici, formazione sul campo, validazione degli esperti.",
            "Scegliere tra formati diversi (kit per le scuole, BioBlitz, transetti ripetuti) "
            "secondo gli obiettivi e le persone coinvolte.",
            "Applicare un protocollo minimo comune perché i dati si possano confrontare tra "
            "siti e progetti.",
            "Organizzare la restituzione dei risultati e affidare il monitoraggio a un "
            "responsabile dopo il progetto.",
        ),
        "steps": [
            {
                "module": "Perché monitorare con i cittadini",
                "page": "monitoraggio-partecipato",
                "note": (
                    "Il tema riassume i punti su cui letteratura e progetti concordano: "
                    "protocolli semplici e sempre uguali, formazione sul campo, validazione e "
                    "restituzione. Le esperienze esterne, dal monitoraggio delle farfalle nel "
                    "Regno Unito a iNaturalist, sono un buon punto di partenza per "
                    "approfondire."
                ),
                "question": (
                    "Quale gruppo di specie vi piacerebbe monitorare, e quanto è facile "
                    "riconoscerlo senza un esperto accanto?"
                ),
                "minutes": 25,
            },
            {
                "page": "webinar-monitoraggio-cittadini",
                "note": (
                    "Tre esperienze a confronto: le ovature di anfibi al Lago Nascosto, il "
                    "BioBlitz dei castagneti e i transetti floristici in Valle Quarzo. Dal "
                    "webinar sono nati la proposta del protocollo minimo comune e l'impegno a "
                    "una restituzione annuale."
                ),
                "minutes": 15,
            },
            {
                "document": "sintesi-webinar-monitoraggio",
                "title": "La sintesi delle presentazioni del webinar sul monitoraggio",
                "note": (
                    "La sintesi scritta delle tre presentazioni, con le domande rimaste "
                    "aperte: come confrontare i dati tra progetti, chi valida le segnalazioni "
                    "dopo la fine del progetto, come trattare le specie sensibili."
                ),
                "question": (
                    "Quale delle domande aperte vi sembra più urgente per il monitoraggio a "
                    "cui partecipate o vorreste partecipare?"
                ),
                "minutes": 10,
            },
            {
                "url": "https://biodiversity.europa.eu/",
                "title": "BISE, il sistema informativo europeo sulla biodiversità",
                "note": (
                    "Il portale dell'Unione europea che raccoglie dati, indicatori e rapporti "
                    "sulla biodiversità. Guardate come sono costruiti gli indicatori europei, "
                    "per esempio quello sulle farfalle dei prati: molti dei dati che li "
                    "alimentano sono raccolti da volontari."
                ),
                "question": (
                    "Quali dati raccolti dai volontari del vostro territorio potrebbero "
                    "contribuire a un indicatore regionale o europeo?"
                ),
                "minutes": 20,
            },
            {
                "module": "Sul campo",
                "page": "kit-anfibi-scuole",
                "note": (
                    "Una valigetta, una pozza per classe e due conteggi in primavera: con la "
                    "validazione del centro di ricerca, i dati delle scuole concordano con "
                    "quelli degli esperti nel 90 per cento dei casi."
                ),
                "minutes": 15,
            },
            {
                "page": "bioblitz-validato",
                "note": (
                    "Ventiquattro ore in un castagneto, un esperto per ogni gruppo e la "
                    "validazione entro un mese. Fate attenzione al primo passo: definire il "
                    "progetto sulla piattaforma, con i confini del sito e le regole per le "
                    "specie sensibili."
                ),
                "question": (
                    "Come proteggereste le coordinate di una specie sensibile trovata durante "
                    "un BioBlitz?"
                ),
                "minutes": 15,
            },
            {
                "page": "protocolli-diversi-dati-persi",
                "note": (
                    "Quattro progetti, due anni di dati e nessun confronto possibile: sforzi di "
                    "cattura, unità di misura e periodi erano tutti diversi. È l'errore che il "
                    "protocollo minimo vuole evitare."
                ),
                "minutes": 10,
            },
            {
                "page": "protocollo-minimo-monitoraggio",
                "note": (
                    "Cinque indicatori comuni, una scheda per ciascuno e nessuno strumento "
                    "costoso. La soluzione è ancora in studio: leggete che cosa è emerso dalla "
                    "prima stagione di prova."
                ),
                "question": (
                    "Quale dei cinque indicatori potreste raccogliere voi, e con quale sforzo "
                    "minimo?"
                ),
                "minutes": 15,
            },
            {
                "module": "Far durare la rete",
                "page": "restituire-risultati-volontari",
                "note": (
                    "Una serata all'anno con mappe, numeri e foto ha portato dal 60 all'85 per "
                    "cento la quota di volontari che continuano. È la lezione più semplice da "
                    "applicare, a patto di prevederla nel calendario e nel budget."
                ),
                "question": (
                    "Quando avete visto l'ultima volta i risultati dei dati che avete raccolto?"
                ),
                "minutes": 10,
            },
            {
                "page": "scuole-curricolo",
                "note": (
                    "Le attività con le scuole continuano quando entrano nel programma di una "
                    "classe, non quando dipendono da un insegnante appassionato."
                ),
                "minutes": 10,
            },
            {
                "page": "monitoraggio-senza-responsabile",
                "note": (
                    "Metà dei monitoraggi della comunità 2017 si è fermata entro un anno dalla "
                    "fine del progetto. Sono continuati quelli affidati a un'università, a una "
                    "scuola o a un istituto con un mandato esplicito."
                ),
                "question": (
                    "Chi sarà responsabile del vostro monitoraggio fra cinque anni, e dove "
                    "saranno archiviati i dati?"
                ),
                "minutes": 10,
            },
        ],
    },
]


def step_key(path_slug, position):
    """The translation key of a step: the same for the same path and position, every run."""
    return uuid.uuid5(STEP_NAMESPACE, f"{path_slug}:{position}")


def _step_values(builder, path_slug, position, spec):
    if "page" in spec:
        page = builder.page_ref(Page, spec["page"])
        if page is None:  # pragma: no cover - a mistake in the data
            raise ValueError(f"The demo path {path_slug} leads to a missing page: {spec['page']}")
        kind, page_id, document_id = LearningPathStep.Kind.PAGE, page.pk, None
    elif "document" in spec:
        document = builder.documents[spec["document"]]
        kind, page_id, document_id = LearningPathStep.Kind.DOCUMENT, None, document.pk
    else:
        kind, page_id, document_id = LearningPathStep.Kind.URL, None, None
    return {
        "module": spec.get("module", ""),
        "kind": kind,
        "page_id": page_id,
        "document_id": document_id,
        "url": spec.get("url", ""),
        "title": spec.get("title", ""),
        "note": spec["note"],
        "question": spec.get("question", ""),
        "minutes": spec["minutes"],
        "translation_key": step_key(path_slug, position),
    }


def _held(page, names):
    """What the page holds of the fields `names`, its steps and its prerequisites."""
    fields = {name: getattr(page, name) for name in names}
    if not isinstance(page, LearningPathPage):
        return fields, [], []
    return (
        fields,
        [{name: getattr(step, name) for name in STEP_FIELDS} for step in page.steps.all()],
        sorted(path.pk for path in page.prerequisites.all()),
    )


def _upsert(parent, model, slug, fields, done, steps=(), prerequisites=()):
    """The page `slug` under `parent`, created or updated, and published if it changed."""
    page = model.objects.child_of(parent).filter(slug=slug).first()
    wanted = (fields, list(steps), sorted(path.pk for path in prerequisites))
    if page is not None and _held(page, fields) == wanted:
        done["unchanged"] += 1
        return page
    created = page is None
    if created:
        page = model(slug=slug, locale=parent.locale)
    for name, value in fields.items():
        setattr(page, name, value)
    if model is LearningPathPage:
        existing = {step.translation_key: step for step in page.steps.all()}
        rows = []
        for position, values in enumerate(steps):
            step = existing.get(values["translation_key"]) or LearningPathStep(locale=parent.locale)
            for name, value in values.items():
                setattr(step, name, value)
            step.sort_order = position
            rows.append(step)
        page.steps = rows
        page.prerequisites = list(prerequisites)
    if created:
        parent.add_child(instance=page)
    page.save_revision().publish()
    done["created" if created else "updated"] += 1
    return page


@receiver(content_seeded, dispatch_uid="learning_paths.demo")
def seed_learning_paths(sender, builder, **kwargs):
    """The demo's paths index and paths under `builder.home`; returns a summary line."""
    done = Counter()
    index = _upsert(
        builder.home,
        LearningPathIndexPage,
        INDEX["slug"],
        {
            "title": INDEX["title"],
            "listing_summary": INDEX["listing_summary"],
            "listing_image_id": builder.images[INDEX["image"]].pk,
            "intro": INDEX["intro"],
        },
        done,
    )
    paths = {}
    for spec in PATHS:
        image = builder.images[spec["image"]].pk
        paths[spec["slug"]] = _upsert(
            index,
            LearningPathPage,
            spec["slug"],
            {
                "title": spec["title"],
                "listing_summary": spec["listing_summary"],
                "listing_image_id": image,
                "cover_image_id": image,
                "introduction": spec["introduction"],
                "audience": spec["audience"],
                "level": spec["level"],
                "objectives": spec["objectives"],
            },
            done,
            steps=[
                _step_values(builder, spec["slug"], position, step)
                for position, step in enumerate(spec["steps"])
            ],
            prerequisites=[paths[slug] for slug in spec.get("prerequisites", [])],
        )
    steps = sum(len(spec["steps"]) for spec in PATHS)
    return (
        f"Learning paths: {len(PATHS)} paths with {steps} steps. Pages: {done['created']} "
        f"created, {done['updated']} updated, {done['unchanged']} unchanged."
    )
