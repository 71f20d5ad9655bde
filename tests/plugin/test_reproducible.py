"""Two builds of the same seeds are byte-identical, whenever they run."""

import os
import re
import subprocess
import time

from tests.conftest import MKDOCS, make_project


def build(project, out, env):
    result = subprocess.run(
        [str(MKDOCS), "build", "--strict", "-q", "-d", str(out)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def test_two_builds_are_identical_and_dated_by_the_newest_article(tmp_path):
    project = make_project(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env["SITE_URL"] = "https://newsroom.github.io/explainers/"  # so the sitemap carries dates
    first = build(project, tmp_path / "one", env)
    time.sleep(1.5)
    second = build(project, tmp_path / "two", env)
    assert first.keys() == second.keys()
    assert [path for path in first if first[path] != second[path]] == []
    sitemap = first[next(p for p in first if p.name == "sitemap.xml")].decode()
    assert set(re.findall(r"<lastmod>([^<]+)", sitemap)) == {"2023-07-26"}  # not today's date
