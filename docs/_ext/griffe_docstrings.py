"""Render mineralpact's docstrings as Markdown in the reference pages.

The docstrings are written for ``doctest`` and for people reading the source:
doctest examples (``>>>``) stand without code fences, and other objects are
named with Sphinx-style roles (``:class:`~mineralpact.Dataset```). The
reference pages render docstrings as Markdown, in which ``>>>`` is a block
quote three levels deep and a role is literal text. This Griffe extension,
which mkdocstrings loads with the package (see ``mkdocs.yml``), rewrites each
docstring before it is rendered:

* each doctest example becomes a fenced ``pycon`` code block, without its
  ``# doctest:`` directives;
* each role becomes a cross-reference to the object it names, resolved the
  way Sphinx resolves it (the enclosing class, then the module, then the
  package's own exports), so that a role that names nothing fails the strict
  build; a role naming a private object, or an object of another library,
  becomes plain code;
* a paragraph ending in ``::`` before an indented block ends in ``:``.

Only the documentation build uses this file; it needs ``griffe``, which the
``docs`` extra installs.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Iterator
from typing import Any

import griffe

__all__ = ["MineralpactDocstrings", "fence_doctests", "literal_blocks", "roles"]

_FENCE = re.compile(r"^\s*(```|~~~)")
_PROMPT = re.compile(r"^(\s*)>>>( |$)")
_DIRECTIVE = re.compile(r"\s*#\s*doctest:.*$")
_ROLE = re.compile(
    r":(?:py:)?(?P<kind>class|meth|func|attr|data|mod|exc|obj|const|type):`(?P<body>[^`]+)`"
)
_EXPLICIT = re.compile(r"(?P<text>.*?)\s*<(?P<target>[^<>]+)>$")

#: Top-level names of other libraries that roles may name: shown as code.
_EXTERNAL = frozenset(
    {
        "attrs",
        "builtins",
        "cattrs",
        "collections",
        "dataclasses",
        "datetime",
        "dateutil",
        "decimal",
        "enum",
        "fractions",
        "hypothesis",
        "io",
        "json",
        "os",
        "pathlib",
        "pickle",
        "pint",
        "pycountry",
        "re",
        "typing",
    }
)


def fence_doctests(text: str) -> str:
    """Put each doctest example of ``text`` in a fenced ``pycon`` code block.

    An example runs from a line that starts with ``>>>`` to the next blank
    line, as in ``doctest``; text already inside a fenced block is left alone.
    """
    lines = text.split("\n")
    out: list[str] = []
    in_fence = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            in_fence = not in_fence
        prompt = None if in_fence else _PROMPT.match(line)
        if prompt is None:
            out.append(line)
            i += 1
            continue
        indent = prompt.group(1)
        out.append(f"{indent}```pycon")
        while i < len(lines) and lines[i].strip():
            out.append(_DIRECTIVE.sub("", lines[i]))
            i += 1
        out.append(f"{indent}```")
    return "\n".join(out)


def literal_blocks(text: str) -> str:
    """End a paragraph that introduces an indented block with ``:``, not ``::``."""
    return re.sub(r"(?<=\S)::$", ":", text, flags=re.MULTILINE)


def roles(text: str, resolve: Any) -> str:
    """Replace each role with what ``resolve(kind, target)`` gives for it.

    ``resolve`` returns the path of the object to link to, or ``None`` to show
    the name as plain code.
    """

    def replace(match: re.Match[str]) -> str:
        body = match.group("body").strip()
        explicit = _EXPLICIT.fullmatch(body)
        if explicit is not None:
            target, shown = explicit.group("target").strip(), explicit.group("text").strip()
        elif body.startswith("~"):
            target = body[1:]
            shown = target.rsplit(".", 1)[-1]
        else:
            target = shown = body
        path = resolve(match.group("kind"), target)
        if path is None:
            return f"`{shown}`"
        return f"[`{shown}`][{path}]"

    return _ROLE.sub(replace, text)


def _objects(obj: griffe.Object) -> Iterator[griffe.Object]:
    """``obj`` and every object it holds, aliases left out."""
    yield obj
    for member in obj.members.values():
        if isinstance(member, griffe.Object):  # an Alias is not an Object
            yield from _objects(member)


def _get(package: griffe.Object, path: str) -> griffe.Object | None:
    """The object at ``path`` (``mineralpact.dates.PartialDate``), aliases followed."""
    head, _, rest = path.partition(".")
    if head != package.name:
        return None
    try:
        found = package[rest] if rest else package
        if isinstance(found, griffe.Alias):
            found = found.final_target
    except (KeyError, ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    return found if isinstance(found, griffe.Object) else None


def _exported(package: griffe.Object, name: str) -> griffe.Object | None:
    """The one public object called ``name`` in the package's public modules."""
    found = [
        member
        for module in package.modules.values()
        if module.is_public and isinstance(member := module.members.get(name), griffe.Object)
    ]
    if len(found) == 1 and _rendered(found[0]):
        return found[0]
    return None


def _rendered(obj: griffe.Object) -> bool:
    """Whether the reference pages show ``obj`` (public, in a public module)."""
    current: griffe.Object | None = obj
    while current is not None and current.parent is not None:
        if current.name.startswith("_"):
            return False
        if current.parent.is_module and not current.is_public:
            return False
        current = current.parent
    return True


class MineralpactDocstrings(griffe.Extension):
    """Rewrite every docstring of the package once it is loaded; see the module."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        for obj in _objects(pkg):
            if obj.docstring is None:
                continue
            resolve = self._resolver(pkg, obj)
            text = literal_blocks(fence_doctests(obj.docstring.value))
            obj.docstring.value = roles(text, resolve)

    @staticmethod
    def _resolver(pkg: griffe.Module, obj: griffe.Object) -> Any:
        scopes = []
        scope: griffe.Object | None = obj
        while scope is not None:
            if scope.is_class or scope.is_module:
                scopes.append(scope.path)
            scope = scope.parent

        def resolve(kind: str, target: str) -> str | None:
            candidates = [target] if target.startswith(f"{pkg.name}.") else []
            candidates += [f"{path}.{target}" for path in scopes]
            for candidate in candidates:
                found = _get(pkg, candidate)
                if found is not None:
                    return found.path if _rendered(found) else None
            head, _, name = target.partition(".")
            if head == pkg.name and "." not in name:
                # An export of the package that its __init__ does not list yet.
                found = _exported(pkg, name)
                if found is not None:
                    return found.path
            if head in _EXTERNAL or hasattr(builtins, target):
                return None
            # Names nothing: link anyway, so that the strict build reports it.
            return target

        return resolve
