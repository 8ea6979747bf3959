"""A light Italian and English stemmer for the SQLite backend, whose FTS5 has no Italian one.

SQLite's FTS5 tokenizer (``unicode61 remove_diacritics 2``) lower-cases words and drops
accents, but it does not stem. The database backend therefore stems the visitor's words
here and searches each stem as a *prefix* (``zona umida`` → ``"zon"* "umid"*``): a stem only
has to be the common beginning of a word's forms, and anything that starts with it matches.

What is matched:

* Italian gender and number endings: zona/zone, umido/umida/umidi/umide, agricoltore/
  agricoltori, città (invariable), including -co/-chi, -go/-ghi, -cia/-ce, -gia/-ge, -io/-i
  (parco/parchi, lago/laghi, provincia/province, spiaggia/spiagge, studio/studi).
* Common Italian verb forms and derived nouns that keep the stem: infinitives (-are, -ere,
  -ire), gerunds (-ando, -endo), regular participles (-ato, -ito, -uto and their gender and
  number, when five letters remain), adverbs in -mente and nouns in -ione (coltivare,
  coltivato, coltivazione; conservare, conservazione; gestire, gestione).
* English plurals and common endings: -s, -es, -ies/-y, -ing, -ed, -ly, -ation, a final -e
  (meeting/meetings/meet, study/studies, restore/restored/restoration, zone/zones).
* Accents either way (città = citta), by folding them like the tokenizer does.
* Elisions: ``dell'acqua`` is split on the apostrophe (hyphenated words on the hyphen) and
  the elided article or preposition (l', dell', un', ...) is dropped; common Italian and
  English function words (di, della, the, of, ...) are dropped when other words remain.

What is not matched:

* Irregular forms whose beginnings differ (uomo/uomini, fare/fatto, run/ran, mouse/mice),
  doubled consonants (running/run) and words whose stem is shorter than three letters.
* Synonyms, related words with a different root, misspellings (the backend suggests a
  correction instead) and compound words written as one (agroecologia is not agro ecologia).
* Prefix matching also finds longer words with the same beginning (``"ran"*`` finds rane
  and ranocchie, but also random): recall is favoured over precision, and relevance ranking
  puts the closer matches first.

Words shorter than three letters are never stemmed and are searched exactly. PostgreSQL
needs none of this: it stems with the Snowball Italian and English stemmers of its text
search configurations.
"""

import re
import unicodedata

MIN_STEM = 3
SEPARATORS = re.compile(r"['’\-]+")


def _words(text):
    return text.split()


# Elided articles, prepositions and pronouns before an apostrophe (dell'acqua, l'area).
ELISIONS = frozenset(
    _words(
        "l un dell dall nell sull all coll pell quell quest bell sant c d m n s t v ci gl anch "
        "senz tutt"
    )
)

ITALIAN_STOPWORDS = frozenset(
    _words(
        """
    a ad al alla alle allo agli ai all che chi con col coi da dal dalla dalle dallo dagli dai
    dall de dei del della delle dello degli dell di e ed gli i il in la le lo l ma ne nel
    nella nelle nello negli nei nell non o od per piu se si sono su sul sulla sulle sullo
    sugli sui sull tra fra un una uno come anche
    """
    )
)
ENGLISH_STOPWORDS = frozenset(
    _words(
        """
    a an and are as at be by for from has have in into is it its of on or that the their
    this to was were which with
    """
    )
)
STOPWORDS = {"it": ITALIAN_STOPWORDS, "en": ENGLISH_STOPWORDS}

VOWELS = frozenset("aeiou")

# Italian endings removed whole, longest first, when at least `min` letters remain.
ITALIAN_ENDINGS = (
    ("amente", 4),
    ("emente", 4),
    ("mente", 4),
    ("azione", 4),
    ("azioni", 4),
    ("ione", 4),
    ("ioni", 4),
    ("ando", 4),
    ("endo", 4),
    ("are", 4),
    ("ere", 4),
    ("ire", 4),
    ("ato", 5),
    ("ata", 5),
    ("ati", 5),
    ("ate", 5),
    ("ito", 5),
    ("ita", 5),
    ("iti", 5),
    ("ite", 5),
    ("uto", 5),
    ("uta", 5),
    ("uti", 5),
    ("ute", 5),
)

ENGLISH_ENDINGS = (
    ("ations", 3),
    ("ation", 3),
    ("ingly", 3),
    ("ing", 3),
    ("edly", 3),
    ("ed", 3),
    ("ly", 4),
)


def fold(word):
    """Lower case without accents, as the FTS5 tokenizer stores words."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _latin(word):
    return word.isascii() and word.isalpha()


def stem_italian(word):
    """The common beginning of an Italian word's inflected forms (see the module docstring)."""
    word = fold(word)
    if len(word) <= MIN_STEM or not _latin(word):
        return word
    for ending, minimum in ITALIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= minimum:
            return word[: -len(ending)]
    # parchi/parco, laghi/lago, amiche/amica: the h only keeps the consonant hard.
    for ending in ("chi", "che", "ghi", "ghe"):
        if word.endswith(ending) and len(word) - 2 >= MIN_STEM:
            return word[:-3] + ending[0]
    # provincia/province, spiaggia/spiagge, studio/studi, serie.
    for ending in ("io", "ia", "ie", "ii"):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    if word[-1] in VOWELS and len(word) - 1 >= MIN_STEM:
        return word[:-1]
    return word


def stem_english(word):
    """The common beginning of an English word's inflected forms (see the module docstring)."""
    word = fold(word)
    if len(word) <= MIN_STEM or not _latin(word):
        return word
    if word.endswith("ies") and len(word) - 3 >= MIN_STEM:
        return word[:-3]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for ending, minimum in ENGLISH_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= minimum:
            return word[: -len(ending)]
    if word.endswith(("e", "y")) and len(word) - 1 >= MIN_STEM:
        return word[:-1]
    return word


STEMMERS = {"it": stem_italian, "en": stem_english}


def split_words(words):
    """Words split on apostrophes and hyphens, elided articles and prepositions dropped."""
    result = []
    for word in words:
        parts = [part for part in SEPARATORS.split(word) if part]
        if len(parts) > 1:
            last = len(parts) - 1
            parts = [p for i, p in enumerate(parts) if i == last or fold(p) not in ELISIONS]
        result.extend(parts)
    return result


def search_words(words, language=None):
    """The words worth searching: split, with function words dropped when others remain.
    `language` is a language code, or None for every language."""
    words = split_words(words)
    languages = [language] if language in STOPWORDS else list(STOPWORDS)
    stopwords = frozenset().union(*(STOPWORDS[code] for code in languages))
    content = [word for word in words if fold(word) not in stopwords]
    return content or words


def stems(word, language=None):
    """The prefixes that find a word's forms in `language` (a code, or None for every
    language), without a prefix that another already covers. Words shorter than
    `MIN_STEM` letters come back alone and are meant to be searched exactly."""
    if len(word) < MIN_STEM:
        return [fold(word)]
    languages = [language] if language in STEMMERS else list(STEMMERS)
    found = sorted({STEMMERS[code](word) for code in languages}, key=len)
    prefixes = []
    for stem in found:
        if not any(stem.startswith(shorter) for shorter in prefixes):
            prefixes.append(stem)
    return prefixes
