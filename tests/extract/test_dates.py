"""The temporal tagger, in Indonesian and English, against a publication date (Wednesday 26 July 2023)."""

import datetime as dt

import pytest

from generator.extract.dates import find_dates

PUBLISHED = dt.date(2023, 7, 26)


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("id", "tiba di Pyongyang pada Selasa (25/7) malam", [("Selasa (25/7) malam", "2023-07-25", None)]),
        ("id", "Media melaporkan pada hari Rabu bahwa", [("pada hari Rabu", "2023-07-26", None)]),
        ("id", "pada tanggal 27 Juli, Kamis.", [("tanggal 27 Juli, Kamis", "2023-07-27", None)]),
        ("id", "Pada 17 Agustus 1945 merdeka", [("17 Agustus 1945", "1945-08-17", None)]),
        ("id", "dalam Perang Korea 1950-1953.", [("1950-1953", "1950", "1953")]),
        ("id", "Pada tahun 1950, China", [("tahun 1950", "1950", None)]),
        ("id", "Sejak awal tahun 2022, Korea Utara", [("Sejak awal tahun 2022", "2022", "2023-07-26")]),
        ("id", "delegasi minggu ini untuk", [("minggu ini", "2023-W30", None)]),
        ("id", "uji coba sejak minggu lalu,", [("sejak minggu lalu", "2023-W29", "2023-07-26")]),
        ("id", "harga naik bulan lalu", [("bulan lalu", "2023-06", None)]),
        ("id", "Jumat lalu ia datang", [("Jumat lalu", "2023-07-21", None)]),
        ("id", "peringatan 70 tahun gencatan senjata", [("peringatan 70 tahun", "1953", None)]),
        ("en", "The war began on June 25, 1950.", [("June 25, 1950", "1950-06-25", None)]),
        ("en", "He spoke on Thursday.", [("on Thursday", "2023-07-20", None)]),
        ("en", "The summit opens on Thursday.", [("on Thursday", "2023-07-27", None)]),  # no past: to come
        ("en", "Talks this week and last month", [("this week", "2023-W30", None), ("last month", "2023-06", None)]),
        ("en", "the 70th anniversary of the armistice", [("the 70th anniversary", "1953", None)]),
    ],
)
def test_dates_are_read_and_resolved(language, text, expected):
    found = [(m.text, m.first, m.last) for m in find_dates(text, language, PUBLISHED)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "setelah bertahun-tahun terisolasi",
        "selama 70 tahun terakhir",
        "Minggu ini juga",  # a week, resolved below, never Sunday
        "setiap 9 Mei rakyat berparade",
    ],
)
def test_durations_and_recurrences_are_not_single_days(text):
    found = find_dates(text, "id", PUBLISHED)
    assert all("-W" in m.first for m in found), found


def test_a_future_weekday_is_the_next_one():
    [mention] = find_dates("Parade akan digelar pada hari Kamis", "id", PUBLISHED)
    assert mention.first == "2023-07-27" and mention.inferred
