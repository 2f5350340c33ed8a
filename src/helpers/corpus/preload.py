"""Imported by the fork server of a corpus run's worker pool: loads the analyzer once for all workers.

:class:`helpers.corpus.workers.BatchExecutor` starts its worker processes from a ``forkserver``
(where the platform has one) and names this module as the server's preload, with
:data:`PRELOAD_VARIABLE` set in the server's environment. The server then runs
:func:`helpers.corpus.batch.load_shared_state` once, and every worker forked from it starts with
the analyzer, its language model and the lexicons already in memory, in pages it shares with the
server and the other workers for as long as it only reads them.

Imported anywhere else (without :data:`PRELOAD_VARIABLE`), it does nothing. If loading fails, the
server goes on without it and each worker loads what it needs itself, as before: slower, same
output.
"""

from __future__ import annotations

import os
import sys

__all__ = ["PRELOAD_VARIABLE"]

#: Set to ``"1"`` in the fork server's environment (only there) to have this module load the analyzer.
PRELOAD_VARIABLE = "ADL_WORKER_PRELOAD"

if os.environ.pop(PRELOAD_VARIABLE, None) == "1":
    try:
        from helpers.corpus.batch import load_shared_state

        load_shared_state()
    except Exception as err:  # noqa: BLE001 - the workers load it themselves then
        print(f"corpus: the workers could not share the analyzer ({type(err).__name__}: {err}); each loads its own",
              file=sys.stderr)
