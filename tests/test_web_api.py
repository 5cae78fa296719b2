"""The JSON API, and its OpenAPI document checked against real responses."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from web_fixtures import *  # noqa: F403
from web_fixtures import WebData

KEYWORDS = {
    "type",
    "properties",
    "required",
    "items",
    "prefixItems",
    "additionalProperties",
    "enum",
    "minimum",
    "maximum",
    "maxLength",
    "pattern",
    "$ref",
    "allOf",
    "oneOf",
    "description",
}
TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def validate(value: Any, schema: dict[str, Any], doc: dict[str, Any], at: str = "$") -> list[str]:
    """Check a value against the subset of JSON Schema the document uses."""
    unknown = set(schema) - KEYWORDS
    if unknown:
        return [f"{at}: the document uses {unknown}, which this check does not know"]
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        return validate(value, doc["components"]["schemas"][name], doc, at)
    errors: list[str] = []
    for part in schema.get("allOf", []):
        errors += validate(value, part, doc, at)
    if "oneOf" in schema:
        passing = [p for p in schema["oneOf"] if not validate(value, p, doc, at)]
        if len(passing) != 1:
            errors.append(f"{at}: matches {len(passing)} of oneOf")
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is(value, k) for k in kinds):
            return [*errors, f"{at}: {value!r:.60} is not {kinds}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{at}: {value!r} not in {schema['enum']}")
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number and not schema.get("minimum", value) <= value <= schema.get("maximum", value):
        errors.append(f"{at}: {value} out of range")
    if isinstance(value, str):
        if len(value) > schema.get("maxLength", len(value)):
            errors.append(f"{at}: too long")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{at}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, dict):
        errors += [f"{at}: missing {k}" for k in schema.get("required", []) if k not in value]
        for key, item in value.items():
            sub = schema.get("properties", {}).get(key, schema.get("additionalProperties"))
            if isinstance(sub, dict):
                errors += validate(item, sub, doc, f"{at}.{key}")
    if isinstance(value, list):
        for i, item in enumerate(value):
            prefix = schema.get("prefixItems", [])
            sub = prefix[i] if i < len(prefix) else schema.get("items")
            if isinstance(sub, dict):
                errors += validate(item, sub, doc, f"{at}[{i}]")
    return errors


def _is(value: Any, kind: str) -> bool:
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, TYPES[kind])


@pytest.fixture
def doc(client: FlaskClient) -> dict[str, Any]:
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    return response.get_json()


def check(doc: dict[str, Any], path: str, method: str, response: Any) -> Any:
    """Assert the response is one the document declares, in the declared shape."""
    operation = doc["paths"][path][method]
    declared = operation["responses"].get(str(response.status_code))
    assert declared is not None, f"{method} {path} answered {response.status_code}, undeclared"
    content = declared.get("content", {}).get("application/json", {})
    if "schema" in content:
        assert response.mimetype == "application/json"
        assert validate(response.get_json(), content["schema"], doc) == []
    return response.get_json()


def test_the_document_is_openapi_3_1_and_names_exactly_the_api_routes(
    app: Flask, doc: dict[str, Any]
) -> None:
    assert doc["openapi"] == "3.1.0"
    documented = {
        (re.sub(r"\{(\w+)\}", r"<\1>", path), method.upper())
        for path, ops in doc["paths"].items()
        for method in ops
        if method != "parameters"
    }
    routes = {
        (re.sub(r"<(?:\w+:)?(\w+)>", r"<\1>", rule.rule).replace("<pid>", "<id>"), m)
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/")
        for m in rule.methods or ()
        if m not in ("HEAD", "OPTIONS")
    }
    assert documented == routes
    for schema in doc["components"]["schemas"].values():
        assert not set(schema) - KEYWORDS


def test_search_api_matches_the_contract(client: FlaskClient, doc: dict[str, Any]) -> None:
    body = check(
        doc, "/api/search", "get", client.get("/api/search?q=smp&near=Dallas,+TX&service=smp")
    )
    assert body["total"] >= 2 and body["results"][0]["distance_km"] is not None
    assert {"total", "results", "facets"} <= set(body)
    check(doc, "/api/search", "get", client.get("/api/search?q=blue"))
    check(doc, "/api/search", "get", client.get("/api/search"))
    error = check(doc, "/api/search", "get", client.get("/api/search?near=Nowhereville+Zz"))
    assert "could not find the place" in error["error"]["message"]
    check(doc, "/api/search", "get", client.get("/api/search?page=-1"))


def test_practitioner_api_has_the_vet_json_shape(
    client: FlaskClient, doc: dict[str, Any], web_data: WebData
) -> None:
    path = "/api/practitioners/{id}"
    body = check(doc, path, "get", client.get(f"/api/practitioners/{web_data.id('Crown SMP')}"))
    assert set(body["steps"]) == {"training", "reputation", "ease"}
    assert body["contact"]["website"] == "https://crownsmp.example/"
    assert body["url"].endswith(f"/p/{web_data.id('Crown SMP')}")
    hostile = check(doc, path, "get", client.get(f"/api/practitioners/{web_data.id('Houston')}"))
    assert "<script>" in hostile["name"]
    check(doc, path, "get", client.get("/api/practitioners/nobody"))
    check(doc, path, "get", client.get("/api/practitioners/%3Cscript%3E"))


def test_shortlist_api_round_trip(
    client: FlaskClient, doc: dict[str, Any], web_data: WebData
) -> None:
    created = client.post("/api/shortlists")
    body = check(doc, "/api/shortlists", "post", created)
    token = body["token"]
    assert created.headers["Location"].endswith(f"/api/shortlists/{token}/items")
    items = "/api/shortlists/{token}/items"
    url = f"/api/shortlists/{token}/items"
    crown = web_data.id("Crown SMP")
    added = check(doc, items, "post", client.post(url, json={"id": crown}))
    assert [i["id"] for i in added["items"]] == [crown]
    assert client.post(url, json={"id": crown}).status_code == 200  # already there
    listed = check(doc, items, "get", client.get(url))
    assert listed["items"][0]["scorecard"]["id"] == crown
    check(doc, items, "post", client.post(url, json={"id": "nobody"}))
    check(doc, items, "post", client.post(url, json=["not", "an", "object"]))
    check(doc, items, "post", client.post(url, json={"id": 5}))
    check(doc, items, "post", client.post(url, data="{not json", content_type="application/json"))
    check(doc, items, "post", client.post(url, data="id=x"))
    removed = check(doc, items, "delete", client.delete(url, json={"id": crown}))
    assert removed["items"] == []
    check(doc, items, "delete", client.delete(url, json={"id": crown}))
    check(doc, items, "get", client.get("/api/shortlists/" + "Z" * 32 + "/items"))
    check(doc, items, "get", client.get("/api/shortlists/short/items"))


def test_api_errors_are_json(client: FlaskClient) -> None:
    for response in (
        client.get("/api/nothing"),
        client.put("/api/search"),
        client.get("/api/search?sort=sideways"),
    ):
        assert response.mimetype == "application/json"
        assert set(response.get_json()["error"]) == {"status", "title", "message"}
        assert response.get_json()["error"]["status"] == response.status_code
