"""The status thresholds' bounds, and why a figure cannot be one (`threshold_problem`,
`factor_problem`, `coverage_problem`); `doelenboom.monitor.progress.Thresholds` applies them.

Light on purpose (no model, no pydantic): `doelenboom progress` checks its ``--on-track``,
``--at-risk`` and ``--min-coverage`` options with it while the command line is read, before it
starts scanning the measurements file (`doelenboom.monitor.scan`).
"""

from __future__ import annotations

from decimal import Decimal

from doelenboom.language import EN, Language

ZERO, ONE = Decimal(0), Decimal(1)

MAX_THRESHOLD = Decimal(10)
"""The largest threshold factor: above 1 asks for being ahead of the trajectory, and far above it
nothing but reaching the target is on track."""


def threshold_problem(on_track: Decimal, at_risk: Decimal, lang: Language = EN) -> str | None:
    """Why ``on_track`` and ``at_risk`` cannot be status thresholds (None when they can), in
    ``lang``: each must be a finite number from 0 to `MAX_THRESHOLD`, and ``at_risk`` at most
    ``on_track``."""
    from doelenboom.words import word

    for name, value in (("on_track", on_track), ("at_risk", at_risk)):
        problem = factor_problem(value, lang)
        if problem is not None:
            return f"{name}: {problem}"
    if at_risk > on_track:
        return word("threshold.order", lang, at_risk=at_risk, on_track=on_track)
    return None


def factor_problem(value: Decimal, lang: Language = EN) -> str | None:
    """Why ``value`` cannot be a threshold factor (None when it can), in ``lang``."""
    return _range_problem(value, MAX_THRESHOLD, lang)


def coverage_problem(value: Decimal, lang: Language = EN) -> str | None:
    """Why ``value`` cannot be a minimum coverage (None when it can): a finite number from 0 to 1."""
    return _range_problem(value, ONE, lang)


def _range_problem(value: Decimal, high: Decimal, lang: Language) -> str | None:
    """Why ``value`` is not a finite decimal number from 0 to ``high`` (None when it is)."""
    from doelenboom.words import word

    if not isinstance(value, Decimal | int) or isinstance(value, bool):
        return word("threshold.not_decimal", lang, value=repr(value))
    if not Decimal(value).is_finite():
        return word("threshold.not_finite", lang, value=value)
    if not ZERO <= value <= high:
        return word("threshold.out_of_range", lang, value=value, high=high)
    return None
