"""Article -> Story: names, dates, events, quotes and figures, read from the article's own words."""

from generator.extract.assemble import extract

__all__ = ["extract"]
