"""`python -m generator.evaluate`: measure the extraction (see generator/measure/scores.py)."""

import sys

if __name__ == "__main__":
    try:
        from generator.measure.scores import main
    except ImportError:  # an installed wheel: the measuring tools live in the source checkout only
        sys.exit("generator.evaluate: run it from a source checkout (pip install -e .); the wheel leaves it out")
    sys.exit(main())
