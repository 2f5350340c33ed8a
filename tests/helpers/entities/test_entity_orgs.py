"""Tests for the organization rules of helpers.entities (heads and its modules, the gazetteers, find.py): committees,
newspapers, construct ل-phrases, clubs whose names are common words, the listed bodies of the fifth
round (README, named entities).

The sentences are written for these tests; the organizations are real, the events invented.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.data import data_dir
from helpers.entities import entities_to_frame, find_entities_ar
from helpers.entities.scoring import read_gold_entities_ar, score_entities_ar
from helpers.morphology import analyze_morphology_ar
from helpers.text.load import read_text_ar


def orgs(text: str, *, morphology: bool) -> list[tuple[str, str]]:
    """The ORG spans of the layer, as (text, rule), with the embedded morphology or without any."""
    return [(e.text, e.rule) for e in find_entities_ar(text, morphology=None if morphology else False) if e.label == "ORG"]


FOUND = [
    # committees: لجنة + a designation of two definite words or more (heads_ar.tsv, follows=designation)
    pytest.param("دعت لجنة المالية والتخطيط والتنمية بمجلس نواب الشعب الوزير إلى الحضور.",
                 ("لجنة المالية والتخطيط والتنمية", "head"), id="committee-coordinated-then-its-parliament"),
    pytest.param("وأحيل المشروع على لجنة التشريع العام أمس.", ("لجنة التشريع العام", "head"), id="committee-general-is-no-year"),
    pytest.param("وقال رئيس لجنة النظام الداخلي إن الجلسة تأجلت.", ("لجنة النظام الداخلي", "head"),
                 id="committee-masculine-adjective-of-its-noun"),
    pytest.param("واختار أعضاء اللجنة الوطنية الديمقراطية رئيسا جديدا.", ("اللجنة الوطنية الديمقراطية", "definite_nisba"),
                 id="definite-committee-with-nisbas"),
    pytest.param("وشهدت الجلسة العامة للجنة الوطنية الأولمبية التونسية نقاشا.",
                 ("لجنة الوطنية الأولمبية التونسية", "head"), id="committee-after-lam-alif-dropped"),
    # confederations (كنفدرالية and its spellings)
    pytest.param("أعلنت الكنفدرالية الإفريقية لكرة القدم عن البرنامج.", ("الكنفدرالية الإفريقية لكرة القدم", "definite_nisba"),
                 id="confederation"),
    pytest.param("وقالت الكونفدرالية العامة التونسية للشغل إن الإضراب قائم.",
                 ("الكونفدرالية العامة التونسية للشغل", "definite_nisba"), id="confederation-other-spelling"),
    # newspapers titled by ordinary definite words; a demonym after the title is outside
    pytest.param("ونشرت صحيفة الشارع المغاربي الحوار كاملا.", ("صحيفة الشارع المغاربي", "head"), id="paper-two-words"),
    pytest.param("وقالت جريدة الصباح في عددها الصادر اليوم إن الوزير استقال.", ("جريدة الصباح", "head"),
                 id="paper-title-that-is-a-time-word"),
    pytest.param("وأوردت صحيفة الشروق الجزائرية الخبر.", ("صحيفة الشروق", "head"), id="paper-demonym-outside"),
    # ل-phrases: a construct with a listed place, a plural nisba, كرة القدم complete, a listed body apart
    pytest.param("وطالب الاتحاد العام لطلبة تونس بمراجعة القانون.", ("الاتحاد العام لطلبة تونس", "definite_nisba"),
                 id="lam-construct-with-a-place"),
    pytest.param("وأكدت الجمعية التونسية للنساء الديمقراطيات أن العنف تفاقم.",
                 ("الجمعية التونسية للنساء الديمقراطيات", "definite_nisba"), id="lam-plural-nisba"),
    pytest.param("وقال رئيس الجامعة التونسية لكرة القدم وديع الجريء إن المباراة تأجلت.",
                 ("الجامعة التونسية لكرة القدم", "definite_nisba"), id="football-ends-the-name-before-a-person"),
    pytest.param("وقررت الرابطة الوطنية لكرة القدم المحترفة تأجيل المباراة.",
                 ("الرابطة الوطنية لكرة القدم المحترفة", "definite_nisba"), id="football-then-an-adjective-of-the-body"),
    pytest.param("وقال الرئيس السابق للجنة الأمم المتحدة للتغير المناخي إن الوضع خطير.",
                 ("لجنة الأمم المتحدة للتغير المناخي", "head"), id="committee-of-a-listed-body-with-its-remit"),
    pytest.param("وصادقت لجنة الصناعة والطاقة والموارد الطبيعية والبنية الأساسية والبيئة على المشروع.",
                 ("لجنة الصناعة والطاقة والموارد الطبيعية والبنية الأساسية والبيئة", "head"), id="long-designation"),
    # the judicial pole (قطب, follows=lam)
    pytest.param("وأذن القطب القضائي لمكافحة الإرهاب بالاحتفاظ بالمتهمين.",
                 ("القطب القضائي لمكافحة الإرهاب", "definite_nisba"), id="judicial-pole"),
    # a political front by a phrase of ordinary words (جبهة, follows=phrase)
    pytest.param("وقالت جبهة الإنقاذ إنها تدعم التحركات.", ("جبهة الإنقاذ", "head"), id="front-by-ordinary-words"),
    # clubs that are common words, in a sports context
    pytest.param("وتعاقد الفريق مع لاعب الهلال في الصيف.", ("الهلال", "club"), id="club-after-a-word-of-sport"),
    pytest.param("وفاز الأهلي المصري على ضيفه.", ("الأهلي", "club"), id="club-before-its-country-demonym"),
    # listed bodies of the fifth round
    pytest.param("وقال رئيس دائرة المحاسبات إن التقرير جاهز.", ("دائرة المحاسبات", "court"), id="court-of-accounts"),
    pytest.param("وقال النائب إن مجلس النواب صادق على القانون.", ("مجلس النواب", "state_body"), id="house-of-representatives"),
    pytest.param("وصادق مجلس النواب العراقي على القانون.", ("مجلس النواب العراقي", "state_body"),
                 id="listed-state-body-keeps-its-nisba"),
    pytest.param("وحجزت الديوانة التونسية بضائع مهربة.", ("الديوانة التونسية", "state_body"), id="customs-by-its-name"),
    pytest.param("وأعلنت غوغل عن هاتف جديد.", ("غوغل", "company"), id="company"),
    # second round
    pytest.param("وقالت زعيمة الجبهة الوطنية اليميني المتطرف إنها فازت.", ("الجبهة الوطنية", "definite_nisba"),
                 id="feminine-head-stops-at-a-masculine-adjective"),
    pytest.param("وعقدت الحركة الدستورية مؤتمرها.", ("الحركة الدستورية", "definite_nisba"), id="movement-not-traffic"),
    pytest.param("وقال في حوار مع \"الجوهرة أف أم\" إن الاتفاق تم.", ("الجوهرة أف أم", "media"), id="a-quoted-name-alone-is-no-title"),
    # third round
    pytest.param("ويضم ممثلين عن وزارات الشؤون الاجتماعية والداخلية والصحة والمرأة والأسرة والطفولة.",
                 ("المرأة والأسرة والطفولة", "head_list"), id="ministries-after-a-shared-plural"),
    pytest.param("وأعلنت وزارتا الداخلية والدفاع عن خطة مشتركة.", ("الدفاع", "head_list"), id="ministries-after-a-dual"),
    pytest.param("وتوعدت الخارجية القطرية بملاحقة المتورطين.", ("الخارجية القطرية", "head"), id="ministry-by-portfolio-and-demonym"),
    pytest.param("وأنقذ حرس السواحل الإيطالي مئات المهاجرين.", ("حرس السواحل الإيطالي", "head"), id="coast-guard"),
    pytest.param("وقال الاتحاد الوطني لنقابات قوات الامن التونسي إن الأمنيين يطالبون بحقهم.",
                 ("الاتحاد الوطني لنقابات قوات الامن التونسي", "definite_nisba"), id="lam-construct-chain"),
    pytest.param("وأوضح أنه يمكن التنسيق مع لجنة شؤون التونسيين بالخارج بمجلس نواب الشعب.",
                 ("لجنة شؤون التونسيين بالخارج", "head"), id="committee-opened-by-a-construct-abroad"),
    pytest.param("وقالت لجنة تسيير البرنامج الوطني لتهيئة المناطق والمحلات الصناعية إن الأشغال انطلقت.",
                 ("لجنة تسيير البرنامج الوطني لتهيئة المناطق والمحلات الصناعية", "head"), id="committee-with-its-remit"),
    pytest.param("وقال موقع وكالة الأنباء القطرية إن الاختراق تم.", ("وكالة الأنباء القطرية", "agency"),
                 id="the-site-of-a-listed-body-names-the-body"),
    pytest.param("ويلتقي زيسكو يونايتد مع ضيفه.", ("زيسكو يونايتد", "club"), id="united-club"),
    pytest.param("ونشر الصور على فيسبوك أمس.", ("فيسبوك", "media"), id="website"),
]

NOT_ORG = [
    # the customs alone is a common noun like الشرطة (guidelines); by its name it is listed
    pytest.param("وحجزت مصالح الديوانة بضائع مهربة.", id="customs-alone"),
    pytest.param("وقرر أعضاء لجنة التحكيم منح الجائزة للفيلم.", id="jury-one-word"),
    pytest.param("وتشكلت لجنة التحقيق البرلمانية في القضية.", id="committee-described-by-its-adjective"),
    pytest.param("وأحيل اللاعب على لجنة التأديب التابعة للجامعة.", id="committee-attached-participle"),
    pytest.param("وتتهم اللجنة الجهات المعنية بالتقصير.", id="definite-committee-then-its-object"),
    pytest.param("ودعا المجتمع الأهلي المصري إلى الحوار.", id="ahli-adjective"),
    pytest.param("وظهر الهلال في السماء ليلة العيد.", id="crescent"),
    pytest.param("وقالت الصحيفة المذكورة إن صحيفة المقربة من الحكومة نشرت الخبر.", id="paper-adjectives"),
    pytest.param("وذاب الجليد في القطب الشمالي.", id="north-pole"),
    pytest.param("في ختام اجتماع الكتلة البرلمانية لحركة نداء المنعقد في سوسة.", id="bloc-described"),
    pytest.param("وأعلنت عن انسحابها من الهيئة السياسية لنداء تونس، كما أكدت.", id="body-of-a-listed-party"),
    pytest.param("واجتمعت اللجنة المركزية لحركة النهضة أمس.", id="committee-of-a-listed-party"),
    # second round
    pytest.param("وتعطلت الحركة الجوية في المطار بسبب الثلوج.", id="air-traffic"),
    pytest.param("وانقطع التيار الكهربائي عن الحي.", id="electric-current"),
    pytest.param("وارتفعت كتلة الأجور هذا العام.", id="wage-bill"),
    pytest.param("وتأهل الفريق إلى دور المجموعات من رابطة الأبطال الإفريقية.", id="champions-league-is-an-event"),
    pytest.param("وانطلق اجتماع اللجنة التمهيدي للجلسة العامة.", id="masculine-adjective-of-another-noun"),
    pytest.param("وأطلقت \"خدمة الخرائط غوغل\" (Google Maps ) في المدينة.", id="company-inside-a-product-title"),
    # third round
    pytest.param("وانتقد السياسة الخارجية الأمريكية وقال وزير الخارجية القطري إن بلاده ترفض.", id="portfolio-as-adjective-or-role"),
    pytest.param("وتضم لجنة تنظيم المقابلة أعضاء من الجامعة.", id="committee-construct-of-two-words"),
    pytest.param("وتعطلت الخطوط الهاتفية في الجهة.", id="phone-lines"),
    pytest.param("دارت القرعة الخاصة بدور المجموعات من كأس الكنفديرالية الإفريقية لكرة القدم اليوم.", id="confederation-cup"),
    pytest.param("وزار مدينة قنا المصرية.", id="qena-is-no-agency-alone"),
]


@pytest.mark.parametrize("morphology", [True, False], ids=["farahidi", "no-morphology"])
@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_organizations_found(text: str, expected: tuple[str, str], morphology: bool) -> None:
    assert expected in orgs(text, morphology=morphology)


@pytest.mark.parametrize("morphology", [True, False], ids=["farahidi", "no-morphology"])
@pytest.mark.parametrize("text", NOT_ORG)
def test_not_organizations(text: str, morphology: bool) -> None:
    found = orgs(text, morphology=morphology)
    assert all(name in ("نداء تونس", "حركة النهضة") for name, _ in found), found  # the listed body, not its unit


def test_a_committee_name_does_not_recur_without_its_head() -> None:
    text = "وقال رئيس لجنة الشؤون الاجتماعية إن وزير الشؤون الاجتماعية سيحضر."
    assert orgs(text, morphology=True) == [("لجنة الشؤون الاجتماعية", "head")]


@pytest.mark.parametrize("morphology", [True, False], ids=["farahidi", "no-morphology"])
def test_ordinary_words_do_not_recur_without_their_type_word(morphology: bool) -> None:
    text = "وقال اتحاد رفع الأثقال إن رياضة رفع الأثقال تتطور، ثم قالت منظمة الألكسو إن الألكسو تدعم المشروع."
    assert orgs(text, morphology=morphology) == [("اتحاد رفع الأثقال", "head"), ("منظمة الألكسو", "head"),
                                                 ("الألكسو", "recurrence")]


def test_a_company_recurs_but_not_inside_a_product_title() -> None:
    text = 'وقالت شركة تويوتا إن "خدمة حجوزات تويوتا" جاهزة وإن تويوتا ستوسعها.'
    assert orgs(text, morphology=True) == [("شركة تويوتا", "head"), ("تويوتا", "recurrence")]


def test_a_portfolio_after_a_shared_plural_does_not_recur_alone() -> None:
    text = "وحضر ممثلو وزارات الصحة والتربية الاجتماع، وقال إن الصحة أولوية."
    assert orgs(text, morphology=True) == [("الصحة", "head_list"), ("التربية", "head_list")]


def test_the_ambiguous_club_and_its_span_offsets() -> None:
    text = "وفاز الأهلي المصري على الهلال السوداني."
    spans = [e for e in find_entities_ar(text, morphology=False) if e.label == "ORG"]
    assert [(text[e.start : e.end], e.country) for e in spans] == [("الأهلي", "EGY"), ("الهلال", "SAU")]


@pytest.mark.parametrize("morphology", [True, False], ids=["farahidi", "no-morphology"])
def test_the_fifth_development_set(morphology: bool) -> None:
    # dev5_ (organizations only) was scored unseen first (exact F1 0.766), then after a first round of
    # rules written without reading its errors (0.867), then improved from its errors (README).
    frames = []
    for path in sorted((data_dir() / "news" / "organizations").glob("dev5_*.txt")):
        text = read_text_ar(path)
        table = analyze_morphology_ar(text, backend="farahidi", progress=False) if morphology else False
        frames.append(entities_to_frame(find_entities_ar(text, morphology=table)).assign(file=path.name))
    found = pd.concat(frames, ignore_index=True)
    found = found[found["label"] == "ORG"].reset_index(drop=True)
    scores = score_entities_ar(found, read_gold_entities_ar("annotations/news_organizations.tsv")).set_index("label")
    assert scores.loc["ORG", "gold"] == 58
    assert scores.loc["ORG", "exact_f1"] >= 0.9
    assert scores.loc["ORG", "partial_f1"] >= 0.93
