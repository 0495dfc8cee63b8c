"""Stage 1: bytes → plain data plus the source position of every key and value.

PyYAML's public C loader (`yaml.CBaseLoader`, libyaml) composes the node graph (fast, and it keeps
marks; the pure-Python loader when PyYAML was built without libyaml); we construct the Python
values ourselves instead of using its constructor, because that constructor silently keeps the
last of two duplicate keys, expands aliases, and turns ``yes``/``010``/``1:30`` into other values.
Every such trap becomes a located diagnostic here. Floats are kept as exact ``Decimal`` values,
marked as `YamlFloat` so that the money validator can refuse them.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import InvalidOperation
from typing import Any

import yaml

from doelenboom.diagnostics import ArgValue, Diagnostic, Location, Related, Severity
from doelenboom.inputs import PathArg, input_name, read_input
from doelenboom.source import PathKey, SourceMap, YamlFloat, YamlTimestamp

MAX_DEPTH = 100
MAX_DIGITS = 40

_TAG = "tag:yaml.org,2002:"


class _Implicit(str):
    """A tag the loader resolved itself (the file wrote none). The parser hands an explicit tag
    over as a plain `str`, never as this type, so ``type(node.tag) is _Implicit`` tells the two
    apart even when they name the same tag (``!!str x`` and ``x``)."""

    __slots__ = ()


_STR = _Implicit(_TAG + "str")
_SEQ = _Implicit(_TAG + "seq")
_MAP = _Implicit(_TAG + "map")
_MERGE = _TAG + "merge"
_INT = _TAG + "int"
_TRUE_FALSE = {"true": True, "false": False}
_PLAIN_INT = re.compile(r"[-+]?(0|[1-9][0-9_]*)")
_LEADING_ZERO = re.compile(r"[-+]?0[0-9_]+")
_PLAIN_FLOAT = re.compile(r"[-+]?([0-9][0-9_]*)?\.?[0-9_]*([eE][-+]?[0-9]+)?")
# Where an anchor (&a) or alias (*a) token could start: '&' or '*' at a token boundary (start of
# text, after whitespace, a line break, a BOM, a flow indicator, ':' or a closing quote) and
# followed by a name character. Anything else ('R&D', 'Werk & Inkomen', '5*3') is inside a
# scalar, or a scanner error that composing reports the same way, so the second parse that
# scan_anchors costs (a third of a validate) is skipped. A superset: a false match costs time.
_MAY_ANCHOR = re.compile(r"""[&*](?<![^\s\ufeff\[\]{},:"'][&*])[\w-]""")
# A key written as a four-digit whole number is a year (`per_year: {2023: ...}`, format 1.1): it is
# read as the digits written, exactly the text `"2023":` gives. Any other number as a key is DB111.
_YEAR_KEY = re.compile(r"[1-9][0-9]{3}")
_SPECIAL_FLOATS = {".nan": "NaN", ".inf": "Infinity", "+.inf": "Infinity", "-.inf": "-Infinity"}


# The safe loader's implicit resolvers by first character, the wildcard ones appended (as it
# does). `yaml.SafeLoader` and `yaml.CSafeLoader` share them (both take `yaml.resolver.Resolver`'s).
_WILDCARD: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (_Implicit(tag), regexp) for tag, regexp in yaml.SafeLoader.yaml_implicit_resolvers.get(None, [])
)
_IMPLICIT: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    first: tuple((_Implicit(tag), regexp) for tag, regexp in resolvers) + _WILDCARD
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    if first is not None
}
# A non-specific tag (a lone '!' before a value) is resolved like no tag at all, so only the
# events show it: where a '!' stands alone at a token boundary, `_Builder.scan_events` looks.
_MAY_BARE_TAG = re.compile(r"""(?<![^\s\ufeff\[\]{},:"'])!(?=[\s\[\]{},]|$)""", re.MULTILINE)


