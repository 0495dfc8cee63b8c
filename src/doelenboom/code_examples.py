"""A wrong and a right snippet for every diagnostic code, for the catalogue pages of the docs.

Kept beside `doelenboom.codes` (keyed by code) rather than inside it, so that the catalogue of
messages stays short to read. A test fails when a code in `codes.CATALOGUE` has no entry here, and
the snippets of the YAML codes (DB1xx) are loaded to prove that the wrong one triggers its code.
Snippets are fragments of a spec, in the words of the Heerlen-Noord programme.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Example:
    """What triggers a code (``wrong``) and how the same part reads once fixed (``right``)."""

    wrong: str
    right: str
    language: str = "yaml"
    """How to highlight the snippets: ``yaml``, or ``text`` where YAML cannot show the problem."""


def _e(wrong: str, right: str, language: str = "yaml") -> Example:
    return Example(wrong.strip("\n") + "\n", right.strip("\n") + "\n", language)


EXAMPLES: dict[str, Example] = {
    # --- DB1xx: the file and its YAML ---------------------------------------------------------
    "DB101": _e(
        "$ doelenboom validate specs/heerlen-noord.yaml    # no such file",
        "$ doelenboom validate specs/heerlen_noord.yaml",
        "text",
    ),
    "DB102": _e(
        "title: Financiële doorkijk    # saved as Windows-1252: 'ë' is the single byte 0xEB",
        "title: Financiële doorkijk    # saved as UTF-8",
        "text",
    ),
    "DB103": _e(
        """
- id: gezondheid
  name: "Gezondheid
""",
        """
- id: gezondheid
  name: "Gezondheid"
""",
    ),
    "DB104": _e(
        """
- id: gezondheid
  name: Gezondheid
  name: Gezondheid en zorg
""",
        """
- id: gezondheid
  name: Gezondheid en zorg
""",
    ),
    "DB105": _e(
        """
- id: gezondheid
  budget: &begroting {amount: 20313455}
- id: sociaal
  budget: *begroting
""",
        """
- id: gezondheid
  budget: {amount: 20313455}
- id: sociaal
  budget: {amount: 20313455}
""",
    ),
    "DB106": _e(
        "inhabitants_approximate: yes",
        "inhabitants_approximate: true",
    ),
    "DB107": _e(
        "value: 0750",
        "value: 750",
    ),
    "DB108": _e(
        """
tree:
  - children:
      - children:
          - children:    # ... and so on, more than 100 levels deep
""",
        """
tree:               # as many levels as 'levels:' declares
  - children:
      - children:
""",
    ),
    "DB109": _e(
        "amount: 2031345500000000000000000000000000000000000",
        "amount: 20313455",
    ),
    "DB110": _e(
        """
doelenboom: 1
id: heerlen-noord
---
doelenboom: 1
id: heerlen-zuid
""",
        """
doelenboom: 1
id: heerlen-noord
""",
    ),
    "DB111": _e(
        """
allocation:
  2025: 100
""",
        """
allocation:
  meer-mensen-aan-het-werk: 100
""",
    ),
    "DB112": _e(
        "amount: !bedrag 20313455",
        "amount: 20313455",
    ),
    "DB113": _e(
        "value: 0x2EE",
        "value: 750",
    ),
    # --- DB2xx: the shape of the spec ---------------------------------------------------------
    "DB201": _e(
        """
- id: gezondheid
  naam: Gezondheid
""",
        """
- id: gezondheid
  name: Gezondheid
""",
    ),
    "DB202": _e(
        """
- id: gezondheid
  budget: {amount: 20313455}
""",
        """
- id: gezondheid
  name: Gezondheid
  budget: {amount: 20313455}
""",
    ),
    "DB203": _e(
        "horizon: 2020-2045",
        """
horizon:
  start: 2020
  end: 2045
""",
    ),
    "DB204": _e(
        """
- id: flexibele-woningen
  kind: aantal
""",
        """
- id: flexibele-woningen
  kind: count
""",
    ),
    "DB205": _e(
        "amount: 20313455.00",
        """
amount: 20313455      # whole euros; an amount with cents goes in quotes: "1234.50"
""",
    ),
    "DB206": _e(
        "amount: -500000",
        """
amount: 0
note: De begroting valt 500.000 lager uit door een besparing.
""",
    ),
    "DB207": _e(
        "id: Gezondheid & Zorg",
        "id: gezondheid-en-zorg",
    ),
    "DB208": _e(
        "doelenboom: 2",
        "doelenboom: 1",
    ),
    "DB209": _e(
        "value: .nan",
        "value: 750",
    ),
    "DB210": _e(
        "declared_share: 138",
        "declared_share: 38",
    ),
    "DB211": _e(
        'amount: "20.313.455"',
        "amount: 20313455",
    ),
    "DB212": _e(
        'name: "Gezondheid\\u0000"',
        "name: Gezondheid",
    ),
    "DB299": _e(
        """
