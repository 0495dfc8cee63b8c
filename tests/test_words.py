"""Every word a person reads comes from a catalogue: `doelenboom.codes` (diagnostics) or
`doelenboom.words` (everything else), in every language.

- the source holds no prose outside the catalogues and the renderers (a scan of its strings);
- the test language (`pseudo_locale`) has every interface word, and renders each with no
  placeholder left and nothing English;
- every text output (validate, show, budget, progress, diff, the Markdown document) rendered in
  the test language holds no word that is neither the test language's nor the spec's own text.
"""

from __future__ import annotations

import ast
import io
import re
import string
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import doelenboom
import pseudo_locale
from doelenboom.compare import compare, read_side
from doelenboom.model import Programme
from doelenboom.monitor import budget_execution, progress_report, read_measurements, read_spending
from doelenboom.render import budget, diagnostics, diff, export, progress, show
from doelenboom.render.export import markdown_body
from doelenboom.render.report import report_html
from doelenboom.rollup import budget_report
from doelenboom.validation import Validation, validate_text
from doelenboom.words import WORDS, word

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "doelenboom"
HEERLEN = ROOT / "specs" / "heerlen_noord.yaml"
PIJLERS = ROOT / "tests" / "data" / "pijlers.yaml"
NPRZ = ROOT / "specs" / "nprz.yaml"  # format 1.1, with invented spending in examples/
PSEUDO = pseudo_locale.register()

# --- the source -----------------------------------------------------------------------------------

# Where words may stand: the two catalogues, and the renderers (which also hold the syntax of their
# formats: Mermaid, DOT, Markdown). jsonschema.py renders the spec format as a JSON Schema for
# editors in English and Dutch (its Dutch texts sit beside it, keyed by the English ones); like
# docstrings, those document the format.
WORD_PLACES = ("codes/", "words.py", "render/", "jsonschema.py")
# Named strings that are no words for people: text other programs write, matched to choose a
# token and never shown (libyaml's problems); the JSON Schema's note on money, which documents the
# format for editors like the docstrings do.
NOT_WORDS = {("loader.py", "_PROBLEMS"), ("model.py", "MONEY_NOTE")}
PROSE = re.compile(r"[A-Za-zÀ-ÿ]{2,} +[A-Za-zÀ-ÿ]{2,}")
# Modules that speak SQL to an embedded engine (DuckDB): their SQL text is for the engine, never
# shown; a string there with an SQL keyword in capitals is SQL, not a word for people.
SQL_MODULES = ("monitor/columnar.py", "monitor/scan.py")
SQL = re.compile(r"\b(SELECT|FROM|WHERE|CASE|WHEN|THEN|ELSE|END|JOIN|GROUP BY|ORDER BY|CREATE|INSERT|SET|IS|AND|AS)\b")


