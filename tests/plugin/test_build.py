"""Stage 5: a real `mkdocs build --strict`, on the seed and on broken seeds."""

import re
import subprocess
import time
from pathlib import Path

import material
import pytest

from tests.conftest import MKDOCS, make_project, mkdocs_build, write_article

SLUG = "korut-gencatan-senjata-70"


def test_every_page_of_the_explainer_is_built(built_site):
    for page in ("", "background/", "actors/", "timeline/", "map/", "source/", "data/"):
        assert (built_site / SLUG / page / "index.html").exists(), page
    for download in ("story.json", "places.geojson", "timeline.json", "places-map.html", "places-map.svg"):
        assert (built_site / SLUG / download).stat().st_size > 100
    assert (built_site / "assets" / "map" / "leaflet" / "leaflet.js").exists()
    assert (built_site / "assets" / "map" / "countries.geojson").stat().st_size > 50_000


def test_pages_are_indonesian_with_the_right_titles(built_site):
    home = (built_site / SLUG / "index.html").read_text(encoding="utf-8")
    assert '<html lang="id"' in home
    assert re.search(r"<h1[^>]*>Rusia dan China kirim delegasi ke Pyongyang", home)
    for page, title in [
        ("background", "Latar Belakang"),
        ("actors", "Aktor"),
        ("timeline", "Linimasa"),
        ("map", "Peta"),
        ("source", "Sumber"),
        ("data", "Data"),
    ]:
        html = (built_site / SLUG / page / "index.html").read_text(encoding="utf-8")
        assert re.search(rf"<h1[^>]*>{title}", html), page
    assert "26 Juli 2023" in home and "tiga kali uji coba" in home


def test_source_has_an_anchor_on_every_paragraph(built_site):
    html = (built_site / SLUG / "source" / "index.html").read_text(encoding="utf-8")
    assert [int(n) for n in re.findall(r'id="p(\d+)"', html)] == list(range(1, 18))


def test_citation_links_land_on_existing_paragraphs(built_site):
    anchors = set(re.findall(r'id="(p\d+)"', (built_site / SLUG / "source" / "index.html").read_text("utf-8")))
    for page in ("", "background/", "actors/", "timeline/"):
        html = (built_site / SLUG / page / "index.html").read_text(encoding="utf-8")
        links = re.findall(r'href="\.\./(?:\.\./)?(?:source/)?#(p\d+)"|href="(?:\.\./)?source/#(p\d+)"', html)
        targets = {a or b for a, b in links}
        assert targets and targets <= anchors, page


def test_the_theme_holds_up_the_first_paint_less(built_site):
    """Material's script is deferred, and its stylesheet keeps only the rules this site can use."""
    home = (built_site / SLUG / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<script defer src="[^"]*bundle\.\w+\.min\.js"', home)
    built = next((built_site / "assets" / "stylesheets").glob("main.*.min.css"))
    shipped = Path(material.__file__).parent / "templates" / "assets" / "stylesheets" / built.name
    css = built.read_text(encoding="utf-8")
    assert len(css) < 0.7 * shipped.stat().st_size
    assert ".md-header__button" in css and ".md-typeset .headerlink" in css  # header buttons, and ¶ permalinks
    assert ".tabbed-set" not in css and ".admonition" not in css  # no page has tabs or notes
    assert "sourceMappingURL" not in css


def test_no_request_leaves_the_site_but_map_tiles(built_site):
    for path in built_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        for address in re.findall(r'(?:src|href)="(https?://[^"]+)"', html):
            assert not address.startswith(("https://fonts.", "https://cdn", "https://code.jquery")), (path, address)
        assert "fonts.googleapis.com" not in html


def test_a_broken_seed_stops_the_build_with_one_clear_line(tmp_path):
    seeds = tmp_path / "seeds"
    write_article(seeds, "Teks.", "title: T\npublished: 2023-02-30\nlanguage: id\n", slug="rusak")
    result = mkdocs_build(make_project(tmp_path, seeds))
    assert result.returncode != 0
    assert "seeds/rusak/article.md:3: bad date '2023-02-30' (expected an ISO date" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_english_article_gets_english_pages(tmp_path):
    seeds = tmp_path / "seeds"
    write_article(
        seeds,
        'President Joe Biden arrived in Seoul on Thursday.\n\n"We are ready," Biden said.',
        "title: Biden in Seoul\npublished: 2023-07-26\nlanguage: en\npublisher: Smith & Sons\n",
        slug="biden-seoul",
    )
    project = make_project(tmp_path, seeds)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site" / "biden-seoul"
    assert re.search(r"<h1[^>]*>Timeline", (site / "timeline" / "index.html").read_text("utf-8"))
    assert "July 20, 2023" in (site / "timeline" / "index.html").read_text("utf-8")
    assert '<html lang="en"' in (site / "index.html").read_text("utf-8")
    # YAML 1.1 reads a bare "on" as true: the date line once read "Published by … True July 26, 2023".
    home_text = re.sub(r"<[^>]+>", "", (site / "index.html").read_text("utf-8"))
    assert "Published by Smith &amp; Sons on July 26, 2023" in home_text


