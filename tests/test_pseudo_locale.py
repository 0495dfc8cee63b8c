"""Every word of every diagnostic comes from the catalogue, in every language.

The test language (`pseudo_locale`, generated from the English entries) renders every message and
hint of every code, filled with the args of real diagnostics: those of every case file (specs and
measurements), the bundled spec and the Dutch example specs. Nothing English may be left in it and
no placeholder unfilled. Then: every token an emitter can pass is declared (and so worded) by its
code's entry, and unknown languages are errors.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

import pseudo_locale
from doelenboom.codes import CATALOGUE, LANGUAGES, NO_SUGGESTION, MissingWords, known_languages, render_message
from doelenboom.diagnostics import Diagnostic, Location, Severity
from doelenboom.language import UnknownLanguage, as_language
from doelenboom.loader import _PROBLEMS, load_bytes
from doelenboom.parse import _TYPE_ERRORS
from doelenboom.validation import validate, validate_document
from dutch_specs import SPECS
from test_cases import _case_files, _run

SRC = Path(__file__).resolve().parent.parent / "src" / "doelenboom"
HEERLEN = SRC.parent.parent / "specs" / "heerlen_noord.yaml"
PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*\}")
PSEUDO = pseudo_locale.register()


def _real_diagnostics() -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for path in _case_files():
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            found.extend(_run(case).diagnostics)
    found.extend(validate(HEERLEN).diagnostics)
    for spec in SPECS.values():
        raw = spec if isinstance(spec, bytes) else spec.encode("utf-8")
        found.extend(validate_document(load_bytes(raw, "spec.yaml")).diagnostics)
    # The catch-all no spec reaches (tests/test_parse.py makes it from a made-up pydantic error).
    found.append(Diagnostic("DB299", Severity.ERROR, Location("f", 1, 1), {"key": "k", "where": "'g'", "detail": "x"}))
    return found


DIAGNOSTICS = _real_diagnostics()


def test_every_code_is_rendered() -> None:
    assert {d.code for d in DIAGNOSTICS} == set(CATALOGUE)


@pytest.mark.parametrize("code", sorted(CATALOGUE))
def test_every_word_comes_from_the_catalogue(code: str) -> None:
    for diag in (d for d in DIAGNOSTICS if d.code == code):
        for render in (Diagnostic.message_in, Diagnostic.hint_in):
            english, text = render(diag, "en"), render(diag, PSEUDO)
            assert PLACEHOLDER.search(text) is None, (code, text)
            assert text != english and english not in text, (code, english, text)
            assert text.startswith("⟦"), (code, text)


def test_no_placeholder_is_left_in_any_language() -> None:
    for diag in DIAGNOSTICS:
        for lang in known_languages():
            for text in (diag.message_in(lang), diag.hint_in(lang)):
                assert PLACEHOLDER.search(text) is None, (diag.code, lang, text)


def test_every_token_has_words_in_every_language() -> None:
    assert PSEUDO in known_languages()
    for code, entry in CATALOGUE.items():
        assert set(known_languages()) <= entry.languages(), code
        for arg, tokens in entry.tokens.items():
            assert tokens, (code, arg)
            for token, words in tokens.items():
                assert all(words[lang].strip() for lang in known_languages()), (code, arg, token)


def _token_args() -> dict[str, set[str]]:
    """Arg name → every token declared for it by any code."""
    found: dict[str, set[str]] = {}
    for entry in CATALOGUE.values():
        for arg, tokens in entry.tokens.items():
            found.setdefault(arg, set()).update(tokens)
    return found


def _constants(node: ast.AST) -> set[str]:
    """The literal strings an expression is: ``"empty"``, or each branch of ``"a" if x else "b"``;
    nothing for anything computed (a value from the file is data, not a token)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        return _constants(node.body) | _constants(node.orelse)
    if isinstance(node, ast.BoolOp):  # x or "unreadable"
        return set().union(*(_constants(value) for value in node.values))
    return set()


