"""The one exception type for bad input; its message is the whole user-facing line."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input, reported as `path:line: what is wrong (expected ...)`."""

    def __init__(self, path: Path | str, line: int | None, problem: str, expected: str | None = None):
        self.path, self.line, self.problem, self.expected = str(path), line, problem, expected
        where = f"{self.path}:{line}" if line else self.path
        tail = f" (expected {expected})" if expected else ""
        super().__init__(f"{where}: {problem}{tail}")


class InputErrors(InputError):
    """Several problems in one file, reported together, one line each."""

    def __init__(self, errors: list[InputError]):
        self.errors = errors
        Exception.__init__(self, "\n".join(str(error) for error in errors))
