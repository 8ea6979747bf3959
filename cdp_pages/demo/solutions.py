"""Demo solution cards: 24 practicable solutions at different stages of maturity."""

from .text import p, ul

SOLUTIONS = [
    {
        "slug": "incontri-in-cascina",
        "title": "Incontri in cascina nelle ore serali",
        "image": "garzaia-risaie",
        "listing_summary": (
            "Per parlare con gli agricoltori si va da loro, dopo il lavoro, e a presentare "
            "il progetto è un collega."
        ),
        "challenge": p(
            "Alle prime riunioni convocate in municipio, alle tre del pomeriggio, si sono "
            "presentati due risicoltori su sessanta invitati. Chi è venuto ha parlato "
            "soprattutto dei vincoli imposti dalla riserva negli anni passati."
        ),
        "solution": p(
            "Gli incontri sono stati spostati in cascina, alle 20.30, con una cena semplice "
            "offerta dall'azienda ospitante. A presentare il progetto è un agricoltore del "
            "partenariato; i tecnici rispondono alle domande ma non aprono la serata.",
            "Ogni incontro si chiude con una proposta concreta e piccola (un fosso, una "
            "fascia non trattata) e non con un documento da firmare.",
        ),
        "steps": [
            (
                "Trovare l'azienda ospitante",
                p(
                    "Scegliere un'azienda rispettata nella zona, non necessariamente la più "
                    "grande, e chiedere al titolare di ospitare e introdurre la serata."
                ),
            ),
            (
                "Invitare di persona",
                p(
                    "Gli inviti passano per telefono o a voce, dal titolare ospitante e dalle "
                    "associazioni di categoria. Le email da sole non funzionano."
                ),
            ),
            (
                "Preparare poche cose da dire",
                p(
                    "Dieci minuti di presentazione al massimo, con una mappa dell'area e due "
                    "numeri. Il resto della serata è per le domande."
                ),
            ),
            (
                "Chiudere con una proposta piccola",
                p(
                    "Proporre un impegno limitato e reversibile, da provare per una stagione, "
                    "con un rimborso chiaro."
                ),
            ),
            (
                "Tornare con i risultati",
                p(
                    "A fine stagione, un'altra serata nella stessa cascina per mostrare che "
                    "cosa è successo nei campi di chi ha aderito."
                ),
            ),
        ],
        "time_needed": "Due mesi per il primo ciclo di incontri",
        "cost_range": "low",
        "skills": "Facilitazione di gruppi; conoscenza delle pratiche agricole locali; un "
        "agricoltore disposto a metterci la faccia.",
        "results": p(
            "Nel primo anno 28 risicoltori a cena, 18 aziende aderenti ai fossi rifugio nella "
            "stagione successiva. Lo stesso formato è stato ripreso con gli alpeggiatori "
            "della Valle Quarzo."
        ),
        "enabling_factors": ul(
            "Un agricoltore nel partenariato fin dalla scrittura del progetto.",
            "Proposte piccole e reversibili, che non sembrano vincoli per sempre.",
            "Tempi degli incontri compatibili con il lavoro nei campi.",
        ),
        "pitfalls": ul(
            "Fissare gli incontri in semina o in raccolta.",
            "Trasformare la serata in una lezione tecnica.",
            "Promettere rimborsi che il progetto non è sicuro di poter pagare.",
        ),
        "transferability": p(
            "Funziona con qualsiasi gruppo professionale legato al territorio: risicoltori, "
            "allevatori, pescatori, gestori di impianti. Richiede adattare orari e luoghi."
        ),
        "maturity": "consolidated",
        "themes": ["accordi-con-agricoltori"],
        "projects": ["risaie-amiche-aironi", "praterie-alte-valle-quarzo"],
        "topics": ["coinvolgimento", "accordi-agricoltori", "risaie"],
        "contacts": ["gallarati", "valsecchi"],
    },
    {
        "slug": "contratto-custodia-fontanili",
        "title": "Contratto di custodia dei fontanili con le aziende agricole",
        "image": "testa-fontanile",
        "listing_summary": (
            "Le aziende dei fondi si impegnano a sfalciare le sponde e rispettare una fascia "
            "di rispetto, in cambio di un contributo e di piante."
        ),
        "challenge": p(
            "Dopo lo spurgo, i fontanili tornano a interrarsi se nessuno sfalcia le sponde e "
            "se l'aratura arriva fino al ciglio. I comuni non hanno personale per farlo e gli "
            "interventi meccanici richiedono autorizzazioni diverse a seconda del reticolo."
        ),
        "solution": p(
            "Un contratto di custodia firmato dall'Unione dei comuni con le singole aziende "
            "agricole: l'azienda sfalcia le sponde a turno e non ara una fascia di tre metri; "
            "in cambio riceve un contributo annuo e le piante per le siepi. Lo spurgo "
            "profondo resta al consorzio di bonifica."
        ),
        "steps": [
            (
                "Mappare fontanili e fondi",
                p("Per ogni fontanile: proprietario, conduttore, tratto di competenza."),
            ),
            (
                "Definire gli impegni minimi",
                p(
                    "Poche regole chiare: sfalcio alternato delle sponde, fascia non arata, "
                    "segnalazione di problemi. Niente impegni che richiedano mezzi speciali."
                ),
            ),
            (
                "Concordare i ruoli con il consorzio",
                p(
                    "Distinguere la manutenzione leggera (aziende, volontari) da quella "
                    "pesante (consorzio), con le relative autorizzazioni."
                ),
            ),
            (
                "Firmare e verificare ogni anno",
                p(
                    "Un sopralluogo congiunto a fine estate, con una scheda semplice, "
                    "decide il pagamento del contributo."
                ),
            ),
        ],
        "time_needed": "Sei mesi dalla mappatura alla firma",
        "cost_range": "medium",
        "skills": "Tecnico agrario o ambientale; un referente amministrativo dell'ente per "
        "contratti e pagamenti.",
        "results": p(
            "Undici aziende aderenti per 19 fontanili; in due anni nessuna sponda arata e "
            "sfalci regolari su tutti i tratti in contratto."
        ),
        "enabling_factors": ul(
            "Un ente sovracomunale che firma per tutti i comuni.",
            "La mediazione dei pescatori locali, conosciuti dagli agricoltori.",
        ),
        "pitfalls": ul(
            "Contributi pagati in ritardo: la fiducia si perde in una stagione.",
            "Impegni troppo dettagliati, difficili da controllare.",
        ),
        "transferability": p(
            "Adatto a reticoli minori, siepi e fasce tampone in tutta la pianura irrigua. "
            "Serve un ente capace di gestire molti piccoli contratti."
        ),
        "maturity": "tested",
        "themes": ["custodia-piccoli-ambienti-acqua"],
        "projects": ["fontanili-in-rete"],
        "topics": ["accordi-agricoltori", "fontanili", "governance"],
        "contacts": ["sala-danna"],
    },
    {
        "slug": "squadre-spurgo-fontanili",
        "title": "Squadre di volontari per lo spurgo leggero dei fontanili",
        "listing_summary": (
            "Piccoli gruppi fissi, un calendario invernale e un caposquadra formato: così "
            "lo spurgo a mano dura nel tempo."
        ),
        "challenge": p(
            "Al primo inverno si erano offerti 35 volontari, al secondo ne erano rimasti 12. "
            "Le uscite erano convocate all'ultimo momento e nessuno sapeva chi avrebbe "
            "trovato sul posto."
        ),
        "solution": p(
            "I volontari sono stati divisi in squadre fisse di 4-6 persone, ognuna adotta "
            "tre o quattro fontanili vicini a casa. Un caposquadra formato tiene i contatti "
            "con il consorzio e un calendario di uscite viene fissato a settembre per tutto "
            "l'inverno."
        ),
        "steps": [
            (
                "Formare i capisquadra",
                p("Due giornate con il consorzio: sicurezza, attrezzi, specie da tutelare."),
            ),
            (
                "Assegnare i fontanili per vicinanza",
                p("Ogni squadra adotta fontanili raggiungibili a piedi o in bicicletta."),
            ),
            (
                "Fissare il calendario a settembre",
                p("Quattro uscite tra ottobre e febbraio, con una data di riserva."),
            ),
            (
                "Raccontare il lavoro fatto",
                p("Foto prima e dopo di ogni fontanile, pubblicate dal comune."),
            ),
        ],
        "time_needed": "Un inverno per avviare le squadre",
        "cost_range": "low",
        "skills": "Un coordinatore volontario o del comune; formazione sulla sicurezza.",
        "results": p(
            "Nel terzo inverno 26 volontari attivi in sei squadre; 18 fontanili spurgati a "
            "mano senza costi per i comuni."
        ),
        "enabling_factors": ul(
            "Attrezzi e assicurazione forniti dal comune.",
            "Il legame affettivo con il fontanile vicino a casa.",
        ),
        "pitfalls": ul(
            "Lasciare le squadre senza un riferimento nel consorzio.",
            "Chiedere ai volontari lavori da mezzo meccanico.",
        ),
        "transferability": p(
            "Funziona dove ci sono molti piccoli siti vicini ai paesi: pozze, sentieri, "
            "siepi. Meno adatto ai siti lontani dai centri abitati."
        ),
        "maturity": "tested",
        "themes": ["custodia-piccoli-ambienti-acqua"],
        "projects": ["fontanili-in-rete"],
        "topics": ["coinvolgimento", "fontanili"],
        "contacts": ["sala-danna"],
    },
    {
        "slug": "associazione-fondiaria-castagneti",
        "title": "Associazione fondiaria per i castagneti abbandonati",
        "image": "castagneto",
        "listing_summary": (
            "Centinaia di particelle affidate a un'unica associazione, che le gestisce come "
            "un solo castagneto."
        ),
        "challenge": p(
            "Sul versante c'erano 530 particelle di castagneto, molte di poche centinaia di "
            "metri quadrati. Nessun proprietario aveva interesse a recuperare la propria da "
            "solo, e nessuna impresa poteva lavorare a macchia di leopardo."
        ),
        "solution": p(
            "I proprietari conferiscono volontariamente l'uso dei propri fondi a "
            "un'associazione fondiaria, che redige un piano di gestione unico, affida i "
            "lavori a un'impresa locale e distribuisce ai soci parte del raccolto. Chi non "
            "aderisce resta libero; chi aderisce può uscire con un preavviso."
        ),
        "steps": [
            (
                "Ritrovare i proprietari",
                p("Vedi la scheda sulla ricerca dei proprietari: è il passo più lungo."),
            ),
            (
                "Scrivere statuto e regolamento",
                p(
                    "Con un notaio o uno studio legale: durata minima dei conferimenti, "
                    "diritti dei soci, ripartizione di costi e ricavi."
                ),
            ),
            (
                "Redigere il piano di gestione",
                p("Un piano unico per tutte le particelle, con priorità e calendario."),
            ),
            (
                "Affidare i lavori",
                p("Un'impresa boschiva locale, con un contratto pluriennale."),
            ),
            (
                "Rendicontare ai soci",
                p("Un'assemblea annuale con i conti e il raccolto distribuito."),
            ),
        ],
        "time_needed": "Da uno a due anni",
        "cost_range": "medium",
        "skills": "Consulenza legale e catastale; tecnico forestale; un presidente con la "
        "fiducia dei paesi.",
        "results": p(
            "Centotré proprietari aderenti, 25 ettari in gestione unitaria, 1,8 tonnellate "
            "di castagne vendute nel primo anno di raccolta."
        ),
        "enabling_factors": ul(
            "Un'associazione locale già conosciuta e di cui i proprietari si fidano.",
            "Esempi di associazioni fondiarie funzionanti in altre regioni.",
        ),
        "pitfalls": ul(
            "Promettere ai soci redditi che il castagneto non può dare.",
            "Sottovalutare i costi amministrativi dell'associazione.",
        ),
        "transferability": p(
            "Applicabile a prati, pascoli e boschi frammentati in tutte le aree montane e "
            "collinari. Dove una legge regionale le riconosce, le associazioni fondiarie "
            "possono accedere a contributi dedicati."
        ),
        "maturity": "consolidated",
        "themes": ["prati-castagneti-abbandono"],
        "projects": ["castagneti-custoditi"],
        "topics": ["custodia-terreni", "castagneti", "governance"],
        "contacts": ["pirovano", "castagnoli"],
    },
    {
        "slug": "ricerca-proprietari",
        "title": "Ritrovare i proprietari: catasto, anagrafe e memoria di paese",
        "listing_summary": (
            "Le visure catastali non bastano: servono gli anziani, le serate in oratorio e "
            "pazienza."
        ),
        "challenge": p(
            "Le intestazioni catastali di molte particelle risalivano a decenni fa: "
            "proprietari morti, eredi mai registrati, emigrati all'estero. Senza il loro "
            "consenso non si poteva intervenire."
        ),
        "solution": p(
            "Un lavoro in tre passaggi: estrazione delle intestazioni dal catasto, ricerca "
            "degli eredi con l'aiuto degli uffici anagrafe e, soprattutto, serate pubbliche "
            "con le mappe stampate in grande, dove gli anziani riconoscono i fondi e ricordano "
            "a chi sono passati."
        ),
        "steps": [
            (
                "Estrarre le intestazioni",
                p("Visure per tutte le particelle dell'area, in un foglio di calcolo unico."),
            ),
            (
                "Stampare le mappe in grande",
                p("Mappe catastali sovrapposte alla foto aerea, stampate su pannelli."),
            ),
            (
                "Organizzare le serate",
                p(
                    "Quattro serate in oratori e circoli, con le mappe sui tavoli e un "
                    "volontario che prende nota."
                ),
            ),
            (
                "Contattare gli eredi",
                p("Lettere personali, poi telefonate; per chi vive all'estero, email."),
            ),
        ],
        "time_needed": "Sei-nove mesi",
        "cost_range": "low",
        "skills": "Un tecnico con accesso alle banche dati catastali; volontari pazienti.",
        "results": p(
            "Ritrovati i proprietari di 412 particelle su 530 sul Monte Castagnaro; tre "
            "proprietari chiave ritrovati al Lago Nascosto dopo un anno di blocco."
        ),
        "enabling_factors": ul(
            "La collaborazione degli uffici anagrafe dei comuni.",
            "Anziani che conoscono il territorio e hanno voglia di raccontarlo.",
        ),
        "pitfalls": ul(
            "Cominciare la ricerca quando il cantiere è già programmato.",
            "Trattare le serate come un adempimento burocratico.",
        ),
        "transferability": p(
            "Indispensabile in qualsiasi intervento su terreni frammentati, in montagna come "
            "in pianura."
        ),
        "maturity": "consolidated",
        "themes": ["prati-castagneti-abbandono"],
        "projects": ["castagneti-custoditi", "acque-vive-lago-nascosto"],
        "topics": ["custodia-terreni", "coinvolgimento"],
        "contacts": ["pirovano", "brambati"],
    },
    {
        "slug": "sfalcio-tardivo-premio",
        "title": "Sfalcio tardivo concordato con premio per ettaro",
        "image": "sfalcio-prato",
        "listing_summary": (
            "Un premio per ettaro compensa il fieno meno nutriente e il lavoro in pendenza, "
            "in cambio di date di sfalcio e niente concime."
        ),
        "challenge": p(
            "Lo sfalcio tardivo è quello che serve alla flora e agli insetti dei prati, ma "
            "produce fieno meno nutriente e costa di più in pendenza. Senza compenso, chi "
            "falcia anticipa o smette."
        ),
        "solution": p(
            "Accordi pluriennali con allevatori e cooperativa: sfalcio dopo una data "
            "concordata (variabile con la quota), niente concimazione minerale, un premio per "
            "ettaro pagato a fine stagione dopo un sopralluogo."
        ),
        "steps": [
            (
                "Individuare i prati prioritari",
                p("Con i rilievi floristici: prima i prati più ricchi e più minacciati."),
            ),
            (
                "Fissare date per fascia di quota",
                p("Ad esempio dopo il 1° luglio sotto i 1.200 metri, dopo il 15 sopra."),
            ),
            ("Calcolare il premio", p("Sulla base del minor valore del fieno e dei costi.")),
            ("Verificare e pagare", p("Un sopralluogo e il pagamento entro l'autunno.")),
        ],
        "time_needed": "Una stagione per i primi accordi",
        "cost_range": "medium",
        "skills": "Agronomo; botanico per la scelta dei prati.",
        "results": p(
            "Quaranta ettari di prati a sfalcio tardivo in Valle Quarzo e 42 nelle Orobie; "
            "le specie per rilievo sono passate da 24 a 37 in tre stagioni."
        ),
        "enabling_factors": ul(
            "Un soggetto locale (cooperativa, latteria) che coordina gli allevatori.",
            "Date flessibili nelle annate con stagioni anticipate.",
        ),
        "pitfalls": ul(
            "Premi troppo bassi: gli allevatori aderiscono solo con i prati peggiori.",
            "Nessun piano per quando il premio del progetto finisce.",
        ),
        "transferability": p(
            "Adatto a tutti i prati da fieno e alle praterie magre. Dopo il progetto va "
            "collegato ai pagamenti dello sviluppo rurale o a un marchio di prodotto."
        ),
        "maturity": "tested",
        "themes": ["prati-castagneti-abbandono"],
        "projects": ["praterie-alte-valle-quarzo", "praterie-magre-orobie"],
        "topics": ["accordi-agricoltori", "prati-montani", "praterie-magre"],
        "contacts": ["vanoli", "mazzoleni"],
    },
    {
        "slug": "nasse-gambero-volontari",
        "title": "Cattura del gambero rosso con nasse e volontari formati",
        "listing_summary": (
            "Nasse a doppio imbuto, sforzo di cattura standard e volontari autorizzati: un "
            "protocollo comune a quattro progetti."
        ),
        "challenge": p(
            "Il gambero rosso della Louisiana divora uova e larve di anfibi e la vegetazione "
            "sommersa. Ogni progetto lo catturava con metodi diversi e nessuno sapeva dire se "
            "le catture funzionassero."
        ),
        "solution": p(
            "Un protocollo comune: stesse nasse, stessa esca, stesso sforzo (20 nasse per 10 "
            "notti, due volte l'anno) e stesse schede. I volontari vengono formati e "
            "autorizzati; gli animali catturati sono soppressi secondo le indicazioni "
            "dell'autorità competente."
        ),
        "steps": [
            ("Chiedere le autorizzazioni", p("Per l'ente e per i volontari nominativi.")),
            ("Formare i volontari", p("Una giornata su riconoscimento, schede e sicurezza.")),
            ("Posare le nasse", p("Controllo ogni 24 ore, registrazione per nassa.")),
            ("Inserire i dati", p("In un foglio comune a tutti i progetti.")),
            ("Valutare ogni anno", p("Confrontare le catture per unità di sforzo.")),
        ],
        "time_needed": "Due sessioni all'anno di dieci notti",
        "cost_range": "low",
        "skills": "Un biologo che coordina; volontari disponibili di mattina presto.",
        "results": p(
            "Nelle pozze del Lago Nascosto le catture per nassa sono scese del 60 per cento "
            "in tre anni e le ovature sono tornate. Nelle lanche collegate al fiume la "
            "densità cala ma non si azzera."
        ),
        "enabling_factors": ul(
            "Una bozza di protocollo discussa e condivisa in comunità.",
            "Pozze isolate dal reticolo, dove la reinvasione è lenta.",
        ),
        "pitfalls": ul(
            "Promettere l'eradicazione dove il fiume riporta continuamente animali.",
            "Lasciare che i volontari trasportino animali vivi: è vietato.",
        ),
        "transferability": p(
            "Valido per stagni, pozze e piccoli bacini isolati. Nei sistemi aperti serve "
            "come contenimento, da combinare con barriere dove possibile."
        ),
        "maturity": "tested",
        "themes": ["specie-esotiche-invasive"],
        "projects": ["lanche-vive-santombra", "acque-vive-lago-nascosto", "sette-stagni"],
        "topics": ["specie-invasive", "monitoraggio-partecipato", "zone-umide"],
        "contacts": ["bertazzoni", "lavelli"],
    },
    {
        "slug": "fossi-rifugio-risaia",
        "title": "Fossi rifugio in risaia per anfibi e aironi",
        "image": "fosso-rifugio",
        "listing_summary": (
            "Un fosso sempre allagato lungo la camera di risaia tiene in vita anfibi e "
            "invertebrati anche nelle settimane di asciutta."
        ),
        "challenge": p(
            "Con la semina in asciutta e le asciutte per i trattamenti, le camere restano "
            "senz'acqua proprio quando anfibi e giovani aironi ne hanno più bisogno. Le larve "
            "muoiono e gli aironi vanno a caccia altrove."
        ),
        "solution": p(
            "Lungo un lato della camera si scava o si allarga un fosso di almeno un metro, "
            "profondo 40-50 centimetri, che resta allagato dalla semina a fine luglio. Il "
            "fosso è alimentato dal consorzio anche quando la camera è asciutta e non viene "
            "trattato con erbicidi."
        ),
        "steps": [
            ("Scegliere le camere", p("Quelle più vicine alle garzaie e ai canali.")),
            ("Scavare il fosso", p("In inverno, con la stessa macchina usata per i canali.")),
            ("Concordare l'acqua", p("Con il consorzio: turni che garantiscano il fosso.")),
            ("Monitorare", p("Retinate per le larve e conteggi degli ardeidi in giugno.")),
        ],
        "time_needed": "Un inverno per lo scavo, poi ogni stagione",
        "cost_range": "medium",
        "skills": "Agronomo; ornitologo per il monitoraggio; accordo con il consorzio.",
        "results": p(
            "Ventidue chilometri di fossi in 18 aziende. Nelle camere con il fosso le larve "
            "di anfibi erano in media cinque volte più numerose e gli ardeidi in "
            "alimentazione il doppio."
        ),
        "enabling_factors": ul(
            "Risicoltori nel partenariato.",
            "Un consorzio di bonifica disposto a rivedere i turni dell'acqua.",
        ),
        "pitfalls": ul(
            "Fossi troppo stretti, che si prosciugano in poche ore.",
            "Diserbo della sponda del fosso per abitudine.",
        ),
        "transferability": p(
            "Replicabile in tutte le aree risicole; da proporre come impegno nei pagamenti "
            "agro-climatico-ambientali."
        ),
        "maturity": "consolidated",
        "themes": ["accordi-con-agricoltori"],
        "projects": ["risaie-amiche-aironi"],
        "topics": ["accordi-agricoltori", "risaie", "zone-umide"],
        "contacts": ["gallarati", "cerri"],
    },
    {
        "slug": "calendario-acqua",
        "title": "Calendario condiviso dell'acqua tra risaie e zona umida",
        "listing_summary": (
            "Un calendario concordato con il consorzio per dividere l'acqua tra campi e "
            "palude nelle annate di scarsità."
        ),
        "challenge": p(
            "Nelle estati secche il consorzio non riesce a garantire l'acqua ai fossi "
            "rifugio, alla palude e alle risaie nello stesso momento. Le decisioni vengono "
            "prese giorno per giorno e la palude è sempre l'ultima servita."
        ),
        "solution": p(
            "Un calendario stagionale concordato in primavera tra consorzio, riserva e "
            "aziende, con priorità esplicite per le settimane critiche (cova degli ardeidi, "
            "metamorfosi degli anfibi) e regole per gli anni di scarsità."
        ),
        "steps": [
            (
                "Ricostruire i fabbisogni",
                p(
                    "Settimana per settimana, da marzo a settembre: quanta "
                    "acqua chiedono le camere in semina, i fossi rifugio e la "
                    "palude, e da quali bocche arriva."
                ),
            ),
            (
                "Individuare le settimane critiche",
                p(
                    "Con ornitologi ed erpetologi: la cova degli ardeidi tra "
                    "maggio e giugno, la metamorfosi degli anfibi fino a metà "
                    "luglio."
                ),
            ),
            (
                "Negoziare le priorità",
                p(
                    "Un tavolo in marzo con consorzio, riserva e aziende: chi "
                    "rinuncia a che cosa nelle settimane critiche, e con quale "
                    "compenso."
                ),
            ),
            (
                "Scrivere le regole per la scarsità",
                p(
                    "Che cosa succede se la portata scende sotto una soglia: "
                    "quali bocche si chiudono per prime, come si avvisano le "
                    "aziende."
                ),
            ),
            (
                "Verificare a fine stagione",
                p(
                    "Una riunione in ottobre con i dati di livello della palude "
                    "e le osservazioni degli ornitologi."
                ),
            ),
        ],
        "time_needed": "Una stagione di prova",
        "cost_range": "none",
        "skills": "Idraulico del consorzio; facilitazione del tavolo.",
        "results": p(
            "In studio: nella stagione di prova la palude ha avuto acqua nelle tre "
            "settimane critiche, ma a luglio i turni sono saltati per la siccità."
        ),
        "enabling_factors": ul("Un consorzio che gestisce tutto il comprensorio."),
        "pitfalls": ul(
            "Un calendario senza regole per gli anni di scarsità.",
            "Escludere dal tavolo le aziende non aderenti.",
        ),
        "transferability": p(
            "Potenzialmente utile in tutte le zone umide alimentate da reti irrigue; da "
            "verificare nelle annate di siccità grave."
        ),
        "maturity": "under_study",
        "themes": ["accordi-con-agricoltori"],
        "projects": ["risaie-amiche-aironi"],
        "topics": ["governance", "risaie", "zone-umide"],
        "contacts": ["cerri"],
    },
    {
        "slug": "prugnolo-tardivo",
        "title": "Contenere il prugnolo tardivo con cercinatura e sottopiantagione",
        "image": "bosco-pianura",
        "listing_summary": (
            "Niente taglio raso: si cercinano i portaseme e si piantano specie che fanno "
            "ombra ai ricacci."
        ),
        "challenge": p(
            "Il prugnolo tardivo forma un sottobosco fitto che impedisce la rinnovazione "
            "della quercia. Il taglio raso, provato nel primo anno, ha provocato ricacci "
            "ancora più fitti."
        ),
        "solution": p(
            "I grandi portaseme vengono cercinati (si asporta un anello di corteccia) e "
            "lasciati morire in piedi; sotto copertura si piantano carpino, nocciolo e "
            "farnia che, crescendo, ombreggiano i ricacci. Gli interventi si ripetono per "
            "tre-cinque anni."
        ),
        "steps": [
            ("Mappare i portaseme", p("Le piante adulte che fruttificano.")),
            ("Cercinare", p("A fine estate, con un anello completo di 10-15 centimetri.")),
            ("Sottopiantare", p("In autunno, a gruppi, con specie ombreggianti.")),
            ("Ripassare ogni anno", p("Estirpare i semenzali quando il terreno è umido.")),
        ],
        "time_needed": "Da tre a cinque anni",
        "cost_range": "high",
        "skills": "Squadre forestali; tecnico per il disegno delle parcelle.",
        "results": p(
            "Nelle parcelle del Ticinello la combinazione di cercinatura e sottopiantagione "
            "ha ridotto i ricacci del 70 per cento rispetto al taglio raso dopo tre anni."
        ),
        "enabling_factors": ul(
            "Parcelle sperimentali seguite dall'università.",
            "Squadre di cooperative sociali formate e stabili.",
        ),
        "pitfalls": ul(
            "Tagliare a raso: stimola i ricacci.",
            "Ignorare i boschi confinanti da cui arrivano i semi.",
        ),
        "transferability": p(
            "Valida nei querceti di pianura e nei boschi di contorno delle brughiere. Da "
            "coordinare con i proprietari vicini."
        ),
        "maturity": "tested",
        "themes": ["specie-esotiche-invasive", "boschi-e-clima"],
        "projects": ["bosco-vivo-di-pianura", "brughiere-dei-falchi"],
        "topics": ["specie-invasive", "gestione-forestale", "boschi-planiziali"],
        "contacts": ["bianchessi", "bossi"],
    },
    {
        "slug": "allerta-precoce-invasive",
        "title": "Rete di allerta precoce per le specie invasive",
        "listing_summary": (
            "Cittadini, cantonieri e pescatori segnalano le nuove invasioni prima che "
            "diventino ingestibili."
        ),
        "challenge": p(
            "Il poligono del Giappone si diffonde lungo il Toce con i frammenti di rizoma "
            "trasportati dalle piene e con la terra dei cantieri. Quando i tecnici se ne "
            "accorgono, le macchie sono già grandi."
        ),
        "solution": p(
            "Una rete di segnalatori (cantonieri dei comuni, pescatori, escursionisti) "
            "formati a riconoscere cinque specie prioritarie e a segnalarle con una scheda "
            "o un'app. La cooperativa interviene entro due settimane sulle nuove macchie."
        ),
        "steps": [
            (
                "Scegliere poche specie",
                p(
                    "Cinque al massimo, facili da riconoscere e ancora poco "
                    "diffuse nella valle: per il Toce poligono del Giappone, "
                    "buddleja, balsamina ghiandolosa, ailanto e Ludwigia."
                ),
            ),
            (
                "Formare i segnalatori",
                p(
                    "Incontri di un'ora con cantonieri, pescatori e sezioni "
                    "escursionistiche, con schede fotografiche plastificate da "
                    "tenere in auto."
                ),
            ),
            (
                "Definire chi interviene",
                p(
                    "La cooperativa si impegna a sopralluogo ed estirpazione "
                    "entro due settimane da ogni segnalazione verificata."
                ),
            ),
            (
                "Restituire",
                p(
                    "Una mappa pubblica aggiornata ogni mese, con le "
                    "segnalazioni e gli interventi fatti: chi segnala vede che "
                    "serve."
                ),
            ),
        ],
        "time_needed": "Un anno di prova",
        "cost_range": "low",
        "skills": "Botanico; coordinatore della rete; squadra di intervento.",
        "results": p(
            "In studio: nel primo anno 64 segnalazioni, 11 nuove macchie trovate ancora piccole."
        ),
        "enabling_factors": ul(
            "Comuni che coinvolgono i propri cantonieri.",
            "Una squadra pronta a intervenire.",
        ),
        "pitfalls": ul("Raccogliere segnalazioni senza poi intervenire."),
        "transferability": p(
            "Adatta a valli e corsi d'acqua dove le invasioni arrivano da monte o dai cantieri."
        ),
        "maturity": "under_study",
        "themes": ["specie-esotiche-invasive"],
        "projects": ["ossola-dacqua"],
        "topics": ["specie-invasive", "monitoraggio-partecipato", "ambienti-fluviali"],
        "contacts": ["zanetta", "ardenghi"],
    },
    {
        "slug": "audio-passeggiate",
        "title": "Audio-passeggiate al posto dei pannelli",
        "image": "sette-stagni",
        "listing_summary": (
            "Sei racconti di dieci minuti da ascoltare lungo la pista ciclabile: più "
            "ascolti dei pannelli letti, a un costo simile."
        ),
        "challenge": p(
            "I pannelli esistenti lungo la torbiera erano ignorati: in una giornata di "
            "osservazione solo 9 ciclisti su 400 si sono fermati a leggerli."
        ),
        "solution": p(
            "Invece di dodici nuovi pannelli, sei racconti audio registrati con abitanti, "
            "guardie ecologiche e tecnici, ascoltabili con il telefono tramite un codice "
            "sui paletti lungo il percorso e disponibili anche come podcast."
        ),
        "steps": [
            (
                "Raccogliere le storie",
                p(
                    "Interviste a chi conosce la torbiera da sempre: un ex "
                    "cavatore di torba, una guardia ecologica, una "
                    "viticoltrice, un pescatore."
                ),
            ),
            (
                "Scrivere e registrare",
                p(
                    "Racconti di dieci minuti al massimo, con voci vere e pochi "
                    "dati; un'attrice legge i testi di collegamento."
                ),
            ),
            (
                "Segnalare sul percorso",
                p(
                    "Paletti discreti in legno con un numero e un codice da "
                    "inquadrare, senza testo lungo."
                ),
            ),
            (
                "Pubblicare anche come podcast",
                p(
                    "Per chi vuole ascoltare prima della visita o non ha "
                    "copertura di rete sul posto."
                ),
            ),
            (
                "Misurare gli ascolti",
                p(
                    "Statistiche della piattaforma audio e una breve indagine "
                    "tra i visitatori in due domeniche di primavera."
                ),
            ),
        ],
        "time_needed": "Quattro mesi",
        "cost_range": "low",
        "skills": "Autore o giornalista; tecnico audio; conoscenza del sito.",
        "results": p(
            "Oltre 6.000 ascolti nel primo anno, contro poche decine di letture stimate "
            "per i pannelli."
        ),
        "enabling_factors": ul("Un'agenzia di comunicazione nel partenariato."),
        "pitfalls": ul(
            "Racconti troppo lunghi o troppo tecnici.",
            "Dimenticare chi non ha lo smartphone: serve anche una versione stampata.",
        ),
        "transferability": p("Adatta a tutti i siti con percorsi frequentati."),
        "maturity": "tested",
        "themes": ["fruizione-e-comunicazione"],
        "projects": ["sette-stagni"],
        "topics": ["comunicazione", "fruizione", "torbiere"],
        "contacts": ["orsenigo", "franzoni"],
    },
    {
        "slug": "guardiani-del-nido",
        "title": "Chiusure stagionali dei sentieri con i guardiani del nido",
        "image": "brughiera-recuperata",
        "listing_summary": (
            "Volontari sul posto nei fine settimana spiegano perché il sentiero è chiuso: "
            "le violazioni calano drasticamente."
        ),
        "challenge": p(
            "Le chiusure stagionali dei sentieri, necessarie per gli uccelli che nidificano "
            "a terra, venivano ignorate e hanno suscitato proteste di ciclisti e "
            "proprietari di cani."
        ),
        "solution": p(
            "Nei fine settimana di aprile-luglio volontari formati presidiano gli accessi "
            "chiusi, spiegano il motivo della chiusura e propongono percorsi alternativi. "
            "Il tono è di accoglienza, non di controllo."
        ),
        "steps": [
            (
                "Formare i volontari",
                p(
                    "Due serate: biologia del succiacapre e dell'averla "
                    "piccola, e come parlare con chi protesta senza "
                    "trasformarsi in guardie."
                ),
            ),
            (
                "Segnalare i percorsi alternativi",
                p(
                    "Prima di chiudere: cartelli ai varchi e mappe aggiornate "
                    "nelle app di escursionismo più usate."
                ),
            ),
            (
                "Presidiare i varchi",
                p(
                    "Coppie di volontari nei fine settimana e nei festivi da "
                    "aprile a luglio, con un banchetto e un binocolo da "
                    "prestare."
                ),
            ),
            (
                "Contare passaggi e violazioni",
                p(
                    "Schede semplici compilate dai volontari, per misurare "
                    "l'effetto anno dopo anno."
                ),
            ),
        ],
        "time_needed": "Ogni primavera",
        "cost_range": "low",
        "skills": "Volontari; formazione alla comunicazione con il pubblico.",
        "results": p(
            "Le violazioni delle chiusure sono scese dal 35 al 6 per cento dei passaggi "
            "osservati; sei coppie di succiacapre nella brughiera."
        ),
        "enabling_factors": ul("Un'associazione con molti volontari disponibili."),
        "pitfalls": ul("Trasformare i volontari in guardie."),
        "transferability": p(
            "Valida per tutti i siti con nidificazione a terra o in canneto e molta "
            "fruizione di prossimità."
        ),
        "maturity": "tested",
        "themes": ["fruizione-e-comunicazione"],
        "projects": ["brughiere-dei-falchi"],
        "topics": ["fruizione", "coinvolgimento", "brughiere"],
        "contacts": ["bossi"],
    },
    {
        "slug": "kit-anfibi-scuole",
        "title": "Kit di monitoraggio degli anfibi per le scuole",
        "image": "pozza-anfibi",
        "listing_summary": (
            "Una valigetta con retino, schede e guida: ogni classe adotta una pozza e conta "
            "le ovature ogni primavera."
        ),
        "challenge": p(
            "Le pozze per anfibi hanno bisogno di controlli ogni primavera, ma i volontari "
            "non bastano e il centro di ricerca non può seguirle tutte."
        ),
        "solution": p(
            "Un kit per le scuole (retino, vaschette, termometro, schede illustrate, guida "
            "per l'insegnante): ogni classe adotta una pozza, conta le ovature due volte in "
            "primavera e carica i dati su un modulo online validato dal centro di ricerca."
        ),
        "steps": [
            ("Preparare il kit", p("Materiali robusti e schede con disegni chiari.")),
            ("Formare gli insegnanti", p("Un pomeriggio in pozza con l'erpetologo.")),
            ("Adottare le pozze", p("Una pozza per classe, raggiungibile a piedi.")),
            ("Validare i dati", p("Il centro controlla foto e numeri.")),
            ("Festa di fine anno", p("Le classi presentano i loro risultati.")),
        ],
        "time_needed": "Un anno scolastico",
        "cost_range": "low",
        "skills": "Erpetologo; insegnanti motivati.",
        "results": p(
            "Dodici classi in tre anni, 15 pozze seguite ogni primavera; i dati delle "
            "scuole concordano con quelli degli esperti nel 90 per cento dei casi."
        ),
        "enabling_factors": ul("Dirigenti scolastici favorevoli alle uscite."),
        "pitfalls": ul("Pozze troppo lontane dalle scuole."),
        "transferability": p("Adattabile a farfalle, uccelli comuni, piante dei prati."),
        "maturity": "consolidated",
        "themes": ["monitoraggio-partecipato", "custodia-piccoli-ambienti-acqua"],
        "projects": ["acque-vive-lago-nascosto", "bosco-vivo-di-pianura"],
        "topics": ["educazione-ambientale", "monitoraggio-partecipato", "zone-umide"],
        "contacts": ["lavelli"],
    },
    {
        "slug": "bioblitz-validato",
        "title": "BioBlitz annuale con validazione degli esperti",
        "listing_summary": (
            "Ventiquattro ore per contare tutte le specie di un sito, con esperti che "
            "validano ogni osservazione."
        ),
        "challenge": p(
            "Le osservazioni occasionali dei cittadini erano tante ma poco affidabili e "
            "sparse nel tempo; mancava un momento che tenesse insieme la rete di volontari."
        ),
        "solution": p(
            "Ogni anno, nello stesso fine settimana di giugno, un BioBlitz di 24 ore nel "
            "castagneto: cittadini e studenti fotografano e caricano le osservazioni su una "
            "piattaforma pubblica, esperti di diversi gruppi le validano sul posto e nelle "
            "settimane successive."
        ),
        "steps": [
            (
                "Creare un progetto sulla piattaforma",
                p(
                    "Con i confini del sito disegnati sulla mappa e le regole "
                    "per le specie sensibili, le cui coordinate vengono "
                    "oscurate."
                ),
            ),
            (
                "Reclutare gli esperti",
                p(
                    "Almeno uno per gruppo (piante, insetti, uccelli, funghi, "
                    "chirotteri), con il compito di guidare un'uscita e "
                    "validare le foto."
                ),
            ),
            (
                "Organizzare le 24 ore",
                p(
                    "Uscite guidate a orari fissi, comprese quelle notturne per "
                    "falene e chirotteri, e un punto di ritrovo con le lenti e "
                    "i manuali."
                ),
            ),
            (
                "Validare e restituire",
                p(
                    "Le validazioni si chiudono entro un mese; una serata "
                    "pubblica presenta le specie trovate e le novità rispetto "
                    "all'anno prima."
                ),
            ),
        ],
        "time_needed": "Tre mesi di preparazione",
        "cost_range": "low",
        "skills": "Naturalisti esperti; organizzazione di eventi.",
        "results": p(
            "Quattro edizioni, 1.100 specie registrate nel castagneto, il 92 per cento "
            "delle osservazioni validato a livello di specie."
        ),
        "enabling_factors": ul("Associazioni naturalistiche locali."),
        "pitfalls": ul("Non definire i confini del progetto sulla piattaforma."),
        "transferability": p("Adatto a qualsiasi sito accessibile e sicuro."),
        "maturity": "consolidated",
        "themes": ["monitoraggio-partecipato"],
        "projects": ["castagneti-custoditi"],
        "topics": ["monitoraggio-partecipato", "educazione-ambientale", "castagneti"],
        "contacts": ["pirovano"],
    },
    {
        "slug": "protocollo-minimo-monitoraggio",
        "title": "Protocollo minimo di monitoraggio comune tra progetti",
        "listing_summary": (
            "Pochi indicatori, raccolti da tutti nello stesso modo, per poter finalmente "
            "confrontare i risultati."
        ),
        "challenge": p(
            "Ogni progetto raccoglie dati con metodi propri: quando la comunità ha provato "
            "a confrontare i risultati sulle specie invasive e sugli anfibi, i dati non si "
            "potevano sommare."
        ),
        "solution": p(
            "Un protocollo minimo con cinque indicatori comuni (ovature di anfibi, catture "
            "di gambero per unità di sforzo, copertura delle invasive, farfalle su transetto, "
            "specie per rilievo floristico), metodi e schede uguali per tutti."
        ),
        "steps": [
            (
                "Scegliere gli indicatori",
                p(
                    "Pochi e utili a più progetti: cinque, scelti in una "
                    "sessione di lavoro della comunità."
                ),
            ),
            (
                "Scrivere una scheda per indicatore",
                p(
                    "Metodo, periodo, sforzo minimo e un esempio compilato; "
                    "niente che richieda strumenti costosi."
                ),
            ),
            (
                "Provare per una stagione",
                p("Ogni progetto applica le schede su almeno un sito e annota le difficoltà."),
            ),
            (
                "Correggere e condividere",
                p(
                    "Le schede vengono riviste in un webinar e i dati "
                    "confluiscono in un archivio comune della comunità."
                ),
            ),
        ],
        "time_needed": "Un anno",
        "cost_range": "none",
        "skills": "Ecologi dei progetti; un coordinatore della comunità.",
        "results": p(
            "In studio: tre progetti lo hanno adottato per gli anfibi e il gambero rosso."
        ),
        "enabling_factors": ul("La facilitazione della comunità."),
        "pitfalls": ul("Volere troppi indicatori."),
        "transferability": p("Utile a qualsiasi rete di progetti finanziati dallo stesso bando."),
        "maturity": "under_study",
        "themes": ["monitoraggio-partecipato"],
        "projects": ["lanche-vive-santombra", "sette-stagni", "acque-vive-lago-nascosto"],
        "topics": ["monitoraggio-partecipato", "governance"],
        "contacts": ["rusconi", "beltrami"],
    },
    {
        "slug": "nuclei-rinnovazione-larice",
        "title": "Nuclei di rinnovazione protetti dopo gli schianti",
        "image": "schianto-larici",
        "listing_summary": (
            "Piccoli gruppi di piante protette dagli ungulati, invece di rimboschimenti "
            "estesi: meno costi, più diversità."
        ),
        "challenge": p(
            "Sui versanti schiantati il rimboschimento tradizionale costa molto e le giovani "
            "piante vengono brucate da caprioli e cervi."
        ),
        "solution": p(
            "Sessanta nuclei di 20-30 piante (larice, sorbo, acero, betulla) protetti da "
            "recinzioni leggere, distribuiti dove la rinnovazione naturale è scarsa; il "
            "resto della superficie è lasciato alla rinnovazione spontanea."
        ),
        "steps": [
            (
                "Osservare la rinnovazione naturale",
                p(
                    "Due stagioni di rilievi su aree di saggio: dove larice e "
                    "sorbo ricrescono da soli non si pianta."
                ),
            ),
            (
                "Scegliere i punti",
                p(
                    "Dove la rinnovazione manca e il suolo è stabile, lontano "
                    "dai canaloni e vicino alle piste per i controlli."
                ),
            ),
            (
                "Piantare e recintare",
                p(
                    "Gruppi di 20-30 piante di specie diverse, protetti da "
                    "recinzioni leggere in legno e rete, alte almeno 1,8 metri."
                ),
            ),
            (
                "Seguire per dieci anni",
                p(
                    "Controllo delle recinzioni ogni primavera, sfalcio delle "
                    "erbe concorrenti nei primi tre anni, rilievo della "
                    "sopravvivenza."
                ),
            ),
        ],
        "time_needed": "Dieci anni di cure",
        "cost_range": "medium",
        "skills": "Tecnico forestale; squadra per le recinzioni.",
        "results": p(
            "In studio: dopo due stagioni sopravvive l'82 per cento delle piante nei "
            "nuclei, contro il 40 per cento delle piante non protette."
        ),
        "enabling_factors": ul("Parcelle sperimentali del centro di selvicoltura."),
        "pitfalls": ul("Recinzioni senza manutenzione, che cedono dopo la prima neve."),
        "transferability": p("Applicabile a tutti i boschi montani danneggiati da disturbi."),
        "maturity": "under_study",
        "themes": ["boschi-e-clima"],
        "projects": ["larici-alpe-lunga"],
        "topics": ["gestione-forestale", "lariceti"],
        "contacts": ["dei-cas", "gusmeroli"],
    },
    {
        "slug": "trappole-bostrico",
        "title": "Trappole a feromoni per sorvegliare il bostrico con i consorzi forestali",
        "listing_summary": (
            "Le trappole non fermano il bostrico ma dicono dove intervenire per primi."
        ),
        "challenge": p(
            "Dopo gli schianti il bostrico si è moltiplicato e si è spostato verso i "
            "lariceti misti. Non si sapeva dove concentrare gli esboschi."
        ),
        "solution": p(
            "Ventiquattro trappole a feromoni, controllate ogni due settimane dai consorzi "
            "forestali, con soglie di allerta concordate: dove le catture superano la "
            "soglia si ispezionano i boschi vicini e si esboscano per primi i focolai."
        ),
        "steps": [
            (
                "Posizionare le trappole",
                p(
                    "Ai margini dei boschi danneggiati, ad almeno 15 metri "
                    "dalle piante sane, per non attirare il bostrico su di "
                    "esse."
                ),
            ),
            (
                "Controllare ogni due settimane",
                p(
                    "Da aprile a settembre, con una scheda condivisa: numero di "
                    "insetti, stato della trappola, note."
                ),
            ),
            (
                "Confrontare con le soglie",
                p(
                    "Le soglie di allerta sono concordate con il servizio "
                    "fitosanitario; oltre soglia scatta l'ispezione dei boschi "
                    "vicini."
                ),
            ),
            (
                "Esboscare i focolai",
                p(
                    "Le piante colonizzate vengono tagliate e allontanate prima "
                    "dello sfarfallamento, in ordine di priorità."
                ),
            ),
        ],
        "time_needed": "Ogni stagione vegetativa",
        "cost_range": "medium",
        "skills": "Operatori forestali; entomologo per le soglie.",
        "results": p(
            "Tre focolai individuati in anticipo ed esboscati prima dello sfarfallamento."
        ),
        "enabling_factors": ul("Consorzi forestali già attivi sul territorio."),
        "pitfalls": ul("Usare le trappole come strumento di lotta: attirano insetti."),
        "transferability": p("Valido per tutte le foreste alpine con abete rosso."),
        "maturity": "tested",
        "themes": ["boschi-e-clima"],
        "projects": ["larici-alpe-lunga"],
        "topics": ["gestione-forestale", "monitoraggio-partecipato", "lariceti"],
        "contacts": ["dei-cas"],
    },
    {
        "slug": "convenzione-manutenzione-comuni",
        "title": "Convenzione decennale di manutenzione con i comuni",
        "image": "canneto-lago",
        "listing_summary": (
            "Una convenzione firmata prima della fine del progetto mette la manutenzione "
            "nei bilanci dei comuni per dieci anni."
        ),
        "challenge": p(
            "Lo sfalcio a rotazione del canneto e la cura delle pozze costano circa 9.000 "
            "euro l'anno. A progetto finito nessun ente li aveva previsti in bilancio."
        ),
        "solution": p(
            "Una convenzione decennale tra parco e comuni rivieraschi, approvata dai consigli "
            "comunali nell'ultimo anno di progetto: ogni comune versa una quota in "
            "proporzione alla sponda, il parco coordina e affida i lavori alla cooperativa "
            "sociale."
        ),
        "steps": [
            (
                "Calcolare i costi reali",
                p(
                    "Sulla base di tre anni di lavori: ore di sfalcio, noleggi, "
                    "smaltimento, coordinamento."
                ),
            ),
            (
                "Ripartire le quote",
                p(
                    "Con un criterio semplice e trasparente: metri di sponda "
                    "per comune, con una quota minima uguale per tutti."
                ),
            ),
            (
                "Passare dai consigli comunali",
                p(
                    "Una bozza condivisa dai sindaci e approvata dai consigli "
                    "prima delle elezioni, non dopo."
                ),
            ),
            (
                "Affidare i lavori",
                p(
                    "A un soggetto stabile del territorio, con un programma "
                    "annuale e una relazione ai comuni a fine anno."
                ),
            ),
        ],
        "time_needed": "Un anno",
        "cost_range": "medium",
        "skills": "Segreteria del parco; amministratori convinti.",
        "results": p(
            "Convenzione approvata da cinque comuni su cinque; lavori regolari da tre anni."
        ),
        "enabling_factors": ul(
            "Un contratto di lago che aveva già abituato i comuni a collaborare."
        ),
        "pitfalls": ul("Aspettare la fine del progetto per parlarne."),
        "transferability": p("Applicabile ovunque ci siano più comuni attorno a un sito."),
        "maturity": "tested",
        "themes": ["dopo-il-progetto"],
        "projects": ["acque-vive-lago-nascosto"],
        "topics": ["governance", "zone-umide"],
        "contacts": ["brambati"],
    },
    {
        "slug": "pse-gestori-idrici",
        "title": "Pagamento dei servizi ecosistemici dal gestore idrico",
        "listing_summary": (
            "I prati e i boschi che proteggono le sorgenti potrebbero essere pagati da chi "
            "vende l'acqua."
        ),
        "challenge": p(
            "Il premio per lo sfalcio tardivo finisce con il progetto. Intanto i prati "
            "gestiti proteggono le sorgenti che alimentano l'acquedotto di valle."
        ),
        "solution": p(
            "L'idea è proporre al gestore del servizio idrico un accordo di pagamento per "
            "servizi ecosistemici: una piccola quota della tariffa finanzia la gestione di "
            "prati e boschi nei bacini delle sorgenti."
        ),
        "steps": [
            (
                "Mappare sorgenti e bacini",
                p(
                    "Con il gestore del servizio idrico: quali captazioni "
                    "dipendono dai prati e dai boschi del sito."
                ),
            ),
            (
                "Stimare il servizio",
                p(
                    "Qualità e regolarità dell'acqua, costi di trattamento "
                    "evitati; servono dati del gestore e un idrogeologo."
                ),
            ),
            (
                "Proporre l'accordo",
                p(
                    "All'ente di governo d'ambito e ai comuni, con una quota "
                    "simbolica per metro cubo destinata alla gestione dei "
                    "prati."
                ),
            ),
        ],
        "time_needed": "Da definire",
        "cost_range": "none",
        "skills": "Economista ambientale; idrogeologo.",
        "results": p("Idea: un primo incontro con il gestore è in programma."),
        "enabling_factors": ul(
            "Riferimenti normativi nazionali ai pagamenti per i servizi ecosistemici."
        ),
        "pitfalls": ul("Promettere benefici sulla qualità dell'acqua non dimostrabili."),
        "transferability": p("Interessante per tutti i siti montani con captazioni idropotabili."),
        "maturity": "idea",
        "themes": ["dopo-il-progetto"],
        "projects": ["praterie-magre-orobie"],
        "topics": ["governance", "praterie-magre"],
        "contacts": ["gusmeroli"],
    },
    {
        "slug": "marchio-natura-2000",
        "title": "Marchio collettivo per i prodotti dei siti Natura 2000",
        "listing_summary": (
            "Riso, formaggio e miele prodotti con impegni per la biodiversità, riconoscibili "
            "da chi compra."
        ),
        "challenge": p(
            "Le aziende che aderiscono agli accordi chiedono che il loro impegno sia "
            "riconosciuto. Gli strumenti pubblici non prevedono alcuni impegni, come i "
            "fossi rifugio."
        ),
        "solution": p(
            "Un marchio collettivo per i prodotti delle aziende che rispettano un "
            "disciplinare di pratiche per la biodiversità, con controlli semplici e una "
            "comunicazione comune."
        ),
        "steps": [
            (
                "Scrivere il disciplinare",
                p(
                    "Con aziende ed enti gestori: poche pratiche verificabili, "
                    "come i fossi rifugio o lo sfalcio tardivo."
                ),
            ),
            (
                "Decidere chi controlla",
                p(
                    "E chi paga i controlli: l'ente gestore, un organismo terzo "
                    "o un sistema di controllo tra pari."
                ),
            ),
            (
                "Registrare il marchio",
                p("Come marchio collettivo, con un regolamento d'uso pubblico."),
            ),
            (
                "Lanciare il marchio",
                p(
                    "Con i prodotti delle prime aziende, nei negozi e nelle "
                    "feste dei comuni del sito."
                ),
            ),
        ],
        "time_needed": "Da definire",
        "cost_range": "low",
        "skills": "Esperto di marchi e disciplinari; comunicazione.",
        "results": p("Idea: discussa nel webinar sugli accordi con i risicoltori."),
        "enabling_factors": ul("Distretti agricoli e latterie già organizzati."),
        "pitfalls": ul("Un disciplinare troppo leggero, che perde credibilità."),
        "transferability": p("Possibile in tutti i siti con produzioni agricole tipiche."),
        "maturity": "idea",
        "themes": ["accordi-con-agricoltori", "fruizione-e-comunicazione"],
        "projects": ["risaie-amiche-aironi", "praterie-magre-orobie"],
        "topics": ["accordi-agricoltori", "comunicazione"],
        "contacts": ["mazzoleni", "valsecchi"],
    },
    {
        "slug": "cantiere-scuola",
        "title": "Cantiere-scuola di ingegneria naturalistica con le cooperative sociali",
        "image": "sponda-toce",
        "listing_summary": (
            "Il cantiere del progetto forma una squadra di manutenzione che resta sul "
            "territorio e dà lavoro a persone in difficoltà."
        ),
        "challenge": p(
            "Le opere di ingegneria naturalistica e il contenimento delle invasive "
            "richiedono manutenzione per anni. Le imprese esterne se ne vanno a fine "
            "cantiere."
        ),
        "solution": p(
            "Il cantiere è organizzato come una scuola: lo studio di ingegneria naturalistica "
            "forma una squadra della cooperativa sociale, composta in parte da persone in "
            "inserimento lavorativo, che realizza le opere e poi ne cura la manutenzione."
        ),
        "steps": [
            ("Coinvolgere la cooperativa dalla progettazione", p("Non a cantiere avviato.")),
            ("Formare sul campo", p("Moduli brevi su palificate, talee, invasive.")),
            ("Affidare le prime opere", p("Con affiancamento dello studio.")),
            ("Passare alla manutenzione", p("Con un contratto pluriennale.")),
        ],
        "time_needed": "Da uno a due anni",
        "cost_range": "high",
        "skills": "Ingegnere naturalista; tutor della cooperativa.",
        "results": p(
            "Otto persone formate in Ossola, sei assunte dalla cooperativa; 400 metri di "
            "sponda ricostruiti dopo la piena senza imprese esterne."
        ),
        "enabling_factors": ul("Cooperative sociali radicate nel territorio."),
        "pitfalls": ul("Squadre senza lavoro tra un cantiere e l'altro."),
        "transferability": p(
            "Applicabile a sponde, zone umide e sentieri; consolidata anche nelle "
            "brughiere del Ticino."
        ),
        "maturity": "consolidated",
        "themes": ["dopo-il-progetto", "custodia-piccoli-ambienti-acqua"],
        "projects": ["ossola-dacqua", "brughiere-dei-falchi"],
        "topics": ["ingegneria-naturalistica", "governance", "ambienti-fluviali"],
        "contacts": ["archetti", "zanetta"],
    },
    {
        "slug": "tavolo-dopo-progetto",
        "title": "Tavolo di comunità per il dopo-progetto",
        "listing_summary": (
            "Un tavolo stabile di enti, associazioni e imprese che si riunisce due volte "
            "l'anno dopo la fine del progetto."
        ),
        "challenge": p(
            "A fine progetto le persone cambiano e nessuno sa più chi debba validare le "
            "segnalazioni, programmare la manutenzione o rispondere ai cittadini."
        ),
        "solution": p(
            "Un tavolo di comunità, nato dal partenariato e aperto ad altri soggetti, con un "
            "coordinatore a rotazione e un piano di impegni verificato due volte l'anno."
        ),
        "steps": [
            (
                "Scrivere il piano di impegni",
                p(
                    "Nell'ultimo anno di progetto: chi fa che cosa, con quali "
                    "risorse, per quanti anni."
                ),
            ),
            (
                "Scegliere il coordinatore",
                p("A rotazione biennale tra gli enti del tavolo, con una segreteria fissa."),
            ),
            (
                "Riunirsi due volte l'anno",
                p(
                    "In primavera per programmare, in autunno per verificare, "
                    "con un verbale pubblicato."
                ),
            ),
            (
                "Aprire ad altri soggetti",
                p(
                    "Scuole, aziende e associazioni nate dopo il progetto "
                    "possono entrare nel tavolo."
                ),
            ),
        ],
        "time_needed": "Ultimo anno di progetto",
        "cost_range": "none",
        "skills": "Facilitazione.",
        "results": p("In studio: avviato nel Ticinello, in discussione in Ossola."),
        "enabling_factors": ul("Un ente disposto a fare da segreteria."),
        "pitfalls": ul("Un tavolo senza impegni concreti."),
        "transferability": p("Utile per tutti i partenariati."),
        "maturity": "under_study",
        "themes": ["dopo-il-progetto"],
        "projects": ["bosco-vivo-di-pianura", "ossola-dacqua"],
        "topics": ["governance", "coinvolgimento"],
        "contacts": ["zanoletti", "bianchessi"],
    },
    {
        "slug": "banca-del-fieno",
        "title": "Banca del fieno tra allevatori e prati da recuperare",
        "image": "praterie-orobie",
        "listing_summary": (
            "Il fieno tardivo dei prati in quota si scambia con fieno di fondovalle, per "
            "renderlo utile agli allevatori."
        ),
        "challenge": p(
            "Il fieno tardivo è meno nutriente: gli allevatori di vacche da latte lo "
            "accettano solo in piccola parte della razione, e lo sfalcio tardivo perde "
            "convenienza."
        ),
        "solution": p(
            "Una banca del fieno gestita dalla latteria: il fieno tardivo va agli "
            "allevatori di manze e ovini, quello di fondovalle a chi produce latte. Lo "
            "scambio è registrato in balle e compensato a fine stagione."
        ),
        "steps": [
            (
                "Censire domanda e offerta",
                p(
                    "Quali allevatori producono fieno tardivo, chi lo può usare "
                    "(manze, ovini, cavalli) e chi ha bisogno di fieno più "
                    "ricco."
                ),
            ),
            (
                "Fissare le regole di scambio",
                p(
                    "Un rapporto di scambio in balle che tiene conto della "
                    "qualità, rivisto ogni anno dopo le analisi."
                ),
            ),
            (
                "Provare per una stagione",
                p("Con quattro-cinque allevatori e la latteria come garante degli scambi."),
            ),
            (
                "Valutare i costi di trasporto",
                p("Prima di allargare la banca: il trasporto in quota può annullare il vantaggio."),
            ),
        ],
        "time_needed": "Una stagione di prova",
        "cost_range": "low",
        "skills": "Agronomo; la latteria come garante.",
        "results": p("In studio: quattro allevatori nella prima stagione."),
        "enabling_factors": ul("Una latteria sociale di cui gli allevatori si fidano."),
        "pitfalls": ul("Costi di trasporto sottovalutati."),
        "transferability": p(
            "Possibile nelle valli con allevamenti diversi tra quota e fondovalle."
        ),
        "maturity": "under_study",
        "themes": ["prati-castagneti-abbandono"],
        "projects": ["praterie-magre-orobie"],
        "topics": ["accordi-agricoltori", "prati-montani"],
        "contacts": ["mazzoleni"],
    },
]
