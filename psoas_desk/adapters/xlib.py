"""A small ctypes binding to libX11, shared by the X11 idle and fullscreen adapters.

``XDisplay`` is one private connection to an X server: open by name, intern
atoms, read 32-bit window properties, close. Nothing is loaded at import time;
libX11 is opened when an ``XDisplay`` is constructed.

Xlib's defaults would let a small mistake end the whole app: its protocol-error
handler prints and calls ``exit()`` (a window vanishing between two requests is
enough), and its I/O-error handler exits when the server goes away. Both
handlers are process-wide and Qt installs its own, so ``XDisplay.call`` swaps in
non-exiting handlers only for the duration of each of its own calls and puts the
previous ones back afterwards; errors of other connections that arrive in that
window are passed on to the previous handler. Before each call a ``poll(2)`` on
the connection's socket notices a server that has already gone, so Xlib is not
even asked. What is still fatal: with libX11 older than 1.7 (no
``XSetIOErrorExitHandler``), a connection that breaks *during* a call ends the
process, because Xlib exits whenever its I/O-error handler returns.

Cost: each ``call`` is one ``poll(2)`` with a zero timeout, four handler swaps
(plain pointer writes under Xlib's global lock) and whatever the call does,
usually one synchronous round trip to the X server. ``load_library`` may run
``ctypes.util.find_library`` (which starts ``ldconfig`` in a subprocess) once,
only when the usual soname is not found.

Threading: an ``XDisplay`` belongs to the thread that uses it (the GUI thread);
the handler swap is process-wide, so Xlib errors of another thread that arrive
during one of our calls are forwarded, not lost.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import select
import sys
from collections.abc import Callable
from typing import TypeVar

log = logging.getLogger(__name__)

_T = TypeVar("_T")

LibraryLoader = Callable[[str], ctypes.CDLL]
"""Loads a shared library by its short name ("X11", "Xss"); raises OSError when missing."""

# The runtime sonames on Linux and the BSDs; tried before find_library, which
# starts a subprocess (ldconfig or a compiler) to search.
_SONAMES = (("X11", "libX11.so.6"), ("Xss", "libXss.so.1"), ("Xext", "libXext.so.6"))

XA_ATOM = 4
"""Predefined atom for the type ATOM (X11/Xatom.h)."""
XA_WINDOW = 33
"""Predefined atom for the type WINDOW (X11/Xatom.h)."""

# The longest property we read, in 32-bit units; _NET_WM_STATE has a handful.
_MAX_PROPERTY_ITEMS = 1024


class XlibError(RuntimeError):
    """The X11 backend cannot be used: library missing, display unreachable, extension absent."""


class XErrorEvent(ctypes.Structure):
    """Xlib's description of a protocol error (X11/Xlib.h)."""

    _fields_ = (
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    )


_ErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(XErrorEvent))
_IOErrorHandler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)
_IOErrorExitHandler = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)


def load_library(name: str) -> ctypes.CDLL:
    """Load the shared library ``lib<name>`` (for example "X11" or "Xss").

    Raises:
        OSError: the library is not installed.
    """
    for short, soname in _SONAMES:
        if short == name:
            try:
                return ctypes.CDLL(soname)
            except OSError:
                break
    path = ctypes.util.find_library(name)
    if path is None:
        raise OSError(f"lib{name} is not installed")
    return ctypes.CDLL(path)


def _declare(lib: ctypes.CDLL) -> None:
    """Give the libX11 functions we use their C signatures (on this CDLL object only)."""
    vp, ul = ctypes.c_void_p, ctypes.c_ulong
    lib.XOpenDisplay.argtypes = (ctypes.c_char_p,)
    lib.XOpenDisplay.restype = vp
    lib.XCloseDisplay.argtypes = (vp,)
    lib.XConnectionNumber.argtypes = (vp,)
    lib.XDefaultRootWindow.argtypes = (vp,)
    lib.XDefaultRootWindow.restype = ul
    lib.XInternAtom.argtypes = (vp, ctypes.c_char_p, ctypes.c_int)
    lib.XInternAtom.restype = ul
    lib.XFree.argtypes = (vp,)
    lib.XFlush.argtypes = (vp,)
    lib.XPending.argtypes = (vp,)
    lib.XNextEvent.argtypes = (vp, vp)
    lib.XSetErrorHandler.argtypes = (vp,)
    lib.XSetErrorHandler.restype = vp
    lib.XSetIOErrorHandler.argtypes = (vp,)
    lib.XSetIOErrorHandler.restype = vp
    lib.XGetWindowProperty.argtypes = (
        vp, ul, ul, ctypes.c_long, ctypes.c_long, ctypes.c_int, ul,
        ctypes.POINTER(ul), ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ul),
        ctypes.POINTER(ul), ctypes.POINTER(ctypes.POINTER(ul)),
    )


