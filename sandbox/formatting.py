"""Telegram text formatting: HTML, MarkdownV2 and Markdown into plain text plus entities.

Offsets and lengths are in UTF-16 code units, as in the Bot API. Parse errors are worded like
Telegram's ("can't parse entities: ..."), with byte offsets into the UTF-8 source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sandbox.errors import ApiError, bad_request

Entity = dict[str, Any]

_WHITESPACE = " \t\r\n\v\f\x00"
_ENTITY_KEYS = ("type", "offset", "length", "url", "user", "language", "custom_emoji_id")
_COMMAND_RE = re.compile(r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>@])")


@dataclass(frozen=True)
class FormattedText:
    """Plain text as a client shows it, with the entities that style it."""

    text: str
    entities: list[Entity] = field(default_factory=list)


class ParseError(Exception):
    """Markup that Telegram would refuse; the message is Telegram's reason."""


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def format_text(text: str, parse_mode: str | None, entities: Any = None) -> FormattedText:
    """Apply `parse_mode` (or explicit `entities`) and trim outer whitespace, as Telegram does."""
    mode = (parse_mode or "").lower()
    try:
        if mode == "html":
            parsed = parse_html(text)
        elif mode == "markdownv2":
            parsed = parse_markdown_v2(text)
        elif mode == "markdown":
            parsed = parse_markdown(text)
        elif mode:
            raise bad_request("unsupported parse_mode")
        else:
            parsed = FormattedText(text, _clean_entities(entities, utf16_len(text)))
    except ParseError as error:
        raise ApiError(400, f"Bad Request: can't parse entities: {error}") from error
    return trim(parsed)


def trim(formatted: FormattedText) -> FormattedText:
    """Strip leading and trailing whitespace, shrinking entities to what is left."""
    text = formatted.text
    stripped = text.strip(_WHITESPACE)
    if stripped == text:
        return formatted
    shift = utf16_len(text[: len(text) - len(text.lstrip(_WHITESPACE))])
    size = utf16_len(stripped)
    entities = []
    for entity in formatted.entities:
        start = max(0, entity["offset"] - shift)
        end = min(size, entity["offset"] + entity["length"] - shift)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return FormattedText(stripped, entities)


def command_entities(text: str) -> list[Entity]:
    """The `bot_command` entities a Telegram client would mark in an incoming text."""
    return [
        {"type": "bot_command", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group())}
        for m in _COMMAND_RE.finditer(text)
    ]


def _clean_entities(raw: Any, size: int) -> list[Entity]:
    if not isinstance(raw, list):
        return []
    entities = []
    for item in raw:
        if not isinstance(item, dict):
            continue
        kind, offset, length = item.get("type"), item.get("offset"), item.get("length")
        if not (isinstance(kind, str) and isinstance(offset, int) and isinstance(length, int)):
            continue
        if offset < 0 or length <= 0 or offset + length > size:
            continue
        entities.append({key: item[key] for key in _ENTITY_KEYS if item.get(key) is not None})
    return _sorted(entities)


def _sorted(entities: list[Entity]) -> list[Entity]:
    return sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def _byte_offset(src: str, index: int) -> int:
    return len(src[:index].encode("utf-8"))


