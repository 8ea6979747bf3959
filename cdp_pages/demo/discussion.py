"""Demo discussion: Italian comment threads on the demo's themes, solution cards, lessons
and meetings, with a few likes, dislikes and removal suggestions, and a few English threads
on their English translations (each language's page has its own discussion).

The people are made up. Visitors comment with a name and an address; the demo users
`partner` and `editor` comment signed in. Dates are fixed, so a second run finds every
comment by its page, address and date and creates nothing. A comment whose text or status
differs from the data is updated in place, without the model's signals (which would
publish or withhold its replies).
"""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from django_comments.models import CommentFlag
from django_comments_xtd.models import DISLIKEDIT_FLAG, LIKEDIT_FLAG, XtdComment

ROME = zoneinfo.ZoneInfo("Europe/Rome")

# Visitors who comment without an account: name, address, website, IP address (from the
# ranges reserved for documentation).
VISITORS = {
    "salici": (
        "Chiara Salici",
        "chiara.salici@example.org",
        "https://riserva-dei-canneti.example.org",
        "198.51.100.23",
    ),
    "giunchi": ("Matteo Giunchi", "matteo.giunchi@example.net", "", "203.0.113.41"),
    "fienili": ("Anselmo Fienili", "anselmo.fienili@example.net", "", "192.0.2.77"),
    "festuchi": ("Marta Festuchi", "marta.festuchi@example.org", "", "198.51.100.108"),
    "carice": ("Irene Carice", "irene.carice@example.net", "", "203.0.113.9"),
    "roggia": ("Ettore Roggia", "ettore.roggia@example.org", "", "192.0.2.150"),
    "ghiaietti": ("Nicola Ghiaietti", "nicola.ghiaietti@example.net", "", "203.0.113.200"),
    "ninfei": ("Nadia Ninfei", "nadia.ninfei@example.org", "", "198.51.100.64"),
    "sparvieri": (
        "Lorenzo Sparvieri",
        "lorenzo.sparvieri@example.net",
        "https://quaderno-di-campo.example.net",
        "192.0.2.31",
    ),
    "cannucci": (
        "Roberto Cannucci",
        "roberto.cannucci@example.net",
        "https://www.fototrappole-lombardia.example.net",
        "203.0.113.87",
    ),
    "ontani": ("Davide Ontani", "davide.ontani@example.net", "", "198.51.100.12"),
    "marcite": ("Aldo Marcite", "aldo.marcite@example.net", "", "192.0.2.203"),
    "risetti": ("Elisa Risetti", "elisa.risetti@example.org", "", "198.51.100.190"),
    "castagnoli": ("Bruna Castagnoli", "bruna.castagnoli@example.net", "", "203.0.113.58"),
    "tifeti": ("Sara Tifeti", "sara.tifeti@example.org", "", "192.0.2.66"),
    "laricetti": ("Ivo Laricetti", "ivo.laricetti@example.org", "", "198.51.100.141"),
    "carpinelli": ("Samuele Carpinelli", "samuele.carpinelli@example.net", "", "203.0.113.122"),
    "fenwick": ("Alice Fenwick", "alice.fenwick@example.org", "", "198.51.100.77"),
    "marsh": ("Tobias Marsh", "tobias.marsh@example.net", "", "203.0.113.164"),
    "rushworth": ("Hannah Rushworth", "hannah.rushworth@example.org", "", "192.0.2.88"),
}

# Demo users (from seed_demo's DEMO_USERS) who write comments.
USERS = ("partner", "editor")

PAGE_MODELS = {
    "theme": "ThemePage",
    "solution": "SolutionCardPage",
    "lesson": "LessonLearnedPage",
    "meeting": "MeetingPage",
}


def c(author, when, text, *replies, **options):
    """A comment of the data: `author` is a key of VISITORS or a demo username, `when` a
    date and time in Rome ("2024-04-09 21:14").

    Options: followup, public (False: waiting for a moderator), removed (by `moderator`),
    likes, dislikes and flags (demo usernames; flags are removal suggestions).
    """
    return {"author": author, "when": when, "text": text, "replies": list(replies), **options}


