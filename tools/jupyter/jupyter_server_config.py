"""Jupyter server settings that `./kit lab` adds (through JUPYTER_CONFIG_PATH); the user's own
configuration is read as well and nothing in the user's home is changed.

- Notebooks do not change by being opened or saved: the kit's kernel (tools/jupyter/kernels)
  reports the metadata the notebooks store, and a pre-save hook writes only that metadata (no
  Python version, no machine-specific fields; a student copy keeps the record of the notebook
  it was made from) and drops cell execution timings.
- Kernels talk to the server over CurveZMQ encryption where the kernel supports it, so ipykernel
  no longer warns at every start that it runs over TCP without encryption.
- No news pop-up and no update check (the kit works offline).
"""

import json
import warnings
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_STORED = json.loads((_HERE / "notebook_metadata.json").read_text(encoding="utf-8"))
# Metadata a save keeps: a student copy's record of the notebook it was made from (./kit grade).
_KEPT = ("arabic_discourse_lab",)


def keep_notebook_metadata_clean(model, path, contents_manager, **kwargs):
    """Pre-save hook: the notebook keeps only the kit's kernelspec and language_info."""
    if model.get("type") != "notebook" or not isinstance(model.get("content"), dict):
        return
    notebook = model["content"]
    metadata = notebook.get("metadata", {})
    kernelspec = metadata.get("kernelspec", {})
    if kernelspec.get("name", _STORED["kernelspec"]["name"]) != _STORED["kernelspec"]["name"]:
        return  # another kernel: not one of the kit's notebooks
    kept = {key: metadata[key] for key in _KEPT if key in metadata}
    notebook["metadata"] = {**{key: dict(value) for key, value in _STORED.items()}, **kept}
    for cell in notebook.get("cells", []):
        cell_metadata = cell.get("metadata", {})
        cell_metadata.pop("execution", None)


c = get_config()  # noqa: F821 (defined by the configuration loader)
c.FileContentsManager.pre_save_hook = keep_notebook_metadata_clean
# The server applies its configuration twice (once more for the lab extension): the same hook
# replacing itself is not news.
warnings.filterwarnings("ignore", message=r"Overriding existing pre_save_hook \(keep_notebook_metadata_clean\)")
c.MappingKernelManager.transport_encryption = "auto"
c.LabApp.news_url = None
# The lab's settings overrides (fetchNews and checkForUpdates off) come from the kit's folder.
c.LabApp.app_settings_dir = str(_HERE / "labsettings")
c.LabApp.check_for_updates_class = "jupyterlab.NeverCheckForUpdate"
