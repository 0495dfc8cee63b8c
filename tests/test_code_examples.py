"""Every diagnostic code has a catalogue entry with a wrong and a right snippet, and the YAML
snippets say what they claim: the wrong one of a YAML code triggers it, every other one loads."""

from __future__ import annotations

import pytest

from doelenboom.codes import CATALOGUE, EXAMPLES
from doelenboom.loader import load_text

# Problems a short snippet cannot show as YAML text: a missing file, bytes that are not UTF-8,
# a document nested more than 100 levels deep, a device or pipe, a file over the size limit.
NOT_SHOWN_AS_YAML = {"DB101", "DB102", "DB108", "DB114", "DB115"}
# Of those, the ones whose example is a command line rather than a snippet of the file
SHOWN_AS_COMMANDS = {"DB101", "DB102", "DB114", "DB115"}


def test_every_code_has_an_example() -> None:
    missing = [code for code, entry in CATALOGUE.items() if entry.example is None]
    assert missing == []
    assert sorted(EXAMPLES) == sorted(CATALOGUE)


@pytest.mark.parametrize("code", sorted(EXAMPLES))
def test_example_is_a_real_pair(code: str) -> None:
    example = EXAMPLES[code]
    assert example.wrong.strip() and example.right.strip()
    assert example.wrong != example.right
    assert example.language == ("text" if code in SHOWN_AS_COMMANDS else "yaml")


@pytest.mark.parametrize("code", sorted(c for c in EXAMPLES if c.startswith("DB1") and c not in NOT_SHOWN_AS_YAML))
def test_wrong_yaml_snippet_triggers_its_code(code: str) -> None:
    found = {d.code for d in load_text(EXAMPLES[code].wrong, "snippet.yaml").diagnostics}
    assert code in found


@pytest.mark.parametrize("code", sorted(c for c in EXAMPLES if c not in NOT_SHOWN_AS_YAML))
def test_other_snippets_are_well_formed_yaml(code: str) -> None:
    example = EXAMPLES[code]
    snippets = [example.right] if code.startswith("DB1") else [example.wrong, example.right]
    for snippet in snippets:
        assert [d.code for d in load_text(snippet, "snippet.yaml").diagnostics] == []
