"""What the matcher needs to read Spanish and Spanglish against an English FAQ.

The FAQ's phrasings are English; Spanish words reach them through the staff synonyms
(faq/synonyms.yaml maps 'amamantar' to 'breastfeed'). This module adds what staff should not have
to write: the function words that carry no topic, the chat spellings ('q', 'xq', 'pa'), and a
stemmer so that one synonym line covers a word's other forms ('amamantando', 'amamanto').
It also reads a verb's other forms as the form the word lists use: irregular forms the stemmer
cannot join ('dio a luz' is 'dar a luz'), pronouns glued to an infinitive ('darle pecho' is 'dar
pecho'), and forms of a function word ('sabria', 'tenga'). Text here is already folded (lower case,
no accents).
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

# Chat spellings, read as the full word before anything else. Only unambiguous ones: "k" and "q"
# are "que" in Spanish chat and "ok"/nothing in English, and both readings carry no topic.
CHAT = {
    "q": "que", "k": "que", "ke": "que", "xq": "porque", "pq": "porque", "porq": "porque",
    "xk": "porque", "pk": "porque", "x": "por", "pa": "para", "pal": "para el", "tb": "tambien",
    "tmb": "tambien", "tmbn": "tambien", "bb": "bebe", "d": "de", "dl": "del", "toy": "estoy",
    "tas": "estas", "ta": "esta", "nd": "nada", "aki": "aqui", "weno": "bueno", "xfa": "por favor",
    "porfa": "por favor", "porfis": "por favor", "xfavor": "por favor", "ntp": "no te preocupes",
    "tqm": "", "msj": "mensaje", "info": "informacion", "dr": "doctor", "dra": "doctora",
    "depre": "depresion", "nomas": "nada mas", "ps": "pues", "ora": "ahora",
    "salu2": "saludos", "cel": "celular", "xq'": "porque", "aunq": "aunque", "xo": "pero",
    "tons": "entonces", "porfavor": "por favor", "xfis": "por favor", "orita": "ahorita", "horita": "ahorita", "ahoritita": "ahorita",
    "plis": "por favor", "porfi": "por favor",
    # Round 49: short forms of a word said in chat ('la keta', 'qtan rapido', 'dsp del parto').
    "keta": "ketamina", "qtan": "que tan", "ktan": "que tan", "dsp": "despues", "dsps": "despues",
    "desp": "despues", "xfa.": "por favor", "tmbien": "tambien", "pq'": "porque",
}

# Spanish words that say nothing about the topic (articles, pronouns, prepositions, auxiliaries,
# chat fillers). Question words are left out on purpose: the synonyms map them to English ones.
STOPWORDS = frozenset(
    """a al algo alguien algun alguna algunas alguno algunos ante antes aqui asi aun aunque bien bueno
    cada casi con contra cual cuales de del desde dos el ella ellas ellos en entonces entre era
    eran eres es esa esas ese eso esos esta estaba estado estamos estan estar estas este esto estos
    estoy fue fueron fui ha habia han has hasta hay he hola la las le les lo los mas me mi mis mucha
    muchas mucho muchos muy nada ni no nos nosotros o otra otras otro otros para pero poco por porque
    pues que se sea ser si sido siempre sin sobre solo son soy su sus tal tambien tan tanto te tener
    tengo tiene tienen todo todos tu tus un una uno unos usted ustedes va vamos van ya yo oye
    buenas buenos dias tardes noches saludos gracias favor senora senor seno disculpe disculpa perdon
    pregunta preguntar pregunto duda dudas saber quisiera quiero queria gustaria podria pueden puede
    puedo podemos hacer hago hace hacen verdad cierto osea este eh ah ay pues oiga mire ok okey
    mensaje informacion ahora hoy ahorita luego despues dicen dice dijo dijeron sabe saben se sea
    vez veces cosa cosas alguna algo les nomas nada mas tipo
    creo pienso siento sentir tiempo dias semana meses ano anos mucho demasiado bastante
    exactamente realmente normalmente solamente nomas apenas nunca jamas lei leido entendi entiendo
    entender buscar anda ando ande anden andaba tuve tuvo tuvimos probe probar prueba persona personas da dan dio dieron
    doy dar pongo pone dejar deja mal fatal super bien raro rara quiere quieren cree creen mando mandaron
    facil importa llevo lleva primer primera ahi alla vivo veo sola solo hagan hacerlo hacerme explicar
    expliquen expliquenme menciono notar nota oido oi pensando sintiendo sentido toma tomo tomar pasa
    paso interesa vdd usa usan y e u necesito necesita necesitan usar queda quedan quedar siente sienta estaba estuve estaria seria serian tenia tenido podria podrian
    pos oigan buen buena buenos dia jaja jajaja jeje serio realidad curiosidad fijate vos sabes mundo
    toda todas puro pura cuenta cuento caso lugar onda general adentro cualquiera cualquier ninguno ninguna
    nadie sera seran deberia debo ir ver viene vienen sigo seguir ocupo ocupa ocupan ocupamos recibir
    preocupa preocupada preocupado contar cuenten cuentenme cuentame digame diganme platicame expliqueme
    suegra suegro nuera yerno hermana hermano abuela abuelo cunada cunado tia tio prima primo mija mijo
    comadre vecina conocida sobrina paciente pacientes pasar pase pasado razon tome espanol haber habido
    habitual usual usualmente comun comunmente generalmente demas veras acaba acabo acaban acabamos
    senorita nieta nieto nietos clase querer andar parte partes
    tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta
    existe existen existir decir digo decirle leer escuchar escuche escuchado parece parecen parecer
    tampoco intentar intente encontrar conocer quizas quiza talvez totalmente basicamente literalmente
    probablemente seguramente definitivamente obviamente forma manera partir suena suenan
    fregada fregado gacho gacha pesimo pesima neta
    explicame explicarme explicarnos explican hacemos haces suele suelen soler
    posible posibles estimado estimada estimados estimadas equipo continuar nombre tema
    articulo principio varias varios decidir decidirme decidi conozco
    considerar dedica dedican primero primeros primeras
    desearia desearian deseo deseamos solicito solicitamos solicitar agradeceria agradeceriamos agradezco
    indicara indicaran indique indiquen indicarme indicarnos detallar detallarme detallarnos detalladamente
    cabe propiamente dicha dicho nivel mia mio mias mios suya suyo tuya tuyo mes
    muchacha muchacho muchachas muchachos considera consideran
    cuarto cuarta cuartos cuartas tercer tercero tercera
    respecto respecta enumerar enumerara enumere enumeren enumerarme enumerarnos enumerame
    caracteristico caracteristica caracteristicos caracteristicas
    cuadro solita solito preocupar preocuparse preocuparme frecuente frecuentes cumplir cumplirse
    acerca notarse notarlo
    sigue siguen ayer anoche
    comento comentaron comentar comenta comentan comentado menciono mencionaron mencionar
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    fijese fijense fijase vaa sabemos sabremos""".split()  # Round 57 (es57): Central American fillers ('fijese que...', 'vaa')
)

_STEMMER = snowballstemmer.stemmer("spanish")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """Snowball's Spanish stem: 'amamantando', 'amamantar' and 'amamanto' all give 'amamant'."""
    return _STEMMER.stemWord(word)