# No spec reaches this code today: every problem the format knows has a code of its own.
# It is the safety net for a future check whose error has not been given one yet.
name: Programma Heerlen-Noord
""",
        """
name: Programma Heerlen-Noord
""",
    ),
    # --- DB3xx: meaning -----------------------------------------------------------------------
    "DB301": _e(
        """
- id: gezondheid
  name: Gezondheid
- id: gezondheid
  name: Gezondheidsbevordering
""",
        """
- id: gezondheid
  name: Gezondheid
- id: gezondheidsbevordering
  name: Gezondheidsbevordering
""",
    ),
    "DB302": _e(
        """
- id: werk
  serves: [minder-armode]
""",
        """
- id: werk
  serves: [minder-armoede]
""",
    ),
    "DB303": _e(
        """
- {id: naar-leerwerkplek, kind: part_of, of: schoon-hrl-nrd, name: Naar leerwerkplek, value: 380, unit: person}
- {id: schoon-hrl-nrd, kind: part_of, of: naar-leerwerkplek, name: Schoon Hrl-Nrd, value: 75, unit: person}
""",
        """
- {id: naar-leerwerkplek, kind: count, name: Naar leerwerkplek, value: 380, unit: person}
- {id: schoon-hrl-nrd, kind: part_of, of: naar-leerwerkplek, name: Schoon Hrl-Nrd, value: 75, unit: person}
""",
    ),
    "DB304": _e(
        """
- id: gezond-sociaal-veilig
  budget:
    declared_total: 65698906   # the themes below add up to 65698905
""",
        """
- id: gezond-sociaal-veilig
  budget:
    declared_total: 65698905
""",
    ),
    "DB305": _e(
        """
- id: gezond-sociaal-veilig
  budget:
    declared_total: 65698905
    declared_share: 40         # 65698905 of 174935131 is 38 %
""",
        """
- id: gezond-sociaal-veilig
  budget:
    declared_total: 65698905
    declared_share: 38
""",
    ),
    "DB306": _e(
        """
- id: werk
  serves: [minder-armoede]
  allocation: {meer-mensen-aan-het-werk: 60, minder-armoede: 30}
""",
        """
- id: werk
  serves: [minder-armoede]
  allocation: {meer-mensen-aan-het-werk: 70, minder-armoede: 30}
""",
    ),
    "DB307": _e(
        """
- {id: naar-leerwerkplek, kind: count, name: Naar leerwerkplek, value: 380, unit: person}
- {id: schoon-hrl-nrd, kind: part_of, of: naar-leerwerkplek, name: Schoon Hrl-Nrd, value: 400, unit: person}
""",
        """
- {id: naar-leerwerkplek, kind: count, name: Naar leerwerkplek, value: 380, unit: person}
- {id: schoon-hrl-nrd, kind: part_of, of: naar-leerwerkplek, name: Schoon Hrl-Nrd, value: 75, unit: person}
""",
    ),
    "DB308": _e(
        """
- {id: naar-leerwerkplek, kind: count, name: Naar leerwerkplek, value: 380, unit: person}
- {id: schoon-hrl-nrd, kind: part_of, of: naar-leerwerkplek, name: Schoon Hrl-Nrd, value: 75, unit: dwelling}
""",
        """
- {id: naar-leerwerkplek, kind: count, name: Naar leerwerkplek, value: 380, unit: person}
- {id: schoon-hrl-nrd, kind: part_of, of: naar-leerwerkplek, name: Schoon Hrl-Nrd, value: 75, unit: person}
""",
    ),
    "DB309": _e(
        """
- id: reductie-incidenten
  kind: range
  low: 20
  high: 10
  unit: percent
""",
        """
- id: reductie-incidenten
  kind: range
  low: 10
  high: 20
  unit: percent
""",
    ),
    "DB310": _e(
        """
horizon: {start: 2020, end: 2045}
# ... and on a target:
deadline: 2050
""",
        """
horizon: {start: 2020, end: 2045}
# ... and on a target:
deadline: 2045
""",
    ),
    "DB311": _e(
        """
- id: werk
  name: Werk
- id: minder-armoede
  name: Minder armoede        # no intervention under it, none serves it
""",
        """
- id: werk
  name: Werk
  serves: [minder-armoede]
- id: minder-armoede
  name: Minder armoede
""",
    ),
    "DB312": _e(
        """
