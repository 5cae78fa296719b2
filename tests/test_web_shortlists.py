"""Shortlists: the private link, notes, the consultation checklist, exports and the feed."""

from __future__ import annotations

import csv
import io
import json
import socket
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from flask.testing import FlaskClient
from web_fixtures import *  # noqa: F403
from web_fixtures import FORMULA, SCRIPT, WebData

from webapp import shortlist_db
from webapp.exports import FORMULA_START, safe_cell

ATOM = "{http://www.w3.org/2005/Atom}"


def new_shortlist(client: FlaskClient, *ids: str) -> str:
    response = client.post("/shortlists", data={"id": ids[0]} if ids else {})
    assert response.status_code == 303
    token = response.headers["Location"].rsplit("/", 1)[1]
    for pid in ids[1:]:
        assert client.post(f"/s/{token}/items", data={"id": pid}).status_code == 303
    return token


def test_a_shortlist_token_is_long_random_and_url_safe() -> None:
    tokens = {shortlist_db.new_token() for _ in range(200)}
    assert len(tokens) == 200
    assert all(shortlist_db.TOKEN_RE.fullmatch(t) for t in tokens)


def test_create_add_remove_and_remember_the_shortlist(
    client: FlaskClient, web_data: WebData
) -> None:
    crown, fresh = web_data.id("Crown SMP"), web_data.id("Fresh Start")
    token = new_shortlist(client, crown, fresh)
    page = client.get(f"/s/{token}").get_data(as_text=True)
    assert "Crown SMP Studio" in page and "Fresh Start Removal" in page
    assert f"/compare?ids={crown}%2C{fresh}" in page or f"ids={crown},{fresh}" in page
    again = client.post(f"/s/{token}/items", data={"id": crown}, follow_redirects=True)
    assert b"Already on your shortlist" in again.data
    # The browser remembers its shortlist: a scorecard's button adds to it.
    scorecard = client.get(f"/p/{web_data.id('Lone Star')}").get_data(as_text=True)
    assert f'action="/s/{token}/items"' in scorecard
    assert client.post(f"/s/{token}/items/{fresh}/remove").status_code == 303
    assert "Fresh Start Removal" not in client.get(f"/s/{token}").get_data(as_text=True)
    assert client.post(f"/s/{token}/items/{fresh}/remove").status_code == 404


