"""How do I get the doelenboom as a diagram? Write it as Mermaid (or DOT for Graphviz).

    python examples/export_diagram.py [OUT.mmd]      # .dot writes Graphviz instead

The same as `doelenboom export specs/heerlen_noord.yaml --format mermaid -o OUT.mmd`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import doelenboom
from doelenboom.atomic import write_atomic
from doelenboom.render.export import export

SPEC = Path(__file__).resolve().parent.parent / "specs" / "heerlen_noord.yaml"


def main(out: Path | None) -> None:
    programme = doelenboom.load(SPEC)
    fmt = "dot" if out is not None and out.suffix == ".dot" else "mermaid"
    data = export(programme, fmt)  # bytes: UTF-8 text for every format but xlsx
    if out is None:
        sys.stdout.write(data.decode("utf-8"))
        return
    write_atomic(out, data)
    print(f"wrote {fmt} diagram of {sum(1 for _ in programme.walk())} nodes to {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
