"""Writers replace a file whole or not at all: a write that fails half-way loses nothing."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from mineralpact import Dataset, Source, SourceKind
from mineralpact._atomic import atomic_path, atomic_write
from mineralpact.errors import InvalidTypeError, MineralpactError
from mineralpact.schema import _main as schema_main
from mineralpact.serialization import dump, dump_lines, load, load_lines

OLD = b'{"format":"mineralpact","version":"1.0","records":[]}\n'


def _source(slug: str, title: str = "A report") -> Source:
    return Source(id=f"src:{slug}", title=title, kind=SourceKind.DATASET)


def _unwritable(slug: str) -> Source:
    """A record whose title holds a lone surrogate, which UTF-8 cannot encode.

    It is made behind the constructor's back, so that the test stands
    whatever the constructors accept: the point is a write that fails.
    """
    record = _source(slug)
    object.__setattr__(record, "title", "half \ud800 way")
    return record


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "data.json"
    path.write_bytes(OLD)
    return path


def _left(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_dump_that_fails_half_way_leaves_the_old_file(target: Path) -> None:
    data = Dataset((_source("a"), _source("b")))
    object.__setattr__(data.records[1], "title", "half \ud800 way")
    with pytest.raises((UnicodeEncodeError, MineralpactError)):
        dump(data, target)
    assert target.read_bytes() == OLD
    assert _left(target) == ["data.json"]


def test_dump_lines_that_fails_half_way_leaves_the_old_file(target: Path) -> None:
    records = [_source("a"), _source("b"), _unwritable("c"), _source("d")]
    with pytest.raises((UnicodeEncodeError, MineralpactError)):
        dump_lines(records, target)
    assert target.read_bytes() == OLD
    assert _left(target) == ["data.json"]


def test_dump_lines_of_a_non_record_leaves_the_old_file(target: Path) -> None:
    items: list[object] = [_source("a"), "not a record"]
    with pytest.raises(InvalidTypeError):
        dump_lines(items, target)  # type: ignore[arg-type]
    assert target.read_bytes() == OLD
    assert _left(target) == ["data.json"]


def test_an_interrupt_half_way_leaves_the_old_file(target: Path) -> None:
    def records() -> Iterator[Source]:
        yield _source("a")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        dump_lines(records(), target)
    assert target.read_bytes() == OLD
    assert _left(target) == ["data.json"]


def test_a_complete_write_replaces_the_file(target: Path) -> None:
    data = Dataset((_source("a"),))
    dump(data, target)
    assert load(target) == data
    dump_lines(data, target)
    assert load_lines(target) == data
    assert _left(target) == ["data.json"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_the_target_keeps_its_permission_bits(target: Path) -> None:
    target.chmod(0o640)
    dump(Dataset((_source("a"),)), target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_a_new_file_gets_the_usual_permission_bits(tmp_path: Path) -> None:
    mask = os.umask(0o027)
    try:
        dump(Dataset(()), tmp_path / "new.json")
        dump(Dataset(()), tmp_path / "other.json")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o640


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX symbolic links")
def test_a_symbolic_link_is_followed_and_kept(target: Path) -> None:
    link = target.parent / "link.json"
    link.symlink_to(target.name)
    data = Dataset((_source("a"),))
    dump(data, link)
    assert link.is_symlink()
    assert load(target) == data


def test_the_schema_is_written_whole(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    out.write_text("old", encoding="utf-8")
    assert schema_main(["-o", str(out)]) == 0
    assert schema_main(["--check", str(out)]) == 0
    assert _left(out) == ["schema.json"]


def test_atomic_write_leaves_nothing_when_the_block_raises(target: Path) -> None:
    def half_way() -> None:
        with atomic_write(target) as out:
            out.write("new text, half")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        half_way()
    assert target.read_bytes() == OLD
    assert _left(target) == ["data.json"]


_FSIZE = textwrap.dedent(
    """
    import resource, signal, sys
    from mineralpact import Dataset, Source, SourceKind
    from mineralpact.serialization import dump, dump_lines

    records = tuple(
        Source(id=f"src:s{i}", title="A report " * 20, kind=SourceKind.DATASET)
        for i in range(400)
    )
    data = Dataset(records)
    # Past the limit a write fails with EFBIG instead of killing the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16384, resource.RLIM_INFINITY))
    writer = dump if sys.argv[2] == "dump" else dump_lines
    try:
        writer(data, sys.argv[1])
    except OSError as exc:
        print(type(exc).__name__, exc.errno)
    else:
        print("written")
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")
@pytest.mark.parametrize("writer", ["dump", "dump_lines"])
def test_a_file_size_limit_half_way_leaves_the_old_file(target: Path, writer: str) -> None:
    import errno

    out = subprocess.run(
        [sys.executable, "-c", _FSIZE, str(target), writer],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out == ["OSError", str(errno.EFBIG)]
    assert target.read_bytes() == OLD
    assert _left(target) == ["data.json"]


@pytest.mark.parametrize("kind", ["text", "path"])
def test_the_written_file_is_on_disk_before_it_replaces_the_target(
    target: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both writers (a text file, a path another library writes) sync the new file first."""
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        if not stat.S_ISDIR(os.fstat(descriptor).st_mode):
            events.append("fsync")
        real_fsync(descriptor)

    def replace(source: str, destination: str) -> None:
        events.append("replace")
        real_replace(source, destination)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    if kind == "text":
        with atomic_write(target) as out:
            out.write("new")
    else:
        with atomic_path(target) as temporary:
            Path(temporary).write_bytes(b"new")
    assert events == ["fsync", "replace"]
    assert target.read_text() == "new"
