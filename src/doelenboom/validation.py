"""The pipeline: load → parse → checks, for one file, returning every diagnostic of the run."""

from __future__ import annotations

from dataclasses import dataclass

from doelenboom import feedback
from doelenboom.diagnostics import Diagnostic, SpecError, has_errors
from doelenboom.inputs import PathArg
from doelenboom.loader import Document, gc_paused, load_file, load_text
from doelenboom.model import Programme


@dataclass(frozen=True)
class Validation:
    """The outcome of validating one spec: the programme (None if it could not be built) and
    every diagnostic, in file order."""

    file: str
    programme: Programme | None
    diagnostics: tuple[Diagnostic, ...]

    def failed(self, *, strict: bool = False) -> bool:
        """True when there are errors (or, with ``strict``, warnings)."""
        return has_errors(self.diagnostics, strict=strict)


def _finish(document: Document) -> Validation:
    from doelenboom.checks import run_checks
    from doelenboom.parse import parse_programme

    found = list(document.diagnostics)
    programme = None
    if not document.fatal:
        with gc_paused():  # see validate()
            feedback.stage("parse")
            programme, schema = parse_programme(document.data, document.source)
            # A YAML trap (010, yes, 1:30) leaves text where a number was meant; the schema error
            # at the same place would report the same problem twice.
            reported = {(d.line, d.column) for d in document.diagnostics}
            found += [d for d in schema if (d.line, d.column) not in reported]
            if programme is not None:
                feedback.stage("checks")
                found += run_checks(programme)
    return Validation(document.source.file, programme, tuple(sorted(found, key=Diagnostic.sort_key)))


def validate(path: PathArg) -> Validation:
    """Validate a spec file (a path as text, bytes or `os.PathLike`). Never raises for bad input:
    problems are in ``.diagnostics``."""
    # The cyclic GC is paused for the whole run, as load_text already does for loading. The run
    # builds millions of small objects (nodes, models, index entries), none in cycles; with the
    # collector on, its full collections rescan the growing heap again and again, which made
    # parse and checks of a 10,000-intervention spec several times slower than they are.
    with gc_paused():
        feedback.stage("load")
        return _finish(load_file(path))


def validate_document(document: Document) -> Validation:
    """Validate an already loaded document (e.g. one read from git by `doelenboom diff`)."""
    return _finish(document)


def validate_text(text: str, name: str = "<string>") -> Validation:
    """Validate spec text; ``name`` is the file name the diagnostics carry."""
    with gc_paused():
        return _finish(load_text(text, name))


def load(path: PathArg) -> Programme:
    """Load a valid spec, or raise `SpecError` carrying every diagnostic of the run.

    Warnings do not stop loading and are not returned; call `validate` to see them.
    """
    result = validate(path)
    if result.programme is None or result.failed():
        raise SpecError(result.diagnostics)
    return result.programme
