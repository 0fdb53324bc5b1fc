"""Run the property-based tests of tests/test_fuzz.py with many examples (default 10,000 each).

usage: python benchmarks/fuzz.py [EXAMPLES]
Prints pytest's summary: every mutated seed file and import must end in nato-kg's own error.
"""

import os
import subprocess
import sys
from pathlib import Path

examples = sys.argv[1] if len(sys.argv) > 1 else "10000"
root = Path(__file__).resolve().parent.parent
env = {**os.environ, "NATO_KG_FUZZ_EXAMPLES": examples}
sys.exit(subprocess.call([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_fuzz.py"], cwd=root, env=env))