# Forms the stemmer cannot join to the infinitive the word lists use.
IRREGULAR = {
    "dio": "dar", "dado": "dar", "dando": "dar", "diera": "dar", "daba": "dar",
    "haga": "hacer", "hizo": "hacer", "hice": "hacer", "hecho": "hacer", "haria": "hacer", "haciendo": "hacer",
    "tenga": "tener", "tengan": "tener", "tendria": "tener", "tendre": "tener", "tendran": "tener",
    "ponga": "poner", "pongan": "poner", "puso": "poner", "puse": "poner", "puesto": "poner", "pondran": "poner",
    "sepa": "saber", "sabria": "saber", "supe": "saber", "quiera": "querer", "quise": "querer",
    "pueda": "poder", "pude": "poder", "pudo": "poder", "podre": "poder", "vaya": "ir", "voy": "ir",
    "vi": "ver", "vio": "ver", "visto": "ver", "empece": "empezar", "comence": "comenzar",
    "nazca": "nacer", "nazcan": "nacer", "nace": "nacer", "naci": "nacer",
}
_ENGLISH_ENDINGS = ("ed", "ing", "ly", "tion", "ness", "ies")
# Regular endings of the gerund, the imperfect, the participle and the preterite plural, each with
# the infinitive endings it can come from: 'tomando' is 'tomar', 'daban' is 'dar', 'sentia' is 'sentir'.
_VERB_ENDINGS = (
    ("ando", ("ar",)), ("iendo", ("er", "ir")), ("abamos", ("ar",)), ("aban", ("ar",)), ("abas", ("ar",)),
    ("aba", ("ar",)), ("iamos", ("er", "ir")), ("ian", ("er", "ir")), ("ias", ("er", "ir")), ("ia", ("er", "ir")),
    ("aron", ("ar",)), ("ieron", ("er", "ir")), ("ado", ("ar",)), ("ada", ("ar",)), ("ido", ("er", "ir")),
    ("ida", ("er", "ir")),
)
# Before 'e' a verb in -car or -gar writes its last consonant 'qu' or 'gu' (the preterite's first
# person, the subjunctive): 'busque' is 'buscar', 'pague' is 'pagar'.
_SPELLING_CHANGES = (("que", "car"), ("gue", "gar"))
_CLITICS = ("selo", "sela", "nos", "les", "los", "las", "me", "te", "le", "lo", "la", "se")
# A stopword's stem stands for its other forms ('tenemos', 'quieres'); adverbs in -mente are left
# out because their stem is an adjective that may carry the topic ('normalmente' -> 'normal').
_STOP_STEMS = {stem(word): word for word in sorted(STOPWORDS) if len(stem(word)) >= 4 and not word.endswith("mente")}