def test_a_new_browser_starts_a_shortlist_from_a_scorecard(
    client: FlaskClient, web_data: WebData
) -> None:
    page = client.get(f"/p/{web_data.id('Crown SMP')}").get_data(as_text=True)
    assert 'action="/shortlists"' in page
    assert client.get("/shortlists").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/s/" + "A" * 32,
        "/s/short",
        "/s/" + "A" * 32 + ".csv",
        "/s/" + "A" * 32 + ".pdf",
        "/s/" + "A" * 32 + ".json",
        "/s/" + "A" * 32 + "/feed.atom",
        "/s/%00" + "A" * 29,
        "/s/../../etc/passwd",
    ],
)
def test_unknown_tokens_are_404(client: FlaskClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert b"Page not found" in response.data or b"does not exist" in response.data


def test_bad_shortlist_input_gets_a_clear_answer(client: FlaskClient, web_data: WebData) -> None:
    crown = web_data.id("Crown SMP")
    token = new_shortlist(client, crown)
    assert client.post(f"/s/{token}/items", data={"id": "nobody"}).status_code == 404
    assert client.post(f"/s/{token}/items", data={"id": "<script>"}).status_code == 404
    assert client.post(f"/s/{token}/items/{crown}", data={"q-training": "maybe"}).status_code == 400
    assert client.post(f"/s/{token}/items/{crown}", data={"notes": "x" * 5000}).status_code == 400
    assert client.post(f"/s/{token}/items/nobody", data={"notes": "x"}).status_code == 404
    assert client.post("/s/" + "B" * 32 + "/items", data={"id": crown}).status_code == 404


def test_a_shortlist_holds_a_limited_number(client: FlaskClient, web_data: WebData) -> None:
    from web_fixtures import make_app

    small = make_app(web_data.datadir, MAX_SHORTLIST_ITEMS=1).test_client()
    token = new_shortlist(small, web_data.id("Crown SMP"))
    full = small.post(
        f"/s/{token}/items", data={"id": web_data.id("Lone Star")}, follow_redirects=True
    )
    assert b"at most 1 practitioners" in full.data


def test_checklist_answers_are_saved_and_feed_step_three(
    client: FlaskClient, web_data: WebData, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vetting.checklist import QUESTIONS
    from webapp import cards

    seen: list[Any] = []
    real = cards.scorecard_for

    def spy(store: Any, pid: str, *, answers: Any = None, **kw: Any) -> Any:
        seen.append((pid, answers))
        return real(store, pid, answers=answers, **kw)

    monkeypatch.setattr(cards, "scorecard_for", spy)
    crown = web_data.id("Crown SMP")
    token = new_shortlist(client, crown)
    keys = [q.key for q in QUESTIONS]
    answers = {f"q-{keys[0]}": "yes", f"q-{keys[1]}": "no", f"q-{keys[-1]}": "unsure"}
    saved = client.post(f"/s/{token}/items/{crown}", data={"notes": "Felt calm.", **answers})
    assert saved.status_code == 303 and saved.headers["Location"].endswith(f"#p-{crown}")
    page = client.get(f"/s/{token}").get_data(as_text=True)
    assert f'name="q-{keys[0]}" value="yes" checked' in page
    assert f'name="q-{keys[1]}" value="no" checked' in page
    assert "Felt calm." in page and "Includes your consultation answers" in page
    given = [a for pid, a in seen if pid == crown and a is not None]
    assert given and given[-1].answers == {keys[0]: "yes", keys[1]: "no", keys[-1]: "unsure"}
    assert given[-1].notes == "Felt calm." and given[-1].answered_on
    exported = client.get(f"/s/{token}.json").get_json()["practitioners"][0]
    assert exported["answers"][keys[1]] == "no"
    assert exported["scorecard"]["steps"]["ease"]["status"] in (
        "pass",
        "caution",
        "fail",
        "unknown",
    )


# -- exports ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\x00x", FORMULA, "plain", ""]
)
def test_csv_cells_are_neutralised_per_owasp(cell: str) -> None:
    out = safe_cell(cell)
    assert not out.startswith(FORMULA_START)
    assert "\x00" not in out
    if cell and cell[0] in "=+-@\t\r\x00":
        assert out.startswith("'")


def test_csv_export_opens_safely_in_a_spreadsheet(client: FlaskClient, web_data: WebData) -> None:
    hostile = web_data.id("Houston Ink")
    token = new_shortlist(client, web_data.id("Crown SMP"), hostile)
    client.post(f"/s/{token}/items/{hostile}", data={"notes": FORMULA})
    response = client.get(f"/s/{token}.csv")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert rows[0][:2] == ["id", "name"] and len(rows) == 3
    cells = [c for row in rows for c in row]
    assert not any(c.startswith(FORMULA_START) for c in cells)
    assert "'" + FORMULA in cells
    assert any(SCRIPT in c for c in cells)  # text, harmless in a CSV


def test_json_export_has_scorecards_notes_and_answers(
    client: FlaskClient, web_data: WebData
) -> None:
    token = new_shortlist(client, web_data.id("Crown SMP"))
    response = client.get(f"/s/{token}.json")
    assert response.headers["Content-Disposition"].startswith("attachment;")
    item = json.loads(response.data)["practitioners"][0]
    assert item["name"] == "Crown SMP Studio" and item["scorecard"]["steps"]
    assert item["contact"]["telephone"] == "+12145550134"


def test_pdf_export_embeds_its_font_and_fetches_nothing(
    client: FlaskClient, web_data: WebData, monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile = web_data.id("Houston Ink")
    token = new_shortlist(client, web_data.id("Crown SMP"), hostile)
    client.post(
        f"/s/{token}/items/{hostile}",
        data={"notes": "file:///etc/passwd http://evil.example/x.png \x07 🙂 " * 20},
    )

    def no_network(*_args: object, **_kw: object) -> None:
        raise AssertionError("the PDF renderer tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    response = client.get(f"/s/{token}.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    pdf = response.data
    assert pdf.startswith(b"%PDF-")
    for active in (
        b"/URI",
        b"/Launch",
        b"/JavaScript",
        b"/JS ",
        b"/Subtype /Image",
        b"/GoToR",
        b"/SubmitForm",
    ):
        assert active not in pdf
    assert b"DejaVu" in pdf  # the bundled font, embedded


def test_atom_feed_lists_new_reviews_and_red_flags(client: FlaskClient, web_data: WebData) -> None:
    token = new_shortlist(client, web_data.id("Lone Star"), web_data.id("Crown SMP"))
    response = client.get(f"/s/{token}/feed.atom")
    assert response.mimetype == "application/atom+xml"
    root = ET.fromstring(response.data)  # noqa: S314  (our own output)
    assert root.tag == f"{ATOM}feed"
    titles = [e.findtext(f"{ATOM}title") or "" for e in root.iter(f"{ATOM}entry")]
    assert any(t.startswith("Red flag for Lone Star Scalp Clinic: Discoloration") for t in titles)
    assert any(t == "New review of Crown SMP Studio" for t in titles)
    for entry in root.iter(f"{ATOM}entry"):
        assert entry.findtext(f"{ATOM}id") and entry.findtext(f"{ATOM}updated")
