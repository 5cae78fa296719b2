"""sources.toml: the contract's format, and one clear line for every mistake."""

from __future__ import annotations

import pytest

from crawler.sources import SourcesError, parse_sources

GOOD = """
[crawler]
contact = "https://example.org/about-our-crawler"

[[source]]
name = "example-directory"
kind = "directory"
start_urls = ["https://example.org/smp-artists/"]
follow = ["/artist/", "page=\\\\d+"]
max_pages = 200
schedule = "0 4 * * 1"
country = "US"

[[source]]
name = "licences"
kind = "registry"
start_urls = ["https://registry.example/lookup"]
issuer = "Example State Department of Health"
credential = "licence"
complete = true
"""


def test_the_contract_example_parses() -> None:
    config = parse_sources(GOOD)
    directory, registry = config.sources
    assert config.contact == "https://example.org/about-our-crawler"
    assert directory.follow == ["/artist/", "page=\\d+"]
    assert directory.follow_patterns[1].search("?page=3")
    assert (directory.max_pages, directory.schedule, directory.country) == (200, "0 4 * * 1", "US")
    assert (registry.issuer, registry.credential, registry.complete) == (
        "Example State Department of Health",
        "licence",
        True,
    )
    assert config.select(["licences"]) == [registry]


CLINIC = '[[source]]\nname = "a"\nkind = "clinic"\nstart_urls = ["http://x/"]'
REGISTRY = '[[source]]\nname = "a"\nkind = "registry"\nstart_urls = ["http://x/"]'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[source]\n", "not valid TOML"),
        ("title = 'x'", "no [[source]] tables"),
        ('[[source]]\nname = "a"\nkind = "forum"\nstart_urls = ["http://x/"]', "kind must be"),
        ('[[source]]\nname = "a"\nkind = "clinic"\nstart_urls = ["ftp://x/"]', "not an http"),
        ('[[source]]\nname = "a"\nkind = "clinic"\nstart_urls = []', "at least one URL"),
        (
            '[[source]]\nname = "a"\nkind = "clinic"\nstart_urls = ["http://x/"]\nfollow = ["("]',
            "bad follow pattern",
        ),
        (
            '[[source]]\nname = "a"\nkind = "clinic"\nstart_urls = ["http://x/"]\nmax_pages = 0',
            "max_pages",
        ),
        (CLINIC + '\nschedule = "daily"', "cron"),
        (REGISTRY + '\ncredential = "licence"', "needs an issuer"),
        (
            '[[source]]\nname = "a"\nkind = "clinic"\nstart_urls = ["http://x/"]\n'
            '[[source]]\nname = "a"\nkind = "clinic"\nstart_urls = ["http://y/"]',
            "duplicate",
        ),
        (
            '[[source]]\nname = "a"\nkind = "clinic"\nstart_urls = ["http://x/"]\n'
            '[source.selectors]\nbogus = "div"',
            "unknown selector field",
        ),
    ],
)
def test_mistakes_get_one_clear_line(text: str, message: str) -> None:
    with pytest.raises(SourcesError) as caught:
        parse_sources(text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value).strip()


def test_unknown_names_are_named() -> None:
    with pytest.raises(SourcesError, match="unknown source nope"):
        parse_sources(GOOD).select(["nope"])
