"""Entry point: ``psoas-desk`` and ``python -m psoas_desk``."""

from __future__ import annotations

import os
import sys

EXIT_BROKEN_PIPE = 128 + 13
"""What a shell reports for a program ended by SIGPIPE, as ``head`` leaves ``cat``."""


def main(argv: list[str] | None = None) -> int:
    """Run the command line: start the app or talk to the running one.

    A reader that stops early (``psoas-desk status | head -1``) closes the
    pipe; that ends the command quietly, as it ends ``cat``, instead of with
    a BrokenPipeError traceback.
    """
    from psoas_desk import cli

    try:
        code = cli.main(sys.argv[1:] if argv is None else argv)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python flushes stdout again at exit; point it at /dev/null so that
        # flush cannot fail too (the recipe in the signal module's docs).
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    return code


if __name__ == "__main__":
    sys.exit(main())
