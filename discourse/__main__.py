"""``python -m discourse`` is the ``discourse`` command."""

import sys

from .run.cli import main

sys.exit(main())
