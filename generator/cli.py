"""Command line: `python -m generator {new,extract,render}`; see --help."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from generator.model.article import LANGUAGES
from generator.model.errors import InputError
from generator.model.ids import slugify
from generator.pipeline import load_story
from generator.site.render import build_site
from generator.sources.article_md import read_article, read_text, seed_articles
from generator.sources.draft import draft_yaml
from generator.sources.files import write_atomic


def command_new(args: argparse.Namespace) -> int:
    """Import a plain-text article (one paragraph a line) as seeds/<slug>/article.md."""
    text = read_text(Path(args.file))
    try:
        published = dt.date.fromisoformat(args.published)
    except ValueError:
        raise InputError("--published", None, f"bad date '{args.published}'", "an ISO date like 2023-07-26") from None
    slug = args.slug or slugify(args.title)[:60].strip("-")
    target = Path(args.seeds) / slug / "article.md"
    if target.exists():
        raise InputError(target, None, "already exists", "a new slug (--slug) for a new article")
    meta = {"title": args.title, "published": published.isoformat(), "language": args.language}
    meta.update({key: getattr(args, key) for key in ("source", "publisher") if getattr(args, key)})
    front = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in meta.items())
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    write_atomic(target, f"---\n{front}---\n\n" + "\n\n".join(paragraphs) + "\n")
    read_article(target)  # the file we wrote must read back
    print(f"{target}: {len(paragraphs)} paragraphs. Mark sub-headings with '## ' and run `mkdocs build`.")
    return 0


def command_extract(args: argparse.Namespace) -> int:
    """Print the Story of one article as JSON (story.yml applied), or write a story.yml draft."""
    story = load_story(Path(args.path))
    if not args.draft:
        json.dump(story.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    target = Path(args.out or Path("build") / "drafts" / f"{story.article.slug}.story.yml")
    if target.resolve() == Path(args.path).with_name("story.yml").resolve():
        raise InputError(target, None, "a draft never replaces the editor's story.yml", "another --out path")
    if target.exists() and not args.force:
        raise InputError(target, None, "already exists", "--force to replace it (a .bak copy is kept)")
    if target.exists():
        write_atomic(target.with_suffix(target.suffix + ".bak"), target.read_bytes())
    write_atomic(target, draft_yaml(story))
    print(f"{target}: draft written; copy what you need into {Path(args.path).with_name('story.yml')}")
    return 0


def command_render(args: argparse.Namespace) -> int:
    """Write the generated Markdown, map and downloads to a folder, for inspection."""
    articles = seed_articles(Path(args.seeds))
    if not articles:
        raise InputError(args.seeds, None, "no articles found", "seeds/<slug>/article.md files")
    own = Path(args.templates)
    templates = (own,) if own.is_dir() else ()
    files = build_site([load_story(path) for path in articles], directory_urls=True, templates=templates)
    out = Path(args.out)
    for path, content in sorted(files.items()):
        write_atomic(out / path, content)
    print(f"{out}: {len(files)} files from {len(articles)} article(s)")
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="python -m generator", description="Turn news articles in seeds/ into explainer microsites."
    )
    commands = main.add_subparsers(dest="command", required=True)
    new = commands.add_parser("new", help="import a plain-text article into seeds/<slug>/article.md")
    new.add_argument("file", help="plain text, one paragraph a line")
    new.add_argument("--title", required=True)
    new.add_argument("--published", required=True, help="ISO date, e.g. 2023-07-26")
    new.add_argument("--language", required=True, choices=LANGUAGES)
    new.add_argument("--source", help="URL of the original article")
    new.add_argument("--publisher")
    new.add_argument("--slug", help="folder name (default: from the title)")
    new.add_argument("--seeds", default="seeds", help="seeds folder (default: seeds)")
    new.set_defaults(run=command_new)
    extract = commands.add_parser("extract", help="print an article's Story as JSON")
    extract.add_argument("path", help="seeds/<slug>/article.md")
    extract.add_argument("--draft", action="store_true", help="write a story.yml draft instead of JSON")
    extract.add_argument("--out", help="draft path (default: build/drafts/<slug>.story.yml)")
    extract.add_argument("--force", action="store_true", help="replace an existing draft, keeping a .bak copy")
    extract.set_defaults(run=command_extract)
    render = commands.add_parser("render", help="write the generated Markdown and assets to a folder")
    render.add_argument("--out", required=True, help="folder to write into")
    render.add_argument("--seeds", default="seeds", help="seeds folder (default: seeds)")
    render.add_argument(
        "--templates", default="site_templates", help="the site's own templates, before the shipped ones"
    )
    render.set_defaults(run=command_render)
    schema = commands.add_parser("schema", help="print the Story's JSON Schema, generated from the model")
    schema.add_argument("--write", action="store_true", help="write it to generator/schema/story.schema.json")
    schema.add_argument("--readme", action="store_true", help="print the README's story.yml field table instead")
    schema.set_defaults(run=command_schema)
    evaluate = commands.add_parser(
        "evaluate", help="measure the extraction: `evaluate ner FILE`, `evaluate samples DIR` (see --help)"
    )
    evaluate.add_argument("rest", nargs=argparse.REMAINDER, help="arguments of python -m generator.evaluate")
    evaluate.set_defaults(run=command_evaluate)
    return main


def command_schema(args: argparse.Namespace) -> int:
    """The JSON Schema of the Story, read off the dataclasses (generator/model/schema.py)."""
    from generator.model.schema import SCHEMA_FILE, schema_text, story_yml_reference

    if args.readme:
        print(story_yml_reference(), end="")
    elif args.write:
        write_atomic(SCHEMA_FILE, schema_text())
        print(f"{SCHEMA_FILE}: written")
    else:
        print(schema_text(), end="")
    return 0


def command_evaluate(args: argparse.Namespace) -> int:
    """The measuring commands of generator.evaluate, under the one command line."""
    try:
        from generator.measure.scores import main as evaluate
    except ImportError:  # an installed wheel: the measuring tools live in the source checkout only
        raise InputError(
            "generator", None, "evaluate is not installed", "a source checkout, pip install -e ."
        ) from None
    return evaluate(args.rest)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except InputError as error:
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
