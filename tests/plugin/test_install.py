"""The package as a newsroom gets it: a wheel installed into a fresh venv builds a bare site folder.

The site folder holds only mkdocs.yml, seeds/, docs/ and site_templates/; its mkdocs.yml names the
theme and the plugin and nothing else. A template placed in its site_templates/ wins over the
shipped one, and the theme overrides come from the package. This is slow (a venv and a real
`pip install`), so it runs once, on the seed.
"""

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT

SLUG = "korut-gencatan-senjata-70"
MARK = "Diterbitkan ulang oleh Redaksi Uji"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with the wheel of this checkout installed (not editable)."""
    where = tmp_path_factory.mktemp("install")
    wheels = where / "wheels"
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", str(wheels)], cwd=where)
    venv.create(where / "venv", with_pip=True)
    pip = where / "venv" / "bin" / "pip"
    run([str(pip), "install", "-q", str(next(wheels.glob("*.whl")))], cwd=where)
    return where / "venv" / "bin"


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, f"{' '.join(command)}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def test_a_bare_site_folder_builds_with_its_own_template(installed, tmp_path):
    site = tmp_path / "newsroom"
    (site / "docs").mkdir(parents=True)
    shutil.copytree(ROOT / "seeds" / SLUG, site / "seeds" / SLUG)
    (site / "mkdocs.yml").write_text(
        "site_name: Newsroom\ntheme:\n  name: material\n  font: false\nplugins:\n  - explainer\n  - search\n",
        encoding="utf-8",
    )
    (site / "site_templates").mkdir()
    shipped = (ROOT / "site_templates" / "data.md.j2").read_text(encoding="utf-8")
    (site / "site_templates" / "data.md.j2").write_text(shipped + f"\n{MARK}\n", encoding="utf-8")

    run([str(installed / "mkdocs"), "build", "--strict"], cwd=site)

    assert sorted(p.name for p in site.iterdir() if p.name != ".cache") == [
        "docs",
        "mkdocs.yml",
        "seeds",
        "site",
        "site_templates",
    ]
    data_page = (site / "site" / SLUG / "data" / "index.html").read_text(encoding="utf-8")
    assert MARK in data_page  # the site's own template was used
    home = (site / "site" / SLUG / "index.html").read_text(encoding="utf-8")
    assert 'class="explainer-points"' in home  # the shipped page templates fill in what the site does not override
    assert ".explainer-speaker" in home.split("</style>", 1)[0]  # the shipped theme inlines its styles
    assert not list((site / "docs").iterdir())  # nothing written into docs/