class _Resolve:
    """The safe loader's tag resolution, minus its per-node overhead; mixed into a PyYAML loader.

    `Resolver.resolve` is called for every node; it rebuilds a list of candidate patterns per
    scalar and consults path resolvers that a safe loader never has. This one gives the same tags
    from a table built once (same patterns, same order), and skips the path bookkeeping
    (`descend_resolver`/`ascend_resolver`), which only path resolvers read; a safe loader has none
    (`yaml.SafeLoader.yaml_path_resolvers` is empty). Only the composer is used (`get_single_node`),
    never the loader's constructor: `_Builder` makes the values.
    """

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in _IMPLICIT.get(value[:1], _WILDCARD):
                    if regexp.match(value):
                        return tag
            return _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP


class _PyComposer(_Resolve, yaml.BaseLoader):
    """The pure-Python parser and composer: for a PyYAML built without libyaml."""


def _composer_class(with_libyaml: bool) -> tuple[type[Any], type[Any]]:
    """The composer to load with, and the loader whose parser `scan_anchors` reads events with:
    libyaml's (`yaml.CBaseLoader`, fast, same marks) when PyYAML has it, else the pure-Python ones."""
    if with_libyaml:

        class _CComposer(_Resolve, yaml.CBaseLoader):
            """libyaml's parser and composer (PyYAML's public C loader)."""

        return _CComposer, yaml.CSafeLoader
    return _PyComposer, yaml.SafeLoader


_Composer, _EventLoader = _composer_class(yaml.__with_libyaml__)


@dataclass
class Document:
    """The result of loading one file: data, positions and problems. ``fatal`` when the file could
    not be read into data at all (its data is then None; a document that *is* null is not fatal)."""

    data: Any
    source: SourceMap
    diagnostics: list[Diagnostic]
    fatal: bool = False


class _TooDeep(Exception):
    """Raised by the builder once it has reported DB108, to stop building."""


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: building many small, acyclic objects (nodes, models,
    positions) would otherwise trigger it again and again for nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_file(path: PathArg) -> Document:
    """Read and parse one spec file (a path as text, bytes or `os.PathLike`). Never raises for bad
    input; problems are diagnostics (see `doelenboom.inputs.read_input`)."""
    name = input_name(path)
    raw = read_input(name, "spec")
    if isinstance(raw, Diagnostic):
        return Document(None, SourceMap(name), [raw], fatal=True)
    return load_bytes(raw, name)


