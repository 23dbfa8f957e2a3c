"""Lazy singletons: built exactly once, even when many threads ask at the same time."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from mineralpact import (
    _converter,
    _datetext,
    _isocodes,
    _unit_table,
    _units,
    bundled,
    codes,
    minerals,
    schema,
)
from mineralpact._once import Once, once

THREADS = 16


def _reset(singleton: Any) -> None:
    """Forget a singleton's result."""
    singleton.reset()


def _race(call: Callable[[], object]) -> list[object]:
    """``call()`` in THREADS threads released together; the results in thread order."""
    barrier = threading.Barrier(THREADS)
    results: list[object] = [None] * THREADS
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            barrier.wait()
            results[i] = call()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    return results


def _slowly(build: Callable[[], object], counter: list[int]) -> Callable[[], object]:
    """``build``, counted, and slow enough that every thread arrives before it ends."""

    def counted() -> object:
        counter.append(1)
        time.sleep(0.05)
        return build()

    return counted


# Every lazy singleton of the package that builds state: the bundled dataset,
# the unit registry, the element table and bundled minerals, the converters,
# the schema, and what is read from pycountry and dateutil.
SINGLETONS: dict[str, Any] = {
    "korea_mongolia": bundled.korea_mongolia,
    "unit registry": _units.registry,
    "unit table": _unit_table.table,
    "minerals": minerals._registry,
    "converter": _converter.fast,
    "detailed converter": _converter.detailed,
    "schema": schema._cached,
    "country names": codes._country_names,
    "pycountry": _isocodes.pycountry,
    "currencies": _isocodes.currency_codes,
    "languages": _isocodes.language_codes,
    "dateutil": _datetext.english_names,
}


@pytest.fixture
def fresh() -> Iterator[None]:
    """Each singleton's result is restored after the test, as it was before it."""
    saved = {name: (s._build, s._value, s.builds) for name, s in SINGLETONS.items()}
    yield
    for name, (build, value, builds) in saved.items():
        singleton = SINGLETONS[name]
        singleton._build, singleton._value, singleton.builds = build, value, builds


@pytest.mark.parametrize("name", sorted(SINGLETONS))
@pytest.mark.usefixtures("fresh")
def test_a_singleton_is_built_once_by_racing_threads(name: str) -> None:
    singleton = SINGLETONS[name]
    assert isinstance(singleton, Once)
    counter: list[int] = []
    original = singleton._build
    _reset(singleton)
    singleton._build = _slowly(original, counter)
    results = _race(singleton)
    assert len(counter) == 1
    assert singleton.builds == 1
    assert all(result is results[0] for result in results)
    assert singleton() is results[0]


@pytest.mark.usefixtures("fresh")
def test_the_bundled_dataset_is_read_and_checked_once_by_racing_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As a user would meet it: sixteen threads ask for the dataset first.
    from mineralpact import serialization

    counter: list[int] = []
    monkeypatch.setattr(serialization, "loads", _slowly_loads(serialization.loads, counter))
    _reset(bundled.korea_mongolia)
    results = _race(bundled.korea_mongolia)
    assert len(counter) == 1
    assert all(result is results[0] for result in results)


def _slowly_loads(loads: Callable[..., Any], counter: list[int]) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        counter.append(1)
        time.sleep(0.05)
        return loads(*args, **kwargs)

    return counted


def test_a_failed_build_is_not_kept_and_is_tried_again() -> None:
    attempts: list[int] = []

    @once
    def flaky() -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("not yet")
        return "built"

    with pytest.raises(OSError, match="not yet"):
        flaky()
    assert flaky.builds == 0
    assert flaky() == "built"
    assert flaky() == "built"
    assert len(attempts) == 2
    assert flaky.built
    assert flaky.builds == 1


def test_once_keeps_the_name_and_docstring() -> None:
    assert bundled.korea_mongolia.__name__ == "korea_mongolia"
    assert "Korea" in (bundled.korea_mongolia.__doc__ or "")
