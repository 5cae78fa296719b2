"""The three registries: the licence board's register, the academy's graduates, the guild."""

from __future__ import annotations

from demoweb.hosts import ACADEMY_HOST, GUILD_HOST, LICENCE_BOARD_HOST
from demoweb.htmltools import document, esc
from demoweb.registries import GRADUATES_PATH, LICENCE_PATH, LICENCES_PER_PAGE, MEMBERS_PATH
from demoweb.roster import GUILD, LICENCE_BOARD, PINPOINT, PINPOINT_COURSES
from demoweb.site import Site, page
from demoweb.truth import World

Nav = list[tuple[str, str]]

BOARD_HOME = (
    f"<h1>{LICENCE_BOARD}</h1>\n<p>The Board licenses tattoo artists, permanent makeup artists "
    "and scalp micropigmentation practitioners. Our register lists every licence we have issued "
    "and its current status: Active, Suspended or Expired.</p>\n"
    f'<p><a href="{LICENCE_PATH}?page=1">Browse the register</a></p>\n'
    '<form action="/lookup" method="get"><label>Look up a name <input name="name"></label>'
    "<button>Search</button></form>"
)
BOARD_ABOUT = (
    "<h1>About the Board</h1>\n<p>A licence shows that a practitioner has met the Board's "
    "standards for hygiene, infection control and safe practice, and that their studio has been "
    "inspected. A suspended licence may not be used until the Board lifts the suspension.</p>"
)
ACADEMY_HOME = (
    f"<h1>{PINPOINT}</h1>\n<p>Hands-on scalp micropigmentation training since 2014. Small "
    "classes, real clients, and a public list of every graduate so clients can check.</p>\n"
    f'<p><a href="{GRADUATES_PATH}">Check a graduate</a></p>'
)
ACADEMY_GRADUATES = (
    "<h1>Our graduates</h1>\n<p>This is the complete list of everyone who has graduated from a "
    "Pinpoint SMP Academy course since we opened in 2014. If someone claims to have trained "
    "with us and is not on this list, they did not complete one of our courses.</p>\n"
)
GUILD_HOME = (
    f"<h1>{GUILD}</h1>\n<p>A professional association of scalp micropigmentation artists "
    f'committed to safe, honest practice.</p>\n<p><a href="{MEMBERS_PATH}">Find a member</a>'
    '</p>\n<p><a href="/members/login">Members log in</a></p>'
)
GUILD_CODE = (
    "<h1>Code of practice</h1>\n<ol><li>Single-use needles and a sterile set-up for every "
    "client.</li><li>Honest consultations: no pressure, and every question answered.</li>"
    "<li>Healed photos of our own work only.</li><li>Written aftercare for every client.</li>"
    "</ol>"
)
GUILD_MEMBERS = (
    "<h1>Member directory</h1>\n<p>Members agree to our code of practice. Members can choose "
    "not to appear here, so this list is not complete: if you can't find someone, ask them for "
    "their membership certificate.</p>\n"
)


def _frame(org: str, title: str, main: str, nav: Nav) -> str:
    links = " | ".join(f'<a href="{p}">{esc(t)}</a>' for t, p in nav)
    body = (
        f'<header><p class="org">{esc(org)}</p><nav>{links}</nav></header>\n'
        f"<main>\n{main}\n</main>\n<footer>© 2026 {esc(org)}</footer>"
    )
    return document(f"{title} | {org}", body)


def _add(site: Site, path: str, title: str, main: str, nav: Nav) -> None:
    site.add(path, page(_frame(site.name, title, main, nav)))


def _table(headers: tuple[str, ...], rows: list[tuple[object, ...]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>\n" for row in rows)
    return (
        f'<table class="register">\n<thead><tr>{head}</tr></thead>\n'
        f"<tbody>\n{body}</tbody>\n</table>"
    )


def render_licence_board(world: World) -> Site:
    """The register of licensees, paginated, with status and expiry."""
    site = Site(LICENCE_BOARD_HOST, LICENCE_BOARD)
    nav = [("Home", "/"), ("Register", f"{LICENCE_PATH}?page=1"), ("About", "/about/")]
    rows = world.rows("licence")
    pages = [rows[i : i + LICENCES_PER_PAGE] for i in range(0, len(rows), LICENCES_PER_PAGE)]
    headers = ("Name", "Licence No.", "Business", "City", "State", "Status", "Expires")
    for n, chunk in enumerate(pages, 1):
        cells = [
            (r.name, r.licence_number, r.business, r.locality, r.region, r.status, r.expires)
            for r in chunk
        ]
        first = (n - 1) * LICENCES_PER_PAGE + 1
        pager = " ".join(
            f'<a href="{LICENCE_PATH}?page={k}">{k}</a>' if k != n else f"<b>{k}</b>"
            for k in range(1, len(pages) + 1)
        )
        if n < len(pages):
            pager += f' <a href="{LICENCE_PATH}?page={n + 1}" rel="next">Next »</a>'
        main = (
            f"<h1>Register of licensees</h1>\n<p>Showing {first}–{first + len(chunk) - 1} of "
            f'{len(rows)} licences.</p>\n{_table(headers, cells)}\n<p class="pager">{pager}</p>'
        )
        _add(site, f"{LICENCE_PATH}?page={n}", "Register of licensees", main, nav)
        if n == 1:
            _add(site, LICENCE_PATH, "Register of licensees", main, nav)
    _add(site, "/", "Home", BOARD_HOME, nav)
    _add(site, "/about/", "About", BOARD_ABOUT, nav)
    _add(site, "/lookup", "Look up", "<h1>Look up</h1>\n<p>Enter a name to search.</p>", nav)
    return site


def render_academy(world: World) -> Site:
    """The academy's complete public list of graduates."""
    site = Site(ACADEMY_HOST, PINPOINT)
    nav = [("Home", "/"), ("Courses", "/courses/"), ("Our graduates", GRADUATES_PATH)]
    cells = [
        (r.name, r.course, r.hours, r.year, f"{r.locality}, {r.region}")
        for r in world.rows("training")
    ]
    headers = ("Graduate", "Course", "Hours", "Year", "City")
    _add(site, GRADUATES_PATH, "Our graduates", ACADEMY_GRADUATES + _table(headers, cells), nav)
    courses = "".join(
        f"<li><strong>{esc(name)}</strong>: {hours} hours of supervised, hands-on training on "
        "live models</li>\n"
        for hours, name in PINPOINT_COURSES.items()
    )
    main = (
        f"<h1>Courses</h1>\n<ul>\n{courses}</ul>\n<p>Every course covers skin physiology, "
        "colour theory, needle depth, hygiene and working on scarred scalps.</p>"
    )
    _add(site, "/courses/", "Courses", main, nav)
    _add(site, "/", "Home", ACADEMY_HOME, nav)
    return site


def render_guild(world: World) -> Site:
    """The guild's member directory, which members may opt out of."""
    site = Site(GUILD_HOST, GUILD)
    nav = [("Home", "/"), ("Members", MEMBERS_PATH), ("Code of practice", "/code-of-practice/")]
    cells = [
        (r.name, r.business, f"{r.locality}, {r.region}", r.year) for r in world.rows("membership")
    ]
    headers = ("Member", "Business", "City", "Member since")
    _add(site, MEMBERS_PATH, "Members", GUILD_MEMBERS + _table(headers, cells), nav)
    _add(site, "/code-of-practice/", "Code of practice", GUILD_CODE, nav)
    _add(site, "/", "Home", GUILD_HOME, nav)
    return site