# (page kind, page slug, root comments). Each root comment opens a thread.
THREADS = [
    (
        "solution",
        "nasse-gambero-volontari",
        [
            c(
                "salici",
                "2024-04-09 21:14",
                "Stiamo per partire con le nasse in tre stagni della riserva e vorremmo "
                "adottare il vostro protocollo. Due domande pratiche: che esca usate (abbiamo "
                "letto di tutto, dal fegato al pesce azzurro) e come avete gestito "
                "l'autorizzazione per i volontari? Da noi la provincia chiede i nominativi uno "
                "per uno.",
                c(
                    "partner",
                    "2024-04-10 08:37",
                    "Al Lago Nascosto usiamo crocchette per gatti al pesce in un sacchetto di "
                    "rete: reggono le 24 ore e attirano poco le nutrie. Per l'autorizzazione sì, "
                    "servono i nominativi: abbiamo un elenco di 14 persone che aggiorniamo a "
                    "ogni stagione con una semplice comunicazione.\n\n"
                    "Conviene mettere in elenco anche qualche riserva, perché a luglio la "
                    "disponibilità crolla.",
                    c(
                        "salici",
                        "2024-04-10 13:05",
                        "Grazie, molto utile. Le crocchette le avevamo scartate pensando che "
                        "si sciogliessero in acqua: proveremo con il sacchetto.",
                    ),
                    likes=["editor", "moderator"],
                ),
                c(
                    "giunchi",
                    "2024-04-12 19:48",
                    "Aggiungo una cosa sulla sicurezza. Nei nostri stagni le sponde sono "
                    "ripide e fangose: i volontari vanno sempre in coppia, con gli stivali a "
                    "coscia e non al ginocchio. Il primo anno ci siamo ritrovati con due "
                    "persone impantanate all'alba e il telefono senza campo.",
                    c(
                        "partner",
                        "2024-04-13 09:10",
                        "Verissimo. Noi nel kit abbiamo messo anche una corda e una scheda con i "
                        "punti di accesso sicuri di ogni pozza: lo proponiamo come aggiunta al "
                        "protocollo comune.",
                    ),
                    likes=["partner"],
                ),
                followup=True,
            ),
        ],
    ),
    (
        "solution",
        "sfalcio-tardivo-premio",
        [
            c(
                "fienili",
                "2024-06-03 20:22",
                "Sono uno degli allevatori che hanno firmato l'accordo. Il premio è giusto, il "
                "problema è la data fissa. Nel 2022 a fine giugno l'erba era già secca e "
                "aspettare il 1° luglio voleva dire buttare il primo taglio; quest'anno piove "
                "da un mese e a luglio non so se riusciremo a entrare nei prati. Servirebbe "
                "una data decisa ogni anno insieme a chi fa i rilievi.",
                c(
                    "editor",
                    "2024-06-04 10:15",
                    "Grazie Anselmo, è uno dei punti emersi anche nel confronto tra i progetti: "
                    "tra i fattori abilitanti della scheda ci sono proprio le date flessibili "
                    "nelle annate anticipate. In Valle Quarzo la data si sposta dopo un "
                    "sopralluogo del botanico, su richiesta dell'allevatore.",
                    c(
                        "fienili",
                        "2024-06-05 21:40",
                        "Il sopralluogo va bene, basta che la telefonata arrivi prima che il "
                        "fieno sia da buttare.",
                    ),
                ),
                c(
                    "festuchi",
                    "2024-06-11 18:02",
                    "Da botanica: la flessibilità funziona se resta legata alla fenologia e non "
                    "al calendario. In Valle Quarzo guardiamo la fruttificazione del forasacco "
                    "eretto e della salvia dei prati: quando la maggior parte delle piante ha "
                    "disperso i semi si può falciare. Basta mezz'ora di sopralluogo per prato.",
                    likes=["editor", "partner"],
                ),
            ),
        ],
    ),
    (
        "solution",
        "squadre-spurgo-fontanili",
        [
            c(
                "carice",
                "2023-10-17 21:05",
                "Nel nostro comune vorremmo partire quest'inverno con due squadre. Il nodo è "
                "l'assicurazione: il comune dice che i volontari devono essere iscritti a "
                "un'associazione, l'associazione dice che la sua polizza copre solo le "
                "attività in sede. Come avete risolto?",
                c(
                    "partner",
                    "2023-10-18 12:30",
                    "Da noi il comune ha istituito un albo dei volontari civici con una polizza "
                    "infortuni e responsabilità civile sua, circa 20 euro a persona all'anno. "
                    "È la strada più semplice se c'è già un regolamento comunale sul "
                    "volontariato: vale la pena chiedere in segreteria, spesso esiste e nessuno "
                    "lo usa.",
                    c(
                        "carice",
                        "2023-11-02 20:44",
                        "Aggiornamento: il regolamento c'era, fermo dal 2016! Siamo partiti il "
                        "28 ottobre con nove volontari e il primo fontanile è già pulito. Grazie.",
                    ),
                    likes=["editor"],
                ),
                c(
                    "roggia",
                    "2023-10-20 16:12",
                    "Una precisazione dal consorzio di bonifica: lo spurgo leggero a mano non "
                    "richiede autorizzazioni, ma se si interviene sulla testa del fontanile o si "
                    "sposta materiale sulle sponde bisogna avvisarci prima. Meglio una mail in "
                    "più che un lavoro da rifare.",
                ),
                followup=True,
            ),
        ],
    ),
    (
        "theme",
        "specie-esotiche-invasive",
        [
            c(
                "ghiaietti",
                "2024-09-15 22:47",
                "Tante riunioni e tanti protocolli, intanto le nutrie hanno bucato tutti gli "
                "argini del canale e il gambero si è mangiato mezzo fosso. Dateci il permesso "
                "e ci pensiamo noi pescatori in un paio di mesi, altro che volontari con le "
                "schede.",
                c(
                    "salici",
                    "2024-09-16 08:20",
                    "Capisco la frustrazione, da noi gli argini sono nelle stesse condizioni. "
                    "Ma per la nutria c'è già un piano regionale di controllo, con operatori "
                    "abilitati coordinati dalla provincia: chi vuole dare una mano può fare il "
                    "corso e iscriversi come coadiutore. Il fai da te, oltre a essere vietato, "
                    "spesso sposta gli animali invece di ridurli.",
                    c(
                        "ghiaietti",
                        "2024-09-16 12:02",
                        "Il corso l'ho fatto due anni fa e non mi ha mai chiamato nessuno. "
                        "Comunque ho capito, scrivo alla provincia.",
                    ),
                    likes=["editor", "partner"],
                ),
                c(
                    "editor",
                    "2024-09-17 09:30",
                    "Grazie a entrambi. Ricordiamo che qui si confrontano esperienze e metodi; "
                    "i danni agli argini vanno segnalati al consorzio di bonifica. Sul gambero "
                    "rosso trovate la scheda sulla cattura con le nasse, che spiega anche come "
                    "coinvolgere volontari autorizzati.",
                ),
                dislikes=["translator"],
                flags=["partner"],
            ),
        ],
    ),
    (
        "theme",
        "monitoraggio-partecipato",
        [
            c(
                "ninfei",
                "2024-02-27 16:40",
                "Insegno scienze in una scuola media vicina a una ZSC. Abbiamo usato il kit "
                "per gli anfibi con due classi e i ragazzi erano entusiasti, ma i dati come "
                "glieli restituiamo? Vorrei che vedessero che le loro schede servono a "
                "qualcosa.",
                c(
                    "partner",
                    "2024-02-28 09:12",
                    "Al Lago Nascosto a fine stagione passiamo una mattina in classe con la "
                    "mappa delle ovature contate da ciascun gruppo, confrontata con l'anno "
                    "prima. Funziona più di qualsiasi relazione. Se vi serve vi passiamo il "
                    "modello della mappa: scriveteci dal modulo di contatto del progetto.",
                    c(
                        "ninfei",
                        "2024-02-29 18:20",
                        "Perfetto, vi scrivo subito. Una mappa con i nomi delle classi è "
                        "proprio quello che cercavo.",
                    ),
                    likes=["editor"],
                ),
                c(
                    "sparvieri",
                    "2024-03-04 22:10",
                    "Da volontario aggiungo che la cosa che più mi ha fatto restare in un "
                    "monitoraggio è stata ricevere la validazione delle mie segnalazioni con "
                    "due righe dell'esperto. Anche solo «confermato, bella foto».",
                    likes=["partner"],
                ),
                followup=True,
            ),
            c(
                "cannucci",
                "2025-10-14 11:03",
                "Per chi fa monitoraggio con le fototrappole: ai progetti finanziati offriamo "
                "un noleggio stagionale a prezzo agevolato, con scheda SIM e invio automatico "
                "delle foto. Catalogo e condizioni su "
                "https://www.fototrappole-lombardia.example.net/progetti",
                public=False,
            ),
        ],
    ),
    (
        "theme",
        "accordi-con-agricoltori",
        [
            c(
                "ontani",
                "2023-11-21 21:30",
                "Sono un risicoltore e ho aderito al secondo anno. Lo dico chiaramente: non ho "
                "firmato per il premio. Ho firmato perché me l'ha proposto il mio vicino e "
                "perché mi hanno spiegato che i fossi rifugio non mi fanno perdere acqua "
                "nelle camere. Il tecnico che arriva con il contratto già scritto, da noi, non "
                "lo riceve nessuno.",
                c(
                    "marcite",
                    "2023-11-22 07:55",
                    "Facile parlare. La cascina dei fratelli Bonzanini a Castelrotto ha chiuso i "
                    "fossi rifugio il giorno dopo la fine del contratto: chiedete a loro quanto "
                    "valeva l'accordo.",
                    c(
                        "editor",
                        "2023-11-22 10:20",
                        "Abbiamo rimosso il commento qui sopra perché conteneva accuse "
                        "nominative verso un'azienda, che qui non possiamo verificare. Il tema "
                        "però è reale: che cosa succede ai fossi rifugio quando l'accordo "
                        "finisce? Se ne parla nel tema sul dopo-progetto. Eventuali danni a "
                        "habitat tutelati vanno segnalati all'ente gestore del sito.",
                    ),
                    removed=True,
                ),
                c(
                    "risetti",
                    "2023-11-28 14:05",
                    "Confermo dall'organizzazione agricola: il passaparola tra aziende è "
                    "decisivo. Aggiungerei l'assistenza per le pratiche: molti aderiscono se "
                    "qualcuno compila per loro la domanda e tiene il registro degli interventi.",
                ),
                likes=["editor", "partner"],
            ),
        ],
    ),
    (
        "lesson",
        "premio-non-basta",
        [
            c(
                "risetti",
                "2022-02-03 18:45",
                "D'accordo con la lezione, ma attenzione a non far passare il messaggio "
                "opposto: senza un premio adeguato le relazioni non bastano. Nelle aziende che "
                "seguiamo il premio deve coprire almeno il minor reddito, altrimenti si "
                "aderisce solo con i terreni peggiori.",
                c(
                    "editor",
                    "2022-02-04 09:05",
                    "È proprio il senso della lezione: il premio è necessario ma non basta. Se "
                    "avete dati sul minor reddito per coltura ci piacerebbe aggiungerli come "
                    "evidenza: potete riportarli qui o mandarli alla redazione.",
                    c(
                        "risetti",
                        "2022-02-10 17:30",
                        "Ve li mando: abbiamo i conti di otto aziende risicole su tre annate, "
                        "resi anonimi.",
                    ),
                ),
                c(
                    "ontani",
                    "2022-03-01 21:15",
                    "Da agricoltore: il riconoscimento pubblico conta più di quanto si pensi. Il "
                    "cartello all'ingresso della cascina con scritto «azienda custode delle "
                    "risaie per gli aironi» me l'hanno chiesto tutti i vicini.",
                    likes=["partner", "editor"],
                ),
            ),
        ],
    ),
    (
        "lesson",
        "eradicazione-gambero-lanche",
        [
            c(
                "partner",
                "2021-03-02 10:20",
                "Confermo dal Lago Nascosto: nelle pozze isolate il calo continua anche nel "
                "terzo anno. La differenza con le lanche è tutta nella connessione: da noi le "
                "sole vie d'ingresso sono gli uccelli e, purtroppo, chi libera i gamberi "
                "comprati come esca.",
                c(
                    "salici",
                    "2021-03-05 19:40",
                    "Sul rilascio da parte delle persone: avete fatto qualcosa di specifico? "
                    "Pensavamo a un cartello ai punti di pesca, ma temo serva a poco.",
                    c(
                        "partner",
                        "2021-03-08 08:55",
                        "Più dei cartelli ha funzionato parlare con la società di pesca: hanno "
                        "messo il divieto nel loro regolamento e lo fanno rispettare loro.",
                        likes=["editor"],
                    ),
                ),
            ),
        ],
    ),
    (
        "lesson",
        "sfalcio-volontari-non-dura",
        [
            c(
                "castagnoli",
                "2023-05-16 20:50",
                "Sono una delle volontarie del Monte Castagnaro. La lezione è giusta, ma un po' "
                "amara da leggere: non abbiamo smesso per pigrizia, siamo in dodici e la più "
                "giovane ha 58 anni. Quel 40 per cento lo falciamo ancora noi.",
                c(
                    "editor",
                    "2023-05-17 09:40",
                    "Grazie Bruna, nessuno mette in dubbio l'impegno dell'associazione: quel 40 "
                    "per cento è merito vostro. La lezione dice che un lavoro di tutti gli anni "
                    "non può reggersi solo sul volontariato, ed è quello che racconta anche il "
                    "vostro messaggio.",
                    c(
                        "castagnoli",
                        "2023-05-18 19:05",
                        "Va bene così, è la verità. Aggiungerei che ci serve un'azienda "
                        "agricola giovane che prenda in affitto i castagneti: se qualcuno "
                        "legge e conosce qualcuno, siamo qui.",
                    ),
                ),
                c(
                    "fienili",
                    "2023-06-02 21:10",
                    "In Valle Quarzo regge perché la cooperativa vende il fieno e le castagne "
                    "secche: il lavoro si paga da sé. Se all'associazione serve, racconto "
                    "volentieri come abbiamo fatto i conti il primo anno.",
                ),
                followup=True,
                likes=["editor", "partner"],
            ),
        ],
    ),
    (
        "meeting",
        "webinar-specie-invasive",
        [
            c(
                "giunchi",
                "2021-02-22 20:18",
                "Sul protocollo comune: 20 nasse per 10 notti sono tante per un gruppo di "
                "volontari piccolo come il nostro. Si può ridurre lo sforzo e tenere comunque "
                "i dati confrontabili, per esempio con 10 nasse?",
                c(
                    "partner",
                    "2021-02-23 08:44",
                    "Si può, purché si registri lo sforzo reale: il confronto si fa sulle "
                    "catture per nassa e per notte, non sul totale. Nella bozza di protocollo "
                    "quel campo è obbligatorio proprio per questo.",
                    c(
                        "giunchi",
                        "2021-02-23 21:30",
                        "Perfetto, allora partiamo con 10 e intanto cerchiamo altre braccia.",
                    ),
                    likes=["editor"],
                ),
                followup=True,
            ),
        ],
    ),
    (
        "meeting",
        "webinar-dopo-lo-schianto",
        [
            c(
                "laricetti",
                "2023-03-10 08:30",
                "Sulle trappole a feromoni come strumento di sorveglianza sono d'accordo. Ma "
                "chi legge i conteggi quando il progetto finisce? Da noi il consorzio forestale "
                "ha accettato di controllarle solo se i dati vanno direttamente al servizio "
                "fitosanitario regionale.",
                c(
                    "carpinelli",
                    "2023-03-12 18:00",
                    "Noi le controlliamo con la squadra della cooperativa nello stesso giro "
                    "della manutenzione dei sentieri: è mezz'ora in più ogni due settimane, ed "
                    "è l'unico modo per non vederle abbandonate.",
                    likes=["partner"],
                ),
                c(
                    "editor",
                    "2023-03-14 10:05",
                    "La sintesi del webinar è ora tra i materiali della pagina. La sorveglianza "
                    "dopo la fine dei progetti torna anche nella lezione sul monitoraggio senza "
                    "un responsabile.",
                ),
            ),
        ],
    ),
]