- id: repressieve-aanpak
  name: Repressieve aanpak
""",
        """
- id: repressieve-aanpak
  name: Repressieve aanpak
  no_target_reason: >-
    Het thema Veiligheid heeft één ambitie; die staat bij de sociale veiligheidsaanpak.
""",
    ),
    "DB313": _e(
        """
- id: preventie-jeugd
  kind: qualitative
  name: Intensiveren en extra preventie voor jeugd
""",
        """
- id: preventie-jeugd
  kind: count
  name: 500 extra gezinnen met jonge kinderen bereikt
  value: 500
  unit: person
  deadline: 2025
""",
    ),
    "DB314": _e(
        """
levels: [{id: ambition, name: ambitie}, {id: goal, name: doel}, {id: intervention, name: interventie}]
tree:
  - id: gezonder-zijn
    children:
      - id: gezondheidsbevordering
        children:
          - id: sportclubs         # a fourth level the spec does not declare
""",
        """
levels: [{id: ambition, name: ambitie}, {id: goal, name: doel}, {id: intervention, name: interventie}]
tree:
  - id: gezonder-zijn
    children:
      - id: gezondheidsbevordering
      - id: sportclubs
""",
    ),
    "DB315": _e(
        """
- id: werk                   # a theme
  serves: [onderwijs-werk]   # a leefgebied
""",
        """
- id: werk
  serves: [minder-armoede]   # a goal, the level directly above a theme
""",
    ),
    "DB316": _e(
        """
- id: deelnemers-opleidingstraject
  kind: count
  value: 750
  unit: deelnemers
""",
        """
- id: deelnemers-opleidingstraject
  kind: count
  value: 750
  unit: person
""",
    ),
    "DB317": _e(
        """
declared_subtotal: 174935132
accept_subtotal_discrepancy:
  declared: 174935132
  computed: 174935131
  note: De gepubliceerde tabel telt 1 euro te veel.
""",
        """
declared_subtotal: 174935131    # once the source is corrected
""",
    ),
    "DB318": _e(
        """
- id: werk
  serves: [minder-armoede]
  budget: {amount: 14305000}
""",
        """
- id: werk
  serves: [minder-armoede]
  allocation: {meer-mensen-aan-het-werk: 80, minder-armoede: 20}
  budget: {amount: 14305000}
""",
    ),
    "DB319": _e(
        """
declared_subtotal: 174935132
accept_subtotal_discrepancy:
  declared: 174935132
  computed: 174935131    # but a theme changed: the parts now add up to 174935130
""",
        """
declared_subtotal: 174935132
accept_subtotal_discrepancy:
  declared: 174935132
  computed: 174935130
""",
    ),
    "DB320": _e(
        """
- id: werk
  serves: [minder-armoede]
  allocation: {meer-mensen-aan-het-werk: 80, beter-opgeleid: 20}
""",
        """
- id: werk
  serves: [minder-armoede]
  allocation: {meer-mensen-aan-het-werk: 80, minder-armoede: 20}
""",
    ),
    "DB321": _e(
        """
- id: deelname-verlengde-schooldag
  kind: share
  value: 40
  unit: person
""",
        """
- id: deelname-verlengde-schooldag
  kind: share
  value: 40
  unit: percent
""",
    ),
    "DB322": _e(
        """
- {id: preventie-jeugd, kind: qualitative, name: Extra preventie voor jeugd}
- {id: jonge-kinderen, kind: part_of, of: preventie-jeugd, name: Tot 2 jaar, value: 100, unit: person}
""",
        """
- {id: preventie-jeugd, kind: count, name: Extra preventie voor jeugd, value: 500, unit: person}
- {id: jonge-kinderen, kind: part_of, of: preventie-jeugd, name: Tot 2 jaar, value: 100, unit: person}
""",
    ),
    "DB323": _e(
        """
- id: meer-mensen-aan-het-werk
  name: Meer mensen aan het werk
  children:
    - id: werk
      name: Werk
      serves: [meer-mensen-aan-het-werk, minder-armoede]
""",
        """
- id: meer-mensen-aan-het-werk
  name: Meer mensen aan het werk
  children:
    - id: werk
      name: Werk
      serves: [minder-armoede]
