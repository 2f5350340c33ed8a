"""Tests for the rhetorical-device detectors (helpers.rhetoric.devices and its modules).

Every detector gets small Arabic sentences written for these tests: cases it must find and cases
it must not (a list of two is not a triad, a repeated function word is not anaphora, antonyms far
apart are not antithesis, one word repeated is repetition and not jinas).
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.text.load import TextInputError
from helpers.rhetoric.devices import (
    DEVICE_TYPES,
    Device,
    devices_to_frame,
    find_anaphora_ar,
    find_antithesis_ar,
    find_devices_ar,
    find_jinas_ar,
    find_metaphor_candidates_ar,
    find_quotes_exclamations_questions_ar,
    find_repetition_ar,
    find_saj_ar,
    find_triads_ar,
    find_us_them_ar,
)
from helpers.rhetoric.devices_base import light_stem_ar, text_words_ar
from helpers.rhetoric.ideology import CASE_STUDY_CAMPS, load_actors_ar
from helpers.text.spans import check_spans
from helpers.text.tokenize import word_tokens_ar

FILLER = "كتاب قلم باب شمس قمر نهر جبل بحر شجر حجر ورق مطر بيت سوق"


def _table(text: str, rows: dict[str, tuple[str, str, str]]) -> pd.DataFrame:
    """A hand-made morphology table: word -> (lemma, root, pos_coarse); other words get themselves."""
    out = []
    for t in word_tokens_ar(text):
        lemma, root, pos = rows.get(t.text, (t.text, "", "NOUN"))
        out.append({"start": t.start, "end": t.end, "token": t.text, "lemma": lemma, "root": root,
                    "pos_coarse": pos, "proclitics": "و" if t.text.startswith("و") and t.text not in rows else ""})
    return pd.DataFrame(out)


def _texts(found: list[Device]) -> list[str]:
    return [d.text for d in found]


# ------------------------------------------------------------------------------------------------
# repetition and anaphora

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("وضعوا تصورات مشتركة ومباحثات مشتركة.", ["مشتركة ومباحثات مشتركة"], id="same-word-close"),
        pytest.param("زار الكاظمي بغداد ثم عاد الكاظمي إليها.", ["الكاظمي بغداد ثم عاد الكاظمي"], id="name-instead-of-pronoun"),
        pytest.param("القوات في البلاد، وخصوصاً القوات المقاتلة.", ["القوات في البلاد، وخصوصاً القوات"], id="article-and-clitics"),
        pytest.param("ذهب في الصباح وعاد في المساء.", [], id="function-word-is-not-repetition"),
        pytest.param(f"السلام مطلوب {FILLER} السلام ممكن.", [], id="too-far-apart"),
        pytest.param("الحرب مدمرة.\n\nالحرب قادمة.", [], id="different-paragraphs"),
    ],
)
def test_repetition(text: str, expected: list[str]) -> None:
    assert _texts(find_repetition_ar(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("بالمزيد من العمل، والمزيد من البناء.", ["بالمزيد من العمل، والمزيد من البناء"], id="discourse-phrase"),
        pytest.param("لا يمكن أن نقبل. لا يمكن أن نصمت.", ["لا يمكن أن نقبل. لا يمكن أن نصمت"], id="two-function-words-across-sentences"),
        pytest.param("العراق أولاً، العراق دائماً، العراق أبداً.", ["العراق أولاً، العراق دائماً، العراق أبداً"], id="content-word-three-clauses"),
        pytest.param("قال إن الوفد وصل، وأن المحادثات بدأت.", [], id="lone-function-word"),
        pytest.param("ذهب أحمد، وعاد محمد، وبقي علي.", [], id="lone-waw-is-not-anaphora"),
        pytest.param("في بغداد اجتماع، في البصرة احتفال.", [], id="lone-preposition"),
    ],
)
def test_anaphora(text: str, expected: list[str]) -> None:
    assert _texts(find_anaphora_ar(text)) == expected


def test_anaphora_parts_are_the_openings() -> None:
    text = "بالمزيد من العمل، والمزيد من البناء."
    (d,) = find_anaphora_ar(text)
    assert [text[s:e] for s, e in d.parts] == ["بالمزيد من", "والمزيد من"]


# ------------------------------------------------------------------------------------------------
# triads and lists

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("ستنتهي بالكوارث والحروب والويلات.", [("triad", "بالكوارث والحروب والويلات")], id="triad-of-nouns"),
        pytest.param("تحسن الأمن والاقتصاد والتعليم والصحة.", [("list", "الأمن والاقتصاد والتعليم والصحة")], id="list-of-four"),
        pytest.param("نريد جيشاً محترفاً، وقضاء نزيهاً، وإعلاماً حراً.", [("triad", "جيشاً محترفاً، وقضاء نزيهاً، وإعلاماً حراً")], id="comma-and-waw"),
        pytest.param("زار الوزير البصرة والموصل.", [], id="two-is-not-a-triad"),
        pytest.param("أدار رئيس الوزراء، مصطفى الكاظمي، أمس الأربعاء، الجولة.", [], id="apposition-commas-without-waw"),
        pytest.param("وصل الوفد الوطني ووضع الوزير خطة.", [], id="radical-waw-is-not-a-conjunction"),
        pytest.param("ذهب إلى البيت والسوق، وقال إن المدرسة مغلقة.", [], id="items-not-parallel"),
    ],
)
def test_triads(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.device, d.text) for d in find_triads_ar(text)] == expected


def test_clause_triad_needs_morphology() -> None:
    text = "يستثمر الوزير في التعليم، ويراهن على الشباب، ويحاول أن يصلح المدارس."
    verbs = {"يستثمر": ("استثمر", "ثمر", "VERB"), "ويراهن": ("راهن", "رهن", "VERB"), "ويحاول": ("حاول", "حول", "VERB")}
    table = _table(text, verbs)
    table.loc[table.token.isin(["ويراهن", "ويحاول"]), "proclitics"] = "و"
    assert find_triads_ar(text) == []
    (d,) = find_triads_ar(text, morphology=table)
    assert d.device == "triad" and d.text == text[:-1]


def test_light_stem_keeps_radical_waw() -> None:
    assert light_stem_ar("وطني") == ("وطني", False)
    assert light_stem_ar("والوطني") == ("وطني", True)


# ------------------------------------------------------------------------------------------------
# antithesis

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("لا سلام مع الحرب.", [("طباق", "سلام مع الحرب")], id="antonyms-close"),
        pytest.param("تبدو جوهرية ظاهراً، لكنها في العمق قابلة للحل.", [("طباق", "ظاهراً، لكنها في العمق")], id="tanwin-alef"),
        pytest.param(f"جاء السلام. {FILLER} ثم عادت الحرب.", [], id="far-apart"),
        pytest.param("الحرب والحرب.", [], id="same-word"),
    ],
)
def test_antithesis(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.term_ar, d.text) for d in find_antithesis_ar(text)] == expected


def test_muqabala_from_negation_and_antonyms() -> None:
    text = "لن تنتهي بالسلام، بل ستنهي بالحروب."
    table = _table(text, {"تنتهي": ("انتهى", "نهي", "VERB"), "ستنهي": ("أنهى", "نهي", "VERB"),
                          "بالسلام": ("سلام", "سلم", "NOUN"), "بالحروب": ("حرب", "حرب", "NOUN")})
    (d,) = find_antithesis_ar(text, morphology=table)
    assert d.term_ar == "مقابلة"
    assert [text[s:e] for s, e in d.parts] == ["تنتهي", "بالسلام", "ستنهي", "بالحروب"]


def test_antithesis_with_own_table() -> None:
    antonyms = pd.DataFrame({"term_a": ["ليل"], "term_b": ["نهار"]})
    assert _texts(find_antithesis_ar("سهر الليل وتعب النهار.", antonyms=antonyms)) == ["الليل وتعب النهار"]


# ------------------------------------------------------------------------------------------------
# jinas al-ishtiqaq

JINAS_TEXT = "الحوار وسيلة محورية"
JINAS_ROWS = {"الحوار": ("حوار", "حور", "NOUN"), "وسيلة": ("وسيلة", "وسل", "NOUN"), "محورية": ("محوري", "حور", "ADJ")}


def test_jinas_found_from_roots() -> None:
    (d,) = find_jinas_ar(JINAS_TEXT, morphology=_table(JINAS_TEXT, JINAS_ROWS))
    assert [JINAS_TEXT[s:e] for s, e in d.parts] == ["الحوار", "محورية"]
    assert "ح-و-ر" in d.explanation


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        pytest.param("الحوار ثم الحوار", {"الحوار": ("حوار", "حور", "NOUN")}, id="same-word-is-repetition-not-jinas"),
        pytest.param("الحوار مع مصر", {"الحوار": ("حوار", "حور", "NOUN"), "مصر": ("مصر", "مصر", "PROPN")}, id="different-roots"),
        pytest.param(f"الحوار {FILLER} محورية", JINAS_ROWS, id="too-far-apart"),
    ],
)
def test_jinas_not_found(text: str, rows: dict[str, tuple[str, str, str]]) -> None:
    assert find_jinas_ar(text, morphology=_table(text, rows)) == []


def test_jinas_without_roots_warns() -> None:
    with pytest.warns(UserWarning, match="needs roots"):
        assert find_jinas_ar(JINAS_TEXT, morphology=False) == []


# ------------------------------------------------------------------------------------------------
# saj'

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("سافر في الليل البهيم، وعاد بالخبر العظيم.", ["يم"], id="shared-two-letters"),
        pytest.param("ظهرت الحقيقة بصدق وموثوقية، وانتهت الأزمة بلا مصداقية.", ["قي"], id="teh-marbuta-ignored"),
        pytest.param("جاء الضيف الكريم، ورحب به الشيخ الحكيم، وقدم له الطعام العظيم.", ["يم"], id="three-clauses"),
        pytest.param("انتهت جولة المفاوضات، وبدأت الويلات.", [], id="inflectional-suffix-alone"),
        pytest.param("ذهب إلى البيت، وعاد إلى البيت.", [], id="same-word-is-epistrophe"),
        pytest.param("وصل الوفد إلى بغداد، وبدأت المحادثات.", [], id="no-rhyme"),
    ],
)
def test_saj(text: str, expected: list[str]) -> None:
    assert [d.explanation.rsplit("-", 1)[1].rstrip(")") for d in find_saj_ar(text)] == expected


# ------------------------------------------------------------------------------------------------
# scare quotes, exclamations, questions

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('انتصرت "الحكمة" أخيراً.', [("scare_quotes", '"الحكمة"')], id="straight-quotes"),
        pytest.param("فشل ما يسمى «الإصلاح» مرة أخرى.", [("scare_quotes", "«الإصلاح»")], id="distancing-phrase"),
        pytest.param('قال الوزير: "سنواصل العمل".', [], id="reported-speech"),
        pytest.param("نشرت الصحيفة «هذه جملة طويلة جدا فيها كلمات كثيرة» أمس.", [], id="long-quotation"),
        pytest.param("يا له من يوم!", [("exclamation", "يا له من يوم!")], id="exclamation"),
        pytest.param("ألم نقل ذلك؟", [("rhetorical_question", "ألم نقل ذلك؟")], id="negative-interrogative"),
        pytest.param("هل هذا إلا وهم؟", [("rhetorical_question", "هل هذا إلا وهم؟")], id="hal-illa"),
        pytest.param("هل تغير شيء؟ نعم، تغير الكثير.", [], id="answered-question"),
        pytest.param("انتهى الاجتماع بهدوء.", [], id="plain-statement"),
    ],
)
def test_marks(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.device, d.text) for d in find_quotes_exclamations_questions_ar(text)] == expected


def test_question_explanations_name_the_kind() -> None:
    (d,) = find_quotes_exclamations_questions_ar("ألم نقل ذلك؟")
    assert "taqriri" in d.explanation
    (d,) = find_quotes_exclamations_questions_ar("إلى متى ننتظر؟")
    assert "candidate" in d.explanation


# ------------------------------------------------------------------------------------------------
# metaphor candidates

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("انتصرت الدبلوماسية في بغداد.", ["انتصرت الدبلوماسية"], id="war-word-abstract-target"),
        pytest.param("يبعد العراق عن الوقوع في الفخ.", ["العراق عن الوقوع في الفخ"], id="trap-with-state-actor"),
        pytest.param("انتصرت القوات في المعركة.", [], id="literal-war"),
        pytest.param("وقع الطفل في الحفرة.", [], id="no-source-word"),
    ],
)
def test_metaphor_candidates(text: str, expected: list[str]) -> None:
    assert _texts(find_metaphor_candidates_ar(text)) == expected


def test_metaphor_explanation_asks_the_reader() -> None:
    (d,) = find_metaphor_candidates_ar("انتصرت الدبلوماسية في بغداد.")
    assert "judge" in d.explanation and "war" in d.explanation


# ------------------------------------------------------------------------------------------------
# us / them

# With the case study's domain lexicon and camps, passed explicitly.
CASE = {"actors": load_actors_ar(), "camps": CASE_STUDY_CAMPS, "morphology": False}


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [
        pytest.param("نجح الكاظمي بحنكة.", CASE, ["us", "positive"], id="our-good"),
        pytest.param("فشلت الميليشيات فشلاً ذريعاً.", CASE, ["them", "negative"], id="their-bad"),
        pytest.param("انتصرت واشنطن بحنكة.", {**CASE, "camps": {"them": {"us_government"}}}, ["them", "positive"],
                     id="camps-passed-by-user"),
        pytest.param("نجح الشعب السوري بحكمة وشجاعة.", {"morphology": False}, ["us (الشعب السوري", "positive"],
                     id="text-group-and-derived-camp"),
        pytest.param("فشلت واشنطن فشلاً ذريعاً ومؤسفاً.", {"morphology": False}, ["them (واشنطن", "negative"],
                     id="text-place-as-collective-actor"),
        pytest.param("انتصرت واشنطن بحنكة.", {"camps": {"them": {"واشنطن"}}, "morphology": False},
                     ["them (واشنطن", "positive"], id="text-actor-camp-passed-by-user"),
    ],
)
def test_us_them(text: str, options: dict, expected: list[str]) -> None:
    (d,) = find_us_them_ar(text, **options)
    assert all(word in d.explanation for word in expected)


@pytest.mark.parametrize(
    ("text", "options"),
    [
        pytest.param("زار الكاظمي بغداد أمس.", CASE, id="no-evaluation"),
        pytest.param("نجاح كبير للمنتخب في المباراة.", CASE, id="no-actor"),
        pytest.param("قالت إيران إن الحل ناجح.", CASE, id="actor-in-no-camp"),
        pytest.param("نجح الكاظمي بحنكة.", {"morphology": False}, id="not-a-name-without-the-lexicon"),
        pytest.param("نجحت تونس.", {"morphology": False}, id="one-evaluation-makes-no-camp"),
    ],
)
def test_us_them_not_found(text: str, options: dict) -> None:
    assert find_us_them_ar(text, **options) == []


def test_negation_flips_but_not_inside_the_actors_scope() -> None:
    (d,) = find_us_them_ar('وانتهى الأمر دون ضجيج " وكاتيوشا ".', **CASE)
    assert "them" in d.explanation and "negative" in d.explanation


def test_bad_camps() -> None:
    with pytest.raises(ValueError, match="both camps"):
        find_us_them_ar("نجح الكاظمي.", actors=load_actors_ar(), camps={"us": {"isis"}, "them": {"isis"}}, morphology=False)


# ------------------------------------------------------------------------------------------------
# the Device record and find_devices_ar

def test_device_label_must_be_the_device() -> None:
    with pytest.raises(ValueError, match="label must be its device"):
        Device(0, 3, "أمس", "token", "repetition", "تكرار", "x")
    with pytest.raises(ValueError, match="unknown device"):
        Device(0, 3, "أمس", "pun", "pun", "تورية", "x")
    with pytest.raises(ValueError, match="one line"):
        Device(0, 3, "أمس", "repetition", "repetition", "تكرار", "a\nb")


UNSEEN = (
    "الحرية تنتصر في المدينة\n\n"
    "قال الكاتب إن الشعب يريد العدل والحرية والكرامة، ويرفض الظلم والفساد والفوضى. "
    "ألم يحن الوقت؟ بالمزيد من الصبر، والمزيد من العمل، والمزيد من الأمل نبني المستقبل!\n\n"
    "لا سلام مع الحرب، ولا أمن مع الخوف. وقد نجح الرئيس مصطفى الكاظمي بحنكة وحكمة، بينما فشلت الميليشيات في كل شيء. "
    'ويبقى ما يسمى "الحل" بعيداً، فالبلاد تدفع فواتير الماضي.'
)


def test_find_devices_on_an_unseen_text() -> None:
    found = find_devices_ar(UNSEEN, morphology=False)
    check_spans(UNSEEN, found)
    assert found == sorted(found, key=lambda d: (d.start, d.end, d.device))
    assert all(d.device in DEVICE_TYPES and d.explanation and "\n" not in d.explanation for d in found)
    kinds = {d.device for d in found}
    assert {"triad", "anaphora", "antithesis", "rhetorical_question", "exclamation", "scare_quotes",
            "metaphor_candidate", "us_them"} <= kinds
    # The repeated openings of the anaphora are not reported again as repetition.
    assert not any(d.device == "repetition" and "مزيد" in d.explanation for d in found)
    frame = devices_to_frame(found)
    assert list(frame.columns) == ["start", "end", "text", "label", "device", "term_ar", "explanation", "parts", "target"]


def test_find_devices_is_deterministic_and_selectable() -> None:
    assert find_devices_ar(UNSEEN, morphology=False) == find_devices_ar(UNSEEN, morphology=False)
    only = find_devices_ar(UNSEEN, morphology=False, detectors=["marks"])
    assert {d.device for d in only} <= {"scare_quotes", "exclamation", "rhetorical_question"}


def test_find_devices_with_a_table_finds_jinas() -> None:
    found = find_devices_ar(JINAS_TEXT, morphology=_table(JINAS_TEXT, JINAS_ROWS), detectors=["jinas"])
    assert [d.device for d in found] == ["jinas_ishtiqaq"]


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        pytest.param(lambda: find_devices_ar("   "), TextInputError, "empty", id="empty"),
        pytest.param(lambda: find_devices_ar("English only."), TextInputError, "no Arabic", id="no-arabic"),
        pytest.param(lambda: find_devices_ar("نص", detectors=["puns"]), ValueError, "unknown detector", id="bad-detector"),
        pytest.param(lambda: find_devices_ar("نص عربي", morphology="farahidi"), TypeError, "DataFrame", id="bad-morphology"),
    ],
)
def test_bad_input(call, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        call()


def test_words_know_their_units() -> None:
    words = text_words_ar("في الحرب، والسلم.\n\nجديد")
    assert [(w.text, w.clause, w.sentence, w.paragraph) for w in words] == [
        ("في", 0, 0, 0), ("الحرب", 0, 0, 0), ("والسلم", 1, 0, 0), ("جديد", 2, 1, 1)]


@pytest.mark.parametrize(
    ("text", "detector", "targets"),
    [
        pytest.param("انتصرت الدبلوماسية في بغداد.", "metaphor", ["الدبلوماسية"], id="metaphor-target-is-the-abstract-noun"),
        pytest.param("نجح الكاظمي بحنكة، وفشل داعش في إرهابه.", "us_them", ["الكاظمي", "داعش"], id="us-them-target-is-the-actor"),
    ],
)
def test_detectors_name_what_a_device_is_about(text: str, detector: str, targets: list[str]) -> None:
    from helpers.rhetoric.devices_semantic import find_metaphor_candidates_ar
    from helpers.rhetoric.ideology import CASE_STUDY_CAMPS, find_us_them_ar, load_actors_ar

    def us_them(t: str) -> list:  # the case study's actors and camps: read from this one sentence alone, no actor gets a camp
        return find_us_them_ar(t, actors=load_actors_ar(), camps=CASE_STUDY_CAMPS)

    find = {"metaphor": find_metaphor_candidates_ar, "us_them": us_them}[detector]
    found = find(text)
    assert [text[d.target[0]:d.target[1]] for d in found] == targets
