"""YAML as the project reads it: only true and false are booleans, and dates stay text."""

from generator.data import labels, words
from generator.data.yaml12 import load_plain


def test_yaml_1_1_booleans_are_words():
    assert load_plain("a: on\nb: no\nc: Yes\nd: off\ne: y\n") == {
        "a": "on",
        "b": "no",
        "c": "Yes",
        "d": "off",
        "e": "y",
    }


def test_true_false_numbers_and_dates():
    assert load_plain("a: true\nb: False\nc: 3\nd: 2023-07-26\n") == {"a": True, "b": False, "c": 3, "d": "2023-07-26"}


def test_the_shipped_words_keep_their_short_words():
    # "Published by X on July 6" once read "Published by X True July 6"; "no." dropped out of number labels.
    assert labels("en")["published_on"] == "on"
    assert "no" in words("en")["number_labels"] and "on" in words("en")["stop_after_number"]
