"""`python -m generator`: the command line (see generator/cli.py)."""

import sys

from generator.cli import main

sys.exit(main())
