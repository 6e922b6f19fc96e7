"""The shortcuts clean() takes for speed give what the plain route gives.

- valid UTF-8 bytes are parsed as bytes (no decode and re-encode); other bytes are decoded first;
- element text comes from method="text" serialisation instead of XPath ``string()``;
- date-cue nodes are looked up only for cue words with a year nearby;
- never-content tags go in a first pass before the class-name walk;
- visible dates are not read when the page's metadata gives both dates (given ``fetched_at``).
"""
from __future__ import annotations

import glob
import os
from datetime import datetime, timezone

import lxml.etree
import pytest

from pipelines.charset import decode_html
from pipelines.clean import _cue_texts, _plain_utf8, clean, parse_html, text_content
from pipelines.extract import extract

HERE = os.path.dirname(__file__)
PAGES = sorted(glob.glob(os.path.join(HERE, "gold", "**", "*.html"), recursive=True)
               + glob.glob(os.path.join(HERE, "fixtures", "pages", "*", "body.html")))
_STRING = lxml.etree.XPath("string()", smart_strings=False)


def _tree(doc) -> str:
    return lxml.etree.tostring(doc, encoding="unicode")


def test_there_are_pages_to_check():
    assert len(PAGES) >= 40


@pytest.mark.parametrize("path", PAGES, ids=lambda p: os.path.relpath(p, HERE))
def test_bytes_and_decoded_text_parse_to_the_same_tree(path):
    with open(path, "rb") as fh:
        body = fh.read()
    text, _ = decode_html(body)
    assert _tree(parse_html(body)) == _tree(parse_html(text))


@pytest.mark.parametrize("path", PAGES[::4], ids=lambda p: os.path.relpath(p, HERE))
def test_text_content_is_xpath_string(path):
    with open(path, "rb") as fh:
        doc = parse_html(fh.read())
    for el in doc.iter():
        if isinstance(el.tag, str):
            assert text_content(el) == _STRING(el)


@pytest.mark.parametrize("body, plain", [
    (b"<p>ascii</p>", True),
    ("<p>caf\u00e9 \u2013 na\u00efve</p>".encode("utf-8"), True),
    ("<p>caf\u00e9</p>".encode("cp1252"), False),                   # not UTF-8: decoded first
    (b"\xef\xbb\xbf<p>bom</p>", False),                                # BOM
    (b"  <?xml version='1.0' encoding='utf-8'?><p>x</p>", False),      # XML declaration
    ("<p>caf\u00c3\u00a9</p>".encode("utf-8"), False),                 # mojibake to repair
])
def test_which_bytes_take_the_fast_path(body, plain):
    assert _plain_utf8(body) is plain


def test_utf8_page_declaring_another_charset_is_read_as_utf8():
    body = ('<html><head><meta charset="iso-8859-1"></head><body><h1>Caf\u00e9 manager</h1>'
            '<p>Na\u00efve \u2013 caf\u00e9</p></body></html>').encode("utf-8")
    doc = parse_html(body)
    assert doc.find(".//p").text == "Na\u00efve \u2013 caf\u00e9"


@pytest.mark.parametrize("body", [b"", b"   \n  ", "  ".encode("utf-8")])
def test_empty_bytes_are_an_empty_page(body):
    with pytest.raises(ValueError, match="empty page"):
        parse_html(body)


def test_cue_nodes_need_a_date_nearby():
    filler = b"<p>" + b"Plain words about the work. " * 20 + b"</p>"
    near = parse_html(b"<html><body><p>intro</p><div>Last <b>updated</b> 3 May 2024</div>"
                      + filler + b"<p>Posted by the editors</p></body></html>")
    texts = [str(t) for t in _cue_texts(near)]
    assert texts == ["updated"]  # "Posted" has no year or "ago" within reach
    none = parse_html(b"<html><body><p>We review code and update docs.</p></body></html>")
    assert _cue_texts(none) == []


