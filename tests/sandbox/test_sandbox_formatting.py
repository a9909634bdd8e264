"""Text formatting: HTML, MarkdownV2 and Markdown parse into Telegram's text and entities."""

from __future__ import annotations

import pytest

from sandbox.errors import ApiError
from sandbox.formatting import (
    ParseError,
    command_entities,
    format_text,
    parse_html,
    parse_markdown,
    parse_markdown_v2,
)


def test_html_nested_tags_links_and_entities_decode() -> None:
    parsed = parse_html(
        '<b>bold <i>it</i></b> &lt;x&gt; &amp; <a href="https://example.org/?a=1&amp;b=2">link</a>'
    )
    assert parsed.text == "bold it <x> & link"
    assert parsed.entities == [
        {"type": "bold", "offset": 0, "length": 7},
        {"type": "italic", "offset": 5, "length": 2},
        {"type": "text_link", "offset": 14, "length": 4, "url": "https://example.org/?a=1&b=2"},
    ]


def test_html_pre_with_code_language_becomes_one_pre_entity() -> None:
    parsed = parse_html('<pre><code class="language-python">print(1)</code></pre>')
    assert parsed.entities == [{"type": "pre", "offset": 0, "length": 8, "language": "python"}]


def test_html_spoilers_quotes_and_utf16_offsets() -> None:
    parsed = parse_html(
        '😀 <tg-spoiler>a</tg-spoiler><span class="tg-spoiler">b</span><blockquote expandable>q</blockquote>'
    )
    assert parsed.text == "😀 abq"
    assert parsed.entities == [
        {"type": "spoiler", "offset": 3, "length": 1},
        {"type": "spoiler", "offset": 4, "length": 1},
        {"type": "expandable_blockquote", "offset": 5, "length": 1},
    ]


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<br>", 'Unsupported start tag "br" at byte offset 0'),
        ("é <x>", 'Unsupported start tag "x" at byte offset 3'),
        ("</b>", "Unexpected end tag at byte offset 0"),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
    ],
)
def test_html_errors_are_worded_like_telegram(source: str, reason: str) -> None:
    with pytest.raises(ParseError) as error:
        parse_html(source)
    assert str(error.value) == reason


def test_markdown_v2_entities_escapes_and_quotes() -> None:
    parsed = parse_markdown_v2("*bold _it_* 1\\.5 [link](https://x.y/\\)) `c\\`d`\n>quote\n>more\nend ||sp||")
    assert parsed.text == "bold it 1.5 link c`d\nquote\nmore\nend sp"
    assert parsed.entities == [
        {"type": "bold", "offset": 0, "length": 7},
        {"type": "italic", "offset": 5, "length": 2},
        {"type": "text_link", "offset": 12, "length": 4, "url": "https://x.y/)"},
        {"type": "code", "offset": 17, "length": 3},
        {"type": "blockquote", "offset": 21, "length": 10},
        {"type": "spoiler", "offset": 36, "length": 2},
    ]


def test_markdown_v2_pre_underline_and_expandable_quote() -> None:
    assert parse_markdown_v2("```py\nx = 1```").entities == [
        {"type": "pre", "offset": 0, "length": 5, "language": "py"}
    ]
    assert parse_markdown_v2("__u__ ~s~").entities == [
        {"type": "underline", "offset": 0, "length": 1},
        {"type": "strikethrough", "offset": 2, "length": 1},
    ]
    folded = parse_markdown_v2("**>one\n>two||\nafter")
    assert folded.text == "one\ntwo\nafter"
    assert folded.entities == [{"type": "expandable_blockquote", "offset": 0, "length": 7}]


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("Done.", "Character '.' is reserved and must be escaped with the preceding '\\'"),
        ("1-2", "Character '-' is reserved and must be escaped with the preceding '\\'"),
        ("é*x", "Can't find end of Bold entity at byte offset 2"),
        ("x_", "Can't find end of Italic entity at byte offset 1"),
    ],
)
def test_markdown_v2_errors_are_worded_like_telegram(source: str, reason: str) -> None:
    with pytest.raises(ParseError) as error:
        parse_markdown_v2(source)
    assert str(error.value) == reason


def test_legacy_markdown() -> None:
    parsed = parse_markdown("*b* _i_ [t](http://u) `c` \\*")
    assert parsed.text == "b i t c *"
    assert [entity["type"] for entity in parsed.entities] == ["bold", "italic", "text_link", "code"]
    with pytest.raises(ParseError, match="Can't find end of the entity starting at byte offset 0"):
        parse_markdown("*open")


def test_format_text_trims_whitespace_and_shifts_entities() -> None:
    formatted = format_text("  <b> hi </b> there \n", "HTML")
    assert formatted.text == "hi  there"
    assert formatted.entities == [{"type": "bold", "offset": 0, "length": 3}]


def test_format_text_reports_parse_errors_and_unknown_modes_as_bad_requests() -> None:
    with pytest.raises(ApiError) as error:
        format_text("<b>x", "HTML")
    assert error.value.description == (
        "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\""
    )
    with pytest.raises(ApiError, match="unsupported parse_mode"):
        format_text("x", "BBCode")


def test_explicit_entities_are_kept_when_valid() -> None:
    formatted = format_text("hello", None, [{"type": "bold", "offset": 0, "length": 5}, {"type": "x"}])
    assert formatted.entities == [{"type": "bold", "offset": 0, "length": 5}]


def test_command_entities_mark_commands_like_a_client() -> None:
    assert command_entities("/start payload") == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert command_entities("hi /help@mentor_sandbox_bot") == [
        {"type": "bot_command", "offset": 3, "length": 24}
    ]
    assert command_entities("a/b and http://x/y") == []
