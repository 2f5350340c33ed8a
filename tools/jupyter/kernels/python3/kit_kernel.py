"""The kit's Python kernel for ``./kit lab``: ipykernel, reporting the notebooks' stored language_info.

ipykernel reports the exact Python version (``3.11.7``) in ``language_info``; JupyterLab copies
what the kernel reports into the notebook, so every notebook opened on another Python looked
edited and saving wrote the version into a committed file. This kernel reports the same fields
without the version (``tools/jupyter/notebook_metadata.json``), which is what the notebooks store.
"""

import json
import sys
from pathlib import Path

# Like ipykernel_launcher: the script's own folder must not shadow the notebook's imports.
if sys.path and Path(sys.path[0] or ".").resolve() == Path(__file__).resolve().parent:
    del sys.path[0]

from ipykernel.ipkernel import IPythonKernel  # noqa: E402
from ipykernel.kernelapp import IPKernelApp  # noqa: E402

_STORED = json.loads((Path(__file__).resolve().parents[2] / "notebook_metadata.json").read_text(encoding="utf-8"))


class KitKernel(IPythonKernel):
    """IPythonKernel whose ``language_info`` leaves out the machine's Python version."""

    language_info = _STORED["language_info"]


if __name__ == "__main__":
    IPKernelApp.launch_instance(kernel_class=KitKernel)
