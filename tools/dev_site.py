"""A site of the seed and the twelve real dev articles (../shared/data/articles), to look at what the
generator makes of real news. Run: .venv/bin/python tools/dev_site.py /tmp/dev-site
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from generator.measure.devset import write_seed

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT.parent / "shared" / "data" / "articles"


def main(out: str) -> None:
    project = Path(out)
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    for text_path in sorted(ARTICLES.glob("*.txt")):
        write_seed(text_path, project / "seeds")
    subprocess.run([str(Path(sys.executable).with_name("mkdocs")), "build", "--strict", "-q"], cwd=project, check=True)
    print(project / "site")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/dev-site")
