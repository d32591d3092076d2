"""Entry point: ``psoas-desk`` and ``python -m psoas_desk``."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the command line: start the app or talk to the running one."""
    from psoas_desk import cli

    return cli.main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
