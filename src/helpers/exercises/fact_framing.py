"""Fact or framing: a check prepared for an exercise of the notebooks' rebuild (notebook 07).

The case study says that al-Kadhimi أدار *adāra* "chaired" the third round of the strategic
dialogue (الحوار الاستراتيجي الذي قاده الكاظمي, "the dialogue al-Kadhimi led"). The record says
the round was held by video link between delegations led by the two foreign ministers. The
exercise asks students to set the article's claim beside the record: who led Iraq's delegation?
The record, its sources and its caveats are a data file, ``annotations/claims_case_study.tsv``
(see ``data/annotations/README.md``); nothing about the event is written down here.

The check is registered as exercise 5 of notebook 07 (``helpers.exercises.nb07.check_round_leader``,
a wrapper that gives it its id and staged hints); the notebook shows the claims from the data file
before the exercise and the record after it.

>>> check_round_leader("فؤاد حسين")
✓ Correct. The record: the third round was held by video link on Wednesday 7 April 2021 between delegations led by the foreign ministers: Fuad Hussein for Iraq, Antony Blinken for the United States. The article gives the round to the prime minister (أدار رئيس مجلس الوزراء، مصطفى الكاظمي): a fact bent to give credit, which is framing.
>>> check_round_leader("الكاظمي")
✗ Not yet. That is what the article says (أدار رئيس مجلس الوزراء، مصطفى الكاظمي، أمس الأربعاء، الجولة الثالثة), not what the record says.
   Hint: Read the record of the round (the facts behind the comparison texts, or the joint statement): at what level was it held, and who headed Iraq's delegation?
"""

from __future__ import annotations

import csv
from functools import lru_cache
from typing import Any

import pandas as pd

from helpers.data import data_path
from helpers.exercises.feedback import Feedback, correct, not_yet, unanswered
from helpers.exercises.texts import case_study_text
from helpers.text.normalize import normalize_ar

__all__ = ["CLAIMS_FILE", "GENERIC_HINT", "check_round_leader", "read_claims_ar"]

#: The claims of the case study set against the record, relative to the data folder.
CLAIMS_FILE = "annotations/claims_case_study.tsv"
_COLUMNS = ["id", "start", "end", "text", "claim", "record", "verdict", "answer_ar", "answer_en", "sources"]

#: The hint of a wrong answer the check does not recognise (a registered exercise shows its staged hints instead).
GENERIC_HINT = _HINT = ("Read the record of the round (the facts behind the comparison texts, or the joint statement): "
         "at what level was it held, and who headed Iraq's delegation?")
# Other ways to name the answer: the office, and transliterations of the name.
_OFFICE = {"وزير الخارجية", "وزير خارجية العراق", "foreign minister", "the foreign minister", "iraq's foreign minister",
           "minister of foreign affairs"}
_SPELLINGS = {"fuad hussein": {"fouad hussein", "fuad husayn", "fuad hussain", "fouad hussain", "fu'ad husayn"}}
_ARTICLE_SIDE = {"الكاظمي", "مصطفى الكاظمي", "رئيس الوزراء", "رئيس مجلس الوزراء", "kadhimi", "al-kadhimi",
                 "mustafa al-kadhimi", "kazemi", "al-kazemi", "the prime minister", "prime minister"}
_US_SIDE = {"بلينكن", "انتوني بلينكن", "blinken", "antony blinken", "anthony blinken", "secretary of state"}
_PRESIDENT = {"بايدن", "الرئيس بايدن", "biden", "joe biden", "president biden"}


@lru_cache(maxsize=1)
def _claims() -> pd.DataFrame:
    path = data_path(CLAIMS_FILE)
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows[0] != _COLUMNS:
        raise ValueError(f"{CLAIMS_FILE}: expected columns {', '.join(_COLUMNS)}")
    frame = pd.DataFrame(rows[1:], columns=_COLUMNS)
    frame[["start", "end"]] = frame[["start", "end"]].astype(int)
    return frame


def read_claims_ar(*, text: str | None = None) -> pd.DataFrame:
    """The case study's claims set against the record (columns as in the file's header).

    Args:
        text: the case study, to check the offsets against (default: read it).

    Raises:
        ValueError: if a claim's offsets do not give its text back.

    >>> read_claims_ar()[["id", "verdict"]].values.tolist()
    [['k1', 'overstated'], ['k2', 'framing'], ['k3', 'framing'], ['k4', 'consistent']]
    """
    article = case_study_text() if text is None else text
    frame = _claims().copy()
    for row in frame.itertuples():
        if article[row.start:row.end] != row.text:
            raise ValueError(f"{CLAIMS_FILE}: claim {row.id} does not match the text at {row.start}:{row.end}")
    return frame


def _key(answer: str) -> str:
    """A name for comparison: normalized, lower case, hamza seats and spacing ignored (فواد = فؤاد)."""
    plain = normalize_ar(answer.strip().lower().replace("’", "'")).replace("ؤ", "و").replace("ئ", "ي")
    return " ".join(plain.split())


def check_round_leader(answer: Any, *, claim: str = "k2") -> Feedback:
    """Check who led Iraq's delegation in the round, by the record of claim ``claim``.

    Accepted: the name as the record gives it, in Arabic or English (common transliterations
    too), or the office (the foreign minister).
    """
    if (empty := unanswered(answer, hint=_HINT)) is not None:
        return empty
    claims = read_claims_ar().set_index("id")
    if claim not in claims.index or not claims.loc[claim, "answer_ar"]:
        raise ValueError(f"claim {claim!r} has no answer in {CLAIMS_FILE}")
    row = claims.loc[claim]
    if not isinstance(answer, str) or not answer.strip():
        return not_yet("The answer should be a person's name (a str).", hint=_HINT)
    given = _key(answer)
    names = {_key(row["answer_ar"]), _key(row["answer_en"])}
    names |= {_key(s) for s in _SPELLINGS.get(row["answer_en"].lower(), ())}
    framing = (f"The article gives the round to the prime minister ({claims.loc['k2', 'text'][:37]}): a fact bent to "
               "give credit, which is framing.")
    if given in names or given in {_key(o) for o in _OFFICE}:
        return correct(f"The record: {row['record']}. {framing}")
    if given in {_key(s) for s in _ARTICLE_SIDE}:
        return not_yet(f"That is what the article says ({row['text']}), not what the record says.", hint=_HINT)
    if given in {_key(s) for s in _US_SIDE}:
        return not_yet("He led the US delegation; the question is about Iraq's.",
                       hint="His counterpart, who held the same office in Baghdad, led Iraq's delegation.")
    if given in {_key(s) for s in _PRESIDENT}:
        return not_yet("The article names Biden as head of the US administration (برئاسة الرئيس بايدن), but neither "
                       "head of government led a delegation in this round.", hint=_HINT)
    return not_yet(f"The record does not name {answer.strip()} as the head of Iraq's delegation.", hint=_HINT)
