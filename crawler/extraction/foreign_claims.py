"""Experience, training and licences claimed in German, Spanish, French, Portuguese, Polish,
Dutch, Afrikaans, Italian and Welsh.

Real studios write their claims in their own language ("Seit 14 Jahren …", "Con más de 15
años de experiencia …", "Se formó en micropigmentación …"). These are the plain forms of
years of practice and of having been trained; the English readers (claims.py) do the rest.
"""

from __future__ import annotations

import re
from datetime import datetime

from crawler.items import Credential

from .text import quote

_NUMBER_WORDS = {
    # German, Spanish, French, Portuguese, Polish: two to twenty, as sites write them
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "zwanzig": 20, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "veinte": 20, "deux": 2,
    "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
    "vingt": 20, "dois": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "nove": 9,
    "dez": 10, "vinte": 20, "dwa": 2, "trzy": 3, "pięć": 5, "dziesięć": 10, "twee": 2,
    "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10, "twintig": 20,
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sette": 7, "otto": 8, "dieci": 10,
    "undici": 11, "dodici": 12, "quindici": 15, "venti": 20,
    "drie": 3, "vyf": 5, "sewe": 7, "agt": 8, "nege": 9,  # Afrikaans ("twee", "tien" as Dutch)
}  # fmt: skip
_N = r"(?P<n>\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_YEAR = r"(?P<since>(?:19|20)\d{2})"
_MORE_THAN = (
    r"(?:über|mehr\s+als|fast|más\s+de|casi|plus\s+de|près\s+de|mais\s+de|quase|ponad|prawie|"
    r"ruim|meer\s+dan|bijna|più\s+di|oltre|quasi|meer\s+as|byna)"
)
_MORE = rf"(?:{_MORE_THAN}\s+)?"
_WORK = (  # doing the work: "tätig", "tätowiere", "trabajo", "travaille", "pracuję"
    r"\b(?:tätig|tätowier\w*|arbeite\w*|hauptberuflich|leidenschaft|trabaj\w*|tatu\w*|"
    r"micropigment\w*|travaill\w*|exerc\w*|pracuj\w*|tatuuj\w*|werkzaam|tatoe\w*|lavor\w*)"
)
_TRADES = (
    r"enfermeir[oa]|esteticista|tatuador[a]?|micropigmentador[a]?|infirmi[eè]re?|"
    r"esth[ée]ticienne|tatoueu(?:r|se)|enfermer[oa]|tatuatore|tatuatrice|estetista"
)
# years of doing the work: "seit 14 Jahren", "15 años de experiencia", "depuis 10 ans",
# "há mais de 8 anos", "od 12 lat", "30 Jahre Erfahrung", "seit 1996 hauptberuflich"
_EXPERIENCE = [
    re.compile(
        rf"\b(?:seit|desde\s+hace|depuis|há|od|da)\s+{_MORE}{_N}\s+"
        r"(?:jahren|años|ans|anos|lat|anni)\b",  # "Faccio SMP da undici anni"
        re.I,
    ),
    re.compile(
        rf"\b{_MORE}{_N}\s+(?:jahre?n?|años|ans|anos|lata?|jaar|anni)\s+(?:lang\s+)?(?:erfahrung|"
        r"de\s+experiencia|d['’]expérience|de\s+experiência|doświadczenia|ervaring|"
        r"di\s+esperienza)",
        re.I,
    ),
    re.compile(r"\bjahrzehntelange\s+erfahrung", re.I),
    # years worked: "j’ai travaillé huit ans en dermatologie", "trabajé diez años en"
    re.compile(
        rf"{_WORK}\s+(?:pendant\s+|durante\s+|per\s+)?{_MORE}{_N}\s+(?:ans|años|anos|anni)\b",
        re.I,
    ),
    re.compile(
        rf"\b(?:seit|desde|depuis|desde\s+o\s+ano|od\s+roku|sinds)\s+{_YEAR}\b"
        rf"(?=[^.]{{0,80}}{_WORK})",
        re.I,
    ),
    re.compile(rf"{_WORK}[^.]{{0,40}}\b(?:seit|desde|depuis|od\s+roku)\s+{_YEAR}\b", re.I),
    # Polish: "Makijażem permanentnym zajmuję się od 2012 roku" (I have done it since 2012)
    re.compile(
        rf"\b(?:zajmuj\w*\s+się|pracuj\w*)\b[^.]{{0,60}}?\bod\s+{_YEAR}(?:\s+roku)?\b", re.I
    ),
    # a trade and the year since: "Enfermeira desde 1982", "esteticista desde 2001"
    re.compile(rf"\b(?:{_TRADES})\s+(?:desde|depuis|seit|dal)\s+{_YEAR}\b", re.I),
    # "em 2014 decidi seguir a área da micropigmentação": the year the work began
    re.compile(rf"\bem\s+{_YEAR}\s+(?:decidi|comecei|iniciei)\b[^.]{{0,60}}{_WORK}", re.I),
]
# having been trained: "ausgebildet", "meine Ausbildung abgeschlossen", "se formó",
# "formée à", "formado em", "ukończyłam szkolenie"
_TRAINING = re.compile(
    r"\b(?:ausgebildet(?:e[nrs]?)?|ausbildung\s+(?:\w+\s+){0,3}(?:abgeschlossen|absolviert|beendet)|"
    r"abgeschlossene[nr]?\s+ausbildung|se\s+form[óo]|formad[oa]\s+en|formé(?:e)?\s+(?:à|chez|en|par)|"
    r"formad[oa]\s+(?:inicialmente\s+)?(?:em|pela|pelo|na|no)|formei-me\s+(?:em|na|no|pela)|"
    r"(?:investi\s+em|fiz|frequentei)\s+(?:diversos\s+|v[áa]rios\s+)?cursos|"
    r"ukończył(?:a|am|em)?\s+(?:[\w-]+\s+){0,2}(?:szkolenie|kurs)|"
    # "a suivi le programme Master Artist de la ... Academy", "hizo el curso de ..."
    r"(?:a|ai|avoir|ont|avons|avez)\s+(?:aussi\s+|également\s+|d[ée]j[àa]\s+)?suivi\s+"
    r"(?:la|le|une?|les)\s+(?:formation|programme|cursus|cours)|"
    # "hat 2018 die 160-stündige Ausbildung zur … in Köln abgeschlossen"
    r"ausbildung\b[^.]{0,140}?\b(?:abgeschlossen|absolviert)|"
    r"(?:hizo|realizó|complet[óo]|curs[óo])\s+(?:el|la|un|una)\s+(?:curso|formación|programa)|"
    # "volgde in 2019 de 120-urige SMP-opleiding", "opgeleid bij", "opleiding afgerond"
    r"volgde\b[^.]{0,60}?\bopleiding|opgeleid\s+(?:bij|door|aan|in)|"
    # Afrikaans: "Riaan is in 2017 deur die Johannesburg Skalp Akademie opgelei"
    r"\bdeur\s+die\b[^.]{0,80}?\bopgelei\b|"
    r"opleiding\b[^.]{0,80}?\b(?:gevolgd|afgerond|voltooid|behaald)|"
    # "mi sono formata presso l'Accademia ...", "ho frequentato il corso di ..."
    r"(?:mi\s+sono\s+)?format[oa]\s+(?:presso|con|da|a)|diplomat[oa]\s+presso|"
    r"ho\s+frequentato\s+(?:il|un|la|una)\s+(?:corso|master|formazione)|"
    # Welsh: "Cafodd ei hyfforddi gyda Scalp Artistry UK" (was trained with), "hyfforddwyd"
    r"(?:cafodd|cefais|cawsant|cawsom)\s+(?:\w+\s+)?(?:ei|fy|eu|ein)\s+hyfforddi|hyfforddwyd)\b",
    re.I,
)
# holding a licence: "tienen licencia del Departamento de Salud", "licenciado por",
# "titulaire d'une licence", "possui licença", "mit Lizenz des Gesundheitsamts"
_LICENCE = re.compile(
    r"\b(?:(?:tienen?|con)\s+licencia\s+(?:del|de\s+la|de|por)\s+(?=(?-i:[A-Z]))|"
    r"licenciad[oa]s?\s+por|titulaire\s+d['’]une\s+"
    r"(?:licence|autorisation)|possuem?\s+licença|licenciad[oa]s?\s+pel[oa]|"
    r"(?:eine\s+)?(?:lizenz|genehmigung)\s+(?:des|der|vom)\s+\w*amt|"
    # "heeft een geldige vergunning voor tatoeëren ... van de GGD"
    r"(?:heeft|hebben|met)\s+een\s+(?:geldige\s+)?vergunning\s+(?:voor|van)|"
    # registered with or declared to an authority, or working under its licence:
    # "geregistreerd bij het ministerie", "déclaré auprès de la préfecture", "opera bajo la
    # licencia sanitaria municipal"
    r"geregistreerd\s+bij|\w*permit\s+van\s+die\s+(?=(?-i:[A-Z]))|"
    r"d[ée]clar[ée]e?s?\s+aupr[èe]s\s+d[eu']|registriert\s+(?:bei|beim)|"
    r"registrad[oa]s?\s+(?:ante|en\s+el|en\s+la)|bajo\s+(?:la|una)\s+licencia|"
    # Polish: "Studio posiada licencję Departamentu Zdrowia" (holds a licence of)
    r"posiada\w*\s+(?:aktualn\w+\s+)?(?:licencj\w+|zezwoleni\w+|pozwoleni\w+)|"
    # Welsh, the word mutated after what comes before it: "Mae gan Ffion drwydded"
    # (Ffion has a licence), "Cafodd Gethin ei drwydded" (got his licence), "trwyddedig"
    r"(?:mae\s+gan\s+\w+\s+|cafodd\s+\w+\s+ei\s+|meddu\s+ar\s+)(?:t|d|th|nh)rwydded|"
    r"(?:t|d|th)rwyddedig)\b",
    re.I,
)


