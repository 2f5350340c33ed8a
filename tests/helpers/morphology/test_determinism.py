"""The same readings whatever PYTHONHASHSEED: two fresh processes with different seeds agree."""

from __future__ import annotations

import os
import subprocess
import sys

# Words whose analyses farahidi used to list in an order that followed Python's string hashing
# (its candidate roots were a set), plus function words, names and clitic-heavy forms.
WORDS = "ملمين ملم الحوار من في لكن كما بعد الماضي وعد نقل يقام فوزا لندن وغلاسكو عليها لأنه الوزير محمد دولار مستعملين مهمين البلاد المستوى المشكلة مشكلات أخرى القاضي قادرة حسين شارون طوكيو".split()

CODE = (
    "import sys\n"
    "from helpers.morphology import AnalysisCache, analyze_morphology_ar, candidates_ar\n"
    "words = sys.argv[1].split()\n"
    "table = analyze_morphology_ar(' '.join(words), cache=AnalysisCache(), in_context=False)\n"
    "print(table[['lemma', 'root', 'pos', 'proclitics', 'enclitics']].to_csv(index=False))\n"
    "print(analyze_morphology_ar(' '.join(words), cache=AnalysisCache()).to_csv(index=False))\n"
    "for w in words: print(candidates_ar(w, cache=AnalysisCache()).to_csv(index=False))\n"
)


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "ADL_CACHE": "off"}
    done = subprocess.run([sys.executable, "-c", CODE, " ".join(WORDS)], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_readings_do_not_depend_on_the_hash_seed() -> None:
    assert _run("1") == _run("12345")
