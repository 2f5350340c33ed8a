"""Tests for helpers.discourse.connectives: senses, look-alikes, spelling, pairs, clitics, arguments."""

from __future__ import annotations

import pytest

from helpers.data import case_study_path
from helpers.discourse.connectives import CLITIC_POLICIES, Connective, find_connectives_ar
from helpers.discourse.lexicon import SENSE_CLASSES
from helpers.text.load import TextInputError, read_text_ar
from helpers.text.spans import check_spans

from discourse_texts import NEWS_AR


def tags(text: str, **options) -> list[tuple[str, str, str]]:
    return [(c.text, c.connective, c.pdtb) for c in find_connectives_ar(text, **options)]


# One or more sentences per kit sense (written for these tests); clitics off so only lexicon entries count.
SENSES = [
    pytest.param("غادر الوفد بعد أن انتهى الاجتماع.", "بعد أن", "temporal", "Temporal.Asynchronous", id="temporal-succession"),
    pytest.param("درس الطالب الملف ثم كتب تقريره.", "ثم", "temporal", "Temporal.Asynchronous", id="temporal-precedence"),
    pytest.param("ارتفعت الأسعار في الوقت الذي تراجعت فيه الأجور.", "في الوقت الذي", "temporal", "Temporal.Synchronous",
                 id="temporal-synchronous"),
    pytest.param("تأجل الاجتماع لأنه تأخر.", "لأن", "cause", "Contingency.Cause", id="cause-reason-pronoun"),
    pytest.param("ارتفعت التكاليف، لذلك تأخر المشروع.", "لذلك", "cause", "Contingency.Cause", id="cause-result"),
    pytest.param("استقال الوزير على إثر احتجاج النقابات.", "على إثر", "cause", "Contingency.Cause", id="cause-nominal"),
    pytest.param("تراجعت الأمطار، وأدت إلى ارتفاع الأسعار.", "أدى إلى", "cause", "Contingency.Cause", id="cause-verb-frame"),
    pytest.param("توقفت المصانع، ما أدى إلى ارتفاع البطالة.", "ما", "cause", "Contingency.Cause", id="cause-resumptive"),
    pytest.param("الحوار ضروري، خاصة وأن الأزمة طالت.", "خاصة وأن", "cause", "Contingency.Cause", id="cause-khassatan-wa-anna"),
    pytest.param("اجتمعوا من أجل وضع خطة.", "من أجل", "purpose", "Contingency.Purpose", id="purpose-nominal"),
    pytest.param("أغلق النافذة لئلا يدخل الغبار.", "لئلا", "purpose", "Contingency.Purpose", id="purpose-negative"),
    pytest.param("إذا نجح الحوار انسحبت القوات.", "إذا", "condition", "Contingency.Condition", id="condition"),
    pytest.param("لولا الدعم ما نجح المشروع.", "لولا", "condition", "Contingency.Negative-condition", id="condition-lawla"),
    pytest.param("في المقابل، ارتفعت الواردات.", "في المقابل", "contrast", "Comparison.Contrast", id="contrast"),
    pytest.param("تقدمت المفاوضات، بيد أن الخلاف بقي قائماً.", "بيد أن", "concession", "Comparison.Concession", id="concession"),
    pytest.param("تعب الفريق، ومع ذلك أكمل المباراة.", "مع ذلك", "concession", "Comparison.Concession", id="concession-proclitic"),
    pytest.param("سنواصل الحوار أيا كانت الصعوبات.", "مهما", "concession", "Comparison.Concession", id="concessive-ayyan-kana"),
    pytest.param("ارتفع سعر القمح، وكذلك الشأن بالنسبة للشعير.", "كذلك الشأن", "similarity", "Comparison.Similarity", id="similarity"),
    pytest.param("الطريق طويل فضلاً عن أنه خطر.", "فضلاً عن أن", "addition", "Expansion.Conjunction", id="addition"),
    pytest.param("سنسافر غداً أو نؤجل الرحلة.", "أو", "alternative", "Expansion.Disjunction", id="alternative"),
    pytest.param("اختاروا الحوار بدلاً من اللجوء إلى القوة.", "بدلاً من", "alternative", "Expansion.Substitution", id="substitution"),
    pytest.param("نفذت البنود كلها باستثناء تعيين الحكومة.", "باستثناء", "exception", "Expansion.Exception", id="exception"),
    pytest.param("انخفض العجز، أي أن الخطة نجحت.", "أي أن", "elaboration", "Expansion.Equivalence", id="elaboration"),
    pytest.param("تأجل الاجتماع، علماً بأن موعده حدد قبل شهر.", "علماً بأن", "elaboration", "Expansion.Level-of-detail",
                 id="elaboration-detail"),
    pytest.param("تضررت المحافظات، لا سيما الجنوبية.", "لا سيما", "specification", "Expansion.Level-of-detail", id="specification"),
]


