"""The one exception type for bad input; its message is the whole user-facing line."""

from __future__ import annotations

import re
from pathlib import Path

MOST = 300  # characters of a problem: an echoed value is shortened, never pages long
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """What a message echoes, as one safe line: control characters shown as \\x1b, never acted on."""
    text = CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    return text if len(text) <= MOST else text[: MOST - 1] + "…"


def shown(path: Path | str) -> str:
    """The path as the editor knows it: seeds/x/article.md, relative to where the command runs."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


class InputError(Exception):
    """Bad input, reported as `path:line: what is wrong (expected ...)`."""

    def __init__(self, path: Path | str, line: int | None, problem: str, expected: str | None = None):
        self.path, self.line, self.problem, self.expected = (
            shown(path),
            line,
            one_line(problem),
            expected and one_line(expected),
        )
        where = f"{self.path}:{line}" if line else self.path
        tail = f" (expected {self.expected})" if self.expected else ""
        super().__init__(f"{where}: {self.problem}{tail}")


class InputErrors(InputError):
    """Several problems in one file, reported together, one line each."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        Exception.__init__(self, "\n".join(str(error) for error in errors))
