"""``python -m bot`` does what the ``pollwatch`` command does."""

import sys

from bot.cli import main

sys.exit(main())