def _hang_up_check(fd: int) -> Callable[[], bool]:
    """A zero-timeout ``poll(2)`` of the connection: True once the server has hung up.

    Windows has no ``poll(2)`` (and no X server of its own); there a server
    that went away shows up as an I/O error of the call instead.
    """
    if sys.platform == "win32":
        return lambda: False
    poller = select.poll()
    # Only hang-up conditions matter; POLLHUP/POLLERR/POLLNVAL are always reported.
    poller.register(fd, getattr(select, "POLLRDHUP", 0))
    return lambda: bool(poller.poll(0))


class XDisplay:
    """One private connection to an X server whose errors cannot end the process.

    Args:
        display_name: an X display such as ":0"; None lets Xlib read ``$DISPLAY``.
        loader: loads libX11 (injectable so tests can simulate a missing library).

    Raises:
        XlibError: libX11 is missing or the display cannot be opened.
    """

    def __init__(self, display_name: str | None = None, *,
                 loader: LibraryLoader = load_library) -> None:
        try:
            lib = loader("X11")
            _declare(lib)
        except (OSError, AttributeError) as exc:
            raise XlibError(f"libX11 cannot be used: {exc}") from exc
        self.lib = lib
        self.name = display_name or "$DISPLAY"
        self._lost = False
        self._error: tuple[int, int] | None = None
        self._prev_error: int | None = None
        self._prev_io: int | None = None
        self._trapping: int | None = None
        # The callbacks must outlive every moment Xlib may call them: keep them here.
        self._error_cb = _ErrorHandler(self._on_error)
        self._io_cb = _IOErrorHandler(self._on_io_error)
        self._exit_cb = _IOErrorExitHandler(self._on_io_exit)
        # Cast once: a cast per call costs more than the handler swap itself.
        self._error_ptr = ctypes.cast(self._error_cb, ctypes.c_void_p)
        self._io_ptr = ctypes.cast(self._io_cb, ctypes.c_void_p)
        encoded = display_name.encode() if display_name is not None else None
        pointer = lib.XOpenDisplay(encoded)
        if not pointer:
            raise XlibError(f"cannot open X display {self.name!r}")
        self._dpy: int | None = pointer
        self.root: int = lib.XDefaultRootWindow(pointer)
        self.fd: int = lib.XConnectionNumber(pointer)
        """The connection's socket, for a watch on events the server sends."""
        self._hung_up = _hang_up_check(self.fd)
        self.survives_io_errors = self._install_exit_handler(pointer)

    def _install_exit_handler(self, pointer: int) -> bool:
        """Make a broken connection non-fatal for this display (libX11 >= 1.7 only)."""
        try:
            set_exit_handler = self.lib.XSetIOErrorExitHandler
        except AttributeError:
            log.info("libX11 is older than 1.7: losing the X server during a request "
                        "will end the process")
            return False
        set_exit_handler.argtypes = (ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
        set_exit_handler.restype = None
        set_exit_handler(pointer, ctypes.cast(self._exit_cb, ctypes.c_void_p), None)
        return True

    @property
    def connected(self) -> bool:
        """False once closed or once the server has gone away."""
        return self._dpy is not None and not self._lost

    def call(self, request: Callable[[int], _T]) -> _T | None:
        """Run ``request(display_pointer)`` with Xlib's fatal handlers swapped out.

        Returns:
            What ``request`` returned, or None when the connection is closed or
            lost, or when the X server answered with a protocol error.
        """
        pointer = self._dpy
        if pointer is None or self._lost:
            return None
        if self._hung_up():
            self._mark_lost("its socket was closed")
            return None
        self._error = None
        result = self._trapped(pointer, request)
        if self._lost:
            return None
        if self._error is not None:
            code, opcode = self._error
            log.debug("X error %d for request %d on %s", code, opcode, self.name)
            return None
        return result

    def intern_atom(self, name: str) -> int:
        """The atom for ``name``, created if needed.

        Raises:
            XlibError: the server did not answer.
        """
        atom = self.call(lambda dpy: int(self.lib.XInternAtom(dpy, name.encode(), 0)))
        if not atom:
            raise XlibError(f"cannot intern the atom {name} on {self.name!r}")
        return atom

    def window_property(self, window: int, prop: int, prop_type: int) -> tuple[int, ...] | None:
        """The items of a 32-bit property (of type ``prop_type``) of ``window``.

        Returns:
            The items; an empty tuple when the window lacks the property or it
            has another type; None when the window does not exist (any more) or
            the connection is lost.
        """
        return self.call(lambda dpy: self._get_property(dpy, window, prop, prop_type))

    def _get_property(self, dpy: int, window: int, prop: int,
                      prop_type: int) -> tuple[int, ...] | None:
        actual_type = ctypes.c_ulong()
        actual_format = ctypes.c_int()
        count = ctypes.c_ulong()
        after = ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ulong)()
        status = self.lib.XGetWindowProperty(
            dpy, window, prop, 0, _MAX_PROPERTY_ITEMS, 0, prop_type, ctypes.byref(actual_type),
            ctypes.byref(actual_format), ctypes.byref(count), ctypes.byref(after),
            ctypes.byref(data))
        try:
            if status != 0:
                return None
            if actual_type.value != prop_type or actual_format.value != 32:
                return ()
            # Format-32 items come back as C longs, one per item, whatever the word size.
            return tuple(data[i] for i in range(count.value))
        finally:
            if data:
                self.lib.XFree(data)

    def close(self) -> None:
        """Close the connection; safe to call twice and after the server died."""
        pointer, self._dpy = self._dpy, None
        if pointer is None:
            return
        if self._lost and not self.survives_io_errors:
            # XCloseDisplay would flush into the dead socket and old Xlib would
            # exit; leaking one connection structure is the lesser harm.
            log.info("not closing the broken X connection to %s (libX11 < 1.7)", self.name)
            return
        self._trapped(pointer, self.lib.XCloseDisplay)

    def _trapped(self, pointer: int, request: Callable[[int], _T]) -> _T:
        """Run ``request(pointer)`` with our handlers installed, then restore the previous ones."""
        lib = self.lib
        self._trapping = pointer
        self._prev_error = lib.XSetErrorHandler(self._error_ptr)
        self._prev_io = lib.XSetIOErrorHandler(self._io_ptr)
        try:
            return request(pointer)
        finally:
            lib.XSetIOErrorHandler(self._prev_io)
            lib.XSetErrorHandler(self._prev_error)
            self._prev_error = self._prev_io = self._trapping = None

    def _mark_lost(self, why: str) -> None:
        if not self._lost:
            log.warning("lost the X connection to %s: %s", self.name, why)
        self._lost = True

    # -- called by Xlib, from inside ``call`` -------------------------------
    def _on_error(self, dpy: int | None, event: ctypes._Pointer[XErrorEvent]) -> int:
        if dpy != self._trapping and self._prev_error:
            return int(_ErrorHandler(self._prev_error)(dpy, event))
        self._error = (event.contents.error_code, event.contents.request_code)
        return 0

    def _on_io_error(self, dpy: int | None) -> int:
        if dpy != self._trapping and self._prev_io:
            return int(_IOErrorHandler(self._prev_io)(dpy))
        self._mark_lost("I/O error" + ("" if self.survives_io_errors
                                       else "; libX11 < 1.7 will now end the process"))
        return 0

    def _on_io_exit(self, dpy: int | None, user_data: int | None) -> None:
        # Returning tells Xlib (>= 1.7) to carry on; later requests fail fast.
        self._mark_lost("connection broken")


