"""Run one pure function in a child process while the caller goes on with other work.

Publishing uses it to validate the tables with Great Expectations on the second core while it
writes the tables' files and the workbook on the first. A forked child inherits the
caller's memory (copy-on-write: the arguments are not pickled; its garbage collector leaves the
inherited objects alone), but every page either process then writes is copied, and the caller's
validation touches every value of the tables: with ``fresh=True`` the child is a new interpreter
(``spawn``) that gets only its pickled arguments. The child sends back only the return value and
never outlives the caller's wait. Where the start method is not available the function simply
runs at ``result()``.

A spawned interpreter would first import the caller's ``__main__`` again (``multiprocessing``
does, so that functions defined there can be unpickled): in the build that is the Dagster
command, about 50 MiB of modules the child never uses. Our children run functions of importable
modules only, so they are started without it. Their pyarrow uses the system allocator
(``memory.use_system_allocator``), as the build's other processes do.
"""

from __future__ import annotations

import gc
import importlib
import multiprocessing
import sys
import threading
import traceback
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Callable


class ForkedError(RuntimeError):
    """The function failed in the child; the message holds the child's traceback."""


def _import(names: tuple[str, ...]) -> None:
    """Import `names`, then freeze what exists (``gc.freeze``): modules are never garbage, and the
    collections publishing asks for after each table (``release_freed_memory``) then skip them
    (in Great Expectations' process, 140 ms a collection instead of a few)."""
    for name in names:
        importlib.import_module(name)
    gc.freeze()


def _receive_while_importing(conn, preload: tuple[str, ...]) -> tuple[Callable[..., Any], tuple]:
    """The work of a warm child, received while another thread imports `preload`: the parent's
    send (the tables' Parquet files, megabytes through a pipe) does not wait for the imports."""
    failed: list[BaseException] = []

    def work() -> None:
        try:
            _import(preload)
        except BaseException as err:  # noqa: BLE001 - raised below, in the child's main thread
            failed.append(err)

    importer = threading.Thread(target=work, daemon=True)
    importer.start()
    fn, args = conn.recv()
    importer.join()
    if failed:
        raise failed[0]
    return fn, args


def _child(conn, fn: Callable[..., Any] | None, args: tuple, preload: tuple[str, ...] = (), parent_end=None) -> None:
    if parent_end is not None:
        # a forked child holds a copy of the parent's end of the pipe: closed, the pipe ends when
        # the parent does (a warm child waiting for work then stops instead of outliving it)
        parent_end.close()
    try:
        from pipelines.release.memory import use_system_allocator

        use_system_allocator()
        if fn is None:  # a warm child: its work comes once the parent has it
            fn, args = _receive_while_importing(conn, preload)
        else:
            _import(preload)
        conn.send(("ok", fn(*args)))
    except EOFError:  # the parent went away before it gave any work
        pass
    except BaseException:  # noqa: BLE001 - everything goes back to the parent, which raises it
        conn.send(("error", traceback.format_exc()))
    finally:
        conn.close()


@contextmanager
def _main_left_behind(spawn: bool) -> Iterator[None]:
    """While a spawned child starts, the caller's ``__main__`` is a bare module, so that the child
    does not import the caller's main script or module (it has nothing the child needs)."""
    main = sys.modules.get("__main__")
    if not spawn or main is None:
        yield
        return
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


class Forked:
    """``Forked(fn, *args)`` starts ``fn(*args)`` in a child; ``result()`` waits and returns its
    value (raises ``ForkedError`` when it failed); ``cancel()`` stops it.

    >>> Forked(sum, [1, 2, 3]).result()
    6
    """

    def __init__(self, fn: Callable[..., Any] | None, *args: Any, fresh: bool = False, preload: tuple[str, ...] = ()):
        self._fn, self._args, self._proc, self._conn = fn, args, None, None
        method = "spawn" if fresh else "fork"  # spawn: a new interpreter, fn importable, args pickled
        if method in multiprocessing.get_all_start_methods():
            ctx: Any = multiprocessing.get_context(method)
            self._conn, child_conn = ctx.Pipe(duplex=fn is None)
            parent_end = self._conn if method == "fork" else None
            self._proc = ctx.Process(target=_child, args=(child_conn, fn, args, preload, parent_end), daemon=True)
            # the child's garbage collector would visit (write to) every object it inherits and so
            # copy their pages; frozen objects it leaves alone (see ``gc.freeze``)
            gc.freeze()
            try:
                with _main_left_behind(method == "spawn"):
                    self._proc.start()
            finally:
                gc.unfreeze()
            child_conn.close()

    @classmethod
    def warm(cls, *preload: str, fresh: bool = True) -> Forked:
        """A child started now that imports the modules `preload` while the caller prepares the
        work, then waits for it: ``give(fn, *args)`` hands it over, ``result()`` and ``cancel()``
        as for any child. Saves the imports' time when they are slow (Great Expectations: about
        3 s). With ``fresh=False`` the child is forked: started before the caller holds much, it
        shares the modules the caller has imported (pandas, pyarrow: about 40 MiB less than a
        new interpreter) and imports only the rest."""
        return cls(None, fresh=fresh, preload=preload)

    def give(self, fn: Callable[..., Any], *args: Any) -> None:
        """Hand a warm child (``warm``) its work, once."""
        if self._fn is not None:
            raise RuntimeError("this child already has its work")
        self._fn, self._args = fn, args
        if self._conn is not None:
            self._conn.send((fn, args))

    def result(self) -> Any:
        """The function's return value, once the child is done."""
        if self._fn is None:
            raise RuntimeError("a warm child was given no work")
        if self._proc is None or self._conn is None:
            return self._fn(*self._args)
        try:
            status, value = self._conn.recv()
        except EOFError:
            self._proc.join()
            raise ForkedError(f"the child process died (exit code {self._proc.exitcode})") from None
        finally:
            self._conn.close()
        self._proc.join()
        if status != "ok":
            raise ForkedError(value)
        return value

    def cancel(self) -> None:
        """Stop the child if it still runs (the caller failed and will not wait for it)."""
        if self._proc is not None and self._proc.is_alive():
            # SIGTERM first; the fork inherits the parent's Python signal handlers, which may
            # catch it, so SIGKILL when the child is still there after a moment
            self._proc.terminate()
            self._proc.join(timeout=2)
            if self._proc.is_alive():
                self._proc.kill()
                self._proc.join()
