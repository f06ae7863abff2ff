"""Facts the library states: checked against their published sources, kept from regressing."""

from __future__ import annotations

import re

from coach.settings import PROJECT_ROOT

LIB = PROJECT_ROOT / "knowledge"


def _read(path: str) -> str:
    return " ".join((LIB / path).read_text(encoding="utf-8").split())


def test_the_hartford_figures_are_the_published_ones() -> None:
    for path in ("program/what-is-reverse-mentoring.md", "hr/measuring-and-scaling.md"):
        text = _read(path)
        assert "50 pairs" in text and "97%" in text and "11 of the 12" in text, path
        assert "extremely effective for their personal development" in text, path
        assert "80%" not in text, path  # no published source for a business figure


def test_the_origin_of_reverse_mentoring_is_not_overstated() -> None:
    text = _read("hr/measuring-and-scaling.md")
    assert "model most programs follow" not in text
    assert re.search(r"General Electric.*1999|GE.*1999", text) and "Welch" in text


def test_payment_brands_are_current() -> None:
    money = _read("topics/money/guide.md")
    assert re.search(r"Venmo[^.]*(?:removed|dropped)[^.]*2021|2021[^.]*Venmo", money)
    consumer = _read("topics/consumer-behaviour/guide.md")
    assert re.search(r"Clearpay[^.]*Afterpay[^.]*UK|Afterpay[^.]*Clearpay[^.]*UK", consumer)
    assert "Klarna, Clearpay and Afterpay" not in consumer


def test_scope_3_is_not_claimed_for_every_company() -> None:
    esg = _read("topics/esg/guide.md")
    assert "most emissions of a typical company are Scope 3" not in esg
    assert re.search(r"haulage[^.]*(?:fuel|Scope 1)|(?:fuel|Scope 1)[^.]*haulage", esg)


def test_health_public_sector_and_business_to_business_are_covered() -> None:
    text = _read("program/health-public-and-b2b.md")
    for heading in ("## Health and care", "## The public sector", "## Business-to-business"):
        assert heading in (LIB / "program/health-public-and-b2b.md").read_text(), heading
    assert text.count("*Recognised by:*") == 3
