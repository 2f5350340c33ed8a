"""Tests for helpers.discourse.connectives: senses, look-alikes, spelling, pairs, clitics."""

from __future__ import annotations

import pytest

from helpers.data import case_study_path
from helpers.discourse.connectives import Connective, find_connectives_ar
from helpers.discourse.lexicon import SENSE_CLASSES
from helpers.text.load import TextInputError, read_text_ar
from helpers.text.spans import check_spans

from discourse_texts import NEWS_AR


def tags(text: str, **options) -> list[tuple[str, str, str]]:
    return [(c.text, c.connective, c.sense) for c in find_connectives_ar(text, **options)]


# One or more sentences per sense (written for these tests); clitics off so only lexicon entries count.
SENSES = [
    pytest.param("غادر الوفد بعد أن انتهى الاجتماع.", [("بعد أن", "بعد أن", "temporal")], id="temporal-succession"),
    pytest.param("درس الطالب الملف ثم كتب تقريره.", [("ثم", "ثم", "temporal")], id="temporal-precedence"),
    pytest.param("صفق الحضور عندما دخل الوزير.", [("عندما", "عندما", "temporal")], id="temporal-synchronous"),
    pytest.param("تأجل الاجتماع لأن الوفد تأخر.", [("لأن", "لأن", "cause")], id="cause-reason"),
    pytest.param("ارتفعت التكاليف، لذلك تأخر المشروع.", [("لذلك", "لذلك", "cause")], id="cause-result"),
    pytest.param("اجتمعوا من أجل وضع خطة.", [("من أجل", "من أجل", "purpose")], id="purpose"),
    pytest.param("أغلق النافذة لئلا يدخل الغبار.", [("لئلا", "لئلا", "purpose")], id="purpose-negative"),
    pytest.param("إذا نجح الحوار انسحبت القوات.", [("إذا", "إذا", "condition")], id="condition"),
    pytest.param("لو حضر الوزير لانتهت الأزمة.", [("لو", "لو", "condition")], id="condition-counterfactual"),
    pytest.param("تقدمت المفاوضات، بيد أن الخلاف بقي قائماً.", [("بيد أن", "بيد أن", "contrast")], id="contrast"),
    pytest.param("خرج رغم أن المطر كان غزيراً.", [("رغم أن", "رغم أن", "concession")], id="concession"),
    pytest.param("تعب الفريق، ومع ذلك أكمل المباراة.", [("ومع ذلك", "مع ذلك", "concession")], id="concession-clause-initial"),
    pytest.param("زار بغداد فضلاً عن البصرة.", [("فضلاً عن", "فضلاً عن", "addition")], id="addition"),
    pytest.param("سنسافر غداً أو نؤجل الرحلة.", [("أو", "أو", "alternative")], id="alternative"),
    pytest.param("اختاروا الحوار بدلاً من المواجهة.", [("بدلاً من", "بدلاً من", "alternative")], id="alternative-substitution"),
    pytest.param("حضر الجميع باستثناء الوزير.", [("باستثناء", "باستثناء", "exception")], id="exception"),
    pytest.param("انخفض العجز، أي أن الخطة نجحت.", [("أي أن", "أي أن", "elaboration")], id="elaboration"),
    pytest.param("في البصرة مثلاً تحسنت الكهرباء.", [("مثلاً", "مثلاً", "elaboration")], id="elaboration-instance"),
    pytest.param("تضررت المحافظات، لا سيما الجنوبية.", [("لا سيما", "لا سيما", "specification")], id="specification"),
    pytest.param("ارتفعت الأسعار، خاصة أسعار الغذاء.", [("خاصة", "خاصة", "specification")], id="specification-khassa"),
    pytest.param("لن يطول الأمر على الأرجح.", [("على الأرجح", "على الأرجح", "evaluation_hedge")], id="hedge"),
    pytest.param("لا شك أن الطريق طويل.", [("لا شك أن", "لا شك أن", "evaluation_hedge")], id="booster"),
]


@pytest.mark.parametrize("text, expected", SENSES)
def test_every_sense(text: str, expected: list) -> None:
    assert tags(text, clitics="none") == expected


def test_the_sense_table_covers_every_sense() -> None:
    covered = {sense for p in SENSES for _, _, sense in p.values[1]}
    assert covered == set(SENSE_CLASSES)