def base_form(word: str) -> str:
    """The form of a Spanish word the word lists use: 'dio' -> 'dar', 'darle' -> 'dar',
    'ponerse' -> 'poner', 'quieres' -> 'quiero' (a function word). Other words are returned as they are."""
    word = IRREGULAR.get(word, word)
    for clitic in _CLITICS:
        root = word[: -len(clitic)]
        if word.endswith(clitic) and len(root) >= 3 and root.endswith(("ar", "er", "ir")):
            return IRREGULAR.get(root, root)
    if word.endswith(_ENGLISH_ENDINGS):
        return word  # 'considered' is not 'considerada'
    if stem(word) in _STOP_STEMS:
        return _STOP_STEMS[stem(word)]
    return _infinitive(word) or word


def _infinitive(word: str) -> str | None:
    """The infinitive behind a regular form of a function verb ('tomando', 'daban', 'sentia'), or
    behind a form whose spelling changed before 'e' ('pague' -> 'pagar'); else None.
    Only function verbs are recognised by their endings: any other word ending in '-ado' or '-ia'
    may be a noun or an adjective ('estado', 'ansia')."""
    for ending, infinitives in _VERB_ENDINGS:
        root = word[: -len(ending)]
        if word.endswith(ending) and root:
            for infinitive in infinitives:
                if root + infinitive in STOPWORDS:
                    return root + infinitive
    for ending, infinitive in _SPELLING_CHANGES:
        if word.endswith(ending) and len(word) >= 5:
            return word[: -len(ending)] + infinitive
    return None


# How a Spanish word sounds, for chat that writes it by ear: 's', 'z' and soft 'c' sound alike
# (seseo: 'empiesa' is 'empieza', 'nase' is 'nace'), as do 'b' and 'v' ('sirbe'), and 'h' is silent
# ('ase' is 'hace', 'ombres' is 'hombres').
# Round 58 (match58): a diminutive is its base word ('horitas' horas, 'ratito' rato, 'poquito' poco,
# 'lechita' leche, 'cafecito' cafe): the endings, each with the endings of the base words it can come from.
_DIMINUTIVES = (
    ("quito", ("co",)), ("quita", ("ca",)), ("guito", ("go",)), ("guita", ("ga",)),
    ("cito", ("", "o", "e")), ("cita", ("", "a", "e")), ("ito", ("o", "e")), ("ita", ("a", "e")),
)


def diminutive_bases(word: str) -> tuple[str, ...]:
    """The words a diminutive may stand for, likeliest first ('horitas' -> 'horas', 'hora', ...);
    the caller keeps the first it knows. A base under four letters is no diminutive's ('cita', 'quita')."""
    plural = word.endswith("s")
    core = word[:-1] if plural else word
    bases: list[str] = []
    for ending, base_endings in _DIMINUTIVES:
        root = core[: -len(ending)]
        if core.endswith(ending) and root:
            for base in (root + base_ending for base_ending in base_endings if len(root + base_ending) >= 4):
                bases += [base + "s", base] if plural else [base]
    return tuple(dict.fromkeys(bases))


_VOWELS = re.compile(r"[aeiou]")


def consonants(word: str) -> str:
    """A word without its vowels: 'rapido' -> 'rpd', the key chat with dropped vowels ('rpido') shares."""
    return _VOWELS.sub("", word)


def is_subsequence(short: str, long: str) -> bool:
    """Whether `short` is `long` with some letters left out, in order."""
    letters = iter(long)
    return all(letter in letters for letter in short)


_SOUNDS = (("ll", "y"), ("qu", "k"), ("ch", "\x00"), ("h", ""), ("z", "s"), ("v", "b"), ("c", "k"), ("\x00", "ch"))
_SOFT_C = re.compile(r"c(?=[ei])")


def sound_key(word: str) -> str:
    """The spelling of a Spanish word as it sounds: 'hace', 'ase' and 'aze' all give 'ase'."""
    word = _SOFT_C.sub("s", word)
    for written, sound in _SOUNDS:
        word = word.replace(written, sound)
    return word


_ENGLISH_TOO = frozenset("a he me no son solo has sin era mi tu".split())


def looks_spanish(tokens: list[str]) -> bool:
    """Whether a phrase reads as Spanish: Spanish function words that are not English make up two
    words of it, or a fifth of it ('ketamina o pastillas antidepresivas')."""
    spanish = sum(1 for t in tokens if t in STOPWORDS and t not in _ENGLISH_TOO)
    return spanish >= 2 or (spanish >= 1 and spanish * 5 >= len(tokens))


# Words both languages write alike, read the Spanish way in a Spanish message ('son' is 'are').
# The adverbs of 'what is usually done' are read as one ('normalmente' -> 'usualmente', which the
# synonyms read as 'standard'); listed here, not as synonyms, because their stems are the
# adjectives of other questions ('es normal', 'los signos mas comunes').
_SPANISH_READING = {"son": "ser", "normalmente": "usualmente", "generalmente": "usualmente", "comunmente": "usualmente"}
# Round 55 (es55): 'una depresion normal' (or 'comun') is depression as usually met, set beside
# postpartum depression: read as the English phrasings' 'regular depression', not the 'normal' of 'is it normal to cry'.
_PLAIN_KIND = frozenset("normal comun regular".split())
_INDEFINITE = frozenset("un una unos unas".split())
# Relatives the asker may ask for ('para mi hermana'): stopwords, as who is asked about is not the
# topic, but 'mi' before them is still the possessive, not 'para mí' (for me).
_RELATIVES = frozenset("""suegra suegro nuera yerno hermana hermano abuela abuelo cunada cunado tia tio prima primo
    comadre vecina conocida sobrina nieta nieto amiga amigo mija mijo""".split())

