"""DB5xx: portfolios (several programmes seen together). One entry per code: its words in every
language, the words of its tokens, and a wrong and a right snippet for its page in the docs."""

from __future__ import annotations

from doelenboom.codes._entry import Code, E, W, example

DB501 = Code(
    "DB501",
    "portfolio-programme-unreadable",
    E,
    "portfolio",
    summary="A programme of the portfolio cannot be read.",
    message={
        "en": "programme file '{path}' cannot be read ({problem}); the other programmes are still checked",
        "nl": "programmabestand '{path}' is niet te lezen ({problem}); de andere programma's worden wel gecontroleerd",
    },
    hint={
        "en": "Check the path; it is relative to the portfolio file.",
        "nl": "Controleer het pad; het is relatief aan het portefeuillebestand.",
    },
    example=example(
        """
programmes:
  - path: programmas/heerlen-noord.yaml   # no such file
""",
        """
programmes:
  - path: programmas/heerlen_noord.yaml
""",
    ),
)

DB502 = Code(
    "DB502",
    "portfolio-programme-twice",
    E,
    "portfolio",
    summary="The same programme is listed twice in the portfolio.",
    message={
        "en": (
            "programme '{path}' is already in the portfolio (the same file or the same programme id); "
            "its money would count twice"
        ),
        "nl": (
            "programma '{path}' staat al in de portefeuille (hetzelfde bestand of dezelfde programma-id); "
            "het geld zou dubbel tellen"
        ),
    },
    hint={
        "en": "List every programme once.",
        "nl": "Noem elk programma één keer.",
    },
    example=example(
        """
programmes:
  - path: nprz.yaml
  - path: ./nprz.yaml
""",
        """
programmes:
  - path: nprz.yaml
""",
    ),
)

DB503 = Code(
    "DB503",
    "core-indicator-redefined",
    E,
    "portfolio",
    summary="A programme gives a core indicator of the portfolio another unit, direction or aggregation.",
    message={
        "en": "indicator '{id}' is a core indicator of the portfolio: its {part} is '{core}', not '{value}'",
        "nl": "indicator '{id}' is een kernindicator van de portefeuille: de {part} is '{core}', niet '{value}'",
    },
    hint={
        "en": "Write the core indicator's {part} as the portfolio declares it, or use an indicator id of your own.",
        "nl": "Neem de {part} van de kernindicator over zoals de portefeuille die vastlegt, of kies een eigen id.",
    },
    tokens={
        "part": {
            "unit": {"en": "unit", "nl": "eenheid"},
            "direction": {"en": "direction", "nl": "richting"},
            "aggregation": {"en": "aggregation", "nl": "optelwijze"},
        }
    },
    example=example(
        """
# in the programme; the portfolio declares werkzame-personen in percent
indicators:
  - {id: werkzame-personen, name: Werkzame personen, unit: person}
""",
        """
indicators:
  - {id: werkzame-personen, name: Werkzame personen, unit: percent}
""",
    ),
)

DB504 = Code(
    "DB504",
    "shared-funder-conflict",
    E,
    "portfolio",
    summary="A programme declares a shared funder of the portfolio as another kind of funder.",
    message={
        "en": "funder '{id}' is a shared funder of the portfolio of kind '{core}', not '{value}'",
        "nl": "financier '{id}' is een gedeelde financier van de portefeuille van soort '{core}', niet '{value}'",
    },
    hint={
        "en": "Give the funder the kind the portfolio declares, or use a funder id of your own.",
        "nl": "Geef de financier de soort die de portefeuille vastlegt, of kies een eigen id.",
    },
    example=example(
        """
# in the programme; the portfolio declares spuk as kind rijk
funders:
  - {id: spuk, name: SPUK, kind: gemeente}
""",
        """
funders:
  - {id: spuk, name: SPUK, kind: rijk}
""",
    ),
)

DB505 = Code(
    "DB505",
    "scheme-envelope-exceeded",
    E,
    "portfolio",
    summary="The programmes together plan more from a scheme in a year than its envelope.",
    message={
        "en": "the programmes plan {planned} from scheme '{scheme}' in {year}, more than its envelope of {envelope}",
        "nl": "de programma's plannen {planned} uit regeling '{scheme}' in {year}, meer dan het budget van {envelope}",
    },
    hint={
        "en": "Lower what the programmes plan from the scheme in {year}, or check the envelope.",
        "nl": "Verlaag wat de programma's in {year} uit de regeling plannen, of controleer het budget.",
    },
    example=example(
        """
schemes:
  - id: spuk
    name: SPUK
    envelope: {2025: 1000000}   # the programmes plan 1,200,000 in 2025
""",
        """
schemes:
  - id: spuk
    name: SPUK
    envelope: {2025: 1200000}
""",
    ),
)