# Threads on the English translations of the pages named by their Italian slug.
ENGLISH_THREADS = [
    (
        "solution",
        "nasse-gambero-volontari",
        [
            c(
                "fenwick",
                "2024-06-03 20:41",
                "We have signal crayfish rather than red swamp crayfish in our ponds, but the "
                "volunteer rota described here would work for us too. How many traps can one "
                "pair of volunteers check in a morning?",
                c(
                    "partner",
                    "2024-06-04 09:12",
                    "About twenty, if the ponds are close together and the banks are easy. "
                    "We plan rounds of two hours at most: after that people start to rush and "
                    "the records get sloppy.",
                    likes=["editor"],
                ),
                followup=True,
            ),
        ],
    ),
    (
        "theme",
        "monitoraggio-partecipato",
        [
            c(
                "marsh",
                "2024-09-18 18:05",
                "Has anyone compared the data from volunteers with that of professional "
                "surveyors on the same transects? Our funders keep asking how reliable the "
                "citizen records are.",
                c(
                    "rushworth",
                    "2024-09-19 07:56",
                    "We ran both on six transects for a season. Counts of common species "
                    "matched well; rare species were missed more often by newcomers, so we "
                    "now pair each new volunteer with an experienced one for the first year.",
                ),
            ),
            c(
                "editor",
                "2024-09-20 11:30",
                "The English summary of the lessons on participatory monitoring is now "
                "online: comments on the translation are welcome here.",
            ),
        ],
    ),
]


