"""The explainers' search, in a real Chromium against a real build: Indonesian forms of a word find each
other both ways, English pages stem as English, and nothing is fetched from outside the site."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest
from playwright.sync_api import sync_playwright

from generator.site.search import nasal_forms, root_forms
from tests.conftest import make_project, mkdocs_build, write_article
from tests.test_browser import ARGS, CHROMIUM, QuietHandler

# One form of "turun" (to fall) in each: a reader's query in any form must find all four.
TURUN = {
    "harga-beras": "Harga beras di pasar Semarang turun sepekan terakhir, kata para pedagang pada Senin.",
    "suku-bunga": "Bank Indonesia menurunkan suku bunga acuan pada Kamis, kata Gubernur Perry Warjiyo.",
    "tarif-listrik": "Tarif listrik untuk rumah tangga diturunkan mulai bulan depan, kata pejabat PLN.",
    "ekspor-batu-bara": "Penurunan ekspor batu bara membuat pendapatan daerah berkurang tahun ini.",
}
OTHER = {"banjir-demak": "Banjir melanda Demak setelah hujan deras mengguyur kota itu pada Minggu malam."}
ENGLISH = {"river-level": "The river level falls slowly after the storm and the dams retained water, engineers said."}


def test_a_root_carries_its_nasal_forms():
    assert nasal_forms("tulis") == ("menulis", "penulis")
    assert nasal_forms("kirim") == ("mengirim", "pengirim")
    assert nasal_forms("pukul") == ("memukul", "pemukul")
    assert nasal_forms("sapu") == ("menyapu", "penyapu")
    assert nasal_forms("lihat") == ("melihat", "pelihat")


def test_every_form_of_a_word_leads_to_its_root():
    for text in ("turun", "menurunkan", "diturunkan", "penurunan"):
        assert {"turun", "menurun", "penurun"} <= set(root_forms(text).split()), text
    assert root_forms("Pyongyang Xi Jinping") == ""  # names are not in the dictionary of roots


@pytest.fixture(scope="module")
def search(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search")
    seeds = folder / "seeds"
    for slug, text in {**TURUN, **OTHER}.items():
        write_article(seeds, text, f"title: {slug}\npublished: 2024-03-04\nlanguage: id\n", slug)
    for slug, text in ENGLISH.items():
        write_article(seeds, text, f"title: {slug}\npublished: 2024-03-01\nlanguage: en\n", slug)
    project = make_project(folder, seeds)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    handler = functools.partial(QuietHandler, directory=str(project / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context()
        outside: list[str] = []
        context.route(
            lambda url: not url.startswith("http://127.0.0.1"),
            lambda route: (outside.append(route.request.url), route.abort()),
        )
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))

        base = f"http://127.0.0.1:{server.server_port}/"

        def found(query: str) -> set[str]:
            page.goto(f"{base}search/?q={query}")
            page.wait_for_function("document.querySelector('.explainer-search__status').textContent !== ''")
            assert not errors and not outside, (errors, outside)
            return set(page.locator(".explainer-search__results a").all_inner_texts())

        yield found, page, base
        browser.close()
    server.shutdown()


@pytest.mark.parametrize("query", ["turun", "menurunkan", "diturunkan", "penurunan", "penurunannya"])
def test_an_indonesian_query_in_any_form_finds_every_form(search, query):
    found, _, _ = search
    assert found(query) == set(TURUN)


def test_english_stems_as_english(search):
    found, _, _ = search
    assert found("falling") == set(ENGLISH)
    assert found("fall") == set(ENGLISH)


def test_each_language_is_searched_with_its_own_stemmer(search):
    """Indonesian stems "kereta" (train) to "reta"; searched with that stemmer, the English index would
    offer "retained"."""
    found, _, _ = search
    assert found("kereta") == set()


def test_a_result_shows_its_date_and_lead_and_opens_the_explainer(search):
    found, page, _ = search
    assert found("banjir") == set(OTHER)
    item = page.locator(".explainer-search__results li").first
    assert "4 Maret 2024 · Indonesia" in item.inner_text()
    assert "hujan deras" in item.inner_text()
    assert page.locator(".explainer-search__status").inner_text() == "1 penjelas cocok."
    item.locator("a").click()
    assert page.url.endswith("/banjir-demak/")


def test_the_header_leads_to_the_search(search):
    _, page, base = search
    page.goto(base + "suku-bunga/")
    page.locator(".md-header a[href$='search/']").click()
    page.locator("#explainer-search-query").fill("tarif")
    page.wait_for_function("document.querySelectorAll('.explainer-search__results li').length === 1")
    assert "q=tarif" in page.url  # a search can be shared


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_results_pass_axe_in_light_and_dark(search, scheme):
    from axe_playwright_python.sync_playwright import Axe

    found, page, _ = search
    page.emulate_media(color_scheme=scheme)
    assert found("harga") == {"harga-beras"}
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
