"""The web front end's pages through Flask's test client: search, scorecard, compare, guides."""

from __future__ import annotations

import html
import re
import stat
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from web_checks import audit
from web_fixtures import *  # noqa: F403
from web_fixtures import WebData, make_app

from index.store import Store


def text_of(response) -> str:
    """The words of a page, as a reader sees them (tags dropped, spaces collapsed)."""
    words = html.unescape(re.sub(r"<[^>]+>", " ", response.get_data(as_text=True)))
    return " ".join(words.split())


# -- the application factory -----------------------------------------------------------


def test_secret_key_is_made_once_in_the_data_dir_and_private(tmp_path: Path) -> None:
    from index.datadir import DataDir
    from webapp import create_app

    datadir = DataDir(tmp_path / "var")
    first = create_app({"DATA_DIR": str(datadir.root)})
    key_file = datadir.root / "secret_key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    second = create_app({"DATA_DIR": str(datadir.root)})
    assert first.secret_key == second.secret_key == key_file.read_text().strip()
    assert len(first.secret_key) >= 32


def test_settings_come_from_defaults_environment_then_tests(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from webapp import create_app

    monkeypatch.setenv("SMPVET_DATA_DIR", str(tmp_path / "env-var"))
    monkeypatch.setenv("SMPVET_RATELIMIT_ENABLED", "false")
    monkeypatch.setenv("SMPVET_DEBUG", "1")  # not a web setting: ignored
    monkeypatch.chdir(tmp_path)
    app = create_app()
    assert app.config["DATA_DIR"] == str((tmp_path / "env-var").resolve())
    assert app.config["RATELIMIT_ENABLED"] is False
    assert not app.debug
    assert app.config["SOURCES_FILE"].endswith("demo-sources.toml")
    (tmp_path / "sources.toml").write_text("")
    assert Path(create_app().config["SOURCES_FILE"]) == (tmp_path / "sources.toml").resolve()
    assert create_app({"RATELIMIT_ENABLED": True}).config["RATELIMIT_ENABLED"] is True


def test_a_store_from_before_the_web_gains_its_tables(tmp_path: Path) -> None:
    from index.datadir import DataDir

    datadir = DataDir(tmp_path / "var").ensure()
    with Store(datadir.store) as store:
        store.conn.executescript(
            "DROP TABLE shortlist_items; DROP TABLE shortlists; DROP TABLE admin_credentials;"
            " PRAGMA user_version = 1;"
        )
    client = make_app(datadir).test_client()
    assert client.post("/shortlists").status_code == 303
    assert client.get("/admin").status_code == 403  # no password yet, and no error


# -- search ------------------------------------------------------------------------------


def test_home_lists_everyone_with_grades_and_steps(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    for label in ('for="q"', 'for="near"', 'for="radius_km"', 'for="min_grade"', 'for="sort"'):
        assert label in page
    assert 'name="service"' in page and 'name="removal"' in page
    assert 'name="verified_training"' in page
    assert "Crown SMP Studio" in page
    assert page.count('class="step-marks"') >= 5
    assert 'class="grade grade-' in page
    assert audit(page) == []


def test_search_near_a_city_shows_distance_rating_and_facets(client: FlaskClient) -> None:
    response = client.get(
        "/search", query_string={"q": "smp", "near": "Dallas, TX", "radius_km": "50"}
    )
    assert response.status_code == 200
    words = text_of(response)
    assert "near Dallas" in words
    assert "Crown SMP Studio" in words and "km away" in words
    assert "Houston" not in words.split("Refine")[0]  # 360 km away
    assert "★ 4.8" in words or "★ 4.5" in words
    assert "Refine" in words and "Services" in words


def _selected_radius(page: str) -> list[str]:
    select = page.split('id="radius_km"', 1)[1].split("</select>", 1)[0]
    return re.findall(r'<option value="[^"]*" selected>([^<]+)</option>', select)


def test_the_within_choice_shows_the_radius_searched(client: FlaskClient) -> None:
    # No radius given: the default 50 km is searched, and the form says so.
    page = client.get("/search", query_string={"q": "smp", "near": "Dallas, TX"})
    text = page.get_data(as_text=True)
    assert _selected_radius(text) == ["50 km"]
    assert "Houston" not in text_of(page).split("Refine")[0]  # 360 km away
    # "Any distance" really is any distance: Houston is found, and no wider area is offered.
    anywhere = client.get(
        "/search", query_string={"q": "smp", "near": "Dallas, TX", "radius_km": "20000"}
    )
    assert _selected_radius(anywhere.get_data(as_text=True)) == ["Any distance"]
    assert "Houston" in text_of(anywhere).split("Refine")[0]
    none = text_of(client.get("/search?q=zzzqqq&near=Dallas,+TX&radius_km=20000"))
    assert "0 practitioners" in none and "wider area" not in none


def test_matching_review_passage_is_highlighted(client: FlaskClient) -> None:
    page = client.get("/search?q=blue").get_data(as_text=True)
    assert re.search(r"<mark>blue</mark>", page, re.IGNORECASE)


def test_pagination_links_keep_the_search(client: FlaskClient) -> None:
    page = client.get("/search?q=smp&per_page=2").get_data(as_text=True)
    assert "Page 1 of" in page
    assert 'href="/search?q=smp&amp;per_page=2&amp;page=2"' in page


def test_an_empty_result_says_what_to_loosen(client: FlaskClient) -> None:
    words = text_of(
        client.get(
            "/search?q=smp&near=Dallas,+TX&radius_km=10&min_grade=A"
            "&verified_training=1&service=alopecia"
        )
    )
    assert "0 practitioners" in words
    for tip in (
        "wider area than 10 km",
        "minimum grade (now A)",
        "not yet verified",
        "service or removal-method filter",
    ):
        assert tip in words


def test_an_unknown_place_is_explained_not_an_error(client: FlaskClient) -> None:
    response = client.get("/search?near=Xyzzyville+Nowhere")
    assert response.status_code == 200
    assert "could not find the place" in text_of(response)


@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=0",
        "page=100000",
        "radius_km=-5",
        "radius_km=nan",
        "radius_km=1e999",
        "min_grade=Z",
        "sort=evil",
        "service=tattoo",
        "removal=bleach",
        "min_rating=9",
        "verified_training=maybe",
        "per_page=5000",
        "q=" + "a" * 10_000,
    ],
)
def test_malformed_search_parameters_get_a_friendly_400(client: FlaskClient, query: str) -> None:
    response = client.get("/search?" + query)
    assert response.status_code == 400
    words = text_of(response)
    assert "Traceback" not in words and "That request did not make sense" in words


