"""Stage 2: what the raw extraction (no story.yml) finds in the seed, and in small texts of each language."""

import datetime as dt
from pathlib import Path

from generator.extract import extract
from generator.model.article import Article, Paragraph


def article(text: str, language: str = "id") -> Article:
    paragraphs = [Paragraph(n, line, False, n) for n, line in enumerate(text.strip().split("\n\n"), 1)]
    return Article(Path("t/article.md"), "t", "T", language, dt.date(2023, 7, 26), None, None, paragraphs)


def by_id(items):
    return {item.id: item for item in items}


def test_short_names_and_titles_are_the_same_person(raw_story):
    actors = by_id(raw_story.actors)
    assert "kim" not in actors and "shoigu" not in actors and "menteri-shoigu" not in actors
    assert actors["kim-jong-un"].aliases == ["Kim"]
    assert actors["kim-jong-un"].paragraphs == [6, 7, 8, 15]
    assert actors["sergei-shoigu"].role == "Menteri Pertahanan"
    assert actors["sergei-shoigu"].country == "RU"
    assert "Shoigu" in actors["sergei-shoigu"].aliases


def test_the_four_people_one_entry_each_with_roles(raw_story):
    people = {a.name: a.role for a in raw_story.actors if a.kind == "person"}
    # "Pemerintahan Biden" names Biden's administration, the actor; Biden himself is named nowhere else.
    assert people == {
        "Sergei Shoigu": "Menteri Pertahanan",
        "Kang Sun Nam": "Menteri Pertahanan",
        "Li Hongzhong": "pejabat tingkat menengah",
        "Kim Jong Un": "pemimpin",
    }


def test_roles_and_countries_from_apposition_and_context(raw_story):
    actors = by_id(raw_story.actors)
    assert (actors["li-hongzhong"].role, actors["li-hongzhong"].country) == ("pejabat tingkat menengah", "CN")
    assert (actors["kang-sun-nam"].role, actors["kang-sun-nam"].country) == ("Menteri Pertahanan", "KP")
    assert actors["partai-komunis-tiongkok"].kind == "organization"


def test_states_that_act_are_actors_and_places_with_their_aliases(raw_story):
    actors, places = by_id(raw_story.actors), by_id(raw_story.places)
    for state, code in [("rusia", "RU"), ("tiongkok", "CN"), ("korea-utara", "KP"), ("amerika-serikat", "US")]:
        assert actors[state].kind == "state" and actors[state].country == code
        assert places[state].kind == "country"
    assert "Korut" in actors["korea-utara"].aliases
    assert "AS" in actors["amerika-serikat"].aliases
    assert {"China", "Republik Rakyat Tiongkok"} <= set(actors["tiongkok"].aliases)
    assert "ukraina" not in actors and "ukraina" in places  # named, but does nothing


def test_pbb_is_the_united_nations(raw_story):
    actors = by_id(raw_story.actors)
    assert actors["perserikatan-bangsa-bangsa"].kind == "organization"
    text = raw_story.article.paragraphs[16].text
    assert "PBB" in text and actors["dewan-keamanan-pbb"].paragraphs == [17]


def test_map_places_include_the_capitals_and_the_border(raw_story):
    places = by_id(raw_story.places)
    for city in ("pyongyang", "seoul", "beijing", "moskow"):
        assert places[city].kind == "city" and places[city].lat is not None
    dmz = places["zona-demiliterisasi-korea"]
    assert dmz.kind == "border" and len(dmz.line) > 2 and dmz.paragraphs == [9]
    assert abs(places["pyongyang"].lat - 39.03) < 0.1 and abs(places["moskow"].lon - 37.6) < 0.1


def test_events_are_dated_from_the_war_to_the_anniversary_week(raw_story):
    dates = {(e.date.start, e.date.end): e for e in raw_story.events}
    assert ("1950", "1953") in dates and dates[("1950", "1953")].era == "perang-korea"
    arrival = dates[("2023-07-25", None)]
    assert arrival.date.text == "Selasa (25/7) malam" and arrival.paragraphs == [3]
    assert "sergei-shoigu" in arrival.actors and "pyongyang" in arrival.places
    assert ("2023-W30", None) in dates and ("2023-07-27", None) in dates
    assert dates[("1953", None)].date.inferred  # from "peringatan 70 tahun"
    starts = [e.date.start for e in raw_story.events]
    assert starts[0] == "1950" and starts[-1] == "2023-07-27"


def test_quotes_have_speakers_and_terms_are_not_quotes(raw_story):
    quotes = {q.text: q for q in raw_story.quotes}
    assert quotes["tahap penting"].speaker == "sergei-shoigu"
    assert quotes["martir"].speaker == "kim-jong-un"
    assert quotes["kebijakan hegemonis"].speaker == "korea-utara"
    assert not any("Perang Pembebasan" in text for text in quotes)


def test_figures_keep_their_units_and_values(raw_story):
    figures = {f.text: f for f in raw_story.figures}
    assert figures["250 ribu tentara"].value == 250000
    assert figures["Lebih dari 180.000 tentara China"].value == 180000
    assert figures["tiga kali uji coba"].value == 3
    assert figures["sekitar 100 uji coba"].value == 100
    assert not any("1950" in f.text or "25/7" in f.text for f in raw_story.figures)
    assert [f.value for f in raw_story.figures] == [70, 2, 250000, 180000, 3, 100]  # six, in reading order


def test_background_is_the_history_block(raw_story):
    assert raw_story.background == [9, 10, 11, 12]


def test_english_article_goes_through_the_same_pipeline():
    story = extract(
        article(
            "President Joe Biden met Prime Minister Fumio Kishida in Tokyo on Thursday.\n\n"
            '"We stand together," Biden said. Japan has spent more than 1,500 million yen since 2022.',
            "en",
        )
    )
    actors = by_id(story.actors)
    assert actors["joe-biden"].role == "President" and "Biden" in actors["joe-biden"].aliases
    assert actors["fumio-kishida"].role == "Prime Minister"
    assert [q.speaker for q in story.quotes] == ["joe-biden"]
    assert by_id(story.places)["tokyo"].country == "JP"
    assert any(e.date.start == "2023-07-20" for e in story.events)


def test_nothing_is_invented_from_plain_text():
    story = extract(article("hujan turun sepanjang hari dan semua orang tinggal di rumah."))
    assert (story.actors, story.places, story.events, story.quotes) == ([], [], [], [])


def test_an_ambiguous_city_is_read_in_the_country_the_article_is_about():
    from generator.extract.gazetteer import gazetteer

    places = gazetteer("en")
    candidates = {e.country for e in places.index[("Hyderabad",)]}
    assert {"IN", "PK"} <= candidates  # two large cities share the name
    story = extract(article("Pakistan said on Monday that floods reached Hyderabad.", "en"))
    assert by_id(story.places)["hyderabad"].country == "PK"
    story = extract(article("India said on Monday that floods reached Hyderabad.", "en"))
    assert by_id(story.places)["hyderabad"].country == "IN"


def test_a_primary_name_beats_a_larger_city_that_has_it_as_an_alternate():
    story = extract(article("Leaders gathered in New Delhi on Saturday.", "en"))
    assert by_id(story.places)["new-delhi"].name == "New Delhi"
