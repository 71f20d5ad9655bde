"""Run the mutants through read → extract → curate → render, in this process: `python -m tests.fuzz.run`.

Each must build or raise InputError whose message is one line per problem, `seeds/<slug>/<file>:LINE: …
(expected …)`, within the time limit. Prints what did neither.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

import jsonschema

from generator.model.errors import InputError
from generator.model.schema import SCHEMA_FILE
from generator.site.exports import story_json
from tests.fuzz.mutants import mutants

LIMIT = 10  # seconds for one mutant
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # never on a page or in a download
SCHEMA = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
LINE = re.compile(r"^seeds/fuzz/(article\.md|story\.yml)(:\d+)?: [^\n\x00-\x1f\x7f]+$")


class Slow(Exception):
    pass


def alarm(*_):
    raise Slow


def check(name: str, article: str, story: str | None, root: Path) -> str | None:
    """None when the mutant builds or fails cleanly; else what went wrong."""
    from generator.pipeline import load_story
    from generator.site.render import explainer_files

    folder = root / "seeds" / "fuzz"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.md").write_text(article, encoding="utf-8", errors="surrogatepass")
    (folder / "story.yml").unlink(missing_ok=True)
    if story is not None:
        (folder / "story.yml").write_text(story, encoding="utf-8", errors="surrogatepass")
    signal.signal(signal.SIGALRM, alarm)
    signal.alarm(LIMIT)
    start = time.monotonic()
    try:
        story = load_story(Path("seeds/fuzz/article.md"))
        files = explainer_files(story)
        control = next((path for path, text in files.items() if CONTROL.search(text)), None)
        if control:
            return f"a control character reaches {control}"
        jsonschema.validate(json.loads(story_json(story)), SCHEMA)  # what `extract` prints keeps its schema
    except jsonschema.ValidationError as error:
        return f"story.json breaks the schema: {error.message[:200]}"
    except InputError as error:
        bad = [line for line in str(error).split("\n") if not LINE.match(line)]
        return f"not one line each: {bad[0]!r}" if bad else None
    except Slow:
        return f"over {LIMIT} s"
    except Exception:
        return traceback.format_exc(limit=-3)
    finally:
        signal.alarm(0)
    took = time.monotonic() - start
    return f"took {took:.1f} s" if took > LIMIT else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--stories", type=int, default=150)
    parser.add_argument("--case", help="run only this mutant, e.g. article-12")
    args = parser.parse_args()
    import os

    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.chdir(root)
        for name, article, story in mutants(args.seed, args.articles, args.stories):
            if args.case and name != args.case:
                continue
            problem = check(name, article, story, root)
            if problem:
                failures += 1
                print(f"== {name}\n{problem}", file=sys.stderr)
    print(f"{failures} failures", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