def test_control_characters_and_odd_queries_never_fail(client: FlaskClient) -> None:
    for q in ["\x00\x01blue", '"unbalanced (', "field:", "name:[a TO", "*?~^", "ä☃🙂"]:
        assert client.get("/search", query_string={"q": q}).status_code == 200


# -- the scorecard ---------------------------------------------------------------------------


def test_scorecard_shows_three_steps_with_evidence_and_sources(
    client: FlaskClient, web_data: WebData
) -> None:
    response = client.get(f"/p/{web_data.id('Crown SMP')}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    words = text_of(response)
    for heading in (
        "Verified training",
        "Reputation",
        "Do they put you at ease?",
        "Credentials",
        "Red flags in reviews",
        "Ratings",
        "Reviews",
        "Services",
        "Contact",
    ):
        assert heading in words
    assert page.count('class="step status-') == 3
    assert 'href="https://smpreviews.example/crown" rel="nofollow noopener noreferrer"' in page
    assert re.search(r'<time datetime="2026-\d\d-\d\d">', page)
    assert "Last checked" in words and "+12145550134" in words
    assert "Laser removal" in words  # a removal method with its cautions
    assert audit(page) == []


def test_rating_distribution_is_an_inline_svg_drawn_on_the_server(
    client: FlaskClient, web_data: WebData
) -> None:
    page = client.get(f"/p/{web_data.id('Lone Star')}").get_data(as_text=True)
    svg = re.search(r"<svg[^>]*class=\"bars\".*?</svg>", page, re.S)
    assert svg is not None
    assert "<title" in svg.group(0) and 'role="img"' in svg.group(0)
    assert svg.group(0).count('class="bar-fill') == 5


def test_red_flags_show_their_quotes_and_reviews_filter(
    client: FlaskClient, web_data: WebData
) -> None:
    pid = web_data.id("Lone Star")
    words = text_of(client.get(f"/p/{pid}"))
    assert "Discoloration" in words and "my head looks blue" in words
    flagged = text_of(client.get(f"/p/{pid}?flagged=1"))
    assert "Okay work, fair price." not in flagged.split("Reviews")[-1]
    assert "my head looks blue" in flagged
    assert client.get(f"/p/{pid}?source=smpreviews").status_code == 200
    assert client.get(f"/p/{pid}?source=nowhere").status_code == 400
    assert client.get(f"/p/{pid}?flagged=perhaps").status_code == 400


def test_authenticity_warnings_are_shown_with_the_reviews_kept(
    client: FlaskClient, web_data: WebData
) -> None:
    words = text_of(client.get(f"/p/{web_data.id('Houston Ink')}"))
    assert "Are the reviews genuine?" in words
    assert "near-copies" in words
    assert words.count("Best SMP in Houston, amazing results") >= 6  # shown, never hidden


def test_a_practitioner_without_enough_evidence_has_no_grade(
    client: FlaskClient, web_data: WebData
) -> None:
    response = client.get(f"/p/{web_data.id('Plano')}")
    assert "Not enough evidence to grade" in text_of(response)
    assert 'class="grade grade-none grade-large"' in response.get_data(as_text=True)


def test_stale_data_is_flagged(client: FlaskClient, web_data: WebData) -> None:
    assert "may be out of date" in text_of(client.get(f"/p/{web_data.id('Plano')}"))
    assert "may be out of date" not in text_of(client.get(f"/p/{web_data.id('Crown SMP')}"))


def test_merged_ids_redirect_permanently(
    app: Flask, client: FlaskClient, web_data: WebData
) -> None:
    crown = web_data.id("Crown SMP")
    with Store(web_data.datadir.store) as store, store.transaction() as db:
        db.execute("INSERT OR REPLACE INTO id_redirects VALUES ('crown-old-id', ?)", (crown,))
    response = client.get("/p/crown-old-id")
    assert response.status_code == 301
    assert response.headers["Location"].endswith(f"/p/{crown}")


@pytest.mark.parametrize("pid", ["no-such-one", "%00", "..%2F..%2Fetc", "a" * 300, "é"])
def test_unknown_practitioners_are_404(client: FlaskClient, pid: str) -> None:
    response = client.get(f"/p/{pid}")
    assert response.status_code == 404
    assert "Page not found" in text_of(response)


# -- compare ----------------------------------------------------------------------------------


def test_compare_shows_two_to_four_side_by_side(client: FlaskClient, web_data: WebData) -> None:
    ids = [web_data.id(n) for n in ("Crown SMP", "Lone Star", "Fresh Start", "Plano")]
    for n in (2, 4):
        response = client.get("/compare?ids=" + ",".join(ids[:n]))
        assert response.status_code == 200
        page = response.get_data(as_text=True)
        assert page.count('<th scope="col">') == n
        for step in ("1. Verified training", "2. Reputation", "3. Do they put you at ease?"):
            assert step in html.unescape(page)
    assert client.get("/compare").status_code == 200  # explains how to pick


@pytest.mark.parametrize("ids", ["one", "a,b,c,d,e", ",,,", "x" * 700])
def test_compare_needs_two_to_four_ids(client: FlaskClient, ids: str) -> None:
    assert client.get(f"/compare?ids={ids}").status_code == 400


def test_compare_with_an_unknown_id_is_404(client: FlaskClient, web_data: WebData) -> None:
    response = client.get(f"/compare?ids={web_data.id('Crown SMP')},nobody-here")
    assert response.status_code == 404
    assert "nobody-here" in text_of(response)


# -- guides -------------------------------------------------------------------------------------


def test_removal_guide_lists_methods_cautions_and_finds_practitioners(
    client: FlaskClient,
) -> None:
    from vetting import removal

    words = text_of(client.get("/removal"))
    for method in [*removal.METHODS.values(), removal.CORRECTION]:
        assert method.label in words
        for caution in method.cautions:
            assert caution in words
    found = text_of(client.get("/removal?method=removal-saline&near=Dallas,+TX"))
    assert "Fresh Start Removal" in found and "Crown SMP Studio" not in found
    assert client.get("/removal?method=bleach").status_code == 400


def _leaves(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _leaves(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _leaves(v)]
    if isinstance(value, bool) or value is None:
        return []
    return [str(value)]


def test_how_we_score_is_generated_from_the_vetting_rules(client: FlaskClient) -> None:
    from vetting.rules import rules_for_consumers

    words = " ".join(text_of(client.get("/how-we-score")).split())
    for leaf in _leaves(rules_for_consumers()):
        assert " ".join(leaf.split()) in words


# -- errors -----------------------------------------------------------------------------------


def test_errors_are_friendly_pages(client: FlaskClient) -> None:
    assert client.get("/nowhere").status_code == 404
    response = client.delete("/")
    assert response.status_code == 405
    assert "Not allowed" in text_of(response) and "GET" in response.headers["Allow"]
    assert client.post("/search").status_code == 405


def test_an_unexpected_failure_is_a_friendly_500(web_data: WebData) -> None:
    app = make_app(web_data.datadir, TESTING=False, PROPAGATE_EXCEPTIONS=False)

    @app.get("/boom")
    def boom() -> str:
        raise RuntimeError("secret internal detail /etc/passwd")

    response = app.test_client().get("/boom")
    assert response.status_code == 500
    words = text_of(response)
    assert "Something went wrong" in words
    assert "secret internal detail" not in words and "Traceback" not in words


def test_static_files_are_served_by_the_app_itself(client: FlaskClient) -> None:
    page = client.get("/").get_data(as_text=True)
    assert not re.search(r'(src|href)="(https?:)?//', page.split("<main")[0])
    for path in ("/static/style.css", "/static/app.js", "/static/favicon.svg"):
        with client.get(path) as response:  # a file response holds the file open until closed
            assert response.status_code == 200 and response.data


def test_no_template_or_module_marks_text_safe() -> None:
    root = Path(__file__).resolve().parent.parent / "webapp"
    pattern = re.compile(r"\|\s*safe\b|Markup\(|autoescape\s+false", re.I)
    found = [
        f"{path.relative_to(root)}:{n}"
        for path in root.rglob("*")
        if path.suffix in (".py", ".html", ".xml", ".txt")
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert found == []