def _exempt(tree: ast.Module, rel: str) -> set[int]:
    """Strings that are not words for people: docstrings, developers' exception and assertion
    messages (not the CLI's: a usage error is read by people), ``help=`` and schema
    ``description=`` texts, text matched against another program's (comparisons,
    ``startswith``), and `NOT_WORDS`."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))  # docstrings, of modules, classes, functions and attributes
        elif isinstance(node, ast.Raise) and not rel.startswith("cli/"):  # the CLI's are for people
            skip |= {id(sub) for sub in ast.walk(node)}
        elif isinstance(node, ast.Assert | ast.Compare):
            skip |= {id(sub) for sub in ast.walk(node)}
        elif isinstance(node, ast.keyword) and node.arg in ("help", "description"):
            skip |= {id(sub) for sub in ast.walk(node)}
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", "") in ("startswith", "endswith"):
            skip |= {id(sub) for sub in ast.walk(node)}  # matching another program's text
        elif isinstance(node, ast.ClassDef) and any(
            isinstance(base, ast.Name) and base.id.endswith(("Error", "Exception")) for base in node.bases
        ):
            skip |= {id(sub) for sub in ast.walk(node)}  # an exception type's own message
        elif isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            if any(isinstance(t, ast.Name) and (rel, t.id) in NOT_WORDS for t in targets):
                skip |= {id(sub) for sub in ast.walk(node)}
    return skip


def _prose(path: Path) -> list[str]:
    rel = path.relative_to(SRC).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _exempt(tree, rel)
    return [
        f"{rel}:{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and PROSE.search(node.value)
        and not (rel in SQL_MODULES and SQL.search(node.value))
    ]


def test_no_words_outside_the_catalogues_and_the_renderers() -> None:
    found = [
        line
        for path in sorted(SRC.rglob("*.py"))
        if not path.relative_to(SRC).as_posix().startswith(WORD_PLACES)
        for line in _prose(path)
    ]
    assert found == []


def test_the_scan_finds_prose() -> None:
    """The scan is no formality: it finds the words in a catalogue and in a renderer."""
    assert _prose(SRC / "words.py") and _prose(SRC / "codes" / "db3xx.py")


# --- the test language ----------------------------------------------------------------------------


def _filled(template: str) -> dict[str, str]:
    return {name: "7" for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", sorted(WORDS))
def test_every_interface_word_is_in_the_test_language(key: str) -> None:
    english = WORDS[key]["en"]
    args = _filled(english)
    text = word(key, PSEUDO, **args)
    assert "{" not in text and "}" not in text
    assert text.startswith("⟦") and text.endswith("⟧")
    assert text != word(key, "en", **args)
    for language in doelenboom.language.LANGUAGES:
        assert set(_filled(WORDS[key][language])) == set(args), (key, language)  # the same data


# --- every output -----------------------------------------------------------------------------------


def _spec_text(programme: Programme) -> str:
    """All text the spec itself gives (names, ids, units, level names, ...), one string."""

    def strings(value: Any) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for k, v in value.items() for s in [str(k), *strings(v)]]
        if isinstance(value, list | tuple):
            return [s for item in value for s in strings(item)]
        return []

    return " ".join(strings(programme.model_dump(mode="json")))


LETTERS = re.compile(r"[A-Za-z][A-Za-z]{2,}")
SYMBOLS = {"EUR"}  # the currency's code, the same in every language


def _foreign_words(output: str, programme: Programme) -> set[str]:
    """Words of 3 letters or more in ``output`` that are neither inside the test language's
    marks nor the spec's own text."""
    outside = re.sub(r"⟦[^⟧]*⟧|&[A-Za-z]+;|&#[0-9]+;", " ", output)  # and HTML's character references
    own = set(LETTERS.findall(_spec_text(programme)))
    return {w for w in LETTERS.findall(outside) if w not in own and w not in SYMBOLS}


def _outputs(path: Path) -> dict[str, str]:
    programme = doelenboom.load(str(path))
    report = budget_report(programme)
    found: dict[str, str] = {
        "show": show.render_text(programme, PSEUDO),
        "budget": budget.render_text(programme, report, PSEUDO),
        "markdown": markdown_body(programme, lang=PSEUDO),
        # the office outputs: their headers (the cells are data: ids, record kinds, status ids)
        "budget csv-excel": _first_line(budget.render_excel_csv(report, PSEUDO)),
        "export csv-excel": _first_line(export.to_excel_csv(programme, PSEUDO)),
        "xlsx": _xlsx_words(programme),
    }
    if path == HEERLEN:
        measurements = read_measurements(ROOT / "examples" / "heerlen_noord_metingen.yaml", programme)
        result = progress_report(programme, measurements, date(2024, 12, 31))
        found["progress"] = progress.render_text(programme, result, date(2024, 12, 31), PSEUDO)
        found["progress csv-excel"] = _first_line(progress.render_excel_csv(result, PSEUDO))
        found["report"] = _html_words(report_html(programme, measurements, date(2024, 12, 31), PSEUDO))
    if path == NPRZ:
        spent = budget_execution(programme, read_spending(ROOT / "examples" / "nprz_bestedingen.yaml", programme))
        found["budget --spending"] = budget.render_execution_text(programme, spent, PSEUDO)
        found["budget --spending csv-excel"] = _first_line(budget.render_execution_excel_csv(spent, PSEUDO))
    return found