# A son or daughter who gives birth, nurses or is pregnant is a grown child the asker asks for,
# not the baby: 'mi hija tuvo su bebe', 'mi hija esta lactando'. Read as 'mija' (a stopword).
_GROWN_CHILD_NEXT = frozenset("tuvo dio pario acaba acaban quiere quieren necesita anda".split())
_GROWN_CHILD_STATE = frozenset("lactando amamantando embarazada deprimida dando por".split())
_BABY_WORDS = frozenset("bebe bebes bebito bebita nieto nieta nietos nietas recien".split())
# ...and so is a daughter said to have depression ('mi hija tiene depresion posparto', 'a mi hija le
# diagnosticaron depre'): a baby is not the one who is depressed in this FAQ.
_GROWN_CHILD_HAS = frozenset("tiene sufre padece le esta anda".split())
_DEPRESSION_WORDS = frozenset("depresion posparto postparto ppd dpp diagnosticaron diagnostico deprimida deprimido".split())
# Round 56 (es56): ...and so is one given or taking a treatment ('a mi hija le dieron pastillas para la depresion',
# 'si mi hija se pone la ketamina', 'mi hija se hace el tratamiento'): a baby is not the patient in this FAQ.
_ES56_TREATED = frozenset("dieron recetaron pusieron mandaron pone ponga pusiera hace haga hiciera".split())
_ES56_TREATMENTS = frozenset("pastillas antidepresivos antidepresivo tratamiento ketamina".split())
# '(su) nino' or '(su) nena' beside 'mi hija' is her baby: 'mi hija ... desde que nacio su nino'
_BOOKED = frozenset("cita citas consulta consultas turno".split())
_HER_BABY = frozenset("nino nina nene nena ninos ninas".split())


# Round 56 (es56): 'como' right after a form of 'ser', before a word that carries a topic ('es como droga',
# 'seria como anestesia'), is 'like': the question word comes before the verb ('como es la sesion'), and
# 'asi es como la dan' (that is how) has a function word after it.
_ES56_IS = frozenset("es son era seria sera sean sea".split())
# Round 56 (es56): a demonstrative before a general noun ('esa condicion', 'ese tratamiento', 'esa indicacion')
# points back at what an earlier sentence named, as 'eso' does: the sentence alone does not say what it asks about.
# (A kind of thing the clinic offers, 'ese medicamento', 'ese tratamiento', names what it asks about, as in English.)
ES56_POINTER_NOUN = (r"\b(?:esa|ese|esas|esos|dicha|dicho) (?:condici[oó]n|condiciones|enfermedad|enfermedades|indicaci[oó]n"
                     r"|indicaciones|situaci[oó]n|cosa|cosas|s[ií]ntomas|diagn[oó]stico|problema|padecimiento|cuadro|trastorno)\b")
# 'como' before a person ('gente como ella', 'alguien como yo') is 'like', not the question word 'how'.
_PERSON_AFTER_LIKE = frozenset("yo ella el ellas ellos usted ustedes nosotras nosotros tu mi".split())


def _spanish_reading(token: str, after: str, before: str = "") -> str:
    """'son' is the verb; 'como' before 'un'/'una' or a number is 'like'/'about' ('es como una
    depresion normal', 'como 6 semanas'), not the question word 'how'. 'mi' before a word that
    carries a topic is the possessive 'my' ('para mi esposa'), not the pronoun 'mí' ('para mí',
    for me), which folding makes it look like: it is read as its plural 'mis'. 'normal' after 'depresion' is
    'regular' (_PLAIN_KIND)."""
    if token == "como" and (after in _INDEFINITE or after.isdigit() or after in _PERSON_AFTER_LIKE
                            or (before in _ES56_IS and after not in STOPWORDS)):
        return "tipo"
    if token in _PLAIN_KIND and before in ("depresion", "depre"):
        return "regular"
    if token == "mi" and after and (after not in STOPWORDS or after in _RELATIVES) and not after.isdigit():
        return "mis"
    return _SPANISH_READING.get(token, token)


_QUESTION_WORDS_QU = frozenset({"que", "quien", "quienes"})


def _k_spelling(token: str) -> str | None:
    """Chat writes 'qu' before 'e' and 'i' as 'k': 'kiero' is 'quiero', 'kien' is 'quien'. Only
    function words and question words are read back, so a 'k' word of its own ('ketamina') stays."""
    if len(token) < 3 or token[0] != "k" or token[1] not in "ei":
        return None
    word = "qu" + token[1:]
    if word in STOPWORDS or word in _QUESTION_WORDS_QU or _STOP_STEMS.get(stem(word)) is not None:
        return word
    return None