# a regulated profession's order or college, which licenses its members: "membre de l'Ordre
# des infirmières et infirmiers du Québec", "membre du Collège des médecins", "Approbation als
# Ärztin", "Gesetzliche Berufsbezeichnung: Ärztin"
_REGULATED = re.compile(
    r"\bmembre\s+(?:de\s+l['’]\s*ordre|du\s+coll[èe]ge)\b|\bapprobation\s+als\b"
    r"|\bgesetzliche\s+berufsbezeichnung\b|\bcolegiad[oa]\b|\biscritt[oa]\s+all['’]\s*albo\b",
    re.I,
)
# belonging to a professional body: "membre de l'Association …", "Mitglied der Gesellschaft
# für Haarchirurgie", "Zuständige Kammer: …", "miembro de la Asociación …"
_MEMBERSHIP = re.compile(
    r"\b(?:(?:membre\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+)"
    r"|mitglied\s+(?:der|des|im|in\s+der)\s+"
    # "miembro de pleno derecho de la ISSPP", "miembro activo de la ..."
    r"|miembro\s+(?:de\s+pleno\s+derecho\s+|activ[oa]\s+|titular\s+|certificad[oa]\s+)?"
    r"(?:de\s+la|del)\s+|membro\s+(?:da|do)\s+"
    r"|(?:lid|lede)\s+van\s+(?:de|het|die)\s+|membro\s+(?:della|dell['’]\s*|del)\s*"
    r"|(?:członki\w+|członk\w+)\s+)"  # Polish: "Jestem członkinią Polskiego Stowarzyszenia"
    r"(?=(?-i:[A-ZÀ-Ý]))|zuständige\s+kammer\b)",
    re.I,
)
# a certificate held: "détiennent une attestation en prévention des infections", "ist
# Fachärztin für Dermatologie", "Hygieneschulung … frischt sie jährlich auf", "certificado en"
_CERTIFICATE = re.compile(
    r"\b(?:d[ée]tien\w*|poss[èe]d\w*|titulaire\s+d['’]une?)\s+(?:une?\s+)?(?:attestation|"
    r"certificat|certification|dipl[ôo]me)\b|\bfach[äa]rzt(?:in)?\s+f[üu]r\b"
    r"|\b\w*(?:hygiene)?schulung\b[^.]{0,60}\b(?:auf|absolviert|erneuert)\b"
    r"|\b(?:zertifiziert|certificad[oa]s?\s+(?:en|por)|certifi[ée]e?s?\s+(?:en|par)|"
    r"gecertificeerd|gesertifiseerde?|certificat[oa]\s+(?:in|da|presso)|"
    r"attestato\s+di\s+(?:qualifica|"
    r"formazione|frequenza))\b",
    re.I,
)
# insured: "assurance responsabilité professionnelle", "Berufshaftpflichtversicherung",
# "seguro de responsabilidad civil"
_INSURANCE = re.compile(
    r"\bassurance\s+(?:de\s+)?responsabilit[ée]|\bberufshaftpflicht\w*"
    r"|\bseguro\s+de\s+responsabilidad|\bhaftpflichtversicher\w*"
    r"|\bberoepsaansprakelijkheid\w*|\bsono\s+assicurat[oa]\b"
    r"|\bassicurazione\s+(?:di\s+)?responsabilit[àa]",
    re.I,
)
# work done in numbers of clients: "mit über 900 behandelten Patientinnen und Patienten",
# "plus de 1 200 clients", "más de 500 clientes"; years in one's own practice: "seit 2011 in
# eigener Praxis … niedergelassen"
_CLIENTS = re.compile(  # (never "2.1/5 from 9 patient ratings")
    rf"\b(?:{_MORE_THAN}\s+\d[\d  .,]*\s+(?:behandelte[n]?\s+)?|\d[\d  .,]*\s+behandelte[n]?\s+)"
    r"(?:patient(?:en|innen|s|es)?|kund(?:en|innen)|clients|clientes|clientas|klanten|"
    r"behandelingen)\b(?!\s+(?:ratings?|reviews?|bewertung))"
    rf"|\bseit\s+{_YEAR}\b[^.]{{0,60}}\bniedergelassen\b",
    re.I,
)


