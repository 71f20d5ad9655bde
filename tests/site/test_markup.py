"""Escaping: article text shows as text in Markdown, whatever it contains."""

import markdown
import pytest

from generator.site.markup import attribute, markdown_text, url

EXTENSIONS = ["attr_list", "md_in_html", "tables", "admonition", "toc", "pymdownx.superfences"]


def rendered(text: str) -> str:
    return markdown.markdown(markdown_text(text), extensions=EXTENSIONS)


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "[klik](javascript:alert(1))",
        "![x](http://evil/x.png)",
        "**tebal** _miring_ `kode`",
        "# bukan judul",
        "- bukan daftar",
        "1950. bukan daftar",
        "{{ jinja }} {% if %} ${x}",
        "a | b | c",
        "<http://autolink.example>",
        "&lt;sudah&gt; &amp;",
        "{: #id .class }",
        "*[PBB]: definisi",
    ],
)
def test_untrusted_text_comes_out_as_the_same_text(text):
    html = rendered(text)
    assert "<script" not in html and "<img" not in html and "<svg" not in html and "<a " not in html
    assert "<strong>" not in html and "<em>" not in html and "<code>" not in html and "<h1" not in html
    assert "<li>" not in html and "<ol>" not in html
    visible = html.removeprefix("<p>").removesuffix("</p>")
    import html as html_module

    assert html_module.unescape(visible) == text


def test_attributes_and_urls():
    assert attribute('a"b<c') == "a&quot;b&lt;c"
    assert url("javascript:alert(1)") == "#"
    assert url("https://example.org/a b(c)") == "https://example.org/a%20b%28c%29"
