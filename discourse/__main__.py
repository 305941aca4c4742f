"""``python -m discourse`` is the ``discourse`` command."""

import sys

try:
    from .run.cli import main
except KeyboardInterrupt:  # Ctrl-C while the kit is still loading: nothing was started
    print("discourse: interrupted while starting; nothing was read or written.", file=sys.stderr)
    sys.exit(130)

sys.exit(main())
