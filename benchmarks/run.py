"""Run every benchmark script in this folder (``./kit bench``) and print their tables."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    for script in sorted(HERE.glob("*.py")):
        if script.name == "run.py":
            continue
        print(f"\n## {script.stem}\n", flush=True)
        subprocess.run([sys.executable, str(script), *sys.argv[1:]], check=True)
