"""Files written whole or not at all.

Every file that mineralpact writes goes through :func:`atomic_write`: the text
goes to a temporary file in the target's folder, which is flushed, synced to
disk and renamed over the target only once it is complete. A write that
fails half-way (a character the encoding cannot hold, a full disk, a
file-size limit, an interrupt) leaves the target as it was, and no temporary
file behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterator
from typing import TextIO

__all__ = ["atomic_folder", "atomic_path", "atomic_write"]


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _sync_folder(folder: str) -> None:
    """Make the rename itself durable, where the system lets a folder be synced."""
    if sys.platform == "win32":  # pragma: no cover - folders cannot be opened there
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - an unreadable folder: the rename is done anyway
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str], *, encoding: str = "utf-8", newline: str | None = "\n"
) -> Iterator[TextIO]:
    """Open a text file to write that replaces ``path`` only when the block ends normally.

    The target keeps its permission bits; a new file gets the usual ones
    (``0o666`` less the umask). A symbolic link is followed: the file it
    points to is replaced, and the link kept.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> target = folder / "data.json"
    >>> _ = target.write_text("old")
    >>> with atomic_write(target) as out:
    ...     _ = out.write("new")
    ...     target.read_text()  # unchanged until the block ends
    'old'
    >>> target.read_text(), [p.name for p in folder.iterdir()]
    ('new', ['data.json'])
    >>> import shutil; shutil.rmtree(folder)

    Raises:
        OSError: if the temporary file cannot be made, written or renamed
            (the target is then unchanged).
    """
    with (
        atomic_path(path) as temporary,
        open(temporary, "w", encoding=encoding, newline=newline) as file,
    ):
        yield file


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[str]:
    """A temporary path beside ``path`` that replaces it when the block ends normally.

    For writers that open the file themselves (Parquet, CSV): the block
    writes to the path it is given and closes it.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> with atomic_path(folder / "data.bin") as temporary:
    ...     _ = pathlib.Path(temporary).write_bytes(b"new")
    >>> (folder / "data.bin").read_bytes(), [p.name for p in folder.iterdir()]
    (b'new', ['data.bin'])
    >>> import shutil; shutil.rmtree(folder)
    """
    target = os.path.realpath(os.fspath(path))
    folder, name = os.path.split(target)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    descriptor, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    os.close(descriptor)
    try:
        yield temporary
        # On disk before it replaces the target, whatever wrote it.
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        # Whatever stopped the write, KeyboardInterrupt included, the target
        # is left as it was and the temporary file goes.
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(folder)


def _sync_tree(folder: str) -> None:
    """Sync every file under ``folder``, then each folder, so that the tree is on disk."""
    for parent, _, names in os.walk(folder, topdown=False):
        for name in names:
            with open(os.path.join(parent, name), "rb") as written:
                os.fsync(written.fileno())
        _sync_folder(parent)


@contextlib.contextmanager
def atomic_folder(path: str | os.PathLike[str]) -> Iterator[str]:
    """A temporary folder beside ``path`` that replaces it, whole, when the block ends normally.

    For files written as a tree (a partitioned table): the block fills the
    folder it is given. When it ends normally, every file is synced to disk,
    the old folder (if any) is moved aside, the new one renamed into its
    place and the old one removed; if that rename fails, the old folder is
    put back. When the block raises, the temporary folder goes and ``path``
    is left as it was. Readers see the old tree or the new one, never a
    part of the new one (for the instant between the two renames, no
    folder).

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> (folder / "table" / "old").mkdir(parents=True)
    >>> with atomic_folder(folder / "table") as temporary:
    ...     _ = (pathlib.Path(temporary) / "new.txt").write_text("new")
    ...     sorted(p.name for p in (folder / "table").iterdir())  # unchanged until the end
    ['old']
    >>> sorted(p.name for p in (folder / "table").iterdir()), [p.name for p in folder.iterdir()]
    (['new.txt'], ['table'])
    >>> import shutil; shutil.rmtree(folder)

    Raises:
        OSError: if the folder cannot be made, written or renamed (``path``
            is then as it was).
    """
    target = os.path.realpath(os.fspath(path))
    parent, name = os.path.split(target)
    temporary = tempfile.mkdtemp(prefix=f".{name}.", suffix=".tmp", dir=parent)
    try:
        yield temporary
        _sync_tree(temporary)
        os.chmod(temporary, 0o777 & ~_umask())
        old: str | None = None
        if os.path.lexists(target):
            old = tempfile.mkdtemp(prefix=f".{name}.", suffix=".old", dir=parent)
            os.rmdir(old)  # a free name beside the target, to move it to
            os.rename(target, old)
        try:
            os.rename(temporary, target)
        except BaseException:
            if old is not None:
                os.rename(old, target)
            raise
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    _sync_folder(parent)
    if old is not None:
        if os.path.isdir(old) and not os.path.islink(old):
            shutil.rmtree(old, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                os.unlink(old)
