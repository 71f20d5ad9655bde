"""Turn a news article into an explainer microsite.

article.md -> read (article) -> extract -> curate (story.yml) -> Story -> render -> MkDocs (plugin).
"""

__version__ = "0.1.0"