def _emitted_tokens(tree: ast.Module, args: set[str]) -> list[tuple[str | None, str, str, int]]:
    """(code or None, arg, literal, line) for every literal an emitter passes to a token arg: as a
    keyword of a call naming its code (``emit("DB408", ..., problem="empty")``) or of a local
    function, as a positional argument of a local function whose parameter has that name, or, in
    a function, as a dict entry or an assignment to a variable of that name."""
    params: dict[str, list[str]] = {}
    functions = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)]
    for function in functions:
        names = [a.arg for a in function.args.args]
        params[function.name] = names[1:] if names[:1] == ["self"] else names
    found: list[tuple[str | None, str, str, int]] = []
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
    names = {c.func.id if isinstance(c.func, ast.Name) else getattr(c.func, "attr", "") for c in calls}
    emits = any(isinstance(c.args[0], ast.Constant) and c.args[0].value in CATALOGUE for c in calls if c.args)
    if not emits and "unreadable" not in names:  # inputs.unreadable builds DB101 for every reader
        return found  # a module that emits no diagnostic
    for node in calls:
        if not isinstance(node, ast.Call):
            continue
        first = node.args[0] if node.args else None
        code = first.value if isinstance(first, ast.Constant) and first.value in CATALOGUE else None
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if code is None and name not in params:
            continue  # not an emitter: e.g. graph.add_edge(kind="serves")
        for kw in node.keywords:
            if kw.arg in args:
                found += [(code, kw.arg, c, node.lineno) for c in _constants(kw.value)]
        for param, value in zip(params.get(name, []), node.args, strict=False):
            if param in args:
                found += [(code, param, c, node.lineno) for c in _constants(value)]
    for function in functions:  # module-level word tables (diff's, export's) are not args
        for node in ast.walk(function):
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if isinstance(key, ast.Constant) and key.value in args:
                        found += [(None, key.value, c, node.lineno) for c in _constants(value)]
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id in args:
                        found += [(None, target.id, c, node.lineno) for c in _constants(node.value)]
    return found


def test_emitters_pass_only_declared_tokens() -> None:
    token_args = _token_args()
    wrong = []
    seen = 0
    emitted: set[tuple[str, str]] = set()
    for path in sorted(SRC.rglob("*.py")):
        if "codes" in path.relative_to(SRC).parts:
            continue
        for code, arg, value, line in _emitted_tokens(ast.parse(path.read_text(encoding="utf-8")), set(token_args)):
            if code is not None and arg not in CATALOGUE[code].tokens:
                continue  # the arg is data for this code (DB321's expected unit, DB315's level)
            declared = CATALOGUE[code].tokens[arg] if code is not None else token_args[arg]
            seen += 1
            emitted.add((arg, value))
            if value not in declared:
                wrong.append(f"{path.name}:{line}: {arg}={value!r}")
    assert wrong == []
    assert seen > 30  # the scan does find the emitters
    # Tokens chosen through tables rather than literals at the call
    assert {token for _prefix, token in _PROBLEMS} <= set(CATALOGUE["DB103"].tokens["problem"])
    assert set(_TYPE_ERRORS.values()) <= set(CATALOGUE["DB203"].tokens["expected"])
    # and no entry words a token that nothing emits (errno names come from the OS, and the
    # empty suggestion is NO_SUGGESTION)
    emitted |= {("problem", token) for _prefix, token in _PROBLEMS}
    emitted |= {("expected", token) for token in _TYPE_ERRORS.values()}
    stale = [
        (code, arg, token)
        for code, entry in CATALOGUE.items()
        for arg, tokens in entry.tokens.items()
        for token in tokens
        if (arg, token) not in emitted and token != NO_SUGGESTION and not (arg == "reason" and token.startswith("E"))
    ]
    assert stale == []


def test_real_diagnostics_use_declared_tokens() -> None:
    for diag in DIAGNOSTICS:
        entry = CATALOGUE[diag.code]
        for arg, value in diag.args.items():
            if arg in entry.tokens and arg not in entry.data:
                assert value in entry.tokens[arg], (diag.code, arg, value)
        assert not any(arg.endswith("_nl") for arg in diag.args), diag.code  # args are never words


def test_an_undeclared_token_is_an_error_not_a_fallback() -> None:
    diag = Diagnostic("DB320", Severity.ERROR, Location("f", 1, 1), {"id": "a", "ref": "b", "problem": "unknown"})
    with pytest.raises(MissingWords):
        render_message(diag)


def test_unknown_languages_are_errors() -> None:
    diag = Diagnostic("DB104", Severity.ERROR, Location("f", 1, 1), {"key": "name", "first_line": 2})
    assert as_language(" NL ") == "nl" and LANGUAGES == ("en", "nl")
    for lang in ("de", "", "english"):
        with pytest.raises(UnknownLanguage):
            diag.message_in(lang)
        with pytest.raises(ValueError):  # UnknownLanguage is a ValueError
            diag.hint_in(lang)


def test_a_language_must_word_every_code() -> None:
    with pytest.raises(MissingWords):
        pseudo_locale.register_language("fy", {}, {})
    assert "fy" not in known_languages()