# Words that look like connectives but are not, in these sentences.
LOOKALIKES = [
    pytest.param("وصل الوفد بعد الظهر.", id="baada-preposition"),
    pytest.param("وصل الوفد رغم العاصفة.", id="raghma-preposition"),
    pytest.param("قال الوزير إن الحوار مستمر.", id="inna-complementizer"),
    pytest.param("يريد أن يسافر غداً.", id="an-complementizer"),
    pytest.param("تحدث بلكنة بغدادية واضحة.", id="lakna-accent"),
    pytest.param("زار الوفد مدينة لكناو الهندية.", id="lucknow-name"),
    pytest.param("لم يصدر أي بيان حتى الآن.", id="ayy-any-and-hatta-alan"),
    pytest.param("ارتفع الإنتاج أكثر مما توقع الخبراء.", id="akthar-mimma"),
    pytest.param("فيما يتعلق بالرواتب، لا جديد.", id="fima-yataallaq"),
    pytest.param("يتفق الوزير مع ذلك الرأي.", id="maa-dhalika-mid-clause"),
    pytest.param("شكلت الحكومة لجنة خاصة بالملف.", id="khassa-adjective"),
    pytest.param("بدا الرجل مصراً على أن يستكمل المشروع.", id="ala-an-complement"),
    pytest.param("بحث هذا الأمر الذي لن يطول.", id="hadha-alamr-alladhi"),
    pytest.param("كما هو معروف فإن الوضع صعب.", id="kama-huwa"),
    pytest.param("سأل عن الكتاب لما فيه من فائدة.", id="lima-mid-clause"),
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_are_not_tagged(text: str) -> None:
    assert find_connectives_ar(text, clitics="none") == []


# Hamza-less and other non-standard spellings match their standard entry.
SPELLINGS = [
    pytest.param("سيحل الخلاف اذا ما توفرت الإرادة.", ("اذا ما", "إذا ما"), id="idha-ma"),
    pytest.param("يعمل من اجل ان يبعد البلاد عن الحرب.", ("من اجل ان", "من أجل أن"), id="min-ajl-an"),
    pytest.param("اجتمعوا من إجل وضع تصورات.", ("من إجل", "من أجل"), id="ijl-wrong-hamza"),
    pytest.param("تحسن الوضع، الا ان الخدمات ضعيفة.", ("الا ان", "إلا أن"), id="illa-anna"),
    pytest.param("الحوار ضروري، لاسيما ان الازمة طويلة.", ("لاسيما ان", "لا سيما أن"), id="lasiyyama-one-word"),
    pytest.param("ازداد الدعم\u0640\u0640 ايضاً.", ("ايضاً", "أيضاً"), id="aydan-tatweel-before"),
    pytest.param("وعد بالحل، لكنَّها لم تتحقق.", ("لكنَّها", "لكن"), id="diacritics-and-pronoun"),
]


@pytest.mark.parametrize("text, expected", SPELLINGS)
def test_spelling_variants(text: str, expected: tuple[str, str]) -> None:
    assert [(c.text, c.connective) for c in find_connectives_ar(text, clitics="none")] == [expected]


# Longest match first.
LONGEST = [
    pytest.param("لن نوقع إلا إذا تغيرت الشروط.", "إلا إذا", "condition", id="illa-idha-not-illa"),
    pytest.param("تأجل، أو بالأحرى أُلغي، الاجتماع.", "أو بالأحرى", "elaboration", id="aw-bil-ahra-not-aw"),
    pytest.param("سنستمر حتى لو تأخر الدعم.", "حتى لو", "concession", id="hatta-law-not-hatta"),
    pytest.param("حضرت الكتل فيما عدا كتلة واحدة.", "ما عدا", "exception", id="fima-ada-not-fima"),
]


@pytest.mark.parametrize("text, connective, sense", LONGEST)
def test_longest_match_first(text: str, connective: str, sense: str) -> None:
    found = find_connectives_ar(text, clitics="none")
    assert [(c.connective, c.sense) for c in found] == [(connective, sense)]


# (text, connective, sense, part texts)
PAIRS = [
    pytest.param("مع أن العدد قليل، لكن الأثر كبير.", "مع أن … لكن", "concession", ["مع أن", "لكن"], id="maa-anna-lakin"),
    pytest.param("رغم أن الخطة جيدة إلا أن تنفيذها صعب.", "رغم أن … إلا أن", "concession", ["رغم أن", "إلا أن"], id="raghma-illa"),
    pytest.param("إما أن نتفق أو نفترق.", "إما … أو", "alternative", ["إما", "أو"], id="imma-aw"),
    pytest.param("أما الحكومة فرفضت الاقتراح.", "أما … ف", "contrast", ["أما", "ف"], id="amma-fa"),
    pytest.param("اما الحكومة فرفضت.", "أما … ف", "contrast", ["اما", "ف"], id="amma-fa-no-hamza"),
    pytest.param("ليس فقط الأسعار ارتفعت بل الضرائب أيضاً.", "ليس فقط … بل", "addition", ["ليس فقط", "بل"], id="laysa-faqat-bal"),
]


@pytest.mark.parametrize("text, connective, sense, parts", PAIRS)
def test_paired_forms(text: str, connective: str, sense: str, parts: list[str]) -> None:
    found = [c for c in find_connectives_ar(text, clitics="none") if c.kind == "paired"]
    assert len(found) == 1
    c = found[0]
    assert (c.connective, c.sense, c.text) == (connective, sense, parts[0])
    assert [text[s:e] for s, e in c.parts] == parts


def test_second_part_is_not_reported_again() -> None:
    assert tags("مع أن العدد قليل، لكن الأثر كبير.", clitics="none") == [("مع أن", "مع أن … لكن", "concession")]


def test_pair_needs_one_sentence() -> None:
    assert tags("مع أن الطقس سيئ. لكن الرحلة مستمرة.", clitics="none") == [
        ("مع أن", "مع أن", "concession"), ("لكن", "لكن", "contrast")]


# بل after a negation in the same sentence is a correction; otherwise an (ambiguous) addition.
BAL = [
    pytest.param("لن تنتهي بالسلام، بل ستنتهي بالحرب.", "contrast", "correction", False, id="after-lan"),
    pytest.param("لم يكن الاجتماع سرياً، بل نُقل على الهواء.", "contrast", "correction", False, id="after-lam"),
    pytest.param("ليس الحل عسكرياً بل سياسياً.", "contrast", "correction", False, id="after-laysa"),
    pytest.param("تحسن الاقتصاد، بل ازدهر.", "addition", "emphatic", True, id="no-negation"),
    pytest.param("لم ينم. تحسن الاقتصاد، بل ازدهر.", "addition", "emphatic", True, id="negation-in-other-sentence"),
]


@pytest.mark.parametrize("text, sense, subtype, ambiguous", BAL)
def test_bal_after_negation(text: str, sense: str, subtype: str, ambiguous: bool) -> None:
    (c,) = [c for c in find_connectives_ar(text, clitics="none") if c.connective == "بل"]
    assert (c.sense, c.subtype, c.ambiguous) == (sense, subtype, ambiguous)


CLITIC_TEXT = "انتهى الاجتماع، وغادر الوفد والوزير فوراً."

# (clitics policy, offsets of the tagged و)
CLITIC_POLICY = [
    pytest.param("clause_initial", [16], id="clause-initial"),
    pytest.param("all", [16, 28], id="all"),
    pytest.param("none", [], id="none"),
]


@pytest.mark.parametrize("policy, starts", CLITIC_POLICY)
def test_clitic_policy(policy: str, starts: list[int]) -> None:
    found = find_connectives_ar(CLITIC_TEXT, clitics=policy)
    assert [c.start for c in found] == starts
    assert all((c.text, c.kind, c.sense, c.ambiguous) == ("و", "clitic", "addition", True) for c in found)


CLITICS = [
    pytest.param("تأخر القطار، فوصلنا متأخرين.", [("ف", "ف", "cause")], id="fa-result"),
    pytest.param("انتهى العمل، ولكن الخلاف بقي.", [("ولكن", "لكن", "contrast")], id="wa-absorbed-by-entry"),
    pytest.param("قال ذلك، فقط للتوضيح.", [], id="faqat-is-no-clitic"),
    pytest.param("تحدث، وطني هو الأهم.", [], id="watani-is-no-clitic"),
    pytest.param("وضع الوزير خطة.", [], id="wada-sentence-initial"),
    pytest.param("انتهى. و غادر الوفد.", [], id="wa-written-apart"),
]


@pytest.mark.parametrize("text, expected", CLITICS)
def test_clitic_cases(text: str, expected: list) -> None:
    assert tags(text) == expected


def test_fields_and_offsets() -> None:
    text = "وعد الوزير بالحل، لكنها لم تتحقق."
    (c,) = find_connectives_ar(text)
    assert isinstance(c, Connective)
    assert (c.label, c.sense_class, c.subtype, c.kind, c.other_senses) == ("connective", "Comparison", "opposition", "single", ("concession",))
    assert text[c.start : c.end] == c.text == "لكنها"


def test_bad_input() -> None:
    with pytest.raises(ValueError, match="clitics must be one of"):
        find_connectives_ar("نص عربي", clitics="some")  # type: ignore[arg-type]
    with pytest.raises(TextInputError):
        find_connectives_ar("   ")


def test_case_study_senses() -> None:
    text = read_text_ar(case_study_path())
    found = find_connectives_ar(text)
    check_spans(text, found)
    by_sense: dict[str, int] = {}
    for c in found:
        by_sense[c.sense] = by_sense.get(c.sense, 0) + 1
    print("case study connectives by sense:", dict(sorted(by_sense.items())))
    lexical = {(c.connective, c.sense) for c in found if c.kind != "clitic"}
    assert {("بعد أن", "temporal"), ("من أجل", "purpose"), ("مع أن … لكن", "concession"), ("فضلاً عن", "addition"),
            ("لا سيما أن", "cause"), ("لا سيما", "specification"), ("إذا ما", "condition"), ("بل", "contrast"),
            ("من أجل أن", "purpose"), ("على الأرجح", "evaluation_hedge"), ("إلا", "exception"), ("أي", "elaboration")} <= lexical
    assert len(found) == 32 and sum(c.kind == "clitic" for c in found) == 14


def test_news_text_not_written_for_the_tagger() -> None:
    found = find_connectives_ar(NEWS_AR)
    check_spans(NEWS_AR, found)
    lexical = [(c.text, c.connective) for c in found if c.kind != "clitic"]
    assert lexical == [("بعدما", "بعدما"), ("لكنها", "لكن"), ("في المقابل", "في المقابل"), ("على أن", "على أن"), ("إلا أنها", "إلا أن")]
    # the trailer "اقرأ أيضاً" is boilerplate, not an addition
    assert all(c.start < NEWS_AR.index("اقرأ أيضاً") for c in found)
