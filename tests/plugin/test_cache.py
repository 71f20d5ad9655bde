"""The build cache: a second build reuses work, a change rebuilds exactly what changed, and a copy of an
article under a new folder gets pages of its own."""

import shutil
import subprocess

from tests.conftest import MKDOCS, ROOT, make_project

SEED = "korut-gencatan-senjata-70"


def build(project):
    result = subprocess.run(
        [str(MKDOCS), "build", "--strict"], cwd=project, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return next(line for line in result.stderr.splitlines() if "explainer:" in line)


def test_only_what_changed_is_rebuilt(tmp_path):
    project = make_project(tmp_path)
    shutil.copytree(project / "seeds" / SEED, project / "seeds" / "salinan")
    assert "2 rebuilt, 0 from cache" in build(project)
    assert "0 rebuilt, 2 from cache" in build(project)
    story = project / "seeds" / "salinan" / "story.yml"
    story.write_text(story.read_text(encoding="utf-8") + "hide: [ukraina]\n", encoding="utf-8")
    assert "1 rebuilt, 1 from cache" in build(project)
    copy_places = (project / "site" / "salinan" / "map" / "index.html").read_text(encoding="utf-8")
    seed_places = (project / "site" / SEED / "map" / "index.html").read_text(encoding="utf-8")
    assert "Ukraina" in seed_places and "Ukraina" not in copy_places


def test_a_copied_article_has_its_own_pages(tmp_path):
    project = make_project(tmp_path)
    shutil.copytree(ROOT / "seeds" / SEED, project / "seeds" / "salinan")
    build(project)
    assert (project / "site" / "salinan" / "source" / "index.html").exists()
    assert (project / "site" / SEED / "source" / "index.html").exists()


def test_a_cache_that_cannot_be_written_is_built_without(tmp_path):
    project = make_project(tmp_path)
    (project / ".cache").write_text("a file where the cache folder would be", encoding="utf-8")
    result = subprocess.run(
        [str(MKDOCS), "build", "--strict"], cwd=project, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert "cannot be written" in result.stderr and "Traceback" not in result.stderr
    assert (project / "site" / SEED / "index.html").exists()


def test_a_cache_entry_of_the_wrong_shape_is_rebuilt(tmp_path):
    project = make_project(tmp_path)
    build(project)
    for entry in (project / ".cache" / "explainer").glob("*.json"):
        entry.write_text('{"article": [], "files": 3}', encoding="utf-8")  # valid JSON, not an entry
    assert "1 rebuilt, 0 from cache" in build(project)
    assert "0 rebuilt, 1 from cache" in build(project)  # and healed: the next build reads it again