def test_fifty_explainers_build_strict_newest_first_with_an_archive(tmp_path):
    import shutil

    from tests.conftest import ROOT

    articles = sorted([*(ROOT / "tests" / "samples").glob("*/article.md"), ROOT / "seeds" / SLUG / "article.md"])
    seeds = tmp_path / "seeds"
    for n in range(50):
        source = articles[n % len(articles)]
        target = seeds / f"{source.parent.name}-{n:02d}" / "article.md"
        target.parent.mkdir(parents=True)
        shutil.copy(source, target)
    project = make_project(tmp_path, seeds)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert home.count('<h2 id="') == 20 + 1  # the newest twenty, then the archive's months
    archive = list((project / "site" / "archive").glob("*/index.html"))
    listed = sum(page.read_text(encoding="utf-8").count('<h2 id="') for page in archive)
    assert archive and listed == 50  # every explainer on an archive page of its month
    dates = re.findall(r"(\d{4}-\d{2}-\d{2})", (project / "site" / "story.json").read_text(encoding="utf-8"))
    assert dates == sorted(dates, reverse=True) and len(dates) == 50
    page = (project / "site" / f"{SLUG}-00" / "actors" / "index.html").read_text(encoding="utf-8")
    navigation = page.split('class="md-nav md-nav--primary"', 1)[1].split('class="md-content"', 1)[0]
    others = set(re.findall(r'href="\.\./\.\./([a-z0-9-]+)/', navigation)) - {f"{SLUG}-00", "search"}
    assert not others, others  # its own explainer's pages, never the whole archive
    english = (project / "site" / "g20-summit-01" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in english  # its own language, in a site whose newest article sets the theme


def plugin_options(project: Path, options: str) -> None:
    """Give the explainer plugin these options in the project's mkdocs.yml."""
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        config.replace("  - explainer:\n      seeds: seeds\n", f"  - explainer:\n      seeds: seeds\n{options}"),
        encoding="utf-8",
    )


def test_options_turn_the_cache_and_the_stylesheet_pruning_off(tmp_path):
    project = make_project(tmp_path)
    plugin_options(project, "      cache: false\n      prune_theme_css: false\n")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    assert (project / "site" / SLUG / "index.html").exists()
    assert not (project / ".cache").exists()  # nothing kept between builds
    built = next((project / "site" / "assets" / "stylesheets").glob("main.*.min.css"))
    shipped = Path(material.__file__).parent / "templates" / "assets" / "stylesheets" / built.name
    assert built.stat().st_size == shipped.stat().st_size  # Material's stylesheet as it ships


def test_a_disabled_plugin_builds_the_site_without_explainers(tmp_path):
    project = make_project(tmp_path)
    plugin_options(project, "      enabled: false\n")
    (project / "mkdocs.yml").write_text(
        (project / "mkdocs.yml").read_text(encoding="utf-8").replace("strict: true\n", ""), encoding="utf-8"
    )
    (project / "docs" / "index.md").write_text("# Kosong\n", encoding="utf-8")
    result = subprocess.run([str(MKDOCS), "build", "-q"], cwd=project, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert not (project / "site" / SLUG).exists()
    assert (project / "site" / "index.html").exists()


def test_the_map_worker_ends_when_mkdocs_is_killed(tmp_path):
    project = make_project(tmp_path)
    build = subprocess.Popen([str(MKDOCS), "build", "-q"], cwd=project, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    deadline = time.monotonic() + 20
    while not workers and time.monotonic() < deadline and build.poll() is None:
        workers = children(build.pid)
        time.sleep(0.05)
    assert workers, "the build started no worker (is the cache empty?)"
    build.kill()
    build.wait()
    deadline = time.monotonic() + 5
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(pid) for pid in workers), workers


def children(parent: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":\t", 1) for line in status.read_text().splitlines() if ":\t" in line)
        except OSError:
            continue
        if fields.get("PPid", "").strip() == str(parent):
            found.append(int(status.parent.name))
    return found


def alive(pid: int) -> bool:
    """Running, not a zombie waiting for a parent that is gone."""
    try:
        state = Path(f"/proc/{pid}/status").read_text().split("State:\t", 1)[1][:1]
    except (OSError, IndexError):
        return False
    return state != "Z"


def test_a_preview_builds_one_explainer(tmp_path):
    import os
    import shutil

    project = make_project(tmp_path)
    shutil.copytree(project / "seeds" / SLUG, project / "seeds" / "salinan")
    env = {**os.environ, "EXPLAINER_ONLY": "salinan"}
    result = subprocess.run([str(MKDOCS), "build", "--strict"], cwd=project, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert (project / "site" / "salinan" / "index.html").exists() and not (project / "site" / SLUG).exists()
    env["EXPLAINER_ONLY"] = "tidak-ada"
    result = subprocess.run([str(MKDOCS), "build", "--strict"], cwd=project, capture_output=True, text=True, env=env)
    assert result.returncode != 0 and "no explainer 'tidak-ada'" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("own_nav", [True, False])
def test_a_site_with_pages_of_its_own_keeps_them_and_shows_its_explainers(tmp_path, own_nav):
    """Pages of the site's own, listed in a `nav:` or found in docs/, come first; the explainers follow,
    with MkDocs' previous/next links between their pages."""
    project = make_project(tmp_path)
    (project / "docs" / "tentang.md").write_text("# Tentang kami\n\nRedaksi.\n", encoding="utf-8")
    if own_nav:
        config = (project / "mkdocs.yml").read_text(encoding="utf-8")
        (project / "mkdocs.yml").write_text(config + "\nnav:\n  - Tentang kami: tentang.md\n", encoding="utf-8")
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    page = (project / "site" / SLUG / "actors" / "index.html").read_text(encoding="utf-8")
    navigation = page.split('class="md-nav md-nav--primary"', 1)[1].split('class="md-content"', 1)[0]
    assert "Tentang kami" in navigation and 'href="../timeline/"' in navigation  # its own pages, and the site's
    assert '<link rel="prev" href="../background/">' in page and '<link rel="next" href="../timeline/">' in page