def _html_words(html: str) -> str:
    """What a person reads in an HTML page (its text, its charts' text and its labels), not its
    markup or styles."""
    from html.parser import HTMLParser

    texts: list[str] = []

    class Text(HTMLParser):
        style = False

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.style = tag == "style"
            texts.extend(v or "" for k, v in attrs if k in ("aria-label", "alt", "title"))

        def handle_data(self, data: str) -> None:
            if not self.style:
                texts.append(data)

    Text().feed(html)
    return " ".join(texts)


def _first_line(data: bytes) -> str:
    return data.decode("utf-8-sig").split("\r\n", 1)[0]


def _xlsx_words(programme: Programme) -> str:
    """The sheet names, the headers and the totals' labels of the XLSX export."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(io.BytesIO(export.to_xlsx(programme, PSEUDO)))
    totals = [str(row[0].value) for row in book.worksheets[-1].iter_rows(min_row=2)]
    headers = [str(cell.value) for sheet in book.worksheets for cell in sheet[1]]
    return " ".join([*book.sheetnames, *headers, *totals])


@pytest.mark.parametrize("spec", [HEERLEN, PIJLERS, NPRZ], ids=["heerlen", "pijlers", "nprz"])
def test_every_output_in_the_test_language(spec: Path) -> None:
    programme = doelenboom.load(str(spec))
    for name, output in _outputs(spec).items():
        assert _foreign_words(output, programme) == set(), name


def test_validate_and_diff_in_the_test_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = PIJLERS.read_text(encoding="utf-8")
    changed = text.replace("{taal-op-niveau: 70, vaste-baan: 30}", "{taal-op-niveau: 20, vaste-baan: 80}")
    changed = changed.replace("name: Leerwerkbanen", "name: Leerwerkbanen 2")
    changed = changed.replace("{amount: 600000}", "{amount: 600000, declared_total: 5}")  # an error (DB304)
    changed = changed.replace("name: Programma Voorbeeldstad", "name: Programma Anderstad")  # the programme's
    changed = changed.replace("tree:\n", "sources: [{id: cbs, title: CBS}]\ntree:\n")  # a source added
    changed = changed.replace("{amount: '2500000.50'}", "{amount: '2500000.50', note: Onder voorbehoud}")  # a field
    (tmp_path / "old.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "new.yaml").write_text(changed, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the sides' labels are file names: 'old.yaml', 'new.yaml'
    result = compare(read_side("old.yaml"), read_side("new.yaml"))
    assert result.links and result.new_diagnostics  # the diff has every section to word
    assert {p.scope for p in result.programme} == {"programme", "source"}
    assert "changed" in {n.change for n in result.nodes}
    programme = doelenboom.load(str(PIJLERS))
    broken = validate_text(changed, "new.yaml")
    assert broken.programme is not None
    for render in diff.RENDERERS.values():
        if render is not diff.render_json:
            output = render(result, PSEUDO)  # the spec's own text is the old side's or the new one's
            foreign = _foreign_words(output, programme) & _foreign_words(output, broken.programme)
            assert foreign - {"old", "new", "yaml"} == set()
    assert _foreign_words(diagnostics.render_text([broken], PSEUDO), programme) - {"new", "yaml"} == set()


def test_ci_outputs_in_the_test_language() -> None:
    """The job summary, the notice that annotations are capped, and the line of --errors-only."""
    programme = doelenboom.load(str(PIJLERS))
    broken = validate_text(
        PIJLERS.read_text(encoding="utf-8").replace("{amount: 600000}", "{amount: 600000, declared_total: 5}"),
        "new.yaml",
    )
    many = Validation("new.yaml", None, broken.diagnostics * (diagnostics.GITHUB_LIMIT + 1))
    assert diagnostics.github_capped([many])
    summary = re.sub(r"\]\([^)]*\)", "]", diagnostics.render_github_summary([broken], PSEUDO))  # link targets
    assert _foreign_words(summary, programme) - {"new", "yaml"} == set()
    for written in (True, False):
        notice = diagnostics.render_github([many], PSEUDO, summary=written).splitlines()[0]
        assert _foreign_words(notice.split("::", 2)[2], programme) == set()
    assert _foreign_words(diagnostics.left_out_line(3, 1, PSEUDO), programme) == set()