# Verbs that report what someone says or thinks: the 'que' right after them joins the clause they
# report ('mi mama dice que es normal llorar' is "says that it is normal"), it does not ask 'what'.
_REPORTED = re.compile(r"\b(dice|dicen|dijo|dijeron|digo|dec[ií]a|dec[ií]an|creo|cree|creen|cre[ií]a|pienso|piensa|piensan"
                       r"|parece|siento|coment[oó]|mencion[oó]|entendido|escuch[eé]|le[ií]|o[ií]) +(?:que|q|k|ke)\b", re.IGNORECASE)


# Who says something about the asker ('mi esposo dice que tengo depre') only reports it: the
# husband is not what is asked about, as he is in 'mi esposo dice que se siente triste'.
# 'mi doctora me dijo que podria tener...' is the same report, told to the asker and hedged.
_SAYER_ABOUT_ME = re.compile(r"\b(?:mi|su|el|la) +\w+ +(?:me +)?(?:dice|dicen|dijo|dijeron|cree|creen|piensa|piensan) +(?:que|q|k|ke) +"
                             r"(?=(?:yo +)?(?:tengo|estoy|ando|sufro|padezco|me|tendr[ií]a|tuviera"
                             r"|(?:podr[ií]a|puedo|pueda|puede) +(?:tener|estar|ser|sufrir))\b)", re.IGNORECASE)


# Someone who does not understand what the asker goes through ('mi esposo no entiende q me pasa')
# is who the answer is for, not what is asked about: the asker's state is the topic.
_AUDIENCE_OF_ME = re.compile(r"\b(?:mi|su) +\w+ +no +(?:me +)?(?:entiende|comprende|entienden|comprenden)\b"
                             r"(?= +(?:lo +)?(?:que|q|k) +(?:me +pasa|siento|tengo|estoy)\b)", re.IGNORECASE)


# Round 53 (es53): a relative who asked the asker to ask ('mi esposa me pidio que preguntara como se la
# dan', 'mi mama quiere que les pregunte si...') is who wants the answer, not what is asked about: the
# frame is read away and the question after it stays.
_ASKED_TO_ASK = re.compile(r"\b((?:mi|su) +\w+) +(?:me +)?(?:pidi[oó]|pide|dijo|dice|encarg[oó]|mand[oó]|quiere|quer[ií]a)"
                           r" +(?:que +|a +)?(?:les? +)?(?:pregunte|preguntara|preguntase|preguntar|averigue|averiguara|averiguar)\b",
                           re.IGNORECASE)


# ...and so is one who asks the asker ('mi esposo es muy esceptico y me pregunta que hace esa medicina'):
# the question reported is the question.
_ASKS_ME = re.compile(r"\b(?:mi|su) +\w+ +(?:[^.?!,;]{0,40}? +)?me +(?:pregunta|pregunt[oó]|preguntaron|preguntan)"
                      r"(?= +(?:qu[eé]|si|c[oó]mo|cu[aá]ndo|cu[aá]nto|d[oó]nde|por ?qu[eé])\b)", re.IGNORECASE)


# 'alguien me dice que es?' asks someone to tell the asker what it is: a request, not a report.
_ASKED_TO_TELL = re.compile(r"\b(?:alguien|quien|me +puede[ns]?|nos +puede[ns]?|me +podria[ns]?|nos +podria[ns]?)"
                            r" +(?:me +|nos +)?$", re.IGNORECASE)


def _report(found: re.Match) -> str:
    before = found.string[:found.start()]
    return found.group(0) if _ASKED_TO_TELL.search(before) else found.group(1)


def drop_reported_que(text: str) -> str:
    """'dice q es normal' is read without its 'que', so that 'que es' is not taken for 'what is';
    'me dijo, ¿qué es eso?' (a comma or a question mark between) is left as it is, and so is a request
    to be told ('alguien me dice q es?'). 'mi esposo dice que tengo...' is read as what it says of the
    asker, 'tengo...'."""
    return _REPORTED.sub(_report, _SAYER_ABOUT_ME.sub("", _AUDIENCE_OF_ME.sub("", _ASKED_TO_ASK.sub(r"\1", _ASKS_ME.sub("", text)))))


# Round 51 (es51): a tag question ('todas lloran, no? como sabe una...') asks nothing of its own; its
# 'no' is dropped so that it does not join the next sentence's first word ('no como' is not eating).
_TAG_NO = re.compile(r"¿?\bno\s*\?+(?=\s*\w)", re.IGNORECASE)


def drop_tag_no(text: str) -> str:
    """'lloran la primera semana no? como sabe una...' is read without the tag 'no?'."""
    return _TAG_NO.sub("?", text)


# Intensifiers carry no topic and split a set phrase: 'me caian muy mal' is 'me caian mal'.
_INTENSIFIERS = frozenset({"muy", "super", "re"})

# How the asker wants the answer said ('en palabras sencillas', as English 'in plain words'):
# it says nothing of the topic, and 'sencillas' is not a topic word.
_MANNER = tuple(tuple(phrase.split()) for phrase in (
    "en palabras sencillas", "en palabras simples", "con palabras sencillas", "con palabras simples",
    "en palabras faciles", "con palabras faciles", "en cristiano", "de forma facil", "de manera facil",
    "facilito", "sin tanto rollo",
    # Round 49: where the asker saw the word, and asking to be told plainly ('digan claro').
    "por todos lados", "por todas partes", "por donde sea", "digan claro", "diganme claro", "dime claro",
    "en terminos sencillos", "en terminos simples", "en terminos faciles", "en pocas palabras",
))