""",
    ),
    "DB326": _e(
        'budget:\n  amount: "1000.005"',
        'budget:\n  amount: "1000.01"',
    ),
    "DB324": _e(
        "horizon:\n  start: 2045\n  end: 2020",
        "horizon:\n  start: 2020\n  end: 2045",
    ),
    # --- DB4xx: measurements files (the YAML form; CSV rows have the same columns) ---------------
    "DB401": _e(
        "measurements:\n  - {target: burger-initiatieven, date: 2024-12-31, value: 92}",
        "measurements:\n  - {target: burgerinitiatieven, date: 2024-12-31, value: 92}",
    ),
    "DB402": _e(
        "measurements:\n  - {target: particuliere-woningen, date: 2024-12-31, value: 140, unit: person}",
        "measurements:\n  - {target: particuliere-woningen, date: 2024-12-31, value: 140, unit: dwelling}",
    ),
    "DB403": _e(
        "measurements:\n  - {target: burgerinitiatieven, date: 2019-12-31, value: 12}",
        "measurements:\n  - {target: burgerinitiatieven, date: 2020-12-31, value: 12}",
    ),
    "DB404": _e(
        """
measurements:
  - {target: kamerwoningen, date: 2024-12-31, value: 40}
  - {target: kamerwoningen, date: 2024-12-31, value: 44}
""",
        """
measurements:
  - {target: kamerwoningen, date: 2024-06-30, value: 40}
  - {target: kamerwoningen, date: 2024-12-31, value: 44}
""",
    ),
    "DB405": _e(
        "measurements:\n  - {target: deelname-verlengde-schooldag, date: 2024-12-31, value: '31,5'}",
        "measurements:\n  - {target: deelname-verlengde-schooldag, date: 2024-12-31, value: 31.5}",
    ),
    "DB406": _e(
        "measurements:\n  - {target: kamerwoningen, date: 31-12-2024, value: 40}",
        "measurements:\n  - {target: kamerwoningen, date: 2024-12-31, value: 40}",
    ),
    "DB407": _e(
        "measurements:\n  - {target: kamerwoningen, value: 40}",
        "measurements:\n  - {target: kamerwoningen, date: 2024-12-31, value: 40}",
    ),
    "DB408": _e(
        "- {target: kamerwoningen, date: 2024-12-31, value: 40}",
        "measurements:\n  - {target: kamerwoningen, date: 2024-12-31, value: 40}",
    ),
    "DB409": _e(
        "measurements:\n  - {target: kamerwoningen, date: 2024-12-31, value: 40, buurt: Vrieheide}",
        "measurements:\n  - {target: kamerwoningen, date: 2024-12-31, value: 40, area: Vrieheide}",
    ),
    "DB410": _e(
        """
# in the spec: {id: aanpak-vsv, kind: qualitative, name: ..., scale: [niet gestart, gestart, klaar]}
measurements:
  - {target: aanpak-vsv, date: 2024-12-31, value: bijna klaar}
""",
        """
# in the spec: {id: aanpak-vsv, kind: qualitative, name: ..., scale: [niet gestart, gestart, klaar]}
measurements:
  - {target: aanpak-vsv, date: 2024-12-31, value: gestart}
""",
    ),
    "DB411": _e(
        "measurements:\n  - {target: vakschool-opgestart, date: 2024-09-01, value: 0.5}",
        "measurements:\n  - {target: vakschool-opgestart, date: 2024-09-01, value: 1}",
    ),
    "DB412": _e(
        "measurements:\n  - {target: preventie-jeugd, date: 2024-12-31, value: gestart}",
        """
# in the spec, give the qualitative target a scale first:
#   - {id: preventie-jeugd, kind: qualitative, name: ..., scale: [niet gestart, gestart, klaar]}
measurements:
  - {target: preventie-jeugd, date: 2024-12-31, value: gestart}
""",
    ),
    "DB413": _e(
        "measurements:\n  - {target: woningen-verduurzamen, date: 2024-12-31, value: 1.234}  # 1234 dwellings",
        "measurements:\n  - {target: woningen-verduurzamen, date: 2024-12-31, value: 1234}",
    ),
    "DB414": _e(
        "measurements:\n  - {target: vakschool-opgestart, date: 2024-09-01, value: 1, unit: percent}",
        "measurements:\n  - {target: vakschool-opgestart, date: 2024-09-01, value: 1}",
    ),
    "DB415": _e(
        "measurements:\n  - {target: kamerwoningen, date: 2024-12-31, value: 4000000000000000}",
        "measurements:\n  - {target: kamerwoningen, date: 2024-12-31, value: 40}",
    ),
    "DB416": _e(
        """
# saved by Excel as CSV (Windows-1252): 'é' is the single byte 0xE9
measurements:
  - {target: kamerwoningen, date: 2024-12-31, value: 40, source: Woonbedrijf café-overleg}
""",
        """
# saved as UTF-8 ('CSV UTF-8' in Excel)
measurements:
  - {target: kamerwoningen, date: 2024-12-31, value: 40, source: Woonbedrijf café-overleg}
""",
    ),
}