@pytest.mark.parametrize("text, connective, sense, pdtb", SENSES)
def test_every_sense(text: str, connective: str, sense: str, pdtb: str) -> None:
    found = find_connectives_ar(text, clitics="none")
    assert [(c.connective, c.sense, c.pdtb, c.sense_class) for c in found] == [(connective, sense, pdtb, SENSE_CLASSES[sense])]


def test_the_sense_table_covers_every_sense() -> None:
    assert {p.values[2] for p in SENSES} == set(SENSE_CLASSES)


# Words that look like connectives but are not, in these sentences (clitics off).
LOOKALIKES = [
    pytest.param("وصل الوفد بعد الظهر.", id="baada-preposition"),
    pytest.param("وصل الوفد رغم العاصفة.", id="raghma-before-a-plain-noun"),
    pytest.param("قال الوزير إن الحوار مستمر.", id="inna-complementizer"),
    pytest.param("يريد أن يسافر غداً.", id="an-complementizer"),
    pytest.param("تحدث بلكنة بغدادية واضحة.", id="lakna-accent"),
    pytest.param("لم يصدر أي بيان حتى الآن.", id="ayy-any-and-hatta-alan"),
    pytest.param("ارتفع الإنتاج أكثر مما توقع الخبراء.", id="akthar-mimma"),
    pytest.param("فيما يتعلق بالرواتب، لا جديد.", id="fima-yataallaq"),
    pytest.param("يتفق الوزير مع ذلك الرأي.", id="maa-dhalika-demonstrative"),
    pytest.param("شكلت الحكومة لجنة خاصة بالملف.", id="khassa-adjective"),
    pytest.param("بحث هذا الأمر الذي لن يطول.", id="hadha-alamr-alladhi"),
    pytest.param("كما هو معروف فإن الوضع صعب.", id="kama-huwa"),
    pytest.param("سأل عن الكتاب لما فيه من فائدة.", id="lima-mid-clause"),
    pytest.param("جلس الوزير إلى جانب السفير في القاعة.", id="ila-janib-beside-a-person"),
    pytest.param("وقف الحرس إلى جانب المبنى.", id="ila-janib-beside-a-place"),
    pytest.param("أعلن حزب التكتل الديمقراطي من أجل العمل والحريات موقفه.", id="min-ajl-in-party-name"),
    pytest.param("انضم إلى جمعية \"من أجل تونس\" العام الماضي.", id="min-ajl-in-quoted-name"),
    pytest.param("قال وزير الدفاع جان-ايف لو دريان إن الوضع خطير.", id="law-in-a-name"),
    pytest.param("دعا إلى الحوار من أجل الحرية والكرامة.", id="min-ajl-plain-nouns"),
    pytest.param("زار الوزير تونس أو الجزائر.", id="aw-between-nouns"),
    pytest.param("لا يهدأ الوضع إلا بالحوار.", id="illa-before-a-phrase"),
    pytest.param("أشار الوزير إلى أنه سيستقيل.", id="ila-anna-after-ashara"),
    pytest.param("اعترف الوزير بذلك القرار.", id="bidhalika-demonstrative"),
    pytest.param("قطعوا مسافة طويلة حتى النهاية.", id="hatta-before-a-noun"),
    pytest.param("أضاف فضلاً عن البصرة مدناً أخرى.", id="fadlan-an-before-a-noun"),
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_are_not_tagged(text: str) -> None:
    assert find_connectives_ar(text, clitics="none") == []


# Hamza-less and other non-standard spellings match their standard entry; spans are the connective proper.
SPELLINGS = [
    pytest.param("سيحل الخلاف اذا ما توفرت الإرادة.", ("اذا ما", "إذا ما"), id="idha-ma"),
    pytest.param("يعمل من اجل ان يبعد البلاد عن الحرب.", ("من اجل ان", "من أجل أن"), id="min-ajl-an"),
    pytest.param("اجتمعوا من إجل وضع تصورات.", ("من إجل", "من أجل"), id="ijl-wrong-hamza"),
    pytest.param("تحسن الوضع، الا ان الخدمات ضعيفة.", ("الا ان", "إلا أن"), id="illa-anna"),
    pytest.param("الحوار ضروري، لاسيما ان الازمة طويلة.", ("لاسيما ان", "لا سيما أن"), id="lasiyyama-one-word"),
    pytest.param("ازداد الدعم\u0640\u0640 ايضاً.", ("ايضاً", "أيضاً"), id="aydan-tatweel-before"),
    pytest.param("وعد بالحل، لكنَّها لم تتحقق.", ("لكنَّ", "لكن"), id="diacritics-and-pronoun-left-out"),
    pytest.param("وعد بالحل، ولكنه لم يتحقق.", ("لكن", "لكن"), id="wa-and-pronoun-left-out"),
    pytest.param("وجاء القرار على اثر تصريحات للوزير.", ("على اثر", "على إثر"), id="ala-athar-no-hamza"),
]


@pytest.mark.parametrize("text, expected", SPELLINGS)
def test_spelling_variants(text: str, expected: tuple[str, str]) -> None:
    assert [(c.text, c.connective) for c in find_connectives_ar(text, clitics="none")] == [expected]


# Longest match first.
LONGEST = [
    pytest.param("لن نوقع إلا إذا تغيرت الشروط.", "إلا إذا", "Contingency.Negative-condition", id="illa-idha-not-illa"),
    pytest.param("تأجل، أو بالأحرى أُلغي، الاجتماع.", "أو بالأحرى", "Expansion.Equivalence", id="aw-bil-ahra-not-aw"),
    pytest.param("سنستمر حتى لو تأخر الدعم.", "حتى لو", "Comparison.Concession", id="hatta-law-not-hatta"),
    pytest.param("حضرت الكتل فيما عدا تصويت كتلة واحدة.", "ما عدا", "Expansion.Exception", id="fima-ada-not-fima"),
]


@pytest.mark.parametrize("text, connective, pdtb", LONGEST)
def test_longest_match_first(text: str, connective: str, pdtb: str) -> None:
    found = find_connectives_ar(text, clitics="none")
    assert [(c.connective, c.pdtb) for c in found] == [(connective, pdtb)]


# (text, connective, pdtb sense, part texts)
PAIRS = [
    pytest.param("مع أن العدد قليل، لكن الأثر كبير.", "مع أن … لكن", "Comparison.Concession", ["مع أن", "لكن"], id="maa-anna-lakin"),
    pytest.param("رغم أن الخطة جيدة إلا أن تنفيذها صعب.", "رغم أن … إلا أن", "Comparison.Concession", ["رغم أن", "إلا أن"],
                 id="raghma-illa"),
    pytest.param("إما أن نتفق أو نفترق.", "إما … أو", "Expansion.Disjunction", ["إما", "أو"], id="imma-aw"),
    pytest.param("أما الحكومة فرفضت الاقتراح.", "أما … ف", "Comparison.Contrast", ["أما", "ف"], id="amma-fa"),
    pytest.param("اما الحكومة فرفضت.", "أما … ف", "Comparison.Contrast", ["اما", "ف"], id="amma-fa-no-hamza"),
    pytest.param("ليس فقط الأسعار ارتفعت بل الضرائب أيضاً.", "ليس فقط … بل", "Expansion.Conjunction", ["ليس فقط", "بل"],
                 id="laysa-faqat-bal"),
    pytest.param("لو حضر الوزير لانتهت الأزمة.", "لو … ل", "Contingency.Condition", ["لو", "ل"], id="law-la"),
    pytest.param("لو كنا في الحكم لما وصلت البلاد إلى هنا ولما فعلوا ذلك.", "لو … ل", "Contingency.Condition", ["لو", "ل", "ل"],
                 id="law-with-two-answers"),
    pytest.param("إذا نجح الحوار، فستنسحب القوات.", "إذا … ف", "Contingency.Condition", ["إذا", "ف"], id="idha-fa"),
]


@pytest.mark.parametrize("text, connective, pdtb, parts", PAIRS)
def test_paired_forms(text: str, connective: str, pdtb: str, parts: list[str]) -> None:
    found = [c for c in find_connectives_ar(text, clitics="none") if c.kind == "paired"]
    assert len(found) == 1
    c = found[0]
    assert (c.connective, c.pdtb, c.text) == (connective, pdtb, parts[0])
    assert [text[s:e] for s, e in c.parts] == parts


def test_second_part_is_not_reported_again() -> None:
    assert tags("مع أن العدد قليل، لكن الأثر كبير.", clitics="none") == [("مع أن", "مع أن … لكن", "Comparison.Concession")]


def test_pair_needs_one_sentence() -> None:
    assert tags("مع أن الطقس سيئ. لكن الرحلة مستمرة.", clitics="none") == [
        ("مع أن", "مع أن", "Comparison.Concession"), ("لكن", "لكن", "Comparison.Concession")]


# بل and إنما after a negation in the same sentence replace what was denied (substitution).
BAL = [
    pytest.param("لن تنتهي بالسلام، بل ستنتهي بالحرب.", "بل", "alternative", "Expansion.Substitution", False, id="bal-after-lan"),
    pytest.param("لم يكن الاجتماع سرياً، بل نُقل على الهواء.", "بل", "alternative", "Expansion.Substitution", False, id="bal-after-lam"),
    pytest.param("ليس الحل عسكرياً بل سياسياً.", "بل", "alternative", "Expansion.Substitution", False, id="bal-after-laysa"),
    pytest.param("لا نريد الحرب، وإنما نريد السلام.", "إنما", "alternative", "Expansion.Substitution", False, id="innama-after-la"),
    pytest.param("تحسن الاقتصاد، بل ازدهر.", "بل", "addition", "Expansion.Conjunction", True, id="bal-no-negation"),
    pytest.param("لم ينم. تحسن الاقتصاد، بل ازدهر.", "بل", "addition", "Expansion.Conjunction", True, id="negation-in-other-sentence"),
]


@pytest.mark.parametrize("text, entry, sense, pdtb, ambiguous", BAL)
def test_bal_and_innama_after_negation(text: str, entry: str, sense: str, pdtb: str, ambiguous: bool) -> None:
    (c,) = [c for c in find_connectives_ar(text, clitics="none") if c.connective == entry]
    assert (c.sense, c.pdtb, c.ambiguous) == (sense, pdtb, ambiguous)


CLITIC_TEXT = "انتهى الاجتماع، وغادر الوفد والوزير فوراً وبدأ الحوار."

# (clitics policy, offsets of the tagged و)
CLITIC_POLICY = [
    pytest.param("clause", [16, 42], id="clause"),
    pytest.param("clause_initial", [16], id="clause-initial"),
    pytest.param("all", [16, 28, 42], id="all"),
    pytest.param("none", [], id="none"),
]


@pytest.mark.parametrize("policy, starts", CLITIC_POLICY)
def test_clitic_policy(policy: str, starts: list[int]) -> None:
    found = find_connectives_ar(CLITIC_TEXT, clitics=policy)
    assert [c.start for c in found] == starts
    assert all((c.text, c.kind, c.pdtb, c.ambiguous) == ("و", "clitic", "Expansion.Conjunction", True) for c in found)


def test_policies_are_listed() -> None:
    assert set(CLITIC_POLICIES) == {p.values[0] for p in CLITIC_POLICY}


# The default policy: و and ف join clauses, not words. (text, [(span text, pdtb sense)])
CLITICS = [
    pytest.param("تأخر القطار، فوصلنا متأخرين.", [("ف", "Contingency.Cause")], id="fa-result"),
    pytest.param("انتهى العمل، ولكن الخلاف بقي.", [("لكن", "Comparison.Concession")], id="wa-absorbed-by-coordinator"),
    pytest.param("أكد أن المخاطر قائمة وأن الوضع صعب.", [("و", "Expansion.Conjunction")], id="wa-anna"),
    pytest.param("أعلن عن القنبلة وهي الأكبر في العالم.", [("و", "Expansion.Conjunction")], id="wa-pronoun-clause"),
    pytest.param("وصل الوفد وشن الأسد هجوما.", [("و", "Expansion.Conjunction")], id="wa-before-two-letter-verb"),
    pytest.param("عثر على الجثتين وعليهما آثار طعن.", [("و", "Temporal.Synchronous")], id="wa-hal"),
    pytest.param("لو كان حقيقياً لانطلق، ولو كانت ثورة لنجحت.",
                 [("لو", "Contingency.Condition"), ("و", "Expansion.Conjunction"), ("لو", "Contingency.Condition")],
                 id="wa-before-fronted-subordinator"),
    pytest.param("هذا و ستنطلق الرحلة عشية اليوم.", [("و", "Expansion.Conjunction")], id="hadha-wa-written-apart"),
    pytest.param("ووفقا لتقرير الصحيفة، فإن التحقيق مستمر.", [("و", "Expansion.Conjunction")], id="no-fa-after-attribution"),
    # must not be tagged: و between nouns, adjectives, phrases; words whose first letter is no clitic
    pytest.param("زار الوزير سوريا والعراق والأردن.", [], id="wa-between-nouns"),
    pytest.param("الوضع سلبي ومهدد بأكثر سلبية.", [], id="wa-between-adjectives"),
    pytest.param("لا تنضوي تحت القطاع الخاص ولا القطاع العام.", [], id="wa-la-before-a-definite-noun"),
    pytest.param("تأجل الاجتماع، وذلك بسبب الطقس.", [], id="wa-dhalika"),
    pytest.param("قال ذلك، فقط للتوضيح.", [], id="faqat-is-no-clitic"),
    pytest.param("تحدث بثقة عن الوزير ووفده.", [], id="wa-before-a-noun-mid-clause"),
    pytest.param("وضع الوزير خطة لتزويد المدن بالمياه.", [], id="wada-and-selected-lam"),
]


@pytest.mark.parametrize("text, expected", CLITICS)
def test_clitic_cases(text: str, expected: list) -> None:
    assert [(c.text, c.pdtb) for c in find_connectives_ar(text)] == expected


# Purpose ل: before a subjunctive verb or a verbal noun with its argument, unless selected.
LAM = [
    pytest.param("اعتصم العمال أمام المقر للمطالبة بحقوقهم.", True, id="verbal-noun-with-argument"),
    pytest.param("أعلن الاتحاد الأوروبي لكرة القدم تشكيلته.", False, id="inside-an-institution-name"),
    pytest.param("ارتفع المؤشر بالنسبة لتوقعات السوق.", False, id="frame-bil-nisba"),
    pytest.param("التشكيلة الأساسية للدوري الأوروبي.", False, id="no-clause-before"),
    pytest.param("عززت الشرطة جاهزيتها لتأمين المنشآت.", True, id="after-a-noun-with-pronoun"),
    pytest.param("سافر الوزير إلى باريس ليشارك في القمة.", True, id="subjunctive-verb"),
    pytest.param("ما كان هذا الانتصار ليتحقق بسهولة.", False, id="lam-of-denial"),
    pytest.param("تخطط الحكومة لإطلاق حملة جديدة.", False, id="selected-by-a-verb"),
    pytest.param("أعلنت الوزارة خطة لتزويد المدن بالمياه.", False, id="selected-by-an-indefinite-noun"),
    pytest.param("عبرت الأحزاب عن مساندتها لإيقاف المتهمين.", False, id="selected-by-a-verbal-noun"),
    pytest.param("بقي الفريق هناك لعدة أشهر.", False, id="quantifier-no-event"),
    pytest.param("اعتذر الوزير لأسباب سياسية.", False, id="plain-noun"),
]


@pytest.mark.parametrize("text, tagged", LAM)
def test_purpose_lam(text: str, tagged: bool) -> None:
    found = [c for c in find_connectives_ar(text) if c.connective == "ل"]
    assert bool(found) == tagged
    for c in found:
        assert (c.text, c.pdtb, c.kind, c.end - c.start) == ("ل", "Contingency.Purpose", "clitic", 1)


def test_fields_and_offsets() -> None:
    text = "وعد الوزير بالحل، ولكنها لم تتحقق."
    (c,) = find_connectives_ar(text)
    assert isinstance(c, Connective)
    assert (c.label, c.sense_class, c.sense, c.pdtb, c.kind, c.other_senses) == (
        "connective", "Comparison", "concession", "Comparison.Concession", "single", ("contrast",))
    assert text[c.start : c.end] == c.text == "لكن"
    assert c.proclitic == "و" and text[slice(*c.written)] == "ولكنها" and c.parts == ((c.start, c.end),)


def test_morphology_table_can_be_given() -> None:
    text = "عززت الشرطة جاهزيتها لتأمين المنشآت."
    from helpers.morphology import analyze_morphology_ar

    table = analyze_morphology_ar(text)
    assert find_connectives_ar(text, morphology=table) == find_connectives_ar(text)
    with pytest.raises(ValueError, match="no 'pos' column"):
        find_connectives_ar(text, morphology=table[["start", "end"]])


def test_bad_input() -> None:
    with pytest.raises(ValueError, match="clitics must be one of"):
        find_connectives_ar("نص عربي", clitics="some")  # type: ignore[arg-type]
    with pytest.raises(TextInputError):
        find_connectives_ar("   ")


def test_case_study() -> None:
    text = read_text_ar(case_study_path())
    found = find_connectives_ar(text)
    check_spans(text, found)
    lexical = {(c.connective, c.pdtb) for c in found if c.kind != "clitic"}
    assert {("بعد أن", "Temporal.Asynchronous"), ("من أجل", "Contingency.Purpose"), ("مع أن … لكن", "Comparison.Concession"),
            ("لا سيما أن", "Contingency.Cause"), ("لا سيما", "Expansion.Level-of-detail"), ("إذا ما", "Contingency.Condition"),
            ("بل", "Expansion.Substitution"), ("من أجل أن", "Contingency.Purpose"),
            ("أفضى إلى", "Contingency.Cause")} <= lexical
    # the additive frame before a noun (فضلاً عن الانتظام الإداري) and stance adverbs are no connectives
    assert not {c.connective for c in found} & {"فضلاً عن", "على الأرجح", "ظاهراً"}
    # the default policy's clitics: each opens a clause (before a verb, أن or a pronoun; the purpose
    # ل before a verb); والمضي قدماً "and the pursuit" joins a verbal noun to a phrase and is left out
    clitics = [c for c in found if c.kind == "clitic"]
    hosts = [text[c.start :].split()[0] for c in clitics]
    assert hosts == ["وتحقق", "وأدارت", "ليثير", "وهو", "وأن", "وكلفت", "وأن", "وأصبح", "ويراهن", "ويحاول"]


def test_news_text_not_written_for_the_tagger() -> None:
    found = find_connectives_ar(NEWS_AR)
    check_spans(NEWS_AR, found)
    lexical = [(c.text, c.connective) for c in found if c.kind != "clitic"]
    assert lexical == [("بعدما", "بعدما"), ("لكن", "لكن"), ("في المقابل", "في المقابل"), ("على أن", "على أن"), ("إلا أن", "إلا أن")]
    # the trailer "اقرأ أيضاً" is boilerplate, not an addition; no ف after the fronted ووفقاً لمصادر
    assert all(c.start < NEWS_AR.index("اقرأ أيضاً") for c in found)
    assert "ف" not in {c.text for c in found}