def find(sentence: str, now: datetime) -> list[Credential]:
    """The experience and training a non-English sentence claims, each once."""
    out: list[Credential] = []
    match = next((m for p in _EXPERIENCE if (m := p.search(sentence))), None)
    if match:
        out.append(_experience(match, sentence, now))
    if match := _TRAINING.search(sentence):
        out.append(Credential(kind="training", text=quote(sentence, match.start(), match.end())))
    if match := _LICENCE.search(sentence) or _REGULATED.search(sentence):
        out.append(Credential(kind="licence", text=quote(sentence, match.start(), match.end())))
    for kind, pattern in (
        ("membership", _MEMBERSHIP),
        ("certification", _CERTIFICATE),
        ("insurance", _INSURANCE),
    ):
        if (match := pattern.search(sentence)) and not (
            kind == "membership" and _REGULATED.search(sentence)
        ):
            out.append(Credential(kind=kind, text=quote(sentence, match.start(), match.end())))
    if not any(c.kind == "experience" for c in out) and (match := _CLIENTS.search(sentence)):
        since = match.group("since")
        years = now.year - int(since) if since else None
        out.append(Credential(kind="experience", text=sentence, years=years))
    return out


def _experience(match: re.Match[str], sentence: str, now: datetime) -> Credential:
    found = match.groupdict()
    years = None
    if found.get("since"):
        years = now.year - int(found["since"])
    elif found.get("n"):
        n = found["n"].lower()
        years = int(n) if n.isdigit() else _NUMBER_WORDS.get(n)
    text = quote(sentence, match.start(), match.end())
    return Credential(kind="experience", text=text, years=years if years and years <= 70 else None)
