"""Build speed and memory, side by side in one run. Run: .venv/bin/python benchmarks/build_speed.py

1. `mkdocs build` of the seed site against a plain MkDocs Material build of the very Markdown the
   generator produced (`python -m generator render`), same theme and extensions, plugin off.
2. Builds of 1, 10 and 50 explainers (the seed and the annotated samples, copied under new slugs),
   with the cost of each extra explainer, and the peak memory of the 50-explainer build.
3. The rebuild `mkdocs serve` does after one seed is edited, with 10 explainers, in one process.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
MKDOCS = Path(sys.executable).with_name("mkdocs")
ARTICLES = sorted(
    [
        ROOT / "seeds" / "korut-gencatan-senjata-70" / "article.md",
        *(ROOT / "tests" / "samples").glob("*/article.md"),
        *(ROOT / "tests" / "samples-holdout").glob("*/article.md"),
    ]
)
MEASURE_PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def project(folder: Path, explainers: int) -> Path:
    """A site with `explainers` seeds: the real articles in turn, each copy under its own slug."""
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", folder / "docs")
    for n in range(explainers):
        source = ARTICLES[n % len(ARTICLES)]
        target = folder / "seeds" / f"{source.parent.name}-{n:02d}" / "article.md"
        target.parent.mkdir(parents=True)
        shutil.copy(source, target)
        if source.with_name("story.yml").exists():
            shutil.copy(source.with_name("story.yml"), target.with_name("story.yml"))
    return folder


def timed_build(folder: Path, runs: int = 3, cold: bool = True) -> float:
    """Median seconds of `mkdocs build`; cold: with the explainer cache emptied before each run."""
    times = []
    for _ in range(runs):
        if cold:
            shutil.rmtree(folder / ".cache", ignore_errors=True)
        start = time.perf_counter()
        subprocess.run([str(MKDOCS), "build", "-q"], cwd=folder, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def plain_project(folder: Path, site: Path) -> Path:
    """The generator's Markdown as an ordinary docs/ folder, built with the plugin off."""
    folder.mkdir()
    subprocess.run(
        [sys.executable, "-m", "generator", "render", "--seeds", str(site / "seeds"), "--out", str(folder / "docs")],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("site_url: !ENV [SITE_URL, null]\n", "")
    config = yaml.safe_load(config)
    config["plugins"] = ["search"]
    config["theme"]["custom_dir"] = "overrides"  # what the plugin registers itself
    from generator.pipeline import load_story
    from generator.site.render import nav
    from generator.sources.article_md import seed_articles

    config["nav"] = nav([load_story(path) for path in seed_articles(site / "seeds")])
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return folder


def serve_rebuild(folder: Path) -> float:
    """What `mkdocs serve` does on a change: load the config again and build, in the same process."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(str(folder / "mkdocs.yml")))  # the first build, as serve starts
    seed = sorted((folder / "seeds").glob("*/article.md"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nParagraf tambahan dari redaksi.\n", encoding="utf-8")
    start = time.perf_counter()
    build(load_config(str(folder / "mkdocs.yml")))
    return time.perf_counter() - start


def main() -> None:
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        seed_site = tmp / "seed"
        seed_site.mkdir()
        for name in ("mkdocs.yml",):
            shutil.copy(ROOT / name, seed_site / name)
        shutil.copytree(ROOT / "docs", seed_site / "docs")
        shutil.copytree(ROOT / "seeds", seed_site / "seeds")
        plain = timed_build(plain_project(tmp / "plain", seed_site), runs=5)
        cold, warm = timed_build(seed_site, runs=5), timed_build(seed_site, runs=5, cold=False)
        print(
            f"seed site (medians of 5): plain Material build of the same Markdown {plain:.2f} s; mkdocs build "
            f"{cold:.2f} s from scratch (ratio {cold / plain:.2f}, goal <= 1.5), {warm:.2f} s with the cache "
            f"(ratio {warm / plain:.2f}, goal <= 1.15)"
        )
        sizes = {}
        for count in (1, 10, 50):
            folder = project(tmp / f"n{count}", count)
            sizes[count] = timed_build(folder, runs=1 if count == 50 else 3)
            print(
                f"{count:2d} explainers: {sizes[count]:.2f} s from scratch, "
                f"{timed_build(folder, runs=1, cold=False):.2f} s with the cache"
            )
        print(f"cost per extra explainer: {(sizes[50] - sizes[10]) / 40:.3f} s (from 10 to 50)")
        shutil.rmtree(tmp / "n50" / ".cache")
        peak = subprocess.run(
            [sys.executable, "-c", MEASURE_PEAK, str(MKDOCS), "build", "-q"],
            cwd=tmp / "n50",
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()[-1]
        print(f"peak memory of the 50-explainer build from scratch: {int(peak) / 1024:.0f} MiB")
        print(
            f"serve rebuild after editing one of 10 seeds: {serve_rebuild(project(tmp / 'serve', 10)):.2f} s "
            f"(goal < 2 s)"
        )


if __name__ == "__main__":
    main()