DB506 = Code(
    "DB506",
    "portfolio-programme-left-out",
    W,
    "portfolio",
    summary="A programme that fails its own validation is left out of the portfolio's totals.",
    message={
        "en": "programme '{path}' has {errors} error(s) of its own and is left out of the portfolio's totals",
        "nl": "programma '{path}' heeft {errors} eigen fout(en) en telt niet mee in de totalen van de portefeuille",
    },
    hint={
        "en": "Fix the programme's own errors (listed with its file).",
        "nl": "Herstel de eigen fouten van het programma (vermeld bij het bestand).",
    },
    example=example(
        """
programmes:
  - path: kapot.yaml     # a spec with errors of its own
""",
        """
programmes:
  - path: hersteld.yaml
""",
    ),
)

DB507 = Code(
    "DB507",
    "scheme-use-not-split",
    W,
    "portfolio",
    summary="A programme's money from a scheme has no split by year, so the envelope cannot be checked.",
    message={
        "en": (
            "programme '{programme}' plans money from scheme '{scheme}' without a split by year and funder "
            "(first at '{node}'); the envelope per year cannot be checked"
        ),
        "nl": (
            "programma '{programme}' plant geld uit regeling '{scheme}' zonder verdeling per jaar en financier "
            "(eerst bij '{node}'); het budget per jaar is niet te controleren"
        ),
    },
    hint={
        "en": "Give that money a split per year and funder (funding_per_year) in the programme.",
        "nl": "Verdeel dat geld per jaar en financier (funding_per_year) in het programma.",
    },
    example=example(
        """
budget: {amount: 1000, funding: {spuk: 500, gemeente: 500}, per_year: {2024: 500, 2025: 500}}
""",
        """
budget:
  amount: 1000
  funding_per_year: {spuk: {2024: 250, 2025: 250}, gemeente: {2024: 250, 2025: 250}}
""",
    ),
)

DB508 = Code(
    "DB508",
    "portfolio-unknown-id",
    E,
    "portfolio",
    summary="The portfolio refers to a scheme or a core indicator it does not declare.",
    message={
        "en": "'{id}' is not {declared_as} of this portfolio",
        "nl": "'{id}' is geen {declared_as} van deze portefeuille",
    },
    hint={
        "en": "Declare it, or check the spelling.",
        "nl": "Leg het vast, of controleer de spelling.",
    },
    tokens={
        "declared_as": {
            "scheme": {"en": "a scheme (under schemes:)", "nl": "regeling (onder schemes:)"},
            "indicator": {"en": "a core indicator (under indicators:)", "nl": "kernindicator (onder indicators:)"},
        }
    },
    example=example(
        """
funders:
  - {id: rijk-spuk, name: Rijk, kind: rijk, scheme: spuk}
schemes:
  - {id: spuk-2024, name: SPUK, envelope: {2024: 1000000}}
""",
        """
funders:
  - {id: rijk-spuk, name: Rijk, kind: rijk, scheme: spuk-2024}
schemes:
  - {id: spuk-2024, name: SPUK, envelope: {2024: 1000000}}
""",
    ),
)

DB509 = Code(
    "DB509",
    "portfolio-id-twice",
    E,
    "portfolio",
    summary="A core indicator, funder, scheme or reference area is declared twice in the portfolio.",
    message={
        "en": "'{id}' is declared twice under {key}",
        "nl": "'{id}' staat twee keer onder {key}",
    },
    hint={
        "en": "Declare it once; an id means one thing across the whole portfolio.",
        "nl": "Leg het één keer vast; een id betekent in de hele portefeuille één ding.",
    },
    example=example(
        """
indicators:
  - {id: werkzaam, name: Werkzaam, unit: percent}
  - {id: werkzaam, name: Werkzame personen, unit: person}
""",
        """
indicators:
  - {id: werkzaam, name: Werkzaam, unit: percent}
""",
    ),
)

CODES = (DB501, DB502, DB503, DB504, DB505, DB506, DB507, DB508, DB509)