def when(text):
    return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=ROME)


def walk(comments, parent=None, level=0):
    """Every comment of the data with its parent (None for a thread's first) and level,
    parents before replies, replies in the order written."""
    for comment in comments:
        yield comment, parent, level
        yield from walk(comment["replies"], comment, level + 1)


@dataclass
class DiscussionResult:
    created: int = 0
    updated: int = 0
    flags_created: int = 0
    comments: int = 0
    pages: int = 0
    flags: int = 0

    def summary(self, label="Discussion"):
        return (
            f"{label}: {self.comments} comments on {self.pages} pages "
            f"({self.created} created, {self.updated} updated); {self.flags} likes, "
            f"dislikes and flags ({self.flags_created} created)."
        )


class DiscussionSeeder:
    """Creates `threads` on the demo pages under `home` (by default the Italian home and
    THREADS); pages are named by their Italian slug."""

    def __init__(self, home=None, threads=THREADS):
        from ..models import HomePage

        self.home = home or HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
        self.threads = threads
        self.result = DiscussionResult()
        users = get_user_model().objects.filter(
            username__in=[*USERS, "moderator", "translator", "admin"]
        )
        self.users = {user.username: user for user in users}

    def page(self, kind, slug):
        from .. import models

        model = getattr(models, PAGE_MODELS[kind])
        page = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE, slug=slug).first()
        if page is not None and page.locale_id != self.home.locale_id:
            page = page.get_translation_or_none(self.home.locale)
        if page is None:
            raise ValueError(f"The demo discussion refers to a missing {kind} page: {slug}")
        return page

    def user(self, username):
        try:
            return self.users[username]
        except KeyError:
            raise ValueError(f"The demo discussion needs the demo user {username!r}") from None

    def author(self, key):
        """The fields that say who wrote a comment."""
        if key in VISITORS:
            name, email, url, ip_address = VISITORS[key]
            return {
                "user_id": None,
                "user_name": name,
                "user_email": email,
                "user_url": url,
                "ip_address": ip_address,
            }
        user = self.user(key)
        return {
            "user_id": user.pk,
            "user_name": user.get_full_name() or user.get_username(),
            "user_email": user.email,
            "user_url": "",
            "ip_address": None,
        }

    def seed(self):
        for kind, slug, roots in self.threads:
            page = self.page(kind, slug)
            content_type = ContentType.objects.get_for_model(page.specific_class)
            saved = {}
            for data, parent, _level in walk(roots):
                parent_comment = saved[id(parent)] if parent is not None else None
                comment = self.comment(page, content_type, data, parent_comment)
                saved[id(data)] = comment
                self.feedback(comment, data)
        self.count()
        return self.result

    def comment(self, page, content_type, data, parent):
        author = self.author(data["author"])
        submit_date = when(data["when"])
        values = {
            "user_id": author["user_id"],
            "user_name": author["user_name"],
            "user_url": author["user_url"],
            "ip_address": author["ip_address"],
            "comment": data["text"],
            "is_public": data.get("public", True),
            "is_removed": data.get("removed", False),
            "followup": data.get("followup", False),
        }
        lookup = {
            "site_id": settings.SITE_ID,
            "content_type": content_type,
            "object_pk": str(page.pk),
            "user_email": author["user_email"],
            "submit_date": submit_date,
        }
        comment = XtdComment.norel_objects.filter(**lookup).first()
        if comment is None:
            comment = XtdComment(**lookup, **values)
            if parent is not None:
                comment.parent_id = parent.pk
            comment.save()
            self.result.created += 1
            return comment
        changed = {name: value for name, value in values.items() if getattr(comment, name) != value}
        if changed:
            # An update, not save(): save() would publish or withhold the replies.
            XtdComment.norel_objects.filter(pk=comment.pk).update(**changed)
            for name, value in changed.items():
                setattr(comment, name, value)
            self.result.updated += 1
        return comment

    def feedback(self, comment, data):
        """Likes, dislikes, removal suggestions and, for a removed comment, the moderator's
        deletion, dated a few hours after the comment."""
        flags = [
            *((username, LIKEDIT_FLAG) for username in data.get("likes", [])),
            *((username, DISLIKEDIT_FLAG) for username in data.get("dislikes", [])),
            *((username, CommentFlag.SUGGEST_REMOVAL) for username in data.get("flags", [])),
        ]
        if data.get("removed"):
            flags.append(("moderator", CommentFlag.MODERATOR_DELETION))
        for hours, (username, flag) in enumerate(flags, start=2):
            _flag, created = CommentFlag.objects.get_or_create(
                comment=comment,
                user=self.user(username),
                flag=flag,
                defaults={"flag_date": comment.submit_date + datetime.timedelta(hours=hours)},
            )
            self.result.flags_created += created

    def count(self):
        from wagtail.models import Page

        pages = Page.objects.descendant_of(self.home).order_by()
        comments = XtdComment.norel_objects.filter(
            site_id=settings.SITE_ID,
            object_pk__in=pages.values(pk_text=Cast("pk", CharField())),
        )
        self.result.comments = comments.count()
        self.result.pages = comments.order_by().values("object_pk").distinct().count()
        self.result.flags = CommentFlag.objects.filter(comment__in=comments).count()


def seed_discussion(stdout=None, home=None, threads=THREADS):
    """Create (or complete) the demo discussion; returns the counts. Idempotent."""
    result = DiscussionSeeder(home, threads).seed()
    if stdout is not None:
        stdout.write(result.summary())
    return result