class _Output:
    """Collects output text while tracking its UTF-16 length."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offset = 0
        self.entities: list[Entity] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.offset += utf16_len(text)

    def entity(self, kind: str, start: int, **extra: Any) -> None:
        if self.offset > start:
            self.entities.append({"type": kind, "offset": start, "length": self.offset - start, **extra})

    def result(self) -> FormattedText:
        return FormattedText("".join(self.parts), _sorted(self.entities))


# --- HTML -----------------------------------------------------------------------------------------

_HTML_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_HTML_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_HTML_ENTITY_RE = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


@dataclass
class _OpenTag:
    tag: str
    start: int
    extra: dict[str, Any]


def _decode_html_entity(src: str, index: int) -> tuple[str, int] | None:
    match = _HTML_ENTITY_RE.match(src, index)
    if not match:
        return None
    body = match.group(1)
    if body[:2] in ("#x", "#X"):
        code = int(body[2:], 16)
    elif body.startswith("#"):
        code = int(body[1:])
    elif body in _HTML_NAMED:
        return _HTML_NAMED[body], match.end()
    else:
        return None
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code), match.end()


def parse_html(src: str) -> FormattedText:
    out = _Output()
    stack: list[_OpenTag] = []
    i, size = 0, len(src)
    while i < size:
        char = src[i]
        if char == "&":
            decoded = _decode_html_entity(src, i)
            text, i = decoded if decoded else ("&", i + 1)
            out.add(text)
        elif char != "<":
            end = min((j for j in (src.find("<", i), src.find("&", i)) if j >= 0), default=size)
            out.add(src[i:end])
            i = end
        elif src.startswith("</", i):
            i = _html_end_tag(src, i, stack, out)
        else:
            i = _html_start_tag(src, i, stack, out)
    if stack:
        raise ParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    return out.result()


def _html_start_tag(src: str, begin: int, stack: list[_OpenTag], out: _Output) -> int:
    i = begin + 1
    while i < len(src) and not src[i].isspace() and src[i] != ">":
        i += 1
    if i >= len(src):
        raise ParseError(f"Unclosed start tag at byte offset {_byte_offset(src, begin)}")
    tag = src[begin + 1 : i].lower()
    if tag not in _HTML_TAGS:
        raise ParseError(f'Unsupported start tag "{tag}" at byte offset {_byte_offset(src, begin)}')
    attributes, i = _html_attributes(src, i, tag, begin)
    extra: dict[str, Any] = {}
    if tag == "a":
        extra["url"] = attributes.get("href", "")
    elif tag == "span" and attributes.get("class") != "tg-spoiler":
        raise ParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {_byte_offset(src, begin)}')
    elif tag == "code" and attributes.get("class", "").startswith("language-"):
        extra["language"] = attributes["class"][len("language-") :]
    elif tag == "tg-emoji":
        extra["custom_emoji_id"] = attributes.get("emoji-id", "")
    elif tag == "blockquote" and "expandable" in attributes:
        extra["expandable"] = True
    stack.append(_OpenTag(tag, out.offset, extra))
    return i + 1


def _html_attributes(src: str, i: int, tag: str, begin: int) -> tuple[dict[str, str], int]:
    attributes: dict[str, str] = {}
    unclosed = ParseError(f"Unclosed start tag at byte offset {_byte_offset(src, begin)}")
    while True:
        while i < len(src) and src[i].isspace():
            i += 1
        if i >= len(src):
            raise unclosed
        if src[i] == ">":
            return attributes, i
        name_start = i
        while i < len(src) and not src[i].isspace() and src[i] not in "=>":
            i += 1
        name = src[name_start:i].lower()
        while i < len(src) and src[i].isspace():
            i += 1
        if i >= len(src):
            raise unclosed
        if src[i] != "=":
            attributes[name] = ""
            continue
        i += 1
        while i < len(src) and src[i].isspace():
            i += 1
        if i >= len(src):
            raise unclosed
        if src[i] in "'\"":
            quote = src[i]
            end = src.find(quote, i + 1)
            if end < 0:
                raise unclosed
            attributes[name] = _unescape_html(src[i + 1 : end])
            i = end + 1
        else:
            value_start = i
            while i < len(src) and (src[i].isalnum() or src[i] in ".-_"):
                i += 1
            attributes[name] = src[value_start:i]


def _unescape_html(value: str) -> str:
    parts, i = [], 0
    while i < len(value):
        decoded = _decode_html_entity(value, i) if value[i] == "&" else None
        text, i = decoded if decoded else (value[i], i + 1)
        parts.append(text)
    return "".join(parts)


def _html_end_tag(src: str, begin: int, stack: list[_OpenTag], out: _Output) -> int:
    if not stack:
        raise ParseError(f"Unexpected end tag at byte offset {_byte_offset(src, begin)}")
    i = begin + 2
    while i < len(src) and not src[i].isspace() and src[i] != ">":
        i += 1
    name = src[begin + 2 : i].lower()
    while i < len(src) and src[i].isspace():
        i += 1
    if i >= len(src) or src[i] != ">":
        raise ParseError(f"Unclosed end tag at byte offset {_byte_offset(src, begin)}")
    opened = stack.pop()
    if name and name != opened.tag:
        raise ParseError(
            f"Unmatched end tag at byte offset {_byte_offset(src, begin)}, "
            f'expected "</{opened.tag}>", found "</{name}>"'
        )
    _close_html_entity(opened, out)
    return i + 1


def _close_html_entity(opened: _OpenTag, out: _Output) -> None:
    kind = _HTML_TAGS[opened.tag]
    extra = dict(opened.extra)
    if kind == "text_link" and not extra.get("url"):
        return
    if kind == "blockquote" and extra.pop("expandable", False):
        kind = "expandable_blockquote"
    if kind == "pre" and out.entities:
        inner = out.entities[-1]
        same_span = inner["offset"] == opened.start and inner["length"] == out.offset - opened.start
        if inner["type"] == "code" and same_span:
            out.entities.pop()
            if "language" in inner:
                extra["language"] = inner["language"]
    out.entity(kind, opened.start, **extra)


# --- MarkdownV2 -----------------------------------------------------------------------------------

_MDV2_RESERVED = set("_*[]()~`>#+-=|{}.!")
_MDV2_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
    "code": "Code",
    "pre": "Pre",
}
_MDV2_STARTS = (
    ("||", "spoiler"),
    ("__", "underline"),
    ("_", "italic"),
    ("*", "bold"),
    ("~", "strikethrough"),
    ("![", "custom_emoji"),
    ("[", "text_link"),
    ("```", "pre"),
    ("`", "code"),
)
_MDV2_ENDS = {
    "bold": "*",
    "italic": "_",
    "underline": "__",
    "strikethrough": "~",
    "spoiler": "||",
    "text_link": "]",
    "custom_emoji": "]",
    "code": "`",
    "pre": "```",
}


@dataclass
class _MdOpen:
    kind: str
    start: int
    source_index: int
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Quote:
    start: int
    expandable: bool


class _MarkdownV2:
    def __init__(self, src: str) -> None:
        self.src = src
        self.out = _Output()
        self.stack: list[_MdOpen] = []
        self.quote: _Quote | None = None

    def parse(self) -> FormattedText:
        i = 0
        while i < len(self.src):
            i = self.step(i)
        if self.stack:
            opened = self.stack[-1]
            raise ParseError(
                f"Can't find end of {_MDV2_NAMES[opened.kind]} entity at byte offset "
                f"{_byte_offset(self.src, opened.source_index)}"
            )
        self.close_quote()
        return self.out.result()

    def step(self, i: int) -> int:
        src, char = self.src, self.src[i]
        top = self.stack[-1] if self.stack else None
        if top is not None and top.kind in ("code", "pre"):
            return self.code_step(i, top)
        if i == 0 or src[i - 1] == "\n":
            if self.quote is None and src.startswith("**>", i):
                self.quote = _Quote(self.out.offset, expandable=True)
                return i + 3
            if char == ">":
                if self.quote is None:
                    self.quote = _Quote(self.out.offset, expandable=False)
                return i + 1
        if char == "\n" and self.quote is not None and not src.startswith("\n>", i):
            self.close_quote()
        if char == "\\" and i + 1 < len(src) and 0 < ord(src[i + 1]) <= 126:
            self.out.add(src[i + 1])
            return i + 2
        if char not in _MDV2_RESERVED:
            self.out.add(char)
            return i + 1
        if self.ends_expandable_quote(i, top):
            self.close_quote()
            return i + 2
        if top is not None and src.startswith(_MDV2_ENDS[top.kind], i):
            return self.close(i, top)
        for marker, kind in _MDV2_STARTS:
            if src.startswith(marker, i):
                return self.open(i, marker, kind)
        raise ParseError(f"Character '{char}' is reserved and must be escaped with the preceding '\\'")

    def ends_expandable_quote(self, i: int, top: _MdOpen | None) -> bool:
        """`||` at the end of a line closes an expandable quote (unless it closes a spoiler)."""
        if self.quote is None or not self.quote.expandable or not self.src.startswith("||", i):
            return False
        return self.src[i + 2 : i + 3] in ("", "\n") and (top is None or top.kind != "spoiler")

    def code_step(self, i: int, top: _MdOpen) -> int:
        src = self.src
        if src[i] == "\\" and i + 1 < len(src) and 0 < ord(src[i + 1]) <= 126:
            self.out.add(src[i + 1])
            return i + 2
        if src.startswith(_MDV2_ENDS[top.kind], i):
            return self.close(i, top)
        self.out.add(src[i])
        return i + 1

    def open(self, i: int, marker: str, kind: str) -> int:
        opened = _MdOpen(kind, self.out.offset, i)
        i += len(marker)
        if kind == "pre":
            newline = self.src.find("\n", i)
            if newline >= 0 and not any(c.isspace() for c in self.src[i:newline]) and newline > i:
                opened.extra["language"] = self.src[i:newline]
                i = newline + 1
            elif newline == i:
                i += 1
        self.stack.append(opened)
        return i

    def close(self, i: int, top: _MdOpen) -> int:
        self.stack.pop()
        i += len(_MDV2_ENDS[top.kind])
        extra = dict(top.extra)
        if top.kind in ("text_link", "custom_emoji"):
            url, i = self.link_target(i)
            if top.kind == "custom_emoji":
                extra["custom_emoji_id"] = url.partition("id=")[2]
            elif url:
                extra["url"] = url
            else:
                return i
        self.out.entity(top.kind, top.start, **extra)
        return i

    def link_target(self, i: int) -> tuple[str, int]:
        if not self.src.startswith("(", i):
            return "", i
        chars, j = [], i + 1
        while j < len(self.src) and self.src[j] != ")":
            if self.src[j] == "\\" and j + 1 < len(self.src):
                j += 1
            chars.append(self.src[j])
            j += 1
        if j >= len(self.src):
            raise ParseError(f"Can't find end of a url at byte offset {_byte_offset(self.src, i)}")
        return "".join(chars), j + 1

    def close_quote(self) -> None:
        if self.quote is not None:
            kind = "expandable_blockquote" if self.quote.expandable else "blockquote"
            self.out.entity(kind, self.quote.start)
            self.quote = None


def parse_markdown_v2(src: str) -> FormattedText:
    return _MarkdownV2(src).parse()


# --- legacy Markdown ------------------------------------------------------------------------------

_MD_KINDS = {"_": "italic", "*": "bold", "`": "code", "[": "text_link"}


def parse_markdown(src: str) -> FormattedText:
    out = _Output()
    i, size = 0, len(src)
    while i < size:
        char = src[i]
        if char == "\\" and i + 1 < size and src[i + 1] in _MD_KINDS:
            out.add(src[i + 1])
            i += 2
            continue
        if char not in _MD_KINDS:
            out.add(char)
            i += 1
            continue
        begin, start, kind, extra = i, out.offset, _MD_KINDS[char], {}
        end_char = "]" if char == "[" else char
        is_pre = src.startswith("```", i)
        i += 3 if is_pre else 1
        if is_pre:
            kind = "pre"
            newline = src.find("\n", i)
            if newline > i and not any(c.isspace() for c in src[i:newline]):
                extra["language"] = src[i:newline]
                i = newline + 1
        closing = "```" if is_pre else end_char
        end = src.find(closing, i)
        if end < 0:
            position = _byte_offset(src, begin)
            raise ParseError(f"Can't find end of the entity starting at byte offset {position}")
        out.add(src[i:end])
        i = end + len(closing)
        if kind == "text_link":
            if not src.startswith("(", i) or src.find(")", i) < 0:
                continue
            close = src.find(")", i)
            extra["url"] = src[i + 1 : close]
            i = close + 1
        out.entity(kind, start, **extra)
    return out.result()
