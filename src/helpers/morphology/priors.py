"""A frequency prior on clitic segmentation, from word frequencies of unannotated text.

An analyzer that knows ل "for", ك "like" and ف "so" as proclitics will also find them in لكن,
كما, فقط and لندن, and nothing in the word alone says which reading is meant. Word frequencies
do: a written string is used either as a whole word or as clitic + host, and the second use can
only be as common as the host itself times the rate at which that clitic is attached. With
``f`` the frequency of a string in ``wordfreq``'s Arabic list (web, news, subtitles; no
annotation) and ``p(c)`` the rate of clitic ``c`` (:func:`clitic_rates`):

* a segmentation ``c₁ … cₙ + host + e`` is expected ``p(c₁) … p(cₙ) · p(e) · f(host)`` times;
* the word *unsplit* is expected ``f(word)`` minus the expected counts of all its segmentations.

:func:`segmentation_scores` gives these expectations; :func:`preferred_segmentation` names the
segmentation that is at least :data:`MARGIN` times as likely as any other (or ``None`` when the
evidence is weaker: وقال and وكان stay for context to decide; the nisba مصري is not مصر + ي). For كما the unsplit word is about
35 times likelier than ك + ما; for فقط, لكن, بعد, لندن, وزير hundreds of times; for وعد
(promised) about 45 times likelier than و + عُدْ.

**Clitic rates** are estimated once, from the same list: for each clitic, the summed frequency of
the 5,000 commonest words of at least three letters with that clitic attached, over the summed
frequency of those words (the article's ل form and ة → ت before an enclitic are respected).
Nothing here is learnt from an annotated corpus.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import top_n_list, word_frequency

__all__ = ["MARGIN", "PROCLITIC_LETTERS", "clitic_rates", "host_form_ar", "preferred_segmentation", "segmentation_scores", "word_frequency_ar"]

#: How many times likelier the preferred segmentation must be than every other.
MARGIN = 5.0
#: Proclitics whose rates are estimated (the article is part of the host).
PROCLITIC_LETTERS = ("و", "ف", "ب", "ل", "ك", "س")
_ENCLITICS = ("ه", "ها", "هما", "هم", "هن", "ك", "كما", "كم", "كن", "ي", "ني", "نا")

Segmentation = tuple[str, str]  # (proclitics joined, e.g. "وب"; enclitic or "")


@lru_cache(maxsize=200_000)
def word_frequency_ar(form: str) -> float:
    """The frequency of a written form in wordfreq's Arabic list (0.0 if absent).

    >>> word_frequency_ar("كما") > word_frequency_ar("ما") * clitic_rates()["ك"]
    True
    """
    return word_frequency(form, "ar")


def _attach_proclitics(proclitics: str, host: str) -> str:
    if proclitics.endswith("ل") and host.startswith("ال"):
        return proclitics + host[1:]
    return proclitics + host


def _attach_enclitic(host: str, enclitic: str) -> str:
    if enclitic and host.endswith("ة"):
        return host[:-1] + "ت" + enclitic
    return host + enclitic


@lru_cache(maxsize=1)
def clitic_rates() -> dict[str, float]:
    """Estimated rates of each proclitic and enclitic (see the module notes), rounded to 4 places.

    >>> rates = clitic_rates()
    >>> 0.01 < rates["و"] < 0.2 and rates["س"] < rates["و"]
    True
    """
    words = [w for w in top_n_list("ar", 5000) if len(w) >= 3]
    total = sum(word_frequency_ar(w) for w in words)
    rates = {}
    for clitic in PROCLITIC_LETTERS:
        rates[clitic] = sum(word_frequency_ar(_attach_proclitics(clitic, w)) for w in words) / total
    plain = [w for w in words if not w.startswith("ال")]
    for clitic in _ENCLITICS:
        key = "+" + clitic
        rates[key] = sum(word_frequency_ar(_attach_enclitic(w, clitic)) for w in plain) / total
    return {k: round(v, 4) for k, v in rates.items()}


def host_form_ar(form: str, segmentation: Segmentation) -> str | None:
    """The host of ``form`` under a segmentation, as it is written alone; ``None`` if it does not fit.

    >>> host_form_ar("وللحكومة", ("ول", "")), host_form_ar("حكومته", ("", "ه")), host_form_ar("كما", ("ب", ""))
    ('الحكومة', 'حكومة', None)
    """
    proclitics, enclitic = segmentation
    rest = form
    if proclitics:
        if not rest.startswith(proclitics):
            return None
        rest = rest[len(proclitics) :]
        if proclitics.endswith("ل") and rest.startswith("ل") and not rest.startswith("ال"):
            # لل is ل + ال with the alef dropped (للحكومة), or ل + a word in ل (للبنان)
            rest = max(("ا" + rest, rest), key=word_frequency_ar)
    if enclitic:
        if not rest.endswith(enclitic) or len(rest) == len(enclitic):
            return None
        rest = rest[: -len(enclitic)]
        if rest.endswith("ت") and word_frequency_ar(rest[:-1] + "ة") > word_frequency_ar(rest):
            rest = rest[:-1] + "ة"
    return rest if len(rest) >= 2 else None


def _score(form: str, segmentation: Segmentation, rates: dict[str, float]) -> float:
    host = host_form_ar(form, segmentation)
    if host is None:
        return 0.0
    proclitics, enclitic = segmentation
    rate = 1.0
    for clitic in proclitics:
        rate *= rates.get(clitic, 0.0)
    if enclitic:
        rate *= rates.get("+" + enclitic, 0.0)
    return rate * word_frequency_ar(host)


def segmentation_scores(form: str, segmentations: list[Segmentation]) -> dict[Segmentation, float]:
    """Expected frequency of ``form`` under each segmentation; ``("", "")`` is the unsplit word.

    The unsplit word's score is what is left of ``f(form)`` after the clitic segmentations given.
    """
    rates = clitic_rates()
    scores = {s: _score(form, s, rates) for s in dict.fromkeys(segmentations) if s != ("", "")}
    scores[("", "")] = max(word_frequency_ar(form) - sum(scores.values()), 0.0)
    return scores


def preferred_segmentation(form: str, segmentations: list[Segmentation], *, margin: float = MARGIN) -> Segmentation | None:
    """The segmentation of ``form`` at least ``margin`` times as likely as every other, or ``None``.

    ``segmentations`` are the candidates (e.g. those of an analyzer's readings); the unsplit word
    is always a candidate. ``None`` when no string has any frequency or no candidate stands out.

    >>> preferred_segmentation("لكن", [("ل", "")]), preferred_segmentation("فقط", [("ف", "")])
    (('', ''), ('', ''))
    >>> preferred_segmentation("وقال", [("و", "")]) is None, preferred_segmentation("وغلاسكو", [("و", "")])
    (True, ('و', ''))
    """
    scores = segmentation_scores(form, segmentations)
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    best, best_score = ranked[0]
    if best_score <= 0:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    return best if best_score >= margin * runner_up else None
