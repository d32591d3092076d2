"""No import cycles in psoas_desk, counting every import the source spells out.

A cycle hidden in a function body or behind ``TYPE_CHECKING`` still ties two
modules together: neither can be understood, tested or moved without the
other, and a deferred import that "fixes" a cycle at run time only moves the
knot. So the graph here is read from the source (``ast``), not from what
happens to be imported at run time: every ``import`` and ``from ... import``
anywhere in a module, including inside functions and ``if TYPE_CHECKING:``.

An import names one module: ``from a.b import c`` depends on ``a.b.c`` when
that is a module, else on ``a.b`` (its ``__init__``); ``import a.b`` depends
on ``a.b``. Parent packages run too, but an ``__init__`` only matters through
its own imports, which are edges of their own.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "psoas_desk"


def module_files(package: Path) -> dict[str, Path]:
    """Every module of ``package`` (a folder) by dotted name."""
    found: dict[str, Path] = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(module: str, path: Path, known: Mapping[str, Path]) -> Iterator[str]:
    """The modules of the package that ``module`` imports, anywhere in its source."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, module, is_package)
            names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                     for alias in node.names]
        else:
            continue
        yield from (name for name in names if name in known and name != module)


def import_graph(package: Path) -> dict[str, set[str]]:
    known = module_files(package)
    return {module: set(imports_of(module, path, known)) for module, path in known.items()}


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def path_through(graph: Mapping[str, set[str]], group: list[str]) -> list[str]:
    """One closed path through a cycle's modules, for a readable failure."""
    members = set(group)
    start = group[0]
    path, seen = [start], {start}
    node = start
    while True:
        following = sorted(t for t in graph[node] if t in members)
        nxt = next((t for t in following if t not in seen), following[0])
        path.append(nxt)
        if nxt in seen:
            return path[path.index(nxt):]
        seen.add(nxt)
        node = nxt


def test_psoas_desk_has_no_import_cycles() -> None:
    graph = import_graph(PACKAGE)
    assert "psoas_desk.app.controller" in graph  # the walk found the package
    found = [" -> ".join(path_through(graph, group)) for group in cycles(graph)]
    assert not found, "import cycles:\n" + "\n".join(found)


def test_deferred_and_type_checking_imports_count(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from pkg.sub import b\n")
    (package / "sub" / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..a import f\n")
    (package / "c.py").write_text("import pkg.a\nfrom pkg import sub\n")
    graph = import_graph(package)
    assert graph["pkg.c"] == {"pkg.a", "pkg.sub"}
    assert cycles(graph) == [["pkg.a", "pkg.sub.b"]]
    assert path_through(graph, ["pkg.a", "pkg.sub.b"]) == ["pkg.a", "pkg.sub.b", "pkg.a"]
