"""Stage 1: reading article.md."""

import pytest

from generator.model.errors import InputError
from generator.sources.article_md import read_article
from tests.conftest import SEED, write_article


def test_seed_has_seventeen_numbered_paragraphs_with_one_heading():
    article = read_article(SEED)
    assert [p.n for p in article.paragraphs] == list(range(1, 18))
    assert [p.n for p in article.paragraphs if p.heading] == [5]
    assert article.paragraphs[4].text == "Perayaan peringatan dan kuatnya solidaritas Korut-China-Rusia"
    assert article.published.isoformat() == "2023-07-26" and article.language == "id"


def test_seed_body_is_the_shared_text_unchanged():
    shared = SEED.parents[2].parent / "shared" / "seeds" / "000_8807d3dd83ea22fc.txt"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    lines = [line for line in shared.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert [p.text for p in read_article(SEED).paragraphs] == lines


@pytest.mark.parametrize(
    "front, body, message",
    [
        ("title: T\nlanguage: id\n", "Teks.", "has no 'published'"),
        ("published: 2023-07-26\nlanguage: id\n", "Teks.", "has no 'title'"),
        ("title: T\npublished: 2023-13-45\nlanguage: id\n", "Teks.", "bad date '2023-13-45'"),
        ("title: T\npublished: 2023-07-26\nlanguage: fr\n", "Teks.", "unknown language 'fr' (expected en or id)"),
        ("title: [T\npublished: 2023-07-26\nlanguage: id\n", "Teks.", "front matter is not valid YAML"),
        ("title: T\npublished: 2023-07-26\nlanguage: id\n", "", "the article has no text"),
        ("title: T\npublished: 2023-07-26\nlanguage: id\nauthor: X\n", "Teks.", "unknown front matter key 'author'"),
    ],
)
def test_bad_front_matter_names_file_line_and_expectation(tmp_path, front, body, message):
    path = write_article(tmp_path, body, front)
    with pytest.raises(InputError) as error:
        read_article(path)
    assert str(error.value).startswith(f"{path}:")
    assert message in str(error.value)


def test_bad_date_points_at_its_line(tmp_path):
    path = write_article(tmp_path, "Teks.", "title: T\npublished: kemarin\nlanguage: id\n")
    with pytest.raises(InputError, match=r":3: bad date 'kemarin' \(expected an ISO date"):
        read_article(path)


def test_missing_front_matter(tmp_path):
    path = tmp_path / "x" / "article.md"
    path.parent.mkdir()
    path.write_text("Hanya teks.\n", encoding="utf-8")
    with pytest.raises(InputError, match="no front matter"):
        read_article(path)


def test_not_utf8_and_binary_files_are_refused(tmp_path):
    path = write_article(tmp_path, "Teks.")
    path.write_bytes(path.read_bytes() + b"\xff\xfe caf\xe9\n")
    with pytest.raises(InputError, match=r":\d+: byte 0xff is not UTF-8 \(expected UTF-8 text\)"):
        read_article(path)
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(InputError, match="file is binary"):
        read_article(path)


def test_control_characters_are_dropped(tmp_path):
    path = write_article(tmp_path, "Satu\x02dua\x03tiga.")
    assert read_article(path).paragraphs[0].text == "Satu dua tiga."
