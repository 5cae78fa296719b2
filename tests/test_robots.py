"""robots.txt: every real file parses, and our decisions agree with Google's test cases."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from crawler.robots import RobotsParser, is_valid_agent, normalise

AGREEMENT_TARGET = 0.98


def _bytes(value: dict[str, str] | str) -> bytes:
    if isinstance(value, str):
        return value.encode()
    return value["text"].encode() if "text" in value else base64.b64decode(value["base64"])


def _decisions(realdata: Path) -> list[tuple[str, bool, bool]]:
    """(case name, expected allowed, our decision) for every allow/deny test case."""
    out = []
    google = json.loads((realdata / "google-robotstxt/robots_test_cases.json").read_text())
    for case in google["user_agent_allowed"]:
        parser = RobotsParser(_bytes(case["robotstxt"]), None)
        url = _bytes(case["url"]).decode("utf-8", "replace")
        name = f"google {case['test']} line {case['line']}"
        out.append((name, case["expected_allowed"], parser.allowed(url, case["user_agent"])))
    spec = json.loads((realdata / "protego/google-spec-cases.json").read_text())
    precedence = spec["test_user_agent_precedence"]
    parser = RobotsParser(precedence["robotstxt"].encode(), None)
    for path, agent in precedence["rows"]:
        first = next(
            (
                g
                for g in ("/group1", "/group2", "/group3")
                if parser.allowed(f"http://example.com{g}", agent)
            ),
            None,
        )
        out.append((f"protego user-agent precedence {agent}", True, first == path))
    for pattern, path, match in spec["test_path_matching"]["rows"]:
        parser = RobotsParser(f"User-Agent: *\ndisallow: {pattern}\n".encode(), None)
        allowed = parser.allowed(f"http://example.com{path}", "*")
        out.append((f"protego path {pattern!r} vs {path!r}", not match, allowed))
    for rules, url, allowed in spec["test_record_precedence"]["rows"]:
        parser = RobotsParser(f"User-Agent: *\n{rules}\n".encode(), None)
        out.append(
            (f"protego record precedence {rules!r} {url}", allowed, parser.allowed(url, "*"))
        )
    return out


def test_decisions_agree_with_googles_test_cases(realdata: Path) -> None:
    decisions = _decisions(realdata)
    disagreements = [name for name, expected, got in decisions if expected != got]
    share = 1 - len(disagreements) / len(decisions)
    print(
        f"\nrobots.txt decisions agreeing with Google's and Protego's spec cases:"
        f" {len(decisions) - len(disagreements)}/{len(decisions)} = {share:.1%}"
    )
    for name in disagreements:
        print(f"  disagrees: {name}")
    assert share >= AGREEMENT_TARGET, disagreements


def test_valid_user_agents_follow_google(realdata: Path) -> None:
    google = json.loads((realdata / "google-robotstxt/robots_test_cases.json").read_text())
    for case in google["valid_user_agent_to_obey"]:
        agent = _bytes(case["user_agent"]).decode()
        assert is_valid_agent(agent) == case["expected_valid"], agent


def test_every_real_robots_file_parses(realdata: Path) -> None:
    files = sorted((realdata / "protego/test_data").iterdir())
    assert len(files) >= 1600
    for path in files:
        parser = RobotsParser(path.read_bytes(), None)
        for url in ("https://example.com/", "https://example.com/admin/x?q=1", "/ünï"):
            assert isinstance(parser.allowed(url, "smpvet"), bool), path.name
        parser.crawl_delay("smpvet")
    print(f"\n{len(files)} real robots.txt files parsed")


@pytest.mark.parametrize(
    ("text", "url", "allowed"),
    [
        ("User-agent: smpvet\nDisallow: /\n", "http://x/a", False),
        ("User-agent: SMPVET bot\nDisallow: /private/\n", "http://x/private/a", False),
        ("User-agent: other\nDisallow: /\n", "http://x/a", True),
        ("User-agent: smpvet\nUnknown: x\nUser-agent: *\nDisallow: /p\n", "http://x/p", False),
        ("\ufeffUser-agent: *\nDisallow: /p\n", "http://x/p", False),
        ("<html><body>Not a robots file</body></html>", "http://x/p", True),
    ],
)
def test_our_crawler_reads_rules_like_google(text: str, url: str, allowed: bool) -> None:
    assert RobotsParser(text.encode(), None).allowed(url, "smpvet") is allowed


def test_overlong_lines_are_cut() -> None:
    line = "Disallow: /" + "a" * 20000
    assert len(normalise(line).encode()) < 17000