def _drop_manner(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for phrase in _MANNER:
            if tuple(tokens[i:i + len(phrase)]) == phrase:
                i += len(phrase)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _grown_children(tokens: list[str]) -> list[str]:
    """'mi hija' is the asker's grown daughter, not the baby, when she is said to give birth, nurse
    or be pregnant, or when the message names a baby besides her ('mi hija y su bebe')."""
    baby_too = any(t in _BABY_WORDS or (t in _HER_BABY and before == "su") for before, t in zip(["", *tokens], tokens))
    out = list(tokens)
    for i, token in enumerate(tokens):
        if token not in ("hija", "hijo") or i == 0 or tokens[i - 1] not in ("mi", "su"):
            continue
        after = tokens[i + 1:i + 3]
        has = after[:1] and after[0] in _GROWN_CHILD_HAS and any(t in _DEPRESSION_WORDS for t in tokens[i + 1:i + 4])
        # Round 53 (es53): an appointment asked for her ('quiero sacar cita pa mi hija') is for the grown daughter
        booked = i >= 2 and tokens[i - 2] == "para" and bool(_BOOKED & set(tokens[:i - 2]))
        aged = len(after) == 2 and after[0] == "de" and after[1].isdigit() and int(after[1]) >= 12  # 'mi hija de 30'
        treated = (len(after) == 2 and after[0] in ("le", "se") and after[1] in _ES56_TREATED
                   and bool(_ES56_TREATMENTS & set(tokens[i + 3:i + 6])))
        if baby_too or has or aged or booked or treated or (after and after[0] in _GROWN_CHILD_NEXT) or (
                len(after) == 2 and after[0] in ("esta", "ya") and after[1] in _GROWN_CHILD_STATE):
            out[i] = "mija" if token == "hija" else "mijo"
    return out


# 'sirve la ketamina para prevenirla' asks whether it is used to do what the verb after 'para' says,
# as 'sirve para prevenir' (a synonym of 'prevent') does: the verb carries the topic, not 'sirve'.
_SERVES = frozenset("sirve sirven serviria servirian servira".split())
_INFINITIVE = re.compile(r"^[a-z]{3,}(?:ar|er|ir)(?:la|lo|las|los|le|les|me|se)?$")


def _drop_serves_for(tokens: list[str]) -> list[str]:
    """'sirve para prevenirla', 'sirve para que no me pase': what follows 'para' is the topic."""
    out = list(tokens)
    for i, token in enumerate(tokens):
        if token not in _SERVES:
            continue
        for j in range(i + 1, min(i + 5, len(tokens) - 1)):
            if tokens[j] == "para" and (_INFINITIVE.match(tokens[j + 1]) or (tokens[j + 1] == "que" and j + 2 < len(tokens))):
                out[i] = ""
                break
    return [t for t in out if t]


# 'me empece a sentir mal' is the asker's mood starting, not the treatment starting to be felt
# ('empezar a sentir', kick in): read as 'empieza' (start).
_STARTS = ("empe", "empie", "comen", "comien")
_SELF = frozenset("me te nos".split())  # 'se empieza a sentir el efecto' is the effect felt


def _felt_start(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if (tokens[i] in _SELF and i + 3 < len(tokens) and tokens[i + 1].startswith(_STARTS)
                and tokens[i + 2] == "a" and tokens[i + 3].startswith("sent")):
            out += [tokens[i], "empieza"]
            i += 4
            continue
        out.append(tokens[i])
        i += 1
    return out


# 'cuanto tiempo me sirve' asks how long it keeps working (as 'cuanto me dura'); 'en cuanto tiempo
# funciona' asks how soon it starts. Without 'en' before it, 'sirve'/'funciona' is read as 'dura'.
_KEEPS_WORKING = frozenset("sirve sirven funciona funcionan servira funcionara".split())


def _how_long_works(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i in range(len(tokens) - 2):
        if tokens[i] != "cuanto" or tokens[i + 1] != "tiempo" or (i > 0 and tokens[i - 1] == "en"):
            continue
        j = i + 2 + (tokens[i + 2] in _CLITICS and i + 3 < len(tokens))
        if tokens[j] in _KEEPS_WORKING:
            out[j] = "dura"
    return out


# 'ninguna pastilla le ha servido', 'no le ha funcionado': a treatment that did not work, told with
# a pronoun or an auxiliary between the negation and the verb, read as the set phrase the synonyms
# know ('no me sirvio'). Only past forms: 'no sirve' may ask about the present. 'no le hicieron nada'
# is the same (round 50): the pills said to have done nothing are read as the antidepressants, so
# that 'pill' does not draw the question to the comparison with antidepressant pills.
_NEGATIONS = frozenset("no ninguna ninguno ningun nada ni".split())
_WORKED = frozenset("""servido sirvio sirvieron funcionado funciono funcionaron ayudado ayudo ayudaron
    sirvieran funcionaran""".split())
_DID_NOTHING = frozenset("hicieron hizo".split())
_PILLS = frozenset("pastilla pastillas pildora pildoras".split())
_BETWEEN = frozenset("me le les nos te se ha han he has hemos habia habian".split())


def _did_not_work(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] in _NEGATIONS:
            j = i + 1
            middle: list[str] = []
            while j < len(tokens) and j - i <= 4 and tokens[j] not in _WORKED | _DID_NOTHING:
                if tokens[j] not in _BETWEEN:
                    middle.append(tokens[j])
                j += 1
            # between the negation and the verb only pronouns, auxiliaries and at most one noun ('ninguna pastilla')
            found = j < len(tokens) and (tokens[j] in _WORKED or (
                tokens[j] in _DID_NOTHING and j + 1 < len(tokens) and tokens[j + 1] == "nada"))
            if found and len(middle) <= 1 and not (tokens[i] == "nada" and middle):
                # pills that did nothing for the depression are the antidepressants ('las pastillas no
                # le hicieron nada'), not pills as a way the treatment is given
                if out and out[-1] in _PILLS:
                    out[-1] = "antidepresivos"
                middle = ["antidepresivos" if t in _PILLS else t for t in middle]
                out += middle + ["no", "me", "sirvio"]
                i = j + 1 + (tokens[j] in _DID_NOTHING)
                continue
        out.append(tokens[i])
        i += 1
    return out


# 'para gente como ella', 'alguien como yo': whether it suits the asker (or the one asked for) is
# 'para mi', which the synonyms read as 'right for me'. Runs after 'como' is read as 'tipo'.
_SOMEONE = frozenset("alguien gente personas persona mujeres mujer mamas mama madres madre pacientes paciente".split())


def _like_me(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if (tokens[i] in _SOMEONE and i + 2 < len(tokens) and tokens[i + 1] == "tipo"
                and tokens[i + 2] in _PERSON_AFTER_LIKE | {"mis"}):
            if out and out[-1] in _INDEFINITE:
                out.pop()  # 'para una persona como yo'
            out += ["mi"] if out and out[-1] == "para" else ["para", "mi"]
            i += 3 + (tokens[i + 2] in ("mi", "mis") and i + 3 < len(tokens))  # 'como mi esposa'
            continue
        out.append(tokens[i])
        i += 1
    return out


# Round 50 (es50): 'volver a' before a verb says the verb is done again ('cuando puedo volver a darle
# pecho', 'volver a hacer ejercicio'): resuming it, not a relapse. Read as 'retomar' (resume) (as the
# feeding alone when it is feeding the baby), unless the verb is one of falling ill again ('volver a
# caer', 'que no me vuelva a pasar', 'vuelva a dar').
_AGAIN = frozenset("volver vuelvo vuelve vuelva vuelvan volveria volvere volvera regresar".split())
_RELAPSE_VERBS = frozenset("""caer recaer sentir estar pasar dar tener ser deprimir enfermar aparecer empezar
    salir bajar poner hundir presentar""".split())
_VERB_AFTER = re.compile(r"^[a-z]+(?:ar|er|ir)(?:la|lo|las|los|le|les|me|se|te|nos)?$")
_FED = frozenset("pecho leche breastmilk chichi mamar lactar amamantar".split())  # 'darle pecho', 'tener leche'


def _again(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] in _AGAIN and i + 2 < len(tokens) and tokens[i + 1] == "a" and _VERB_AFTER.match(tokens[i + 2]):
            verb = base_form(tokens[i + 2])
            fed = any(t in _FED for t in tokens[i + 3:i + 5])
            if verb not in _RELAPSE_VERBS or (verb == "dar" and fed):
                # resume: a question of when the asker may do it again; feeding the baby again is what
                # the breastfeeding entry answers, so it is read as the feeding alone
                if not (verb in _FED or (verb == "dar" and fed)):
                    out.append("retomar")
                i += 2
                continue
        out.append(tokens[i])
        i += 1
    return out


# Round 50 (es50): 'como' after 'todavia cuenta' ('todavia cuenta como posparto', 'aun se considera
# como depresion') is 'as', not the question word 'how'; the synonyms read 'todavia cuenta' as late.
# Without 'todavia' or 'aun' the counting verb is left as it is.
_COUNTS_AS = frozenset("cuenta cuentan contaria contarian cuente considera consideran considerada considerado".split())
_STILL = frozenset("todavia aun".split())


def _counts_as(tokens: list[str]) -> list[str]:
    out = list(tokens)
    for i in range(2, len(tokens)):
        if tokens[i] == "como" and tokens[i - 1] in _COUNTS_AS and _STILL & set(tokens[max(0, i - 3):i - 1]):
            out[i] = "tipo"
    return out


# Round 53 (es53): 'mi esposo anda raro ... le puede dar depresion posparto a el tambien': 'él' (folded to
# 'el') said of a man the message names, in a message that speaks of depression, asks whether men get it.
# The pronoun is told from the article by what follows it: 'a el' at the end or before 'tambien', 'le' or
# 'si'; 'el tambien' (an article never stands before 'tambien'). Read as 'hombres' (men).
_MEN_NAMED = frozenset("esposo marido yerno novio suegro hermano cunado papa padre".split())
_AFTER_HIM = frozenset({"", "tambien", "le", "les", "si", "no"})


def _him_too(tokens: list[str]) -> list[str]:
    if not (_MEN_NAMED & set(tokens) and _DEPRESSION_WORDS & set(tokens)):
        return tokens
    out = list(tokens)
    for i, token in enumerate(tokens):
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token == "el" and ((i and tokens[i - 1] == "a" and after in _AFTER_HIM) or after == "tambien"):
            out[i] = "hombres"
    return out


# Round 54 (es54): chat spellings read only in a Spanish message, because English chat writes them
# too ('quick qn' is a question): 'qn es renew wellness', 'a qns les puedo hablar'.
_SPANISH_CHAT = {"qn": "quien", "qnes": "quienes", "qns": "quienes", "kn": "quien", "knes": "quienes",
                 # Round 55 (es55): a lone 't' is 'te' in Spanish chat ('ya t sientes mejor'); English reads it as nothing
                 "t": "te"}

# Round 54 (es54): punctuation spoken to a phone that types what it hears ('esperar punto mi hermana dice'):
# 'punto' closing a sentence before the next one is a full stop, not a point (a last 'punto' is left: it
# joins nothing). It is kept
# where it is a noun: 'a punto de', 'en punto', 'hasta que punto', 'un punto', 'punto de vista'.
_DICTATED = frozenset({"punto", "puntos"})
_NOUN_BEFORE = frozenset("""a al en el un ese este aquel que cual cada mi mis su sus tu ningun algun buen
    mal mismo otro primer segundo ultimo tal""".split())
_NOUN_AFTER = frozenset("de del medio final exacto clave".split())
_DICTATED_TAIL = frozenset("aparte seguido final".split())


def _es54_dictated_stops(tokens: list[str]) -> list[str]:
    """'esperar punto mi hermana dice...', 'punto y aparte': a dictated full stop is dropped."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        before = out[-1] if out else ""
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if token in _DICTATED and before and after and before not in _NOUN_BEFORE and after not in _NOUN_AFTER:
            i += 1
            # 'punto y aparte', 'punto y seguido', 'punto final'
            if tokens[i:i + 2] and tokens[i] == "y" and tokens[i + 1:i + 2] and tokens[i + 1] in _DICTATED_TAIL:
                i += 2
            elif tokens[i:i + 1] and tokens[i] in _DICTATED_TAIL:
                i += 1
            continue
        out.append(token)
        i += 1
    return out


# Round 55 (es55): 'desde la primera vez ya te sientes mejor', 'con la primera sesion ya se nota': felt from the
# very first session is felt at once ('de inmediato', which the synonyms read as 'right away'). Not before 'que'
# ('desde la primera vez que me embarace' tells when something began), and 'con' only before 'ya' ('con la primera
# sesion basta?' asks how many are needed).
_FIRST_TIME = frozenset("vez sesion infusion dosis aplicacion".split())


def _es55_from_first(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        after = tokens[i + 4:i + 5]
        if ((tokens[i] == "desde" and after != ["que"]) or (tokens[i] == "con" and after == ["ya"])) \
                and tokens[i + 1:i + 3] == ["la", "primera"] and i + 3 < len(tokens) and tokens[i + 3] in _FIRST_TIME:
            out += ["de", "inmediato"]
            i += 4
            continue
        out.append(tokens[i])
        i += 1
    return out


def expand_chat(tokens: list[str], more: dict[str, str] | None = None) -> list[str]:
    """'q', 'xq', 'pa' and the like (and the chat spellings in `more`) read as the words they
    stand for; in a Spanish message, words English writes too are read the Spanish way ('son',
    'como una') and intensifiers ('muy', 'super') are dropped. Whether the message is Spanish is
    read on its expanded words: 'kiero sacar cita pa mi esposa' is Spanish once 'kiero' and 'pa' are."""
    out: list[str] = []
    for token in tokens:
        full = CHAT.get(token)
        if full is None and more:
            full = more.get(token)
        if full is None:
            full = _k_spelling(token)
        if full is None:
            out.append(token)
        elif full:
            out.extend(full.split())
    if looks_spanish(out):
        out = _es54_dictated_stops([word for token in out for word in _SPANISH_CHAT.get(token, token).split()])
        # Spanish writes 'or' as 'u' before a word opening with an 'o' sound ('grupos de apoyo u
        # otras medidas'), which the English chat reading took for 'you'.
        out = ["u" if token == "you" and after.startswith(("o", "ho")) else token
               for token, after in zip(out, [*out[1:], ""])]
        out = _es55_from_first(_drop_manner(out))
        out = _him_too(_grown_children(out))
        out = _drop_serves_for(_felt_start(_how_long_works(_did_not_work(_again(_counts_as(out))))))
        out = [_spanish_reading(token, after, before) for before, token, after in zip(["", *out], out, [*out[1:], ""])
               if token not in _INTENSIFIERS]
        out = _like_me(out)
    return out