class QtDisplayGuard:
    """Keeps the X server going away from ending the app before it can save.

    WORKAROUND for Qt's xcb platform: Qt gives its Xlib display an I/O-error
    handler that ends in Xlib's default one, which calls ``exit(1)`` on the
    spot; when the X server goes away (the session ends) and an Xlib call of
    Qt's meets it first, the process is gone without saving (about one run in
    ten). Qt's XCB side, which sees the same broken connection, leaves the
    event loop instead, so the app saves and quits. This replaces the
    process-wide I/O-error handler with one that returns, and gives Qt's
    display an exit handler that returns too (libX11 >= 1.7), so the XCB side
    always gets to end the app. ``XDisplay`` passes errors of other displays
    on to this handler. Call :meth:`release` once the app has saved (before Qt
    closes its display), so Xlib never calls a freed callback.

    Args:
        display: Qt's ``Display*`` (``QNativeInterface.QX11Application.display()``).
        loader: loads libX11.
    """

    def __init__(self, display: int, *, loader: LibraryLoader = load_library) -> None:
        self.installed = False
        try:
            lib = loader("X11")
            set_exit_handler = lib.XSetIOErrorExitHandler
        except (OSError, AttributeError) as exc:
            log.info("the X server going away may end the app before it saves: %s", exc)
            return
        # Kept here: Xlib may call them for as long as the process lives.
        self._io_cb = _IOErrorHandler(lambda _dpy: 0)
        self._exit_cb = _IOErrorExitHandler(lambda _dpy, _data: None)
        lib.XSetIOErrorHandler.argtypes = (ctypes.c_void_p,)
        lib.XSetIOErrorHandler.restype = ctypes.c_void_p
        set_exit_handler.argtypes = (ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p)
        set_exit_handler.restype = None
        self._lib, self._display, self._set_exit_handler = lib, display, set_exit_handler
        self._previous = lib.XSetIOErrorHandler(ctypes.cast(self._io_cb, ctypes.c_void_p))
        set_exit_handler(display, ctypes.cast(self._exit_cb, ctypes.c_void_p), None)
        self.installed = True

    def release(self) -> None:
        """Put Qt's I/O-error handler and Xlib's default exit handler back."""
        if self.installed:
            self.installed = False
            self._lib.XSetIOErrorHandler(self._previous)
            self._set_exit_handler(self._display, None, None)  # NULL: Xlib's default


def open_display(display_name: str | None, *, purpose: str,
                 loader: LibraryLoader = load_library) -> XDisplay | None:
    """A private connection for one question, or None when it cannot be opened
    (logged as "cannot PURPOSE: why", e.g. "tell whether windows are blended")."""
    try:
        return XDisplay(display_name, loader=loader)
    except XlibError as exc:
        log.info("cannot %s: %s", purpose, exc)
        return None
