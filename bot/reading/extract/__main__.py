"""``python -m bot.reading.extract``: see :func:`bot.reading.extract.cli.main`."""

from __future__ import annotations

import sys

from bot.reading.extract.cli import main

if __name__ == "__main__":
    sys.exit(main())
