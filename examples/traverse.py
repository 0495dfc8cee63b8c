"""How do I walk the goal tree? Print it indented, with each node's level, and count the levels.

python examples/traverse.py [SPEC]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import doelenboom

SPEC = Path(__file__).resolve().parent.parent / "specs" / "heerlen_noord.yaml"


def main(spec: Path) -> None:
    programme = doelenboom.load(spec)  # raises doelenboom.SpecError when the spec has errors
    counts: Counter[str] = Counter()
    print(programme.name)
    for node, depth, _path in programme.walk():  # pre-order; depth 1 is the first level below the ambition
        level = programme.level_of(depth)
        name = level.name if level is not None else f"level {depth}"
        counts[name] += 1
        print(f"{'  ' * depth}{node.name} ({name}, {len(node.targets)} targets)")
    print()
    for level_name, count in counts.items():
        print(f"{level_name}: {count}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SPEC)
