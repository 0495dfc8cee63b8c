"""Progress feedback on standard error for long runs, and silence for everything else.

The pipeline names its stages here (`stage`: loading the YAML, building the model, the checks);
with no one listening that costs one global lookup per stage. The CLI listens (`reporting`) only
when standard error is a terminal and the input is large (`LARGE_INPUT_BYTES`), and only then
imports tqdm: a normal spec, a pipe, a file or CI gets no bar and pays no import. The library
never prints otherwise.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from doelenboom.language import EN, Language

LARGE_INPUT_BYTES = 4 * 1024 * 1024
"""Inputs from this size on get a progress bar (about 6,000 interventions: a second or more)."""

STAGES = ("load", "parse", "checks")
"""The stages of validating one spec, in order; each has a word ``feedback.<stage>``."""
MEASUREMENT_STAGES = ("scan", "select", "rows")
"""The stages of reading a measurements file with the columnar engine (`doelenboom.monitor.columnar`)."""


class _Listener:
    """One tqdm bar over the stages of one file, its description the current stage's word."""

    def __init__(self, bar: Any, file: str, lang: Language) -> None:
        self.bar = bar
        self.file = file
        self.lang = lang
        self.started = False

    def stage(self, name: str) -> None:
        from doelenboom.words import word

        if self.started:
            self.bar.update(1)
        self.started = True
        self.bar.set_description_str(f"{self.file}: {word(f'feedback.{name}', self.lang)}", refresh=False)
        self.bar.refresh()


_listener: _Listener | None = None


def stage(name: str) -> None:
    """The pipeline enters stage ``name`` (one of `STAGES`); shown only while `reporting`."""
    if _listener is not None:
        _listener.stage(name)


def wanted(size: int, stream: TextIO) -> bool:
    """True when an input of ``size`` bytes deserves a bar on ``stream``: a terminal, a large input."""
    if size < LARGE_INPUT_BYTES:
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


@contextmanager
def reporting(
    file: str, size: int, lang: Language = EN, stream: TextIO | None = None, stages: tuple[str, ...] = STAGES
) -> Iterator[None]:
    """Show the stages of validating ``file`` (``size`` bytes) on ``stream`` (standard error by
    default) when `wanted`; otherwise do nothing and import nothing. The bar is removed at the end,
    so the report that follows stands as without it."""
    global _listener
    out = sys.stderr if stream is None else stream
    if not wanted(size, out):
        yield
        return
    from tqdm import tqdm

    from doelenboom.text import visible

    try:  # a terminal that reports no size (0 x 0) would get an empty line from tqdm
        columns, lines = os.get_terminal_size(out.fileno())
    except (AttributeError, OSError, ValueError):
        columns, lines = 0, 0
    bar = tqdm(
        total=len(stages),
        desc=visible(file),
        file=out,
        leave=False,
        ncols=columns or 80,
        nrows=lines or 24,
        bar_format="{desc} ({n_fmt}/{total_fmt}) [{elapsed}]",
    )
    previous, _listener = _listener, _Listener(bar, visible(file), lang)
    try:
        yield
    finally:
        _listener = previous
        bar.close()
