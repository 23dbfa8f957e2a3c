"""``python -m mineralpact``: the same as the ``mineralpact`` command."""

import sys

from mineralpact.cli import main

sys.exit(main())