def load_bytes(raw: bytes, name: str = "<string>") -> Document:
    """Parse spec bytes; ``name`` is the file name that diagnostics carry."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        # Columns count characters, as editors (and the YAML marks) do; the line up to here is valid UTF-8.
        before = raw[raw.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode("utf-8").removeprefix("\ufeff")
        column = len(before) + 1
        diag = Diagnostic("DB102", Severity.ERROR, Location(name, line, column), {"byte": f"0x{raw[exc.start]:02x}"})
        return Document(None, SourceMap(name), [diag], fatal=True)
    return load_text(text.removeprefix("\ufeff"), name)


def load_text(text: str, name: str = "<string>") -> Document:
    """Parse spec text; see `load_file`."""
    builder = _Builder(name)
    if "\ufeff" in text:
        _report_inner_boms(text, builder)
    with gc_paused():
        try:
            anchors = ("&" in text or "*" in text) and _MAY_ANCHOR.search(text) is not None
            bare_tags = "!" in text and _MAY_BARE_TAG.search(text) is not None
            if anchors or bare_tags:
                builder.scan_events(text, anchors=anchors, bare_tags=bare_tags)
            node = _Composer(text).get_single_node()
        except UnicodeEncodeError as exc:  # a lone surrogate in text from Python: not encodable
            builder.emit("DB102", _text_position(text, exc.start), byte=f"U+{ord(text[exc.start]):04X}")
            return Document(None, builder.source, builder.diagnostics, fatal=True)
        except yaml.MarkedYAMLError as exc:
            diagnostic = _syntax_diagnostic(exc, name, text)
            # libyaml skips a BOM at the start of a line and then miscounts its indentation: that
            # error is the BOM's, already reported on the same line
            boms = {d.line for d in builder.diagnostics if d.args.get("problem") == "bom_inside"}
            if diagnostic.line not in boms:
                builder.diagnostics.append(diagnostic)
            return Document(None, builder.source, builder.diagnostics, fatal=True)
        except yaml.YAMLError as exc:  # unmarked errors, e.g. a reader error on control characters
            problem = str(exc).splitlines()[0]
            if "control characters" in problem:
                builder.emit("DB103", (1, 1), problem="control_character", detail=problem)
            else:
                builder.emit("DB103", (1, 1), problem=problem)
            return Document(None, builder.source, builder.diagnostics, fatal=True)
        if node is None:
            builder.emit("DB110", (1, 1), count=0)
            return Document(None, builder.source, builder.diagnostics, fatal=True)
        try:
            data = builder.build(node, ())
        except _TooDeep:  # already reported, at the first node that is too deep
            return Document(None, builder.source, builder.diagnostics, fatal=True)
    return Document(data, builder.source, builder.diagnostics)


def _report_inner_boms(text: str, builder: _Builder) -> None:
    """A byte-order mark (U+FEFF) after the first character, where two files were pasted together
    or an editor put one: invisible, and YAML readers disagree about it (libyaml skips one at the
    start of any line, PyYAML's own reader keeps it in the key or value). Each is refused where it
    stands (DB103), before the parse that it may break; otherwise the data is kept, so that every
    other problem is reported too."""
    at = text.find("\ufeff", 1)
    while at != -1:
        builder.emit("DB103", _text_position(text, at), problem="bom_inside")
        at = text.find("\ufeff", at + 1)


def _short_tag(tag: str) -> str:
    """A tag as the user wrote it: !!python/object rather than tag:yaml.org,2002:python/object."""
    return "!!" + tag[len(_TAG) :] if tag.startswith(_TAG) else tag


def _text_position(text: str, index: int) -> tuple[int, int]:
    return (text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1)


def _mark(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1)


# libyaml's problems people meet most (a prefix of its text) and DB103's token for each
_PROBLEMS: list[tuple[str, str]] = [
    ("found a tab character", "tab"),
    ("mapping values are not allowed", "second_colon"),
    ("did not find expected key", "indentation"),
    ("found unexpected end of stream", "unclosed_quote"),
    ("did not find expected ',' or ']'", "unclosed_bracket"),
    ("did not find expected ',' or '}'", "unclosed_brace"),
    ("found unknown escape character", "unknown_escape"),
    ("found undefined alias", "undefined_alias"),
    ("could not find expected ':'", "key_without_colon"),
    ("did not find expected '-' indicator", "list_not_continued"),
]


def _problem_args(problem: str, text: str, index: int | None) -> dict[str, ArgValue]:
    """DB103's args: a token for a problem the catalogue words, else libyaml's own text."""
    if problem.startswith("found character that cannot start any token") and index is not None:
        char = text[index] if 0 <= index < len(text) else ""
        return {"problem": "tab"} if char == "\t" else {"problem": "cannot_start", "char": char}
    for prefix, token in _PROBLEMS:
        if problem.startswith(prefix):
            return {"problem": token}
    return {"problem": problem}


def _syntax_diagnostic(exc: yaml.MarkedYAMLError, name: str, text: str) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    if exc.context_mark is not None and mark is not None and mark.index >= len(text.removeprefix("\ufeff")):
        mark = exc.context_mark  # the end of the file is no place to look: point at what was left open
    line, column = _mark(mark) if mark is not None else (1, 1)
    problem = exc.problem or exc.context or "unreadable"  # a token when libyaml says nothing
    if "maximum nesting depth" in problem:
        # libyaml stops at its own, higher limit; report where our limit was first passed
        line, column = _first_too_deep(text) or (line, column)
        return Diagnostic("DB108", Severity.ERROR, Location(name, line, column), {"limit": MAX_DEPTH})
    if "expected a single document" in (exc.context or ""):
        return Diagnostic("DB110", Severity.ERROR, Location(name, line, column), {"count": "2+"})
    index = exc.problem_mark.index if exc.problem_mark is not None else None
    # Where libyaml began what it could not finish (the opening quote, the mapping whose
    # indentation broke) is often the place to fix; point there too.
    related: tuple[Related, ...] = ()
    if exc.context_mark is not None and _mark(exc.context_mark) != (line, column):
        c_line, c_column = _mark(exc.context_mark)
        label = exc.context or "started_here"  # libyaml's own words, or a token of the words catalogue
        related = (Related(Location(name, c_line, c_column), label),)
    args = _problem_args(problem, text, index)
    return Diagnostic("DB103", Severity.ERROR, Location(name, line, column), args, related)


def _first_too_deep(text: str) -> tuple[int, int] | None:
    """Where the first collection nested deeper than MAX_DEPTH starts (as `_Builder.build` counts).

    Only called after libyaml gave up. Its scanner can fail before it hands out a single event (on
    one line of brackets it looks ahead for a key); the pure-Python parser streams them.
    """
    depth = 0
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return _mark(event.start_mark)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        pass
    return None


class _Builder:
    """Turns a composed node graph into plain data, recording positions and traps."""

    def __init__(self, name: str) -> None:
        self.source = SourceMap(name)
        self.diagnostics: list[Diagnostic] = []
        self._seen: set[int] = set()
        self._scalars: dict[str, Callable[[yaml.ScalarNode], Any]] = {
            _TAG + "str": lambda n: n.value,
            _TAG + "null": lambda n: None,
            _TAG + "bool": self._bool,
            _TAG + "int": self._int,
            _TAG + "float": self._float,
            _TAG + "timestamp": self._timestamp,
            _MERGE: self._merge,
            # '=' alone, YAML 1.1's "value key": PyYAML's safe loader cannot load it either
            _TAG + "value": lambda n: self._refuse(n, "DB103", problem="cannot_start", char=n.value),
        }

    def emit(self, code: str, pos: tuple[int, int], **args: ArgValue) -> None:
        location = Location(self.source.file, pos[0], pos[1])
        self.diagnostics.append(Diagnostic(code, Severity.ERROR, location, args))

    def scan_events(self, text: str, *, anchors: bool, bare_tags: bool) -> None:
        """Report what the composed nodes no longer show: anchors and aliases (DB105), and a
        non-specific tag (a lone '!', DB112), which resolves like no tag at all. Every other
        explicit tag is found on the nodes (see `_Implicit`)."""
        for event in yaml.parse(text, Loader=_EventLoader):
            if isinstance(event, yaml.AliasEvent):
                if anchors:
                    self.emit("DB105", _mark(event.start_mark), name="*" + str(event.anchor))
            elif isinstance(event, yaml.NodeEvent):
                if anchors and event.anchor:
                    self.emit("DB105", _mark(event.start_mark), name="&" + str(event.anchor))
                if bare_tags and getattr(event, "tag", None) == "!":
                    self.emit("DB112", _mark(event.start_mark), tag="!")

    def build(self, node: yaml.Node, path: PathKey, depth: int = 0) -> Any:
        # The hot loop of loading: one pass over every node. Plain-text scalars (most of a spec)
        # are handled inline, without a call per value; everything else goes through _scalar.
        values = self.source.values
        mark = node.start_mark
        pos = (mark.line + 1, mark.column + 1)
        values[path] = pos
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, pos)
        if id(node) in self._seen:
            return None  # an alias, already reported by scan_anchors; never expand it
        self._seen.add(id(node))
        if depth >= MAX_DEPTH:
            self.emit("DB108", pos, limit=MAX_DEPTH)
            raise _TooDeep
        if type(node.tag) is not _Implicit:  # !!map, !!omap, !!python/object:..., !custom
            self.emit("DB112", pos, tag=_short_tag(node.tag))
        depth += 1
        if isinstance(node, yaml.SequenceNode):
            items: list[Any] = []
            for i, item in enumerate(node.value):
                if isinstance(item, yaml.ScalarNode):
                    mark = item.start_mark
                    item_pos = (mark.line + 1, mark.column + 1)
                    values[(*path, i)] = item_pos
                    items.append(item.value if item.tag is _STR else self._scalar(item, item_pos))
                else:
                    items.append(self.build(item, (*path, i), depth))
            return items
        keys = self.source.keys
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            mark = key_node.start_mark
            key_pos = (mark.line + 1, mark.column + 1)
            if not isinstance(key_node, yaml.ScalarNode):
                self.emit("DB111", key_pos, found="collection")
                continue
            if key_node.tag is _STR:
                key = key_node.value
            elif key_node.tag == _MERGE and type(key_node.tag) is _Implicit:  # '<<:' merges a mapping in
                self.emit("DB105", key_pos, name="merge_key")
                continue
            elif key_node.tag == _INT and type(key_node.tag) is _Implicit and _YEAR_KEY.fullmatch(key_node.value):
                key = key_node.value
            else:
                key = self._scalar(key_node, key_pos)
            if not isinstance(key, str):
                if key is not None or key_node.tag == _TAG + "null":
                    self.emit("DB111", key_pos, found=repr(key))
                continue
            if key in result:
                first = keys[(*path, key)]
                self.emit("DB104", key_pos, key=key, first_line=first[0])
                continue
            value_path = (*path, key)
            keys[value_path] = key_pos
            if isinstance(value_node, yaml.ScalarNode):
                mark = value_node.start_mark
                value_pos = (mark.line + 1, mark.column + 1)
                values[value_path] = value_pos
                if value_node.tag is _STR:
                    result[key] = value_node.value
                else:
                    result[key] = self._scalar(value_node, value_pos)
            else:
                result[key] = self.build(value_node, value_path, depth)
        return result

    def _scalar(self, node: yaml.ScalarNode, pos: tuple[int, int]) -> Any:
        if type(node.tag) is not _Implicit:
            # Every explicit tag, on quoted text too: another loader would act on it
            # (!!python/object/apply runs code under yaml.unsafe_load, !!binary decodes).
            self.emit("DB112", pos, tag=_short_tag(node.tag))
            return node.value
        if node.style:  # quoted scalars are text, whatever they look like
            return node.value
        construct = self._scalars.get(node.tag)
        if construct is None:  # pragma: no cover - every tag the resolver gives has a constructor
            self.emit("DB112", pos, tag=_short_tag(node.tag))
            return node.value
        return construct(node)

    def _merge(self, node: yaml.ScalarNode) -> Any:
        # '<<' as a value: YAML reads it as a merge key, and PyYAML's safe loader cannot load it
        return self._refuse(node, "DB105", name="merge_value")

    def _refuse(self, node: yaml.ScalarNode, code: str, **args: ArgValue) -> Any:
        self.emit(code, _mark(node.start_mark), **args)
        return node.value

    def _bool(self, node: yaml.ScalarNode) -> Any:
        value = _TRUE_FALSE.get(node.value.lower())
        if value is None:  # yes/no/on/off
            self.emit("DB106", _mark(node.start_mark), text=node.value)
            return node.value
        return value

    def _int(self, node: yaml.ScalarNode) -> Any:
        text = node.value
        pos = _mark(node.start_mark)
        if _LEADING_ZERO.fullmatch(text):
            self.emit("DB107", pos, text=text)
            return text
        if not _PLAIN_INT.fullmatch(text):
            self.emit("DB113", pos, text=text)
            return text
        if len(text) > MAX_DIGITS:
            self.emit("DB109", pos, limit=MAX_DIGITS)
            return text
        return int(text.replace("_", ""))

    def _float(self, node: yaml.ScalarNode) -> Any:
        text = node.value
        pos = _mark(node.start_mark)
        special = _SPECIAL_FLOATS.get(text.lower())
        if special is not None:
            return YamlFloat(special)
        if len(text) > MAX_DIGITS:
            self.emit("DB109", pos, limit=MAX_DIGITS)
            return text
        if not _PLAIN_FLOAT.fullmatch(text):
            self.emit("DB113", pos, text=text)
            return text
        try:
            value = YamlFloat(text.replace("_", ""))
        except InvalidOperation:
            self.emit("DB113", pos, text=text)
            return text
        # Short text, long number: 1.0e-999999999 written out has a billion digits, and so has
        # every message that quotes it. Count the digits of the plain notation.
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and max(value.adjusted() + 1, 1) + max(-exponent, 0) > MAX_DIGITS:
            self.emit("DB109", pos, limit=MAX_DIGITS)
            return text
        return value

    def _timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return date.fromisoformat(node.value)
        except ValueError:  # a date-time, kept as written; a text field refuses it (model.Text)
            return YamlTimestamp(node.value)
