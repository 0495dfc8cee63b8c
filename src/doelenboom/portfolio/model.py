"""The portfolio file's model: programmes held, a shared core indicator set, shared funders and
schemes, and shared reference areas (`doelenboom.portfolio`)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from doelenboom.model import FunderKind, Indicator, Number, Seq, Slug, Text, YearAmounts, _Model


class ProgrammeEntry(_Model):
    """One programme of the portfolio: its spec and, optionally, its measurements."""

    path: Text
    """Path of the programme's spec, relative to the portfolio file."""
    measurements: Text | None = None
    """Path of the programme's measurements (CSV or YAML), relative to the portfolio file."""


class SharedFunder(_Model):
    """A funder that means the same in every programme that names its id."""

    id: Slug
    name: Text
    kind: FunderKind
    """Every programme that declares this funder id must give it this kind."""
    scheme: Slug | None = None
    """Id of the scheme (under `schemes:`) the money comes through."""


class Scheme(_Model):
    """A national scheme (e.g. a specific purpose grant) with its envelope per year."""

    id: Slug
    name: Text
    envelope: YearAmounts
    """EUR available per year; what the programmes plan from it together may not exceed it."""
    note: Text | None = None


class ReferenceValue(_Model):
    """A reference area's value of a core indicator on a date, in the indicator's unit."""

    indicator: Slug
    date: date
    value: Number
    source: Text | None = None


class Reference(_Model):
    """A reference area shared by the portfolio (e.g. Nederland) with its values."""

    id: Slug
    name: Text
    values: Seq[ReferenceValue] = ()


class Portfolio(_Model):
    """A portfolio of programmes: the national view over several specs."""

    portfolio: Literal[1]
    """Version of the portfolio format: 1."""
    id: Slug
    name: Text
    description: Text | None = None
    programmes: Seq[ProgrammeEntry]
    indicators: Seq[Indicator] = ()
    """The core indicator set; a programme refers to one by declaring an indicator of the same id,
    and may not give it another unit, direction or aggregation."""
    funders: Seq[SharedFunder] = ()
    schemes: Seq[Scheme] = ()
    references: Seq[Reference] = ()


__all__ = ["Portfolio", "ProgrammeEntry", "Reference", "ReferenceValue", "Scheme", "SharedFunder"]
