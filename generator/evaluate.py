"""`python -m generator.evaluate`: measure the extraction (see generator/measure/scores.py)."""

import sys

from generator.measure.scores import main

if __name__ == "__main__":
    sys.exit(main())
