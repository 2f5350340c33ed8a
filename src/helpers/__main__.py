"""Allow ``python -m helpers ...``."""

import sys

from helpers.cli import main

if __name__ == "__main__":
    sys.exit(main())