def test_last_updated_line_far_from_the_title_is_found():
    filler = "".join(f"<p>{'Plain article prose about the job and its duties. ' * 4}</p>"
                     for _ in range(12))
    html = (f"<html><body><nav><a href='/'>Home</a> <span>Posted 1 Jan 2020</span></nav>"
            f"<article><h1>Care assistant: duties and pay</h1>{filler}"
            f"<p class='updated'>Page last reviewed: 12 March 2024</p></article>"
            f"<footer>Updated 2 February 2021</footer></body></html>")
    content = clean(html.encode(), "https://example.org/care-assistant")
    assert "Page last reviewed: 12 March 2024" in content.meta["byline_dates"]
    # dates in menus and footers are the site's, not the article's
    assert not any("2020" in d or "2021" in d for d in content.meta["byline_dates"])


def test_wrapper_form_holding_the_article_is_kept():
    # ASP.NET-style pages wrap the whole page in one <form>: it holds the prose, so it stays
    prose = "".join(f"<p>{'Warehouse operatives pick, pack and load orders every shift. ' * 3}</p>"
                    for _ in range(8))
    html = (f"<html><body><form id='aspnetForm'><nav><a href='/'>Home</a></nav>"
            f"<h1>Warehouse operative</h1>{prose}<button>Apply</button></form></body></html>")
    content = clean(html.encode(), "https://example.org/warehouse")
    text = " ".join(b.text for b in content.blocks)
    assert "pick, pack and load" in text
    assert "Apply" not in text and "Home" not in text


@pytest.mark.parametrize("path", PAGES[::5], ids=lambda p: os.path.relpath(p, HERE))
def test_clean_of_a_parsed_tree_is_clean_of_the_bytes(path):
    with open(path, "rb") as fh:
        body = fh.read()
    a = clean(body, "https://example.org/page")
    b = clean(parse_html(body), "https://example.org/page")
    assert (a.title, a.blocks, a.meta, a.is_article) == (b.title, b.blocks, b.meta, b.is_article)


def _dated_page(jsonld_dates: str) -> bytes:
    prose = "".join(f"<p>{'Nurses plan and give care, keep records and support families. ' * 3}</p>"
                    for _ in range(8))
    return (f'<html><head><script type="application/ld+json">{{"@type": "Article", '
            f'"headline": "Staff nurse: duties and pay"{jsonld_dates}}}</script></head><body>'
            f"<article><h1>Staff nurse: duties and pay</h1><p class='byline'>Updated 9 May 2025</p>"
            f"{prose}</article></body></html>").encode()


FETCHED = datetime(2026, 1, 10, tzinfo=timezone.utc)


def test_visible_dates_are_not_read_when_metadata_gives_both():
    page = _dated_page(', "datePublished": "2025-03-01", "dateModified": "2025-04-02"')
    content = clean(page, "https://example.org/nurse", fetched_at=FETCHED)
    assert content.meta["byline_dates"] == [] and content.meta["times"] == []
    facts = extract(content, fetched_at=FETCHED)
    assert (facts.published, facts.updated) == ("2025-03-01", "2025-04-02")
    # without fetched_at clean() reads them as before, and the facts are the same
    plain = clean(page, "https://example.org/nurse")
    assert plain.meta["byline_dates"] == ["Updated 9 May 2025"]
    assert extract(plain, fetched_at=FETCHED) == facts


@pytest.mark.parametrize("dates", ['', ', "datePublished": "2025-03-01"',
                                   ', "datePublished": "2025-03-01", "dateModified": "2027-01-01"'])
def test_visible_dates_are_read_when_metadata_lacks_one(dates):
    # no dates, only one, or an "updated" after the fetch (not a valid date then)
    content = clean(_dated_page(dates), "https://example.org/nurse", fetched_at=FETCHED)
    assert content.meta["byline_dates"] == ["Updated 9 May 2025"]
    assert extract(content, fetched_at=FETCHED).updated == "2025-05-09"
