"""Tests for helpers.entities.find: the layer in one call, on texts written for the tests, the case
study and the three development sets of the news gold (never the held-out half)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.data import case_study_path, data_dir
from helpers.entities import ENTITY_LABELS, EntitySpan, entities_to_frame, find_entities_ar
from helpers.entities.scoring import read_gold_entities_ar, score_entities_ar
from helpers.morphology import analyze_morphology_ar
from helpers.text.load import TextInputError, read_text_ar
from helpers.text.spans import check_spans

NEWS = (
    "الغنوشي: النهضة لن تتحالف مع النداء\n\n"
    "قال رئيس حركة النهضة راشد الغنوشي يوم الأحد 6 ديسمبر 2015 في حوار مع إذاعة موزاييك إن "
    "الحركة تدعم حكومة الحبيب الصيد. وأضاف الغنوشي أن وفدا من الحركة سيزور الجزائر وباريس "
    "قبل عيد الفطر، وأن المؤتمر سينعقد بمدينة الحمامات."
)


def found(text: str, **options) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities_ar(text, morphology=False, **options)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("وصل الوفد إلى بتونس وللبنان", [("تونس", "PLACE"), ("لبنان", "PLACE")], id="proclitics-outside"),
        pytest.param("أكدت الأمينة العامة للحزب الجمهوري مية الجريبي", [("لحزب الجمهوري", "ORG"), ("مية الجريبي", "PERSON")],
                     id="lam-article-and-title-skipping-an-organization"),
        pytest.param("زار بالبرلمان وفد", [], id="parliament-is-no-name"),
        pytest.param("أعلنت الأمم المتحدة والاتحاد الأوروبي وحلف الناتو",
                     [("الأمم المتحدة", "ORG"), ("الاتحاد الأوروبي", "ORG"), ("حلف الناتو", "ORG")], id="organizations"),
        pytest.param("في أيام قرطاج المسرحية", [], id="event-hides-the-place"),
        pytest.param("قرار مجلس الوزراء", [], id="generic-body"),
        pytest.param("بين مدينتي طرابلس وطبرق", [("طرابلس", "PLACE"), ("طبرق", "PLACE")], id="list"),
        pytest.param("نشر صور العائلة", [], id="ambiguous-place-without-context"),
        pytest.param("وصلت القوات إلى صور جنوب لبنان", [("صور", "PLACE"), ("لبنان", "PLACE")], id="ambiguous-place-in-context"),
        pytest.param("حسب بيانات الصندوق (IMF) فإن", [("IMF", "ORG")], id="latin-acronym-in-brackets"),
        pytest.param("الحرب العالمية (II) انتهت", [], id="roman-numeral-is-no-acronym"),
        pytest.param("في العاصمة السعودية الرياض", [("الرياض", "PLACE")], id="nisba-is-no-country"),
        pytest.param("سافر إلى السعودية أمس", [("السعودية", "PLACE")], id="country"),
        pytest.param("بنود وثيقة قرطاج", [], id="document-hides-the-place"),
        # organizations: clubs, bodies named by their seats, directorates, media in quotes
        pytest.param("تأهل نادي كرة اليد بالمكنين إلى النهائي", [("نادي كرة اليد بالمكنين", "ORG")], id="club-with-its-seat"),
        pytest.param("فاز الملعب القابسي على أرضية الملعب الأولمبي", [("الملعب القابسي", "ORG")],
                     id="club-by-its-nisba-not-the-stadium"),
        pytest.param("تعادلت باجة الرياضية مع أولمبيك سيدي بوزيد وسبورتنغ المكنين",
                     [("باجة الرياضية", "ORG"), ("أولمبيك سيدي بوزيد", "ORG"), ("سبورتنغ المكنين", "ORG")],
                     id="clubs-named-by-their-towns"),
        pytest.param("طالب الاتحاد المحلي للفلاحة والصيد البحري بالمهدية بتعويض الخسائر",
                     [("الاتحاد المحلي للفلاحة والصيد البحري بالمهدية", "ORG")],
                     id="regional-body-with-coordinated-noun-its-adjective-and-seat"),
        pytest.param("اجتمع الاتحاد الجهوي للشغل بصفاقس مع اتحاد الشغل بالنفيضة",
                     [("الاتحاد الجهوي للشغل بصفاقس", "ORG"), ("اتحاد الشغل", "ORG"), ("النفيضة", "PLACE")],
                     id="seat-only-for-a-body-of-a-series"),
        pytest.param("نظمت الإدارة العامة للديوانة بالتعاون مع الفرقة المركزية لمكافحة الإرهاب حملة",
                     [("الإدارة العامة للديوانة", "ORG"), ("الفرقة المركزية لمكافحة الإرهاب", "ORG")],
                     id="directorate-and-brigade-with-their-lam-phrase"),
        pytest.param("ناقشت الإدارة الأمريكية إدارة الأزمة مع الفرقة الموسيقية", [], id="administration-is-no-name"),
        pytest.param("حسب صحيفة \"20Minutes\" الفرنسية", [("20Minutes", "ORG")], id="quoted-name-of-digits-and-letters"),
        pytest.param("أعلنت رئاسة الحكومة أن", [("رئاسة الحكومة", "ORG")], id="presidency-of-the-government"),
        # places and dates
        pytest.param("وصلت الطائرة إلى مطار النفيضة الدولي مساء", [("مطار النفيضة الدولي", "PLACE")],
                     id="international-belongs-to-the-airport"),
        pytest.param('وصل الوفد إلى مدينة "كان" حيث كان الطقس جميلا', [("كان", "PLACE")],
                     id="a-function-word-does-not-recur-as-a-name"),
        pytest.param("تنطلق الدورة يوم الأحد 9جوان 2019 وتتواصل 5أيام", [("يوم الأحد 9جوان 2019", "DATE")],
                     id="a-day-written-onto-its-month"),
        pytest.param("وارتفعت الكتلة النقدية في 2016", [("2016", "DATE")], id="money-supply-is-no-bloc"),
        pytest.param("صوت النواب على قانون المالية لسنة 2018 وقانون المالية التكميلي لعام 2016 في سنة 2017",
                     [("سنة 2017", "DATE")], id="a-finance-law-keeps-its-year"),
        # persons
        pytest.param("أيد سمير سعيد عودة الهادي الجيلاني", [("سمير سعيد", "PERSON"), ("الهادي الجيلاني", "PERSON")],
                     id="a-definite-given-name-opens-the-next-person"),
        pytest.param("صرح حسان بشريفة للصحفيين", [("حسان بشريفة", "PERSON")], id="unseen-family-name-with-a-preposition-shape"),
        pytest.param("بعد رحيل حسان تتواصل الأشغال", [], id="an-imperfect-verb-is-no-family-name"),
        pytest.param("قال المهندس التونسي أشرف بن عمر إن", [("أشرف بن عمر", "PERSON")], id="title-demonym-and-nasab"),
        pytest.param("ترشحت سناء الماجري ورانية القاسمي للجائزة", [("سناء الماجري", "PERSON"), ("رانية القاسمي", "PERSON")],
                     id="given-names"),
        pytest.param("قال مدير الحملة كريم الزواري إن", [("كريم الزواري", "PERSON")], id="bare-title-with-a-genitive"),
        pytest.param("وأوضح منسق مجمع الجمعيات الجهوية أن", [], id="title-then-a-construct-no-name"),
        pytest.param("وقال أستاذ مبرز في الرياضيات إن", [], id="title-then-a-description-no-name"),
        pytest.param("قال رئيس الحزب نبيل بن علي إن الحزب لن يشارك. وأضاف بن علي أن",
                     [("نبيل بن علي", "PERSON"), ("بن علي", "PERSON")], id="a-family-name-in-bin-recurs"),
        pytest.param("قالت رئيسة الوزراء تيريزا ماي أمس إن", [("تيريزا ماي", "PERSON")], id="a-month-name-as-family-name"),
        pytest.param("التقى الوزير محمد علي ماي الماضي", [("محمد علي", "PERSON"), ("ماي الماضي", "DATE")],
                     id="a-month-with-its-relative-word-stays-a-date"),
        pytest.param("دعا الاتحاد الدولي للاتصالات الحكومات إلى التعاون", [("الاتحاد الدولي للاتصالات", "ORG")],
                     id="a-definite-lam-word-ends-the-name"),
        pytest.param("أعلنت الشركة الوطنية للسكك الحديدية التونسية أن", [("الشركة الوطنية للسكك الحديدية التونسية", "ORG")],
                     id="a-definite-lam-word-keeps-its-adjective-and-the-names-nisba"),
        pytest.param("قال الكاتب العام لنقابة أعوان البلديات مراد الخياري إن",
                     [("نقابة أعوان البلديات", "ORG"), ("مراد الخياري", "PERSON")], id="a-name-phrase-stops-before-a-person"),
        pytest.param("فازت السباحة التونسية نجيبة الحمدي بالميدالية الذهبية", [("نجيبة الحمدي", "PERSON")],
                     id="athlete-title-and-given-name"),
        pytest.param("وقعت الحادثة في معتمدية الوردانين. وقال سكان الوردانين إن",
                     [("معتمدية الوردانين", "PLACE"), ("الوردانين", "PLACE")], id="a-unit-recurs-without-its-designation"),
        pytest.param("تتكون الخلية من شابين أصيلي ولاية القصرين وطرف ثالث", [("ولاية القصرين", "PLACE")],
                     id="the-waw-of-wilaya-is-no-conjunction"),
    ],
)
def test_entities(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_news_text_with_recurrence_and_canonical_values() -> None:
    entities = find_entities_ar(NEWS, morphology=False)
    check_spans(NEWS, entities)
    got = [(e.text, e.label, e.rule, e.canonical) for e in entities]
    assert ("الغنوشي", "PERSON", "recurrence", "راشد الغنوشي") in got  # the headline, before the full name
    assert ("النهضة", "ORG", "party", "حركة النهضة") in got
    assert ("راشد الغنوشي", "PERSON", "given_name", "راشد الغنوشي") in got or \
        ("راشد الغنوشي", "PERSON", "title", "راشد الغنوشي") in got
    assert ("يوم الأحد 6 ديسمبر 2015", "DATE", "weekday", "2015-12-06") in got
    assert ("إذاعة موزاييك", "ORG", "head", "موزاييك أف أم") in got  # the type word is inside, the name listed
    assert ("الحبيب الصيد", "PERSON") in [(t, label) for t, label, _, _ in got]
    assert ("عيد الفطر", "DATE", "holiday", "Eid al-Fitr") in got
    assert ("الحمامات", "PLACE", "city", "الحمامات") in got
    # sorted, not overlapping, only the four labels
    assert entities == sorted(entities, key=lambda e: (e.start, e.end))
    assert all(a.end <= b.start for a, b in zip(entities, entities[1:]))
    assert {e.label for e in entities} <= set(ENTITY_LABELS)
    assert all(e.kind in ("gazetteer", "pattern") for e in entities)


def test_labels_option_and_frame() -> None:
    assert {e.label for e in find_entities_ar(NEWS, morphology=False, labels=["DATE"])} == {"DATE"}
    frame = entities_to_frame(find_entities_ar(NEWS, morphology=False))
    assert list(frame.columns) == ["start", "end", "text", "label", "kind", "rule", "canonical", "cue", "country"]
    assert list(entities_to_frame([]).columns) == list(frame.columns)
    assert isinstance(find_entities_ar(NEWS, morphology=False)[0], EntitySpan)


@pytest.mark.parametrize(
    ("text", "options", "error", "match"),
    [
        pytest.param("", {}, TextInputError, "empty", id="empty"),
        pytest.param("only English", {}, TextInputError, "Arabic", id="no-arabic"),
        pytest.param("زار تونس", {"labels": ["EVENT"]}, ValueError, "unknown label", id="unknown-label"),
    ],
)
def test_bad_input(text: str, options: dict, error: type, match: str) -> None:
    with pytest.raises(error, match=match):
        find_entities_ar(text, morphology=False, **options)


def test_case_study() -> None:
    text = read_text_ar(case_study_path())
    entities = find_entities_ar(text, morphology=analyze_morphology_ar(text, backend="farahidi", progress=False))
    check_spans(text, entities)
    got = {(e.text, e.label) for e in entities}
    assert {("مصطفى الكاظمي", "PERSON"), ("الكاظمي", "PERSON"), ("بايدن", "PERSON"), ("بغداد", "PLACE"),
            ("العراق", "PLACE")} <= got
    kadhimi = [e for e in entities if e.text == "الكاظمي"]
    assert {e.canonical for e in kadhimi} == {"مصطفى الكاظمي"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("تلاميذ إعدادية الحبيب بورقيبة بصفاقس", [("إعدادية الحبيب بورقيبة", "ORG", "named_after"),
                                                            ("صفاقس", "PLACE", "city")], id="school-named-after-a-person"),
        pytest.param("قالت شركة جيت بلو، إن شركة جيت بلو ستعوض الركاب",
                     [("شركة جيت بلو", "ORG", "head"), ("شركة جيت بلو", "ORG", "recurrence")], id="recurrence-read-in-full"),
        pytest.param("وقالت الوزيرة ليلى عابد لمراسل الإذاعة إن", [("ليلى عابد", "PERSON", "title")],
                     id="title-given-name-and-a-noun-as-family-name"),
        pytest.param("عاد الأمير نايف وزيرا للداخلية", [("نايف", "PERSON", "title")], id="an-accusative-is-no-family-name"),
        pytest.param("بعد رحيل حسان تتواصل الأشغال", [], id="an-imperfect-verb-is-no-family-name-with-morphology"),
        pytest.param("وتحدث القيادي في حركة النهضة منير القصوري عن", [("حركة النهضة", "ORG", "party"),
                                                                    ("منير القصوري", "PERSON", "title")],
                     id="title-in-an-organization"),
        pytest.param("التقى المخرج بالوزير، ثم قال الجهيناوي إن", [("الجهيناوي", "PERSON", "person")],
                     id="family-name-of-the-corpus-list"),
        pytest.param("قال فيليبو رانييري في المؤتمر إن رانييري سعيد، وأكد رانييري أن",
                     [("فيليبو رانييري", "PERSON", "speaker"), ("رانييري", "PERSON", "recurrence"),
                      ("رانييري", "PERSON", "recurrence")], id="speaker-of-two-words-and-its-family-name"),
        pytest.param("وأعلن روتي في خطاب أن الحكومة باقية، وكان يوهان روتي قد",
                     [("روتي", "PERSON", "speaker"), ("يوهان روتي", "PERSON", "recurrence")],
                     id="a-one-word-name-recurs-in-fuller-form"),
        pytest.param("قال الخليفة أبو بكر البغدادي إن النصر قريب، وردت الحكومة على البغدادي",
                     [("أبو بكر البغدادي", "PERSON", "kunya"), ("البغدادي", "PERSON", "recurrence")],
                     id="a-preposition-spelled-like-a-given-name-is-no-given-name"),
    ],
)
def test_entities_with_morphology(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(e.text, e.label, e.rule) for e in find_entities_ar(text)] == expected


def _found(split: str, morphology: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    frames = []
    for path in sorted((data_dir() / "news").glob(f"{split}_*.txt")):
        text = read_text_ar(path)
        table = analyze_morphology_ar(text, backend="farahidi", progress=False) if morphology else False
        frames.append(entities_to_frame(find_entities_ar(text, morphology=table)).assign(file=path.name))
    return pd.concat(frames, ignore_index=True), read_gold_entities_ar(split=split)


@pytest.mark.parametrize(
    ("split", "morphology", "exact", "partial", "gold"),
    [
        # The layer was developed on the ten dev_ articles, so the bar is high.
        pytest.param("dev", True, 0.9, 0.95, 150, id="dev-farahidi"),
        pytest.param("dev", False, 0.9, 0.95, 150, id="dev-no-morphology"),
        # dev2_ was scored unseen first (README), then the layer was improved from its errors.
        pytest.param("dev2", True, 0.85, 0.9, 150, id="dev2-farahidi"),
        pytest.param("dev2", False, 0.8, 0.85, 150, id="dev2-no-morphology"),
        # dev3_ likewise: scored unseen first (exact 0.70), then improved from its errors.
        pytest.param("dev3", True, 0.85, 0.9, 140, id="dev3-farahidi"),
        pytest.param("dev3", False, 0.8, 0.85, 140, id="dev3-no-morphology"),
        # dev6_ (all four labels) likewise: scored unseen first (exact 0.78), then improved from its
        # errors for persons, places and dates; its organizations are still half missed.
        pytest.param("dev6", True, 0.8, 0.83, 160, id="dev6-farahidi"),
        pytest.param("dev6", False, 0.8, 0.83, 160, id="dev6-no-morphology"),
        # dev7_ (all four labels) likewise: scored unseen first (exact 0.76), then after general rules
        # (unchanged), then improved from its errors for dates and one party's name.
        pytest.param("dev7", True, 0.78, 0.8, 140, id="dev7-farahidi"),
        pytest.param("dev7", False, 0.78, 0.8, 140, id="dev7-no-morphology"),
    ],
)
def test_development_sets_of_the_news_gold(split: str, morphology: bool, exact: float, partial: float, gold: int) -> None:
    # The held-out half is measured by benchmarks/entities.py and reported in the README, never tested here.
    found_, gold_ = _found(split, morphology)
    scores = score_entities_ar(found_, gold_).set_index("label")
    assert scores.loc["all", "partial_f1"] >= partial
    assert scores.loc["all", "exact_f1"] >= exact
    assert scores.loc["all", "gold"] == len(gold_) > gold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the text's own full name, not the corpus list's (which holds المنصف المرزوقي)
        pytest.param("قال المدير الجهوي طه المرزوقي إن المستشفى جاهز، وأضاف المرزوقي أن",
                     [("طه المرزوقي", "title", "طه المرزوقي"), ("المرزوقي", "recurrence", "طه المرزوقي")],
                     id="the-text-s-own-name-before-the-list"),
        # a one-word person a rule found is tied to the text's full name
        pytest.param("قال وزير الدفاع جان-ايف لو دريان إن الوضع خطير، وقال لودريان في المقابل إن",
                     [("جان-ايف لو دريان", "title", "جان-ايف لو دريان"),
                      ("لودريان", "recurrence", "جان-ايف لو دريان")], id="speaker-yields-to-recurrence"),
        pytest.param("وأعلن المنصف المرزوقي ترشحه، ثم التقى ترامب الوفد",
                     [("المنصف المرزوقي", "given_name", "المنصف المرزوقي"), ("ترامب", "person", "دونالد ترامب")],
                     id="a-listed-family-name-alone"),
    ],
)
def test_persons_canonical(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(e.text, e.rule, e.canonical) for e in find_entities_ar(text) if e.label == "PERSON"]
    assert got == expected


def test_ben_family_is_not_cut_out_of_a_longer_name_by_recurrence() -> None:
    text = "أمضى جوهر بن حسن عقدا. ويشغل بن حسن خطة ظهير"
    spans = [(e.start, e.text, e.rule) for e in find_entities_ar(text)]  # the analyser reads يشغل as a verb
    assert (text.rindex("بن حسن"), "بن حسن", "ben_family") in spans
    assert all(start != text.index("بن حسن") for start, _, _ in spans)
