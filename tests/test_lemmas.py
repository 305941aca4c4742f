"""The kit's lemma choice: each error class of raw qalsadi, on words outside the gold file,
and a quality floor on the gold file computed in the test."""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import GOLD, needs_shared

from discourse.text.lemmatize import Lemmatizer


@pytest.fixture(scope="module")
def kit():
    return Lemmatizer(cache=False, overrides=None, progress=False)


@pytest.fixture(scope="module")
def raw():
    return Lemmatizer(cache=False, overrides=None, progress=False, method="qalsadi")


@pytest.mark.parametrize(
    "word,lemma,qalsadi_says",
    [
        # qalsadi picks among its own analyses by spellings and alphabet; the kit by frequency
        ("الجامعة", "جامعة", "جامع"),  # ة kept: the university, not "mosque/collector"
        ("يتوجه", "توجه", "توج"),  # a verb, not توج + pronoun ه
        # nisba adjectives are not cut back to the noun
        ("الاقتصاديون", "اقتصادي", None),
        # names are not stripped to a root
        ("الكاظمي", "كاظمي", "كاظم"),
        ("للكاظمي", "كاظمي", "كاظم"),
        # unknown words: article and clitics stripped, a plural or nisba back to its singular
        ("والإنترنت", "إنترنت", "والإنترنت"),
        ("الميليشيات", "ميليشيا", "الميليشيات"),
        ("لإيران", "إيران", "لإيران"),
        ("بواشنطن", "واشنطن", "بواشنطن"),
        ("ويكيليكس", "ويكيليكس", None),  # و that belongs to the name stays
        ("وارسو", "وارسو", None),
        # a leading letter read as a clitic or the interrogative hamza
        ("فيسبوك", "فيسبوك", "سب"),
        ("أوكرانيا", "أوكرانيا", "رانيا"),
        ("أبوظبي", "أبوظبي", "واظب"),
        # closed classes of Arabic grammar
        ("اللواتي", "الذي", "اللواتي"),
        ("هاتين", "هذا", "هاتين"),
        ("ليسوا", "ليس", "ليسوا"),
        ("يزالون", "زال", "أزال"),
        ("كبرى", "أكبر", "كبرى"),
        ("القصوى", "أقصى", "قصوى"),
        ("لهؤلاء", "هذا", None),
        ("عليهما", "على", None),
    ],
)
def test_error_classes_outside_the_gold(kit, raw, word, lemma, qalsadi_says):
    assert kit.lemmatize(word) == lemma
    if qalsadi_says is not None:
        assert raw.lemmatize(word) == qalsadi_says  # the error the kit corrects is real


def test_pronoun_after_one_letter_preposition(kit):
    assert kit.lemmatize("بهم") == "هو" and kit.lemmatize("لكم") == "أنت"
    assert kit.lemmatize("ولكن") == "لكن"  # "but", not ل + كن


def test_results_carry_clitics_and_source(kit):
    r = kit.analyze_forms(["والانسحاب", "والإنترنت", "هاتين"])
    assert (r["والانسحاب"].lemma, r["والانسحاب"].proclitic) == ("انسحاب", "وال")
    assert r["والإنترنت"].lemma_source == "unknown" and r["والإنترنت"].proclitic == "وال"
    assert r["هاتين"].lemma_source == "rules"


def test_method_is_checked():
    with pytest.raises(ValueError, match="method must be"):
        Lemmatizer(cache=False, method="farasa")


@needs_shared
def test_quality_floor_on_the_gold_file(kit, raw):
    from discourse.text.lemma_eval import read_gold, score_lemmas

    gold = read_gold(GOLD)
    ours = score_lemmas(gold, lambda forms: [kit.lemmatize(f) for f in forms])
    base = score_lemmas(gold, lambda forms: [raw.lemmatize(f) for f in forms])
    assert ours["n"] == base["n"] == 7855
    assert ours["strict"] >= base["strict"] and ours["loose"] >= base["loose"]
    # the lemma-engine issue's target (92 %), reached with 0.4.2 (92.3 %): a rule that costs it
    # fails here, not only in the benchmark
    assert ours["strict"] >= 0.92, ours["strict"]
    by = ours["by_pos"]["strict"]
    for pos, acc in base["by_pos"]["strict"].items():
        assert by[pos] >= acc, (pos, by[pos], acc)


def test_lemmas_in_context_read_each_row_in_its_sentence(kit):
    """The benchmark's in-context score: each gold row takes the lemma of its token in the
    tokenized sentence (the tokenizer reads تحمل after على as the noun, alone it is the verb
    حمل), matched in order by the written form; a row the tokenizer splits gets None."""
    from discourse.text.lemma_eval import lemmas_in_context

    gold = pd.DataFrame(
        {
            "sent_id": ["s1"] * 4 + ["s2"] * 2,
            "form": ["قدرته", "على", "تحمل", "الأعباء", "واي-فاي", "مجاني"],
            "gold_lemma": [""] * 6,
            "upos": ["NOUN"] * 6,
        }
    )
    texts = ["قدرته على تحمل الأعباء.", "واي-فاي مجاني"]
    got = lemmas_in_context(gold, texts, kit)
    assert got == ["قدرة", "على", "تحمل", "عبء", None, "مجاني"]
    assert kit.lemmatize("تحمل") == "حمل"
    with pytest.raises(ValueError, match="2 sentences and the sentences file 1 lines"):
        lemmas_in_context(gold, texts[:1], kit)
    with pytest.raises(KeyError, match="no sent_id column"):
        lemmas_in_context(gold.drop(columns="sent_id"), texts, kit)


# -- the error classes of the lemma-engine issue, with words outside the gold file -----------
@pytest.mark.parametrize(
    "word,lemma",
    [
        # broken plurals to their singular, from the second analyser (AlKhalil) where qalsadi
        # keeps the plural or reads something else into it
        ("جوائز", "جائزة"),
        ("الجوائز", "جائزة"),
        ("القوانين", "قانون"),
        ("الأماكن", "مكان"),
        ("القطارات", "قطار"),
        ("بالشوارع", "شارع"),
        # attached pronouns never left on a lemma
        ("بدعمها", "دعم"),
        ("لدعمهم", "دعم"),
        ("بطائراتها", "طائرة"),
        # nisba adjectives of words no dictionary lists
        ("الأذربيجانية", "أذربيجاني"),
        # numbers in their citation form, with the article too; الاثنين is Monday
        ("الثلاثين", "ثلاثون"),
        ("اثنين", "اثنان"),
        ("الاثنين", "اثنين"),
        # form VIII verbs that begin with ال are verbs, not the article on a noun
        ("التزم", "التزم"),
        ("التفت", "التفت"),
        ("والتزمت", "التزم"),
        # a reading that keeps the word's first letters beats one that cuts off a preposition
        ("بطولات", "بطولة"),
        # AlKhalil's defective nouns (ناد) are qalsadi's (نادي)
        ("الأندية", "نادي"),
        # plurals in ـيات to the singular in ـية when that is the common word; a nisba stays
        ("الإمكانيات", "إمكانية"),
        ("الأولويات", "أولوية"),
        ("الاتفاقيات", "اتفاقية"),
        ("السوريات", "سوري"),
        ("المصريات", "مصري"),
        # a broken plural the dictionary lists beats singular readings that a pattern makes
        # from a root (the participle مُنازِل, the verbal noun مَدارِس…)
        ("معارك", "معركة"),
        ("منازل", "منزل"),
        ("مدارس", "مدرسة"),
        ("قلوب", "قلب"),
        ("المخاطر", "خطر"),
        ("مصالحه", "مصلحة"),
        ("بحلقات", "حلقة"),  # a sound plural in ـات only to its singular in ة
        ("وأماكن", "مكان"),  # not أم read as a dual with a pronoun
        # a broken plural in ـان beats the dual of a rarer word, not that of a more common one
        ("فرسان", "فارس"),
        ("نيران", "نار"),
        ("للفتاتين", "فتاة"),
        # …but not a word of its own (the noun كتاب, the verbal noun أمن), nor a participle far
        # more common than that singular (مباشر, not مبشر; the citizen, not homelands)
        ("كتابا", "كتاب"),
        ("بالأمن", "أمن"),
        ("ومباشر", "مباشر"),
        ("مواطنهم", "مواطن"),
        ("عمرو", "عمرو"),  # a name, not the plural of عمر
        # a noun in ة the lexicon lists, not a verbal noun without ة; adjectives stay masculine
        ("والنميمة", "نميمة"),
        ("بالكتابة", "كتابة"),
        ("وكبيرة", "كبير"),
        ("عظيمة", "عظيم"),
        # a word the dictionary lists whole, more common than the word + pronoun ه
        ("والجنيه", "جنيه"),
        ("نبيه", "نبي"),
        # a word qalsadi does not know keeps its most common spelling where AlKhalil reads it too
        ("ادان", "أدان"),
        ("وسامسونغ", "سامسونج"),
        ("ايرلندا", "أيرلندا"),
        # a word far more common than a clitic ف/ك/و on the rest could make it is the word:
        # not ف + روع, ك + مال, ك + لام, ف + قاد, ف + دان
        ("فروع", "فرع"),
        ("كمال", "كمال"),
        ("كلامه", "كلام"),
        ("فقدت", "فقد"),
        ("فدان", "فدان"),
        # …but the clitic stays where it is the likelier reading: the particle قد, و before a
        # perfect verb, و before a noun the whole word would make a verb of, ف + على + ك
        ("فقد", "قد"),
        ("وترك", "ترك"),
        ("وأمه", "أم"),
        ("فعليك", "على"),
        # a name neither spelling of which general Arabic knows keeps its ف/ك (كل… is not
        # ك + the article)
        ("كلوفيس", "كلوفيس"),
        ("فيرانتي", "فيرانتي"),
        ("بلانشار", "بلانشار"),
        # a word in ة far more common than its masculine is a noun of its own; adjectives,
        # often more common in the feminine, keep their masculine lemma
        ("لمجموعة", "مجموعة"),
        ("الأقلية", "أقلية"),
        ("والشفافية", "شفافية"),
        ("بالمنطقة", "منطقة"),
        ("اتفاقيته", "اتفاقية"),
        ("متفرقة", "متفرق"),
        ("العنقودية", "عنقودي"),
        ("المفخخة", "مفخخ"),
        # a word far more common than a dual could make it is not a dual: names in ـان and فنان;
        # real duals stay duals
        ("سليمان", "سليمان"),
        ("عدنان", "عدنان"),
        ("وللفنان", "فنان"),
        ("الطرفان", "طرف"),
        ("الجانبان", "جانب"),
        # a broken plural beats a verbal noun of the same letters that qalsadi's dictionary
        # rates rare (the plural دول, not the verbal noun دَوْل); a verbal noun in use stays
        ("دول", "دولة"),
        ("صحف", "صحيفة"),
        ("الغرف", "غرفة"),
        ("والحضور", "حضور"),
        ("عددا", "عدد"),
        # "we do" loses to the word's other readings: news reports in the third person
        ("ونقل", "نقل"),
        ("نصيب", "نصيب"),
        ("نشرها", "نشر"),
        ("نريد", "أراد"),
        ("بنجاح", "نجاح"),
        # a participle the lexicon also lists as a noun in ة, far more common in the feminine:
        # the noun (the base, al-Qaeda), not the participle قاعد; adjectives stay masculine
        ("القاعدة", "قاعدة"),
        ("المقبلة", "مقبل"),
        ("السابقة", "سابق"),
        # of two singulars of a listed plural, the far more common one
        ("بمواقع", "موقع"),
        # a hamza dropped at the start of a word, as much online news writes it
        ("لانه", "أن"),
        ("وانه", "أن"),
        ("اكثر", "أكثر"),
        ("احد", "أحد"),
        ("اليه", "إلى"),
        ("الا", "إلا"),
        ("امن", "أمن"),
        # …but not on a bare alef of its own (hamzat al-wasl)
        ("استقبال", "استقبال"),
        # the interrogative أ is not read onto a common word
        ("وأمن", "أمن"),
        # a two-letter word is its own lemma when nothing but the article was read off it
        ("الحق", "حق"),
        ("رد", "رد"),
        ("الدم", "دم"),
        ("أولا", "أول"),  # …not آل with an ending read on
        # a perfect verb qalsadi lists without frequency is still the verb, not a name
        ("حصلت", "حصل"),
        ("وحصلوا", "حصل"),
        ("وأحيانا", "حين"),  # نا is also a pronoun: not a verb ending there
        # the accusative alif of an adverb or a circumstantial noun, written without tanwin
        ("مجانا", "مجان"),
        ("حتما", "حتم"),
        ("طالما", "طالما"),  # …not when the rest is no word (طالم)
        # a final tanwin marks a noun: no verb reading, no alif read into a suffix
        ("سعودياً", "سعودي"),
        ("أرضاً", "أرض"),
        ("رداً", "رد"),
        ("فيلماً", "فيلم"),
        ("منوهاً", "منوه"),
        ("ثمينًا", "ثمين"),
        ("درهمًا", "درهم"),
        ("أحيانًا", "حين"),
        ("حاليًا", "حالي"),
        ("إلكترونياً", "إلكتروني"),
        ("نهائياً", "نهائي"),
        ("مجانًا", "مجان"),
        ("وأيضاً", "أيضا"),  # an adverb qalsadi lists whole stays whole
        ("معًا", "معا"),
        # an imperfect verb qalsadi lists without frequency is the verb, not a name
        ("يزعم", "زعم"),
        ("تحجز", "حجز"),
        ("يطبخ", "طبخ"),
        # hollow verbs qalsadi's dictionary lacks, from AlKhalil (not the rare form II)
        ("يعيش", "عاش"),
        ("يزول", "زال"),
        ("يطوف", "طاف"),
        # a name takes no pronoun, plural ending or accusative alif: a name of its own
        ("فرانكو", "فرانكو"),
        ("ماريو", "ماريو"),
        ("العثمانيون", "عثماني"),  # …but a people's name in ـي takes the plural
        # the article and clitics never stay on a lemma; a particle after ب is the particle
        ("فبالتالي", "تالي"),
        ("وبلا", "لا"),
        ("وأغلب", "أغلب"),
        # و before a verb is the word's own when what follows is no word (وفق ≠ و + فق)
        ("وفقت", "وفق"),
        ("ولادته", "ولادة"),
        # Friday, a noun, not جمع with ة
        ("والجمعة", "جمعة"),
        # one-word names of news sources in the gazetteer are names (not واسى, "consoled")
        ("واس", "واس"),
        ("لرويترز", "رويترز"),
        ("وام", "أم"),  # …not one that is also an everyday word ("and mother", hamza dropped)
        # the nisba of a word in ـاء writes its hamza on ي
        ("المائي", "مائي"),
        ("العشوائي", "عشوائي"),
        ("الدوائية", "دوائي"),
        # a participle's feminine that the lexicon also holds as a verbal noun is the participle
        ("بخاصة", "خاص"),
        ("والخاصة", "خاص"),
        ("كافة", "كافة"),  # …a noun of the lexicon in ة keeps it
        # broken plurals AlKhalil lists, though its list of names holds the word too
        ("الطلبة", "طالب"),
        ("جسور", "جسر"),
        ("بضائع", "بضاعة"),
        ("بدوره", "دور"),  # …not a plural that takes in the clitic (بدر, a fifth as common)
        ("تعيش", "عاش"),
        # فاعي is the participle or noun, not the verb فاعى with its ى written ي…
        ("قاضي", "قاضي"),
        ("ووالي", "والي"),
        ("داعي", "داعي"),
        ("عاني", "عانى"),  # …unless the word is rarer than the verb: the verb misspelt
        # a two-letter preposition with the first-person pronoun is the preposition
        ("مني", "من"),
        ("وعني", "عن"),
        ("عندي", "عند"),
        ("لدي", "لدى"),
        ("معي", "مع"),
        ("بلدي", "بلدي"),  # …and takes no preposition before it ("my country", not ب + لدي)
        ("ولدي", "ولدي"),  # "my son"
        # a clitic the analysis did not read is not taken off a reading the dictionary rates in
        # use (فعلي is the nisba of فعل, not ف + علي), but is off a rare one (كماد + ة)
        ("فعلي", "فعلي"),
        ("كمادة", "مادة"),
        # a past tense of women (ـنَ) loses to a noun the dictionary lists as the word itself
        ("عدن", "عدن"),  # Aden, not عاد + ن
        ("لعدن", "عدن"),
        ("جبن", "جبن"),  # not وجب + ن
        ("رنين", "رنين"),
        # a broken plural of the whole word over a clitic reading of a far rarer word
        ("لجان", "لجنة"),  # committees, not ل + جاني
        ("لحوم", "لحم"),  # meat, not ل + حوم
        ("بدور", "دور"),  # …not when the clitic reading's word is the common one (بدر)
        # a hamza-less spelling after a clitic is read as the word with its hamza (general
        # Arabic's counts fold the two, so only the analysis can tell): was أسعار, أطفال, X
        ("الاسعار", "سعر"),
        ("للاطفال", "طفل"),
        ("والامطار", "مطر"),
        ("بالاجراءات", "إجراء"),
        ("الانتخابات", "انتخاب"),  # a word whose alef takes no hamza keeps it
        # a participle's sound plural in construct (موظفين before a genitive) is not a nisba:
        # موظفي الوزارة, مسؤولي الحكومة, لاعبي الفريق (were موظفي, مسؤولي, لاعبي) …
        ("موظفي", "موظف"),
        ("مسؤولي", "مسؤول"),
        ("لاعبي", "لاعب"),
        ("ممثلي", "ممثل"),
        # … while the nisba adjectives the dictionary lists, or one with tanwin, stay
        ("محلي", "محلي"),
        ("مركزي", "مركزي"),
        ("العسكري", "عسكري"),
        ("متوسطيٍ", "متوسطي"),
    ],
)
def test_lemma_engine_error_classes(kit, word, lemma):
    assert kit.lemmatize(word) == lemma


def test_a_plural_over_a_rare_reading_goes_to_a_noun_not_to_a_feminine_adjective(kit):
    # كبار is also listed as the plural of the noun كبيرة (a grave sin); the adjective's
    # feminine is not a noun of its own, so the plural is not sent there
    assert kit.lemmatize("كبار") != "كبيرة" and kit.lemmatize("صغار") != "صغيرة"


@pytest.mark.parametrize(
    "spellings,lemma",
    [
        (("اسطنبول", "إسطنبول", "باسطنبول"), "إسطنبول"),  # the hamza written
        (("الكونغرس", "الكونجرس", "للكونغرس"), "كونجرس"),  # g as غ or ج: one lemma
        (("هونج", "هونغ", "لهونج"), "هونغ"),  # also when qalsadi lists one spelling as a name
        (("الأميركية", "الأمريكية", "والأميركيين"), "أمريكي"),  # spelling.yaml
    ],
)
def test_spelling_variants_share_one_lemma(kit, spellings, lemma):
    assert {kit.lemmatize(w) for w in spellings} == {lemma}


def test_persian_letters_become_arabic(kit):
    assert "ک" not in kit.lemmatize("پاکستان") and "ی" not in kit.lemmatize("ایران")


def test_the_indexed_alkhalil_falls_back_to_farahidi_on_an_unchecked_release(monkeypatch):
    from farahidi import Analyzer as Plain

    from discourse.text import alkhalil

    monkeypatch.setattr(alkhalil, "VERIFIED", ())
    indexed = alkhalil.Analyzer()
    monkeypatch.setattr(indexed, "_patterns", lambda *a: pytest.fail("the index must not be used"))
    for form in ("والمستشفيات", "مجالس", "كتاب"):
        assert [a.to_dict() for a in indexed.analyze(form)] == [a.to_dict() for a in Plain().analyze(form)]


def test_the_indexed_alkhalil_analyses_as_farahidi_does():
    """discourse.text.alkhalil only indexes farahidi's stem matching: on a sample of the shipped
    table's forms (frequent and rare) and some awkward words, every analysis is the same."""
    import random

    import pandas as pd
    from farahidi import Analyzer as Plain

    from discourse import config
    from discourse.text.alkhalil import Analyzer as Indexed

    forms = pd.read_parquet(config.lexicon_path("lemma_table"), columns=["form"])["form"].tolist()
    sample = random.Random(7).sample(forms, 250) + [
        "والمستشفيات",
        "سيستغرقون",
        "فأسقيناكموه",
        "ؤ",
        "آ",
        "مئات",
        "الإيرانيين",
        "لأنهم",
        "كونغرس",
        "ا",
    ]
    import farahidi

    from discourse.text import alkhalil

    # the index is only used with a release it was checked against; this test is that check
    if farahidi.__version__ not in alkhalil.VERIFIED:
        pytest.skip(
            f"farahidi {farahidi.__version__} is not in discourse.text.alkhalil.VERIFIED: the "
            "kit runs farahidi's own (slower) matching; compare the index with it and add it"
        )
    # farahidi's own functions for the reference, then the indexed analyser with its pure
    # functions remembered (alkhalil.remember_pure_functions)
    alkhalil.plain_functions()
    plain = Plain()
    want = {form: [a.to_dict() for a in plain.analyze(form)] for form in sample}
    indexed = Indexed()
    assert alkhalil._ORIGINALS  # remembered, so the comparison means something
    for form in sample:
        assert [a.to_dict() for a in indexed.analyze(form)] == want[form], form


def test_the_lemma_key_keeps_a_final_tanwin_once():
    from discourse.text.lemmatize import lemma_key

    # the tanwin before or after the alif, with a shadda or not: one key
    assert lemma_key("مؤخرًا") == lemma_key("مؤخراً") == "مؤخر" + "ا\u064b"
    assert lemma_key("حاليًّا") == "حالي" + "ا\u064b"
    assert lemma_key("ثوانٍ") == "ثوان\u064d"
    # other diacritics go; a word without tanwin keys as before
    assert lemma_key("وَالْاِنْسِحَابُ") == "والانسحاب"
    assert lemma_key("مؤخرا") == "مؤخرا"
    assert lemma_key("\u064b") == ""


def test_an_override_applies_to_the_form_with_tanwin():
    kit = Lemmatizer(cache=False, overrides={"مؤخرا": "أخير"}, progress=False)
    assert kit.lemmatize("مؤخراً") == "أخير"
    assert kit.lemmatize("ومؤخراً") == "أخير"


def test_a_lemma_query_ignores_tanwin():
    from discourse.stats.lookup import column_key

    assert column_key("أيضاً", "lemma") == "أيضا"


def test_the_shipped_overrides_fix_frequent_news_words():
    # the default overrides (data/lexicons/lemma_overrides.tsv), also after proclitics
    lem = Lemmatizer(cache=False, progress=False)
    forms = [
        "ولي",
        "وولي",
        "لولي",
        "قيد",
        "بقيد",
        "والمرأة",
        "للمرأة",
        "والان",
        "والسيدة",
        "ببلدة",
        "بالعملية",
    ]
    forms += ["للأسرى", "وأراضي", "للبنوك", "والمشاكل", "وفعليا", "للأصول", "وتقع", "سيما"]
    forms += ["عيد", "وأرض", "لسموه", "بتعز", "والتقني", "بالحدودية", "بالدمام", "للأممية"]
    forms += ["والنجوم", "والسجون", "بينبع", "ويحق", "بمكاتب", "ومعاليه", "والسلوك"]
    forms += ["وأحدهما", "سنتا", "والتمارين", "والخلافات", "للسكانية", "بالأحساء", "للمرء"]
    forms += ["بأيدي", "أيديهم", "التذاكر", "وتذاكر"]
    forms += [
        "لقائمة",
        "بالقوائم",
        "ووثيقة",
        "بالوثيقة",
        "وعاصفة",
        "للعواصف",
        "والتهاني",
        "وكفريا",
        "والفوعة",
    ]
    res = lem.known(forms)
    assert {k: (v.lemma, v.pos) for k, v in res.items()} == {
        "والمرأة": ("امرأة", "NOUN"),  # was المرأة, the article left on the lemma
        "للمرأة": ("امرأة", "NOUN"),  # was مرأة
        "والان": ("آن", "FUNC"),  # الآن without its madda, was الان
        "والسيدة": ("سيدة", "NOUN"),  # a lady, not سيد
        "ببلدة": ("بلدة", "NOUN"),  # a town, not بلد "country"
        "بالعملية": ("عملية", "NOUN"),  # the operation, as عملية (not عملي "practical")
        "للأسرى": ("أسير", "NOUN"),  # broken plurals read as another word: was سرى
        "وأراضي": ("أرض", "NOUN"),  # was راضى
        "للبنوك": ("بنك", "NOUN"),  # was بنى
        "والمشاكل": ("مشكلة", "NOUN"),  # was مشاكل
        "وفعليا": ("فعلي", "ADJ"),  # was أعلى (ف + علياً)
        "للأصول": ("أصل", "NOUN"),  # was the verb صال
        "وتقع": ("وقع", "VERB"),
        "سيما": ("سيما", "FUNC"),  # لا سيما, was سام
        "عيد": ("عيد", "NOUN"),  # عيد الفطر, was the verb عاد
        "وأرض": ("أرض", "NOUN"),  # was رضي
        "لسموه": ("سمو", "NOUN"),  # His Highness, was the verb سمى
        "بتعز": ("تعز", "PROPN"),  # the Yemeni city, was the verb عزا
        "والتقني": ("تقني", "ADJ"),  # technical, was the verb التقى
        "بالحدودية": ("حدودي", "ADJ"),  # border, was تحديدي
        "بالدمام": ("الدمام", "PROPN"),  # the city, was دميم
        "للأممية": ("أممي", "ADJ"),  # of the UN, was أمي "illiterate"
        "والنجوم": ("نجم", "NOUN"),  # stars, was the verb جام
        "والسجون": ("سجن", "NOUN"),  # prisons, was سجا
        "بينبع": ("ينبع", "PROPN"),  # the Saudi city, was انباع
        "ويحق": ("حق", "VERB"),  # has the right, was أحاق
        "بمكاتب": ("مكتب", "NOUN"),  # offices, was مكتبة "library"
        "ومعاليه": ("معالي", "NOUN"),  # His Excellency, was معلاة
        "والسلوك": ("سلوك", "NOUN"),  # was سلك
        "وأحدهما": ("أحد", "NOUN"),  # one of the two, was the verb حدا
        "سنتا": ("سنت", "NOUN"),  # cents, was سنا
        "والتمارين": ("تمرين", "NOUN"),  # exercises, was مارى
        "والخلافات": ("خلاف", "NOUN"),  # disagreements, was خلافة "caliphate"
        "للسكانية": ("سكاني", "ADJ"),  # population, was ساكني
        "بالأحساء": ("الأحساء", "PROPN"),  # the Saudi region, was حسا
        "للمرء": ("مرء", "NOUN"),  # a person, was مرء X (المرء kept its article)
        "بأيدي": ("يد", "NOUN"),  # at the hands of, was أيدي X
        "أيديهم": ("يد", "NOUN"),  # was the verb أيّد
        "التذاكر": ("تذكرة", "NOUN"),
        "وتذاكر": ("تذكرة", "NOUN"),  # tickets, was the verb ذاكر
        "ولي": ("ولي", "NOUN"),  # ولي العهد, not و + لي
        "وولي": ("ولي", "NOUN"),
        "لولي": ("ولي", "NOUN"),
        "قيد": ("قيد", "NOUN"),  # قيد الإنشاء, not قاد
        "بقيد": ("قيد", "NOUN"),
        "لقائمة": ("قائمة", "NOUN"),  # a list, was قائم "standing"
        "بالقوائم": ("قائمة", "NOUN"),  # lists, was قائم
        "ووثيقة": ("وثيقة", "NOUN"),  # a document, was وثيق "firm" (وثائق was already وثيقة)
        "بالوثيقة": ("وثيقة", "NOUN"),
        "وعاصفة": ("عاصفة", "NOUN"),  # a storm (عاصفة الحزم), was عاصف
        "للعواصف": ("عاصفة", "NOUN"),  # storms, was عاصف
        "والتهاني": ("تهنئة", "NOUN"),  # congratulations, was تهاني X
        "وكفريا": ("كفريا", "PROPN"),  # the Syrian village, was كفر "unbelief"
        "والفوعة": ("الفوعة", "PROPN"),  # its neighbour, was فوعة
    }


@pytest.mark.parametrize(
    "word,lemma",
    [("التقت", "التقى"), ("التقوا", "التقى"), ("التحقت", "التحق"), ("التهمت", "التهم"), ("التقطت", "التقط")],
)
def test_a_verb_of_the_form_iftaala_keeps_its_alif_and_lam(kit, word, lemma):
    """التقت is التقى + ت ("she met"), not the article on a word تقت."""
    r = kit.analyze(word)
    assert (r.lemma, r.pos) == (lemma, "VERB")


@pytest.mark.parametrize("word", ["باتريك", "نوفاك", "تايتانيك", "سوخوي", "غيانا", "كرزاي", "أوليفييه"])
def test_a_name_that_ends_like_a_pronoun_is_read_whole(word):
    """A common word whose stem general Arabic never writes with another possessive pronoun is
    no noun + pronoun: باتريك is not باتر + ك ("your planter"), كرزاي not كرز + ي."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.enclitic) == (word, "")


@pytest.mark.parametrize(
    "word,lemma,enclitic",
    [
        ("بموجبه", "موجب", "ه"),  # بموجبها is written: the pronoun is real
        ("شعبنا", "شعب", "نا"),
        ("سيارتي", "سيارة", "ي"),
        ("مجروحه", "مجروح", "ه"),  # ه for a final ة (مجروحة), left to the analysis
        ("مناصري", "مناصر", "ي"),  # a plural in construct (مناصرين)
        ("ونائبيه", "نائب", "ه"),  # a dual in construct with a pronoun (نائبين)
        ("مؤيدوه", "مؤيد", "ه"),
    ],
)
def test_a_noun_with_a_pronoun_it_takes_keeps_it(kit, word, lemma, enclitic):
    r = kit.analyze(word)
    assert (r.lemma, r.enclitic) == (lemma, enclitic)


@pytest.mark.parametrize("word", ["بيدرو", "ديسكو", "هوجو", "توليدو"])
def test_a_name_in_o_is_no_plural_in_construct(word):
    """بيدرو is not بيدر + ـو (a sound plural in construct): general Arabic hardly writes بيدرون."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma == word


@pytest.mark.parametrize(
    "word,lemma",
    [("مؤيدو", "مؤيد"), ("ناشطو", "ناشط"), ("مسؤولو", "مسؤول"), ("قالو", "قال"), ("عندو", "عند")],
)
def test_a_plural_in_construct_and_informal_o_keep_their_reading(kit, word, lemma):
    """مؤيدو الرئيس: general Arabic writes مؤيدون and ناشطون at least a tenth as often as مؤيدو and
    ناشطو; قالو is قالوا, عندو عنده, informally (both spellings far more common)."""
    assert kit.analyze(word).lemma == lemma


@pytest.mark.parametrize("word", ["كاثرين", "عسقلان", "نهيان", "أفلاطون", "فقدان", "نقصان"])
def test_a_word_in_an_or_un_with_no_other_case_is_no_dual_or_plural(word):
    """نهيان is not a dual of نهي: general Arabic never writes نهيين; أفلاطون no plural (no أفلاطين);
    كاثرين no plural of كاثر (no كاثرون, and no كاثر to speak of)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma == word.removeprefix("ال")


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("لاعبون", "لاعب"),
        ("طرفان", "طرف"),
        ("للموظفين", "موظف"),  # موظفون, without the proclitics
        ("المرؤوسين", "مرؤوس"),  # a plural news writes mostly in ـين: its singular is written
        ("محاولين", "محاول"),  # and here its feminine
        ("الكاحلين", "كاحل"),  # a dual: كاحل
        ("التنظيمين", "تنظيم"),
    ],
)
def test_a_dual_or_plural_keeps_its_singular(kit, word, lemma):
    assert kit.analyze(word).lemma == lemma


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("الأمان", "أمان"),  # safety, not two mothers (أم is also "or": compared with the article)
        ("والأمين", "أمين"),  # the secretary (الأمين العام)
        ("العدوان", "عدوان"),  # aggression, not two enemies
        ("البحرين", "بحرين"),  # Bahrain: hardly ever written without the article
        ("التمرين", "تمرين"),  # exercise, not two dates
        ("شاهين", "شاهين"),
    ],
)
def test_a_word_the_dictionary_lists_whole_is_no_dual_of_a_shorter_one(word, lemma):
    """qalsadi lists these words whole and also reads them as the dual of a shorter noun, which
    its frequencies preferred; general Arabic writes them far more often than a dual can be."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "NOUN")


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("الطرفين", "طرف"),
        ("الجانبين", "جانب"),
        ("البلدين", "بلد"),
        ("الحرمين", "حرم"),  # خادم الحرمين الشريفين: the two holy mosques
        ("الجيشان", "جيش"),  # the dictionary lists جيشان too, rarer than a dual could make it
    ],
)
def test_true_duals_keep_their_singular(word, lemma):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma == lemma


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("حالته", "حالة"),  # his condition: حالة + ه, not حال + ة + ه
        ("مهمتها", "مهمة"),  # its mission: no adjective (مهم "important") takes a pronoun
        ("شهرته", "شهرة"),  # his fame, not شهر (a month) + ة + ه
        ("عملتها", "عملة"),  # its currency
        ("وجهتها", "وجهة"),  # its destination
        ("سيرته", "سيرة"),  # his biography
        ("الحالة", "حالة"),  # حال has no feminine: the word in ة the dictionary lists
        ("بالحالة", "حالة"),
        ("العقيدة", "عقيدة"),  # doctrine, not عقيد (a colonel) + ة
        ("القطعة", "قطعة"),  # the piece, not قطع + ة
        ("الحفلة", "حفلة"),  # the party, not حفل + ة
    ],
)
def test_a_noun_in_ta_marbuta_keeps_it_with_its_clitics(word, lemma):
    """The kit reads حالة as حالة; with a pronoun (ة written ت) or after the article qalsadi's
    frequencies preferred a shorter noun with a feminine ending it cannot take. All fail with
    0.4.11's rules."""
    kit = Lemmatizer(cache=False, overrides=None, progress=False, names=False)
    r = kit.analyze(word)
    assert (r.lemma, r.pos) == (lemma, "NOUN")
    assert kit.analyze(lemma).lemma == lemma  # one lemma with and without the clitics


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("صوتها", "صوت"),  # a ت of the word's own: صوت + ها
        ("المهمة", "مهم"),  # the adjective's feminine stays the adjective (القضايا المهمة)
        ("الخاصة", "خاص"),
        ("الدقيقة", "دقيق"),  # دقيق is also an adjective ("precise") for qalsadi
        ("الابنة", "ابن"),  # ابنة → ابن alone, so with the article too (the gold's convention)
        ("ابنتها", "ابن"),
        ("أديرة", "دير"),  # monasteries: an interrogative أ read off gives no word in ة
    ],
)
def test_a_feminine_ending_that_is_an_inflection_stays_one(word, lemma):
    kit = Lemmatizer(cache=False, overrides=None, progress=False, names=False)
    assert kit.analyze(word).lemma == lemma


def test_frequent_words_read_as_another_word():
    """بواسطة (by means of) came out as the city واسط, أرضه (his land) as the verb أرضى and انك
    (أنك without its hamza) as the verb نكى."""
    lem = Lemmatizer(cache=False, progress=False)
    forms = ["بواسطة", "وبواسطة", "أرضه", "لأرضهم", "بأرضها", "انك", "وانك"]
    res = lem.known(forms)
    assert {k: (v.lemma, v.pos, v.proclitic, v.enclitic) for k, v in res.items()} == {
        "بواسطة": ("واسطة", "NOUN", "ب", ""),
        "وبواسطة": ("واسطة", "NOUN", "وب", ""),
        "أرضه": ("أرض", "NOUN", "", "ه"),
        "لأرضهم": ("أرض", "NOUN", "ل", "هم"),
        "بأرضها": ("أرض", "NOUN", "ب", "ها"),
        "انك": ("أن", "FUNC", "", ""),
        "وانك": ("أن", "FUNC", "و", ""),
    }
    # بعيد alone is "far" (0.4.36: ب + عيد, the override of عيد reaching it); the feast it is
    # before a feast's name, which the tokenizer reads (test_text.py)
    assert [lem.lemmatize(f) for f in ("عيد", "بالعيد", "بعيد", "وبعيد")] == ["عيد", "عيد", "بعيد", "بعيد"]


def test_the_longer_override_wins_a_form_two_overrides_reach():
    # (a mapping of the user's: عيد reaches وبعيد as و + ب + عيد, بعيد as و + بعيد)
    for overrides in ({"عيد": "عيد", "بعيد": "بعيد"}, {"بعيد": "بعيد", "عيد": "عيد"}):
        lem = Lemmatizer(cache=False, overrides=overrides, names=False, progress=False)
        got = lem.known(["وبعيد", "وبالعيد", "بعيد"])
        assert {k: (v.lemma, v.proclitic) for k, v in got.items()} == {
            "وبعيد": ("بعيد", "و"),
            "وبالعيد": ("عيد", "وبال"),
            "بعيد": ("بعيد", ""),
        }


def test_a_noun_override_applies_with_a_pronoun(tmp_path):
    """The shipped overrides send بلاد to بلد and مشاعر to شعور (as the PUD gold has them); with a
    pronoun they were بلاد and مشعر, so one word had two lemmas. A noun's override now applies
    with a pronoun suffix too, after proclitics and with its ة written ت."""
    lem = Lemmatizer(cache=False, progress=False)
    res = lem.known(["بلاده", "وبلادهم", "مشاعرهم", "جنودنا", "لمشاكلها", "بمثابتها"])
    assert {k: (v.lemma, v.proclitic, v.enclitic) for k, v in res.items()} == {
        "بلاده": ("بلد", "", "ه"),
        "وبلادهم": ("بلد", "و", "هم"),
        "مشاعرهم": ("شعور", "", "هم"),
        "جنودنا": ("جندي", "", "نا"),
        "لمشاكلها": ("مشكلة", "ل", "ها"),
        "بمثابتها": ("مثابة", "", "ها"),  # the override's key is بمثابة itself
    }
    # an elative-shaped noun (أشهر "months" beside أشهر "most famous"), a key of three letters
    # (صور beside the verb صوّر + ه) and a name are left to the analysers with a pronoun
    assert lem.known(["أشهرها"])["أشهرها"].lemma_source != "override"
    assert lem.known(["صوره"])["صوره"].lemma_source != "override"
    # nor with ي, which is also the nisba: تجاري is "commercial", not تجار (→ تاجر) + ي
    assert lem.known(["تجاري"])["تجاري"].lemma_source != "override"
    f = tmp_path / "overrides.tsv"
    f.write_text("form\tlemma\tpos\nالكاظمي\tالكاظمي\tPROPN\nكتائب\tكتيبة\tNOUN\n", encoding="utf-8")
    user = Lemmatizer(cache=False, overrides=f, names=False, progress=False)
    r = user.known(["وكتائبه"])["وكتائبه"]  # a user's noun override: the same
    assert (r.lemma, r.proclitic, r.enclitic, r.lemma_source) == ("كتيبة", "و", "ه", "override")
    assert user.known(["الكاظميه"])["الكاظميه"].lemma_source != "override"


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("أحيانا", "حين", "NOUN"),  # "sometimes", written without its tanwin: not أ + حيا + نا
        ("احيانا", "حين", "NOUN"),
        ("أعوانا", "عون", "NOUN"),  # helpers (أعواناً), not أ + عوى + نا
        ("أفلامها", "فيلم", "NOUN"),  # its films, not أ + ف + لام + ها
        ("أكل", "أكل", "VERB"),  # eat / eating, not أ + كل "is every…?"
        ("أمنها", "أمن", "NOUN"),  # its security, not أ + من + ها
        ("أمنهم", "أمن", "NOUN"),
        ("أوراقها", "ورق", "NOUN"),  # its papers, not أ + و + راقي + ها
    ],
)
def test_the_interrogative_alif_is_not_read_into_a_common_word(word, lemma, pos):
    """qalsadi reads a leading أ as the interrogative particle; news seldom asks so, and these
    words are nouns or a verb of general Arabic. All fail with 0.4.11's rules."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)


@pytest.mark.parametrize(
    "word,lemma",
    [("ألم", "لم"), ("ألن", "لن"), ("ألديك", "لدى"), ("أثمة", "ثمة"), ("أولويتنا", "أولوية")],
)
def test_a_rhetorical_question_keeps_its_particle(word, lemma):
    """The interrogative أ before a negation, لدى or ثمة stays a question (ألم يكن), and a
    noun read with it is left alone (أولويتنا, our priority)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma == lemma


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("بعملية", "عملية", "NOUN"),  # by an operation: عملية as alone, not the nisba عملي + ة
        ("لمراقبة", "مراقبة", "NOUN"),  # to monitor: the verbal noun, not مراقب + ة
        ("بمهمة", "مهمة", "NOUN"),
        ("بتقنية", "تقنية", "NOUN"),
        ("بشعور", "شعور", "NOUN"),  # with a feeling, not the verb شعر
        ("لنجاح", "نجاح", "NOUN"),  # for the success, not ل + the verb جاح
        ("لنشر", "نشر", "NOUN"),  # to publish: the verbal noun (no past tense follows ل)
        ("كخيار", "خيار", "NOUN"),  # as an option, not خير
        ("وتوجه", "توجه", "VERB"),  # and he headed: the form-V verb, not وجه
        ("وأبعد", "أبعد", "VERB"),
    ],
)
def test_a_word_keeps_its_lemma_after_a_conjunction_or_preposition(word, lemma, pos):
    """A word the dictionary lists as its own lemma is that lemma alone (عملية → عملية) and,
    until 0.4.13, another after و, ب, ل, ك (بعملية → عملي). All fail with 0.4.12's rules."""
    kit = Lemmatizer(cache=False, overrides=None, progress=False, names=False)
    r = kit.analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)
    assert kit.analyze(r.lemma).lemma == lemma  # one lemma with and without the clitic


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("وقتل", "قتل", "VERB"),  # and he killed: a verb after و stays one
        ("ونشر", "نشر", "VERB"),
        ("لعمه", "عم", "NOUN"),  # for his uncle: no past tense after ل (not the verb عمه)
        ("لحتى", "حتى", "X"),  # a particle after ل is no verb
        ("فون", "فون", "NOUN"),  # von: no ف + a two-letter ون
    ],
)
def test_the_bonus_after_a_clitic_leaves_verbs_and_particles_alone(word, lemma, pos):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)


@pytest.mark.parametrize(
    "word,lemma",
    [("للمالكي", "مالكي"), ("للقذافي", "قذافي"), ("للشافعي", "شافعي"), ("للرازي", "رازي")],
)
def test_a_nisba_after_lil_keeps_its_ya(word, lemma):
    """لل is ل + the article: a definite nisba (للمالكي, "to al-Maliki") is no plural in
    construct (مالك + ي), as بالمالكي and المالكي are not. All fail with 0.4.12's rules."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma == lemma


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("والتقت", "التقى"),
        ("والتحقت", "التحق"),
        ("فالتحقت", "التحق"),
        ("والتزموا", "التزم"),
        ("والتهمت", "التهم"),
    ],
)
def test_a_verb_of_the_form_iftaala_keeps_its_alif_and_lam_after_wa(word, lemma):
    """والتقت is و + التقى + ت ("and she met"), not و + the article + a word تقت. All fail with
    0.4.12's rules."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "VERB", word[0])


@pytest.mark.parametrize(
    "written,dictionary",
    [
        ("استراتيجية", "إستراتيجية"),  # general Arabic writes the loanword mostly without hamza
        ("الاستراتيجي", "الإستراتيجي"),
        ("اعلانات", "إعلانات"),
        ("انجازات", "إنجازات"),
        ("اشاعات", "إشاعات"),
        ("اسطوانات", "أسطوانات"),
    ],
)
def test_a_noun_written_without_its_hamza_gets_the_dictionarys_lemma(written, dictionary):
    """qalsadi lists these nouns only with their hamza; written without it they were unknown
    words, kept whole as X, so one word had two lemmas. Each fails with 0.4.12's rules."""
    kit = Lemmatizer(cache=False, overrides=None, progress=False, names=False)
    theirs = kit.analyze(dictionary)
    r = kit.analyze(written)
    assert (r.lemma, r.pos) == (theirs.lemma, "NOUN")
    assert r.lemma[:1] in "أإآ"


def test_a_hamzated_spelling_the_analysers_misread_is_not_taken():
    """أكيد ("sure") is read by the analysers as the verb كاد; its hamza-less spelling keeps its
    own form rather than take that reading."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze("اكيد")
    assert r.lemma != "كاد" and r.pos != "VERB"


def test_an_override_lemma_follows_the_spelling_lexicon(tmp_path):
    """The shipped overrides list أمريكا and أميركا as names of their own; the spelling lexicon
    keeps أمريكا for both, as for the analysed أميركي → أمريكي. An override's lemma now follows
    it, a user's too, so one outlet's house spelling is no keyword of its own."""
    lem = Lemmatizer(cache=False, progress=False)
    res = lem.known(["أمريكا", "أميركا", "لأميركا", "والأميركي"])
    assert {k: v.lemma for k, v in res.items()} == {
        "أمريكا": "أمريكا",
        "أميركا": "أمريكا",
        "لأميركا": "أمريكا",
        "والأميركي": "أمريكي",
    }
    f = tmp_path / "overrides.tsv"
    f.write_text("form\tlemma\tpos\nالأميركيين\tأميركي\tNOUN\n", encoding="utf-8")
    user = Lemmatizer(cache=False, overrides=f, names=False, progress=False)
    assert user.known(["الأميركيين"])["الأميركيين"].lemma == "أمريكي"


@pytest.mark.parametrize(
    "written,standard",
    [
        ("مسئول", "مسؤول"),  # the hamza on ئ, as some outlets write it
        ("المسئولين", "المسؤولين"),
        ("شئون", "شؤون"),
        ("والمسئولية", "والمسؤولية"),
        ("التفائل", "التفاؤل"),
    ],
)
def test_a_hamza_on_the_other_seat_gets_the_dictionarys_lemma(written, standard):
    """qalsadi knows مسؤول, not مسئول: the ئ spelling was an unknown word kept whole (X), so
    one outlet's spelling made a lemma of its own. Each fails with 0.4.12's rules."""
    kit = Lemmatizer(cache=False, overrides=None, progress=False, names=False)
    r, theirs = kit.analyze(written), kit.analyze(standard)
    assert (r.lemma, r.pos) == (theirs.lemma, theirs.pos)
    assert r.lemma_source != "unknown"


@pytest.mark.parametrize("word", ["مئات", "سيئول"])
def test_a_word_written_on_ya_that_is_no_other_seat_keeps_it(word):
    """مئات (hundreds) is no مؤات ("favourable"), سيئول (Seoul) no سيؤول: general Arabic writes
    these on ئ far more often than on و."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma == word


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("سموه", "سمو"),  # His Highness, not the verb سمّوه "they named him"
        ("وسموه", "سمو"),
        ("أحدهما", "أحد"),  # one of them, not a first person of حدّ
        ("أغلبهم", "أغلب"),
        ("أشدها", "أشد"),  # the fiercest of them, not أشاد
        ("ظهورها", "ظهور"),  # her appearance, not ظهر (back, noon)
        ("سلوكهم", "سلوك"),
        ("صدوره", "صدور"),
        ("ترشحه", "ترشح"),  # his candidacy, not the verb رشّح
        ("عنقه", "عنق"),
    ],
)
def test_a_noun_keeps_its_lemma_with_a_pronoun(word, lemma):
    """A noun the kit reads alone as its own lemma keeps it with a pronoun of the third or
    second person; until 0.4.14 a verb or a shorter noun the analysers rate higher won (سموه →
    سمى, ظهوره → ظهر). All fail with 0.4.13's rules."""
    kit = Lemmatizer(cache=False, overrides=None, progress=False, names=False)
    r = kit.analyze(word)
    assert (r.lemma, r.pos) == (lemma, "NOUN")
    assert r.enclitic and word.endswith(r.enclitic)
    assert kit.analyze(lemma).lemma == lemma  # one lemma with and without the pronoun


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("نزيه", "نزيه", "NOUN"),  # honest: no نزي + ه (the word is far more common than نزي)
        ("ترفيه", "ترفيه", "NOUN"),
        ("شبيه", "شبيه", "NOUN"),
        ("موجه", "موجه", "NOUN"),  # directed, no موج + ه "his wave"
        ("جانبيه", "جانب", "NOUN"),  # his two sides: a dual in construct, no جانبي + ه
        ("قتله", "قتل", "VERB"),  # killed him: the verb's lemma is the noun's, nothing to change
    ],
)
def test_a_word_that_only_ends_like_a_pronoun_keeps_its_reading(word, lemma, pos):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)


@pytest.mark.parametrize(
    "written,standard",
    [
        ("المملكه", "المملكة"),  # ة written ه
        ("الحياه", "الحياة"),
        ("بالنسبه", "بالنسبة"),
        ("والمنطقه", "والمنطقة"),
        ("اللجنه", "اللجنة"),
        ("بالإضافه", "بالإضافة"),
    ],
)
def test_ta_marbuta_written_ha_gets_the_words_lemma(written, standard):
    """Some outlets and many writers write the final ة as ه; after the article the analysers
    find no word in it, so it was an unknown word (X) of its own. All fail with 0.4.13's rules."""
    kit = Lemmatizer(cache=False, overrides=None, progress=False, names=False)
    r, theirs = kit.analyze(written), kit.analyze(standard)
    assert (r.lemma, r.pos) == (theirs.lemma, theirs.pos)
    assert r.pos == "NOUN" and r.lemma.endswith("ة")


@pytest.mark.parametrize("word", ["مائة", "المائة", "بالمائة", "للمائة", "المئة", "بالمئة"])
def test_hundred_has_one_lemma_in_both_spellings(word):
    """مائة is the older spelling of مئة (hundred; بالمائة "per cent"): one lemma, so an
    outlet's house spelling is no keyword of its own. The four مائة spellings fail with 0.4.13's rules."""
    kit = Lemmatizer(cache=False, overrides=None, progress=False, names=False)
    assert kit.analyze(word).lemma == "مئة"


@pytest.mark.parametrize("word", ["رده", "ردها", "ردهم", "لرده", "لردها"])
def test_a_two_letter_noun_keeps_its_lemma_with_a_pronoun(word):
    """رده is "his reply" (رد + ه), not the imperative of ورد: a two-letter lemma lost four
    points as a misread clitic even when only a pronoun was written after it. رده, ردها and
    ردهم fail with 0.4.13's rules (لرده, لردها were right already)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == ("رد", "NOUN")


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("الظهور", "ظهور"),  # the appearance: ظهور as alone, not ظهر (back, noon)
        ("للظهور", "ظهور"),
        ("السلوك", "سلوك"),  # behaviour, not سلك (wire)
        ("والسلوك", "سلوك"),
        ("الشعور", "شعور"),
        ("بالشعور", "شعور"),
    ],
)
def test_a_noun_keeps_its_lemma_after_the_article(word, lemma):
    """ظهور alone is ظهور; with the article the analysers' two readings (the verbal noun, and a
    plural of ظهر) tied and the shorter lemma won. The word written after the article is its own
    lemma, as alone. All fail with 0.4.13's rules."""
    kit = Lemmatizer(cache=False, overrides=None, progress=False, names=False)
    r = kit.analyze(word)
    assert (r.lemma, r.pos) == (lemma, "NOUN")
    assert kit.analyze(lemma).lemma == lemma


@pytest.mark.parametrize(
    "word,lemma",
    [("شكوك", "شك"), ("وشكوك", "شك"), ("وملوك", "ملك"), ("صكوك", "صك")],
)
def test_a_broken_plural_is_no_verb_with_the_object_you(word, lemma):
    """شكوك (doubts) was read as شكوا + ك "they complained to you": a verb with a second-person
    object against a plural the dictionary lists as the whole word. All fail with 0.4.13's
    rules."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.enclitic) == (lemma, "NOUN", "")


@pytest.mark.parametrize("word,lemma", [("يعطيك", "أعطى"), ("سألوك", "سأل")])
def test_a_verb_with_the_object_you_and_no_noun_reading_stays_a_verb(word, lemma):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.enclitic) == (lemma, "VERB", "ك")


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("المحاكم", "محكمة"),  # the courts, not the imperative of لمح + كم
        ("والمحاكم", "محكمة"),
        ("الفتن", "فتنة"),  # not the imperative of لفت
        ("والفتن", "فتنة"),  # not وَالَفْتُنَّ, a past addressed to women
        ("المهن", "مهنة"),
        ("الطهي", "طهي"),  # cooking
        ("المحن", "محنة"),
    ],
)
def test_a_word_that_opens_with_the_article_is_no_second_person_verb(word, lemma):
    """The analysers read the ال of these words as the alif of an imperative of a verb in ل
    (المحاكم as الْمَحا + كم, "glance at them!"), or the word as a verb addressed to women; with
    a noun read with the article beside it, news means the noun. All fail with 0.4.13's rules."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "NOUN")
    assert r.proclitic.endswith("ال")


@pytest.mark.parametrize("word,lemma", [("التقى", "التقى"), ("التزموا", "التزم"), ("انظر", "نظر")])
def test_verbs_that_open_with_alif_lam_or_address_the_reader_stay_verbs(word, lemma):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "VERB")


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("وكيله", "وكيل", "NOUN"),  # his agent: و is the word's, no و + كيل + ه
        ("كفيله", "كفيل", "NOUN"),
        ("فعلوه", "فعل", "VERB"),  # they did it: no ف + علو + ه
        ("حلفاءها", "حليف", "NOUN"),  # a broken plural keeps its singular
        ("التماس", "التماس", "NOUN"),  # the dictionary lists the word with its ال
        ("التذاكر", "تذكرة", "NOUN"),  # تذاكر alone is no word of its own: the plural stays
    ],
)
def test_the_pronoun_and_article_rules_keep_other_readings(word, lemma, pos):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)


@pytest.mark.parametrize("word", ["مباريات", "المباريات", "مبارياته"])
def test_a_plural_of_two_singulars_takes_the_common_one(word):
    """qalsadi does not know مباريات (matches); AlKhalil reads it only as a plural, of مباراة or
    of the participle مبارية. The singular general Arabic writes far more often is taken. All
    fail with 0.4.13's rules (the word was kept whole, X)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == ("مباراة", "NOUN")


@pytest.mark.parametrize("word,lemma", [("فى", "في"), ("لى", "لي"), ("أى", "أي"), ("التى", "الذي")])
def test_a_particle_with_its_final_ya_written_alif_maqsura(word, lemma):
    """Egyptian and some other outlets write the final ي of particles as ى (فى for في): the
    particle, and a stopword. All fail with 0.4.13 (فى, لى, أى were unknown words, X; التى was
    no stopword)."""
    from discourse.text.normalize import normalize
    from discourse.text.stopwords import stopword_set

    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "FUNC")
    assert normalize(word) in stopword_set()


def test_a_name_in_alif_maqsura_is_no_particle():
    """منى (Mina, and a given name) is no مني ("from me")."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze("منى")
    assert r.lemma == "منى" and r.pos != "FUNC"


@pytest.mark.parametrize(
    "word,lemma,proclitic,enclitic",
    [
        ("لأنني", "أن", "ل", "ني"),  # unknown to both analysers in 0.4.14 (أنني, X)
        ("ولأنه", "أن", "ول", "ه"),  # was the verb أنهى
        ("ولأنهم", "أن", "ول", "هم"),  # was the verb نهم
        ("لأني", "أن", "ل", "ي"),  # was a noun أني
        ("بأنني", "أن", "ب", "ني"),
        ("إنني", "إن", "", "ني"),
        ("فإنني", "إن", "ف", "ني"),
        ("لكنني", "لكن", "", "ني"),  # was the verb لاك
        ("ولكني", "لكن", "و", "ي"),  # was the verb لك
        ("كأنني", "كأن", "", "ني"),  # كأنّ is its own particle, not ك + أن
        ("ليتني", "ليت", "", "ني"),
        ("لعلهم", "لعل", "", "هم"),
    ],
)
def test_the_particles_of_inna_keep_their_lemma_with_a_pronoun(word, lemma, proclitic, enclitic):
    """أنّ, إنّ, لكنّ, كأنّ, لعلّ, ليت with a pronoun suffix and the clitics written before them:
    one lemma, a function word, with what is attached in its columns. All but لعلهم fail with
    0.4.14."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic, r.enclitic) == (lemma, "FUNC", proclitic, enclitic)


@pytest.mark.parametrize("word", ["أنا", "إنا", "لكنا", "أنهى", "وليت"])
def test_words_that_only_look_like_inna_with_a_pronoun_are_left_to_the_analysers(word):
    """أنا is the pronoun (أنّا is written أننا), لكنا also "we would have been", أنهى a verb;
    لعل and ليت count only with a pronoun."""
    from discourse.text.lemma_rules import particle_with_pronoun

    assert particle_with_pronoun(word) is None


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("وكبار", "كبار"),  # was و + ك + بار ("and like a bar")
        ("وكلام", "كلام"),  # was و + ك + لام
        ("وكمال", "كمال"),  # was و + ك + مال
        ("وكوارث", "كارثة"),  # was و + ك + وارث
    ],
)
def test_a_word_that_opens_with_kaf_after_wa_is_no_preposition_ka(word, lemma):
    """و then a word in ك: the analysers also read ك as the preposition "like" on the rest, and
    the dictionary rates the rest higher. General Arabic writes the ك-word far more often than
    the preposition on the rest could make it. All fail with 0.4.14."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.proclitic) == (lemma, "و")


def test_the_preposition_ka_after_wa_stays_on_a_word_that_takes_it():
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze("وكرئيس")
    assert (r.lemma, r.proclitic) == ("رئيس", "وك")


def test_a_clitic_reading_with_an_odd_dictionary_lemma_takes_the_common_rest():
    """بدعم ("with the support of"): qalsadi reads ب + دعم but lists the stem under دعام, and the
    kit then kept the whole word (0.4.14: بدعم). The rest, دعم, is the more common word."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze("بدعم")
    assert (r.lemma, r.proclitic) == ("دعم", "ب")


@pytest.mark.parametrize("word,lemma", [("وخصوصا", "خصوص"), ("بريد", "بريد")])
def test_the_odd_lemma_rule_keeps_other_words(word, lemma):
    """The rest after the clitic replaces an odd dictionary lemma only when read as a noun with
    nothing else attached: وخصوصا (especially) is not و + خصوصا with its accusative alif, and
    بريد (mail) stays whole."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma == lemma


def test_an_unknown_word_in_aya_is_no_nisba():
    """وغواية: neither analyser knows it after و; it was read as a nisba غواي, then spelled جواي."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze("وغواية")
    assert r.lemma == "غواية"


@pytest.mark.parametrize("word,proclitic", [("مكتبة", ""), ("المكتبة", "ال"), ("بمكتبة", "ب")])
def test_a_noun_the_dictionary_rates_in_ta_is_no_feminine_of_a_noun(word, proclitic):
    """مكتبة (library): qalsadi lists and rates it, but also reads it as مكتب (office), a noun of
    the lexicon, + a feminine ending, and rates مكتب higher. A noun of the lexicon takes no
    feminine ending. All fail with 0.4.14 (مكتب)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == ("مكتبة", "NOUN", proclitic)


@pytest.mark.parametrize(
    "word,lemma,proclitic,enclitic",
    [
        # rated in qalsadi's dictionary, and read as a verbal noun + ة (شق splitting, غرب, فرح)
        ("الشقة", "شقة", "ال", ""),
        ("بشقة", "شقة", "ب", ""),
        ("شقتها", "شقة", "", "ها"),
        ("الغربة", "غربة", "ال", ""),
        ("الطبعة", "طبعة", "ال", ""),
        ("الفرحة", "فرحة", "ال", ""),
        # listed unrated, with a sound plural in ات in use (حبات, مقالات, دوامات)
        ("وحبة", "حبة", "و", ""),
        ("المقالة", "مقالة", "ال", ""),
        ("الدوامة", "دوامة", "ال", ""),
    ],
)
def test_a_noun_in_ta_is_no_feminine_of_a_verbal_noun(word, lemma, proclitic, enclitic):
    """شقة (a flat) was شق (splitting) + ة, الغربة غرب (the west), الفرحة فرح, وحبة (a pill) حب
    (love): qalsadi also reads these as a verbal noun or a noun of its lexicon with a feminine
    ending, which neither takes. All fail with 0.4.40."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic, r.enclitic) == (lemma, "NOUN", proclitic, enclitic)


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("ابنة", "ابن"),  # a noun of a person, plural بنات
        ("غفيرة", "غفير"),  # adjectives the dictionary lists as nouns: حشود غفيرة
        ("آجلة", "آجل"),
        ("وعرة", "وعر"),
    ],
)
def test_a_feminine_without_a_sound_plural_keeps_its_masculine_lemma(word, lemma):
    """Guards of the rule above: the dictionary lists these words in ة, unrated, but general Arabic
    all but never writes their plural in ات (a daughter's plural is بنات; things take the
    feminine singular of an adjective), so they stay the masculine."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "NOUN")


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("ملاحظات", "ملاحظة"),  # 0.4.14: ملاحظ (the participle + ات)
        ("مشكلات", "مشكلة"),  # 0.4.14: مشكل
        ("منظومات", "منظومة"),  # 0.4.14: منظوم
        ("والملاحظات", "ملاحظة"),
    ],
)
def test_a_plural_in_at_shares_the_lemma_of_its_noun_in_ta(word, lemma):
    """The analysers read these plurals as the feminine plural of a participle; the noun in ة
    they are the plural of is a word of its own (ملاحظة → ملاحظة), so singular and plural
    share one lemma. All fail with 0.4.14."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "NOUN")


@pytest.mark.parametrize(
    "word,lemma,proclitic,enclitic",
    [
        ("والمعلومات", "معلومة", "وال", ""),  # 0.4.40: معلوم ("known")
        ("التغريدة", "تغريدة", "ال", ""),  # 0.4.40: تغريد (twittering, the verbal noun)
        ("تغريدته", "تغريدة", "", "ه"),
        ("الحافلة", "حافلة", "ال", ""),  # 0.4.40: حافل ("full")
        ("المدونة", "مدونة", "ال", ""),  # 0.4.40: مدون
        ("مشكلاتهم", "مشكلة", "", "هم"),  # a plural with a pronoun: 0.4.40 مشكل
        ("مقولاته", "مقولة", "", "ه"),  # 0.4.40: مقول
    ],
)
def test_a_noun_in_ta_whose_plural_names_things_is_its_own_lemma(word, lemma, proclitic, enclitic):
    """معلومة, تغريدة (a tweet), حافلة (a bus): AlKhalil lists the word in ة as a noun, general
    Arabic writes it at least as often as the word without ة, and writes its plural in ات ten
    times as often as the masculine plural in ين (معلومات against معلومين): a plural of things,
    so the word is a noun, not a participle's feminine. A plural in ات with a pronoun shares the
    lemma of its noun in ة as it does without one. All fail with 0.4.40."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic, r.enclitic) == (lemma, "NOUN", proclitic, enclitic)


@pytest.mark.parametrize(
    "word,lemma,proclitic,enclitic",
    [
        ("الطاقات", "طاقة", "ال", ""),  # 0.4.41: طاق (an arch)
        ("طاقاتها", "طاقة", "", "ها"),
        ("الانتكاسات", "انتكاسة", "ال", ""),  # 0.4.41: انتكاس
        ("الجنازات", "جنازة", "ال", ""),  # 0.4.41: جناز
        ("بكفاءات", "كفاءة", "ب", ""),  # 0.4.41: كفاء
    ],
)
def test_a_plural_in_at_of_a_noun_in_ta_is_no_plural_of_the_word_without_it(word, lemma, proclitic, enclitic):
    """الطاقات (energies) was read as the plural of طاق (an arch), a noun of the lexicon, though
    qalsadi also reads it as the plural of طاقة: the noun in ة is taken when general Arabic writes
    it at least as often as the word without ة and the kit reads it alone as its own lemma. All
    fail with 0.4.41."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic, r.enclitic) == (lemma, "NOUN", proclitic, enclitic)


@pytest.mark.parametrize(
    "word,lemma",
    [("المحلات", "محل"), ("الطلبات", "طلب"), ("القطارات", "قطار"), ("الضمانات", "ضمان")],
)
def test_a_plural_in_at_of_a_more_common_noun_stays_its_plural(word, lemma):
    """Guards of the rule above: shops, requests, trains, guarantees are the plurals of محل, طلب,
    قطار, ضمان, which general Arabic writes more often than محلة, طلبة (students), قطارة,
    ضمانة."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "NOUN")


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("المعلمة", "معلم"),  # a woman teacher: معلمين beside معلمات
        ("الموظفة", "موظف"),
        ("مسلسلات", "مسلسل"),  # the plural of مسلسل: مسلسلة is rare
        ("مقترحات", "مقترح"),
    ],
)
def test_a_participle_in_ta_naming_a_woman_keeps_its_masculine_lemma(word, lemma):
    """Guards of the rule above: a participle's feminine names a woman, and its plural in ات is
    not ten times as common as the men's in ين; a plural in ات whose word in ة is rarer than the
    word without it is the plural of that word."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "NOUN")


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("معلمات", "معلم"),  # teachers (women): معلمة → معلم
        ("موظفات", "موظف"),
        ("مشروعات", "مشروع"),  # projects: مشروعة is the feminine of the adjective
        ("كبيرات", "كبير"),
        ("وزيرة", "وزير"),  # a noun of persons takes the feminine ending
        ("المحلات", "محل"),  # shops: a plural of محل, not of محلة (a quarter)
        ("بلاغات", "بلاغ"),  # reports, not eloquence (بلاغة)
        ("السعوديات", "سعودي"),  # Saudi women: the nisba
        ("خيرات", "خير"),
    ],
)
def test_feminine_plurals_and_feminines_of_persons_keep_the_masculine_lemma(word, lemma):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma == lemma


@pytest.mark.parametrize("word", ["أنني", "لأنني", "إنني", "فإنني", "لكنني", "ولكنني", "بأنني", "كأنني"])
def test_the_particles_of_inna_with_the_first_person_are_stopwords(word):
    """The stopword list has أنّ and its sisters with every pronoun but نني (أنه, لأني, لكني are
    stopwords; أنني, 521 tokens in the 18 SaudiNewsNet days, was not): the kit's list adds them."""
    from discourse.text.normalize import normalize
    from discourse.text.stopwords import stopword_set

    assert normalize(word) in stopword_set()


@pytest.mark.parametrize("word", ["المدرسات", "مدرسات", "والمدرسات"])
def test_a_plural_in_at_is_not_of_a_noun_the_dictionary_gives_only_a_broken_plural(word):
    """مدرسة (school) has the broken plural مدارس and no plural in ات in qalsadi's dictionary, so
    المدرسات are women teachers (مدرس), as with 0.4.14; 0.4.15 read them as schools."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == ("مدرس", "NOUN")


@pytest.mark.parametrize(
    "word,lemma", [("استون", "أستون"), ("وارن", "وارن"), ("داون", "داون"), ("سون", "سون")]
)
def test_a_word_read_only_as_an_energetic_imperative_is_no_verb(word, lemma):
    """qalsadi reads these names only as imperatives with the energetic ن (استوى, وارى, داوى,
    سوى), a form news all but never uses; they are words it does not know. All fail with 0.4.15."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "X")


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("زوما", "زوما", "X"),  # Zuma, not زام "visit, you two"
        ("لوكا", "لوكا", "X"),  # Luca, not لاك "chew, you two"
        ("خيا", "خيا", "X"),  # (دي) خيا, De Gea, not وخى
        ("فيا", "فيا", "X"),  # FIA, not وفى "be true, you two"
        ("تسيبي", "تسيبي", "NOUN"),  # Tzipi (Livni), not ساب
        ("تنامي", "تنامي", "NOUN"),  # growth, the verbal noun, not "grow, woman"
    ],
)
def test_a_word_read_only_as_a_verb_addressed_to_a_woman_or_to_two_is_no_verb(word, lemma, pos):
    """qalsadi reads these only as verbs addressed to a woman or to two people, which news all
    but never uses: a word neither analyser knows (X), or the noun AlKhalil reads as the whole
    word. All were verbs with 0.4.28."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)


@pytest.mark.parametrize(
    "word,lemma,pos,proclitic",
    [
        ("نادي", "نادي", "NOUN", ""),  # a club: AlKhalil's defective ناد, written with its ي
        ("ونادي", "نادي", "NOUN", "و"),
        ("والي", "والي", "NOUN", ""),  # a governor: the whole word, not و + الي
        ("تمادي", "تمادي", "NOUN", ""),  # the verbal noun, not the verb تمادى (its commoner spelling)
        ("تتولي", "تولى", "VERB", ""),  # تتولى with its ى written ي, as some outlets write it
        ("احذري", "حذر", "VERB", ""),  # an imperative of a quote in اِ keeps its reading
        ("تتكلمين", "تكلم", "VERB", ""),  # a women's page to its reader: a verb in use
        ("تعملي", "عمل", "VERB", ""),  # (that) you do, woman: no defective noun تعمل + ي
    ],
)
def test_words_beside_the_addressed_verb_rule(word, lemma, pos, proclitic):
    """What the rule leaves as it was: nouns AlKhalil reads as the whole word stay nouns, a
    verb written with ي for its final ى stays the verb, an imperative in اِ and the imperfect of
    a verb in use addressed to a woman stay verbs."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, pos, proclitic)


@pytest.mark.parametrize(
    "word,lemma,proclitic,enclitic",
    [
        ("تخلو", "خلا", "", ""),  # (a text) is free of: qalsadi has no imperfect of خلا
        ("يخطو", "خطا", "", ""),
        ("تغدو", "غدا", "", ""),
        ("تثق", "وثق", "", ""),  # the assimilated وثق without its و
        ("نثق", "وثق", "", ""),
        ("يثقون", "وثق", "", ""),  # (its singular يثق is in use)
        ("يليق", "لاق", "", ""),  # form I, not AlKhalil's slightly better-rated لَيَّق
        ("يصرخ", "صرخ", "", ""),
        ("ستنمو", "نما", "س", ""),
        ("عاشت", "عاش", "", ""),  # hollow pasts
        ("وعاشوا", "عاش", "و", ""),
        ("ماتوا", "مات", "", ""),
        ("طالت", "طال", "", ""),
        ("جاءوا", "جاء", "", ""),
        ("آمنوا", "آمن", "", ""),
        ("يعشقها", "عشق", "", "ها"),  # the verb found, its pronoun is read off as before
    ],
)
def test_a_weak_verb_qalsadi_lacks_is_that_verb(kit, word, lemma, proclitic, enclitic):
    """qalsadi has no analysis of these common verb forms (weak verbs mostly: hollow, defective
    in و, assimilated) and the kit kept them whole as words neither analyser knows; AlKhalil
    reads them only as verbs, and general Arabic writes the verb's other forms (تنمو beside
    ينمو, عاش beside عاشت). All were X with 0.4.29."""
    r = kit.analyze(word)
    assert (r.lemma, r.pos, r.proclitic, r.enclitic) == (lemma, "VERB", proclitic, enclitic)


@pytest.mark.parametrize(
    "word", ["تمير", "إيني", "كيرني", "فيدال", "إيما", "أكانت", "هونغ", "يوهانا", "سيمور", "سييرا"]
)
def test_a_name_alkhalil_reads_as_a_verb_stays_a_word_neither_analyser_knows(word):
    """Names AlKhalil reads only as verbs (تمير, a town, as the imperfect of مار; Vidal, Emma)
    have no other form of that verb in use (no يمير is written): they stay whole. يوهانا is
    no dual of a verb beside the name يوهان; سيمور (Seymour) and سييرا (Sierra) are no future
    س + يمور, ييرا, which general Arabic writes less often than the names. أكانت is the
    question's أ before كانت, not a past of أكان."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (word, "X")


def test_the_missing_verb_rule_by_hand():
    """verb_qalsadi_lacks on made-up readings: the imperfect takes form I over a better-rated
    derived form and needs another form in use, and is no word in ي; a past needs its verb, of
    three letters or more, in use."""
    from discourse.text.lemma_rules import verb_qalsadi_lacks

    verbs = {"ليق": (0.049, False), "لاق": (0.047, True), "ألاق": (0.027, False)}
    assert verb_qalsadi_lacks("يليق", verbs) == "لاق"
    assert verb_qalsadi_lacks("يليق", {"ليق": (0.049, False), "ألاق": (0.027, False)}) == "ليق"
    assert verb_qalsadi_lacks("تمير", {"مار": (0.05, True)}) is None  # no يمير in use
    assert verb_qalsadi_lacks("عاشت", {"عاش": (0.05, True)}) == "عاش"
    assert verb_qalsadi_lacks("عاشت", {"عيش": (0.05, True)}) is None  # the stem is not the verb
    assert verb_qalsadi_lacks("بريتن", {"برى": (0.05, True)}) is None
    assert verb_qalsadi_lacks("إنت", {"آن": (0.05, True)}) is None  # "you" in dialect: stem too short
    assert verb_qalsadi_lacks("توكي", {"وكى": (0.05, True)}) is None  # a word in ي: a name
    assert verb_qalsadi_lacks("عاشت", {}) is None


@pytest.mark.parametrize(
    "word,lemma,enclitic", [("اعلنها", "أعلن", "ها"), ("يرونه", "رأى", "ه"), ("يرونها", "رأى", "ها")]
)
def test_verbs_beside_the_energetic_imperative_rule(word, lemma, enclitic):
    """اعلنها (أعلنها without its hamza) is read only as an energetic imperative too: as a word
    qalsadi does not know, its hamza is restored. The energetic imperfect (يرونه as يرون + ه) is
    not an imperative and stays رأى."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.enclitic) == (lemma, "VERB", enclitic)


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("بطاقة", "بطاقة"),  # a card, not ب + طاقة (energy): 477 tokens in the 18 days
        ("بريق", "بريق"),  # glitter, not ب + ريق
        ("لحام", "لحام"),  # a welder, not ل + حامي
        ("بدائية", "بدائي"),  # primitive, not ب + دائي
        ("لغما", "لغم"),  # a mine (accusative), not ل + غم
    ],
)
def test_a_word_more_common_than_its_rest_is_no_preposition_on_the_rest(word, lemma):
    """General Arabic writes these words at least as often as the rest after ب or ل, where a
    preposition on a noun is written a fifth as often as the noun at most (99 % of the 3,000
    most frequent words: under 0.7 for ب, 0.4 for ل); the dictionary lists the whole word as
    a noun. All fail with 0.4.15."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "NOUN", "")


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("بسرعة", "سرعة"),  # an adverbial phrase more common than the noun: no whole-word noun
        ("بطريقتين", "طريقة"),  # the whole-word reading is a dual of بطريق (penguin)
        ("لغايات", "غاية"),  # …a plural of لغا
        ("بطريقة", "طريقة"),  # the rest is the more common word
    ],
)
def test_a_preposition_stays_when_the_whole_word_is_rarer_or_no_plain_noun(word, lemma):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma == lemma


@pytest.mark.parametrize(
    "word,lemma,proclitic",
    [
        ("ومدن", "مدينة", "و"),  # and cities: 0.4.15 read the verb مدّ
        ("وقادة", "قائد", "و"),  # and leaders: 0.4.15 وقاد ("blazing") + ة
        ("ولذا", "ذا", "ول"),  # as لذا: 0.4.15 the noun لذا
        ("وبكل", "كل", "وب"),  # as بكل: 0.4.15 a verb بكل
        ("ووفقا", "وفق", "و"),  # no Arabic word opens with وو: 0.4.15 وافق
        ("ودوري", "دوري", "و"),  # and the league: 0.4.15 دور + ي
        ("وتركي", "تركي", "و"),  # and Turkish: 0.4.15 ترك + ي
    ],
)
def test_a_word_after_the_conjunction_reads_as_it_reads_alone(word, lemma, proclitic):
    """و + a word general Arabic writes alone far more often than with و: the word after it
    keeps the analysis it has alone. All fail with 0.4.15."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.proclitic) == (lemma, proclitic)


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("وحدة", "وحدة"),  # unity: written far more often than و + حدة could make it
        ("وكيل", "وكيل"),
        ("وخيمة", "وخيم"),  # dire (عواقب وخيمة), not و + خيمة
        ("ولدي", "ولدي"),  # my son: لدي takes no conjunction in the kit's closed classes
        ("واحد", "واحد"),  # one: words in وا are left to the analysis
        ("وفقد", "فقد"),  # and lost: فقد alone is ف + قد, a second clitic after و is not taken
    ],
)
def test_a_word_of_its_own_in_waw_keeps_its_reading(word, lemma):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma == lemma


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("عسكريا", "عسكري"),  # militarily: 0.4.16 عسكر (137 tokens in the 18 days)
        ("أمنيا", "أمني"),  # 0.4.16 أمن
        ("فكريا", "فكري"),  # 0.4.16 the verb كرى
        ("وعسكريا", "عسكري"),  # after و, as alone
    ],
)
def test_a_nisba_adverb_without_its_tanwin_sign_is_the_nisba(word, lemma):
    """News often leaves out the tanwin of عسكرياً; written so, the word is read as the nisba
    when general Arabic writes the nisba and its feminine each at least twice as often as the
    word. All fail with 0.4.16."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "NOUN")


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("تاريخيا", "تاريخي"),  # historically: 0.4.34 تاريخ (written as often as تاريخي)
        ("إعلاميا", "إعلامي"),  # 0.4.34 إعلام
        ("تقليديا", "تقليدي"),  # 0.4.34 تقليد
        ("هيكليا", "هيكلي"),  # 0.4.34 هيكل
        ("وعاطفيا", "عاطفي"),  # after و; 0.4.34 عاطف
    ],
)
def test_a_nisba_adverb_read_as_its_base_noun_is_the_nisba(word, lemma):
    """The adverbs news writes most are about as frequent as their nisba, so nisba_adverb's test
    (the nisba twice as frequent) does not take them; the analysis read them as the base noun +
    ـيا. Where the feminine in ـية is written at least half as often as the word, the lemma is
    the nisba. All fail with 0.4.34."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "NOUN")


@pytest.mark.parametrize("word", ["ماريا", "داليا", "ميديا", "غارسيا"])
def test_a_name_in_ya_read_as_a_base_noun_gets_no_nisba(word):
    """Names in ـيا that the analysis reads as a noun + ـيا (ماريا as مار) have a rare feminine
    beside them (مارية, دالية: at most an eighth as often): they do not become ماري, دالي."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma != word[:-1]


@pytest.mark.parametrize(
    "word,lemma,proclitic",
    [
        ("ماريا", "ماريا", ""),  # 0.4.35 مار (325 tokens in the 18 SaudiNewsNet days)
        ("وماريا", "ماريا", "و"),
        ("داليا", "داليا", ""),  # 0.4.35 دال
        ("غارسيا", "غارسيا", ""),  # 0.4.35 غارس
        ("داريا", "داريا", ""),  # the Syrian town; 0.4.35 دار
        ("جوليا", "جوليا", ""),  # 0.4.35 جول
    ],
)
def test_a_name_in_ya_read_as_a_base_noun_is_the_name(word, lemma, proclitic):
    """A name in ـيا read as a noun + ـيا is the name, PROPN: general Arabic writes it five times
    as often as the adjective that an adverb in ـيا would come with (الماري, الدالية). All fail
    with 0.4.35."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "PROPN", proclitic)


@pytest.mark.parametrize("word", ["ظاهريا", "قسريا"])
def test_an_adverb_in_ya_with_its_adjective_in_use_is_no_name(word):
    """ظاهريا ("apparently") and قسريا ("by force") come with their adjective, written with the
    article about as often as they are (الظاهري, القسري): no name, whatever else the analysis
    makes of them."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.pos != "PROPN" and r.lemma != word


@pytest.mark.parametrize(
    "word,lemma,proclitic",
    [
        ("كيفين", "كيفين", ""),  # Kevin: 0.4.66 كيف, "how", + the dual or plural ending
        ("وكيفين", "كيفين", "و"),
        ("جاسون", "جاسون", ""),  # 0.4.66 جاس
        ("شانون", "شانون", ""),  # 0.4.66 شان
        ("ماريون", "ماريون", ""),  # 0.4.66 ماري
    ],
)
def test_a_name_read_as_a_sound_plural_or_dual_is_the_name(word, lemma, proclitic):
    """Foreign names in ـين, ـون, ـان that qalsadi reads as the sound plural or dual of a word of
    its lists (كيف, a particle; جاس, شان, ماري) are the name, PROPN: such a word takes no sound
    plural, and general Arabic never writes the name with the article. All fail with 0.4.66."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "PROPN", proclitic)


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("جنيهين", "جنيه"),  # two pounds: AlKhalil's lexicon lists the dual, though الجنيهين is rare
        ("دبلومين", "دبلوم"),
        ("جاهزون", "جاهز"),  # a participle's plural, rarely with the article (predicative)
        ("مسلمون", "مسلم"),
        ("لاعبين", "لاعب"),
        ("طرفين", "طرف"),  # written with the article (الطرفين) as a dual is
        ("هكتارين", "هكتار"),  # two hectares: too rare for the article's share to tell
        ("كيلومتران", "كيلومتر"),
    ],
)
def test_a_sound_plural_or_dual_in_use_keeps_its_singular(word, lemma):
    """The name rule leaves real plurals and duals alone: a participle's or adjective's plural
    (qalsadi types it by its pattern), a dual written with the article, a dual of a listed noun
    that AlKhalil's lexicon attests (جنيهين), and one general Arabic writes too rarely (under 1
    per 10 million words) for wordfreq to show whether it takes the article (هكتارين)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "NOUN")


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("فيرجسون", "فيرغسون", "X"),  # 0.4.67 ف + رجس, "and they defile" (one lemma for the g spellings)
        ("فايزر", "فايزر", "X"),  # 0.4.67 ف + وزر
        ("فيدرر", "فيدرر", "X"),  # 0.4.67 ف + أدر
        ("ويندي", "ويندي", "X"),  # 0.4.67 و + أندى
        ("ويتني", "ويتني", "X"),  # 0.4.67 و + يتن
        ("سيدني", "سيدني", "PROPN"),  # 0.4.67 س + أدنى, "he will bring near"; AlKhalil's name
        ("كورنيش", "كورنيش", "X"),  # 0.4.67 ك + ورنيش, "like varnish"
        ("كردية", "كردي", "NOUN"),  # 0.4.67 ك + ردية
        ("كردي", "كردي", "NOUN"),  # 0.4.67 ك + ردي; AlKhalil's whole word, not كرد + "my"
        ("كسبت", "كسب", "VERB"),  # 0.4.67 ك + سبت, "like a Saturday"
        ("وضيعا", "وضيع", "NOUN"),  # 0.4.67 و + ضاع
        ("وريثا", "وريث", "NOUN"),  # 0.4.67 و + راث: AlKhalil's noun with its و
        ("كدمة", "كدمة", "NOUN"),  # 0.4.67 ك + دم, "like blood"
        ("واعي", "واعي", "NOUN"),  # 0.4.67 واع: AlKhalil's participle, written with its ي
        ("فيلمين", "فيلم", "NOUN"),  # two films: ف + a verb, which fa_of_the_word mended already
    ],
)
def test_a_first_letter_general_arabic_writes_with_the_word_is_the_words_own(word, lemma, pos):
    """A word read as ك + a word, or و, ف, س + a verb, that general Arabic writes more often
    than the rest of it (ك) or ten times as often (و, ف, س) is a word of its own: names the
    analysers do not know, a nisba, a verb, a noun in و (AlKhalil's reading of the whole word with
    that letter, else qalsadi's). All but فيلمين fail with 0.4.67."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, pos, "")


@pytest.mark.parametrize(
    "word,lemma,pos,proclitic",
    [
        ("فيقول", "قال", "VERB", "ف"),
        ("سيعمل", "عمل", "VERB", "س"),
        ("وأردف", "أردف", "VERB", "و"),  # "and he added": written with its و 20 times as often
        ("فصاعدا", "صاعد", "NOUN", "ف"),  # "and upwards": a noun, which the rule leaves to ف
        ("كبديل", "بديل", "NOUN", "ك"),  # "as an alternative": بديل is written 4.6 times as often
    ],
)
def test_a_clitic_on_a_word_in_use_stays_a_clitic(word, lemma, pos, proclitic):
    """The first-letter rule leaves clitics alone where general Arabic writes the rest as a word:
    the future and the conjunction on a verb, و + a verb in أ (وأردف, a formula of quotes, which
    the rule does not weigh), ف on a noun, ك on a word written more often alone."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, pos, proclitic)


@pytest.mark.parametrize(
    "word,lemma,proclitic",
    [
        ("دقيقتين", "دقيقة", ""),  # two minutes: 0.4.35 دقيق ("fine", "flour"; 101 tokens)
        ("الدقيقتين", "دقيقة", "ال"),
        ("مجموعتين", "مجموعة", ""),  # 0.4.35 مجموع
        ("حالتان", "حالة", ""),  # 0.4.35 حال
        ("عمليتين", "عملية", ""),  # 0.4.35 عملي
    ],
)
def test_a_feminine_dual_has_its_singulars_lemma(word, lemma, proclitic):
    """A dual in ـتين/ـتان whose singular the kit reads as a noun in ة of its own (دقيقة, حالة)
    shares that lemma, not the adjective or noun without ة. All fail with 0.4.35."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "NOUN", proclitic)


def test_an_adjectives_feminine_dual_stays_the_adjective():
    """السوريتين ("the two Syrian"): سورية alone is read as the adjective سوري, so the dual is."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze("السوريتين")
    assert r.lemma == "سوري"


@pytest.mark.parametrize(
    "word,lemma,proclitic",
    [
        ("وزارتا", "وزارة", ""),  # وزارتا الخارجية والدفاع: 0.4.35 the verb زار after و
        ("شركتا", "شركة", ""),  # 0.4.35 the verb شرك
        ("وكالتا", "وكالة", ""),  # 0.4.35 the verb كال after و
        ("وفرقتا", "فرقة", "و"),  # 0.4.35 the verb فرق
    ],
)
def test_a_feminine_dual_in_construct_is_the_noun(word, lemma, proclitic):
    """The dual of a noun in ة before its complement drops its ن (وزارتا الخارجية) and looks
    like a verb of two women (زارتا); where general Arabic writes the noun ten times as often as
    that verb's ـت, it is the noun. All fail with 0.4.35."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "NOUN", proclitic)


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("قامتا", "قام"),
        ("أكدتا", "أكد"),
        ("استهدفتا", "استهدف"),
        ("وصلتا", "وصل"),
        ("وجدتا", "وجد"),
        ("وصفتا", "وصف"),
    ],
)
def test_a_verb_of_two_women_stays_the_verb(word, lemma):
    """قامتا, أكدتا ("the two (women, states) did, stressed"): قامة is far rarer than قامت, أكدة
    is unwritten. وصلتا ("the two arrived") is no و + صلة: the verb's reading has no proclitic,
    and a noun is not read after one it does not have (this session's first rule made صلة, جدة
    and صفة of these three)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "VERB")


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("التليفزيون", "تليفزيون"),  # 0.4.35 تليفزي, as if a plural of a nisba
        ("يونيون", "يونيون"),  # union (of a club's name); 0.4.35 يوني
        ("تريبيون", "تريبيون"),  # the Tribune; 0.4.35 تريبي
    ],
)
def test_a_loanword_in_yun_is_no_nisba_plural(word, lemma):
    """A word no analyser knows, in ـيون, whose other case in ـيين general Arabic hardly writes,
    is a word of its own, not the plural of a nisba. All fail with 0.4.35."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma == lemma


@pytest.mark.parametrize("word,lemma", [("الحوثيون", "حوثي"), ("الزيديون", "زيدي")])
def test_a_nisba_plural_in_yun_keeps_its_nisba(word, lemma):
    """الحوثيون: general Arabic writes الحوثيين far more often, so it stays the nisba's plural."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma == lemma


@pytest.mark.parametrize(
    "word,lemma,pos", [("ومترو", "مترو", "NOUN"), ("جرمان", "جرمان", "PROPN"), ("ميديا", "ميديا", "NOUN")]
)
def test_news_words_the_analysers_split_have_overrides(word, lemma, pos):
    """مترو جدة and سان جرمان were متر and جرم in 0.4.35; ميديا (media) is a noun, not the name
    that the rule for names in ـيا would make of it."""
    r = Lemmatizer(cache=False, progress=False).override(word)
    assert r is not None and (r.lemma, r.pos) == (lemma, pos)


@pytest.mark.parametrize("word", ["آل", "وآل", "لآل"])
def test_al_the_house_of_is_a_noun_not_a_verb(word):
    """آل سعود, آل الشيخ: the analysers read آل as the verb "came to", among a Saudi corpus's most
    frequent verbs; the verb's other forms (آلت) keep their reading."""
    lem = Lemmatizer(cache=False, progress=False, n_jobs=1)
    r = lem.known([word])[word]
    assert (r.lemma, r.pos) == ("آل", "NOUN")
    assert lem.override("آلت") is None


def test_an_override_in_waw_takes_no_pronoun():
    """متروك ("abandoned") is no مترو + ك: a noun override ending in و applies without a pronoun
    (the first version of 0.4.36 read it so, 10 tokens in the 18 SaudiNewsNet days)."""
    assert Lemmatizer(cache=False, progress=False).override("متروك") is None


@pytest.mark.parametrize("word,lemma", [("بلغاريا", "بلغاريا"), ("نيجيريا", "نيجيريا"), ("كاتيا", "كاتيا")])
def test_names_in_ya_are_no_nisba_adverbs(word, lemma):
    """A country is written far more often than its nisba (بلغاريا, not بلغاري); a name like
    كاتيا has no feminine nisba in general Arabic."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma == lemma


@pytest.mark.parametrize("word,lemma", [("وكوبا", "كوبا"), ("وغانا", "غانا")])
def test_a_name_after_the_conjunction_keeps_its_reading_alone(word, lemma):
    """كوبا and غانا alone are names no analyser lists (POS X): after و they stay the name, not
    the verb كوب or a noun غان from the analysis of the whole (a guard tried for 0.4.17 that
    dropped such readings of the rest turned both into those words)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.proclitic) == (lemma, "و")


@pytest.mark.parametrize(
    "word,lemma,proclitic",
    [
        ("مديري", "مدير", ""),  # مديري المدارس: 0.4.16 the nisba مديري
        ("ومديري", "مدير", "و"),  # (171 tokens in the 18 days)
        ("معارضي", "معارض", ""),  # 0.4.16 معارضي, the nisba of معارضة
        ("مراقبي", "مراقب", ""),
        ("معلمي", "معلم", ""),
    ],
)
def test_a_participle_plural_in_construct_is_the_participle(word, lemma, proclitic):
    """مديري المدارس, معارضي النظام: the genitive of a participle's sound plural before the noun
    it governs, not a nisba — general Arabic writes مديرين, معارضين, never مديريين. All fail
    with 0.4.16."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "NOUN", proclitic)


@pytest.mark.parametrize("word", ["مدني", "مسيحي", "محلي", "عسكري", "ماري"])
def test_a_nisba_whose_plural_is_the_nisbas_stays_the_nisba(word):
    """مدنيين, مسيحيين, محليين are written far more often than مدنين, مسيحين, محلين: the nisba;
    ماري (Marie) far more often than مارين: a name, not a plural of مارّ in construct."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma == word


@pytest.mark.parametrize("word,proclitic", [("طالما", ""), ("لطالما", ""), ("ولطالما", "و")])
def test_talama_is_one_particle(word, proclitic):
    """طالما ("as long as") and لطالما ("how often"): the particle, not طالم + ا (0.4.16 gave
    طالم, a noun, to لطالما and ولطالما)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == ("طالما", "FUNC", proclitic)


@pytest.mark.parametrize(
    "word,lemma,proclitic",
    [
        ("وذلك", "ذلك", "و"),  # 0.4.16: no proclitic
        ("فهو", "هو", "ف"),  # 0.4.16: no proclitic
        ("وليس", "ليس", "و"),  # 0.4.16: no proclitic
        ("وتلك", "ذلك", "و"),
        ("فكانت", "كان", "ف"),
        ("وسطى", "أوسط", ""),  # 0.4.16: و + سطى
    ],
)
def test_a_conjunction_on_a_closed_class_word_is_its_proclitic(word, lemma, proclitic):
    """وذلك is و + ذلك: the conjunction is the proclitic, so split clitics count it (0.4.16 left
    it out whenever the rest was the lemma itself, and gave one to وسطى, which is one word)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.proclitic) == (lemma, proclitic)


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("وثائقية", "وثائقي"),  # documentary: 0.4.16 وثيقي (the nisba built on وثيقة)
        ("حدودية", "حدودي"),  # 0.4.16 تحديدي
        ("ضوئية", "ضوئي"),  # 0.4.16 ضوءي
        ("المرئية", "مرئي"),  # 0.4.16 المرءي: the dictionary's المرء with its article
        ("بالمرئية", "مرئي"),
        ("الشبابية", "شبابي"),  # 0.4.16 شبي
        ("أخلاقية", "أخلاقي"),  # 0.4.16 خلقي
        ("التزامية", "التزامي"),  # (التزام opens with ال: no article to take off)
    ],
)
def test_a_nisba_is_formed_on_the_word_as_written(word, lemma):
    """A nisba attaches to the stem as written, a broken plural included (وثائق → وثائقي, أخلاق →
    أخلاقي), with its hamza on ي (ضوئي): its lemma is that, not the nisba of the dictionary's
    base (وثيقة → وثيقي), when general Arabic writes it at least as often. All but التزامية
    fail with 0.4.16."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "NOUN")


@pytest.mark.parametrize(
    "word,lemma,enclitic", [("ظروفي", "ظرف", "ي"), ("دروسي", "درس", "ي"), ("لدعمي", "دعم", "ي")]
)
def test_a_possessive_on_a_broken_plural_is_no_nisba(word, lemma, enclitic):
    """ظروفي is "my circumstances", not a nisba ظروفي: the nisba written as the word is scored as
    the nisba built on the dictionary's base was (no bonus for being the whole word), and it
    needs a feminine (no دعمية). A first version of the rule made all three the nisba."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.enclitic) == (lemma, enclitic)


def test_the_lemma_benchmark_sorts_name_errors_by_kind(tmp_path):
    """benchmarks/lemma_accuracy.py on a gold file of four words: the name errors by kind
    (lemma_eval.name_errors), and the summary line last."""
    import subprocess
    import sys

    from discourse import config

    gold = tmp_path / "gold.tsv"

    def bench(rows):
        gold.write_text(
            "sent_id\ttoken_index\tform\tgold_lemma\tupos\n"
            + "".join(f"s1\t{i}\t{f}\t{g}\t{u}\n" for i, (f, g, u) in enumerate(rows, 1)),
            encoding="utf-8",
        )
        r = subprocess.run(
            [sys.executable, "benchmarks/lemma_accuracy.py", str(gold), "--errors", "3"],
            capture_output=True,
            text=True,
            cwd=config.PROJ_ROOT,
        )
        assert r.returncode == 0, r.stderr[-2000:]
        return r.stdout.splitlines()

    out = bench(
        [
            ("كتب", "كتب", "VERB"),
            ("آسيا", "أسيا", "PROPN"),  # the gold's hamza: a loose match
            ("بحر", "حر", "PROPN"),  # the gold cut the name's first letter
            ("بغداد", "بغداد", "PROPN"),
        ]
    )
    assert "PROPN: 2 strict errors of 3 names, by kind:" in out
    assert "     1  gold spelling: hamza, alef, ta marbuta or final ya (loose match)" in out
    assert "     1  gold cut the name's first letter(s) as a clitic, the kit kept the name" in out
    assert "  PROPN strict counting only the last kind as errors: 3/3 = 1.000" in out
    assert out[-1] == "strict=0.500 loose=0.750 n=4"
    assert "kit in context: not scored (gold_sentences.txt not found beside the gold file)" in out
    # with the sentences beside it, the words are also read in them: في تخصص is the noun
    # تخصص (the gold's), alone the verb خصص; and a gold file without names is scored (the
    # figure of names once divided by their number, zero here)
    (tmp_path / "gold_sentences.txt").write_text("في تخصص الكيمياء.\n", encoding="utf-8")
    out = bench([("في", "في", "ADP"), ("تخصص", "تخصص", "NOUN"), ("الكيمياء", "كيمياء", "NOUN")])
    assert out[-1] == "strict=0.667 loose=0.667 n=3"
    line = next(x for x in out if x.startswith("kit in context:"))
    assert line.startswith(
        "kit in context: strict=1.000 loose=1.000 (1 words read otherwise than alone; 0 not"
    )


@pytest.mark.parametrize(
    "word", ["كتارا", "كلاس", "كومباني", "بوخمسين", "لوبين", "بيجي", "بيرث", "فالنتينا", "كونور", "بوسريع"]
)
def test_a_name_that_begins_like_a_preposition_is_read_whole(word):
    """A word neither analyser knows loses a leading ب/ل/ك only on evidence: ك "like" and a
    preposition before ي need the rest ten times as common (كتارا is Katara, بيجي Baiji), a
    preposition never stands before the conjunction و (بوخمسين, لوبين, كومباني), and ف + ال is
    kept when general Arabic writes neither النتينا nor نتينا (فالنتينا, Valentina)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.proclitic) == (word, "")


@pytest.mark.parametrize(
    "word,lemma",
    [("برئاسة", "رئاسة"), ("بدمج", "دمج"), ("لنادي", "نادي"), ("كمادة", "مادة"), ("بترامب", "ترامب")],
)
def test_a_preposition_on_a_word_the_analysers_miss_still_goes(word, lemma):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.proclitic) == (lemma, word[0])


@pytest.mark.parametrize("word", ["أنجلينا", "كاترينا", "روزانا", "ميلينا", "مونتانا", "روتانا"])
def test_a_name_in_ina_or_ana_is_no_word_with_our(word):
    """ "Our" needs the stem written with "her" or "them" too (بلادنا: بلادها, بلادهم); the
    stems of names in ـينا, ـانا are not (no كاتريها, روزاهم), as a noun or as a verb."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.enclitic) == (word, "")


@pytest.mark.parametrize(
    "word,lemma,pos", [("بلادنا", "بلاد", "NOUN"), ("حكومتنا", "حكومة", "NOUN"), ("زارنا", "زار", "VERB")]
)
def test_a_word_with_our_or_us_keeps_it(kit, word, lemma, pos):
    r = kit.analyze(word)
    assert (r.lemma, r.pos, r.enclitic) == (lemma, pos, "نا")


@pytest.mark.parametrize(
    "word,lemma,pos,pro,enc",
    [
        ("برئاسته", "رئاسة", "NOUN", "ب", "ه"),
        ("رئاستها", "رئاسة", "NOUN", "", "ها"),
        ("ثروته", "ثروة", "NOUN", "", "ه"),
        ("تأهيله", "تأهيل", "NOUN", "", "ه"),
        ("تحتاجه", "احتاج", "VERB", "", "ه"),
        ("يحتاجونها", "احتاج", "VERB", "", "ها"),
        ("يرأسها", "رأس", "VERB", "", "ها"),
        ("تربطه", "ربط", "VERB", "", "ه"),
        ("حصلنا", "حصل", "VERB", "", "نا"),
    ],
)
def test_a_known_word_with_a_pronoun_qalsadi_misses_is_that_word(kit, word, lemma, pos, pro, enc):
    """qalsadi knows رئاسة and تحتاج but gives no reading of رئاسته or تحتاجه; the kit reads
    the stem alone, and AlKhalil reading the whole word as that lemma confirms it."""
    r = kit.analyze(word)
    assert (r.lemma, r.pos, r.proclitic, r.enclitic) == (lemma, pos, pro, enc)


@pytest.mark.parametrize("word", ["إيلينا", "رافينا", "للطلبه", "بأثاره"])
def test_no_pronoun_is_read_off_a_name_after_the_article_or_on_a_verb_after_a_preposition(kit, word):
    """Names in ـينا are not written with ها or هم after their stem (no إيليها); a noun with
    the article takes no pronoun (للطلبه is للطلبة with ه for ة); ب does not stand before a verb."""
    assert kit.analyze(word).enclitic == ""


@pytest.mark.parametrize(
    "word,lemma",
    [("ميزة", "ميزة"), ("وميزة", "ميزة"), ("للتسمية", "تسمية"), ("التفرقة", "تفرقة"), ("عسكرة", "عسكرة")],
)
def test_a_verbal_noun_in_ta_marbuta_keeps_it(kit, word, lemma):
    """qalsadi cites the verbal nouns ميزة, تسمية, تفرقة without their ة, and AlKhalil has no
    reading of ميز or تسمي: the verbal noun is its own lemma."""
    assert kit.analyze(word).lemma == lemma


@pytest.mark.parametrize(
    "word,lemma", [("الواقية", "واقي"), ("لاغية", "لاغي"), ("نصفة", "نصف"), ("الخطأة", "خطأ")]
)
def test_a_participle_or_a_typo_in_ta_marbuta_is_no_verbal_noun(kit, word, lemma):
    """Not the feminine of a participle (an adjective: الملابس الواقية), nor a common word
    written with a stray ة (نصفة for نصف: ten times rarer than the word without it)."""
    assert kit.analyze(word).lemma == lemma


@pytest.mark.parametrize("word,lemma", [("برفقة", "رفقة"), ("بدعم", "دعم"), ("بصحبة", "صحبة")])
def test_a_preposition_on_a_noun_of_an_adverbial_phrase_goes(kit, word, lemma):
    """برفقة ("in the company of") is written more often than رفقة alone, yet is ب + رفقة:
    the dictionary lists the rest as a noun, and general Arabic writes it at least half as often."""
    r = kit.analyze(word)
    assert (r.lemma, r.proclitic) == (lemma, word[0])


@pytest.mark.parametrize(
    "word,lemma,pro",
    [
        ("تحدي", "تحدي", ""),
        ("تفشي", "تفشي", ""),
        ("تعافي", "تعافي", ""),
        ("لتفادي", "تفادي", "ل"),
        ("وتحدي", "تحدي", "و"),
        ("تقاضي", "تقاضي", ""),
        ("تخطي", "تخطي", ""),
    ],
)
def test_the_verbal_noun_of_a_verb_in_alif_maqsura_is_no_verb_addressed_to_a_woman(kit, word, lemma, pro):
    """qalsadi reads تحدي, تفشي, لتفادي only as the verb addressed to a woman (the imperative
    تحدّي, the jussive تُفادي) or as the passive past; AlKhalil reads them as verbal nouns, and
    with the article the kit already reads the noun (التحدي → تحدي)."""
    r = kit.analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "NOUN", pro)


@pytest.mark.parametrize("word", ["تأتي", "تمضي", "تبقي", "تبدي"])
def test_a_verb_in_the_third_person_keeps_its_verb_reading(kit, word):
    """تأتي, تمضي ("she comes, goes on") have readings in the third person, تبقي and تبدي one
    of a verb in use (أبقى, أبدى): they stay verbs, though AlKhalil lists a verbal noun of their
    letters too. (Which verb is not asserted: تبقي and تبدي get بقي and بدا, not أبقى and أبدى.)"""
    r = kit.analyze(word)
    assert r.pos == "VERB" and r.lemma != word


@pytest.mark.parametrize(
    "word,pro",
    [
        ("مازال", ""),
        ("مازالت", ""),
        ("لايزال", ""),
        ("ولاتزال", "و"),
        ("يزالوا", ""),
        ("زلنا", ""),
        ("لازالت", ""),
    ],
)
def test_every_form_of_ma_zala_is_zala(kit, word, pro):
    """ما زال / لا يزال ("still") in every person, and written joined to ما or لا as news often
    writes them: one lemma, زال (مازالت, لاتزال, زالوا were kept whole, زلنا read as زل + نا)."""
    r = kit.analyze(word)
    assert (r.lemma, r.proclitic, r.enclitic) == ("زال", pro, "")


def test_azala_removed_is_not_ma_zala(kit):
    assert kit.analyze("أزال").lemma == "أزال"


@pytest.mark.parametrize(
    "word,lemma,proclitic,enclitic",
    [
        ("تدل", "دل", "", ""),  # doubled verbs read as their two letters: not أدلى
        ("يضر", "ضر", "", ""),  # not ضار
        ("تضر", "ضر", "", ""),
        ("نود", "ود", "", ""),  # "we would like": not أودى
        ("يشن", "شن", "", ""),  # (attacks) are launched: not شان
        ("تشن", "شن", "", ""),
        ("يمد", "مد", "", ""),
        ("يسدون", "سد", "", ""),
        ("تحفهم", "حف", "", "هم"),
        ("سيحل", "حل", "س", ""),
        ("سترد", "رد", "س", ""),  # "will respond": not ورد
        ("ردت", "رد", "", ""),  # pasts with no clitic before them: not راد
    ],
)
def test_a_doubled_verb_is_its_two_letters(kit, word, lemma, proclitic, enclitic):
    """A doubled verb (دلّ, ضرّ, شنّ) is written with two letters; the kit took two-letter lemmas
    for a misread clitic and preferred any longer reading (أدلى, ضار, شان: 0.4.30)."""
    r = kit.analyze(word)
    assert (r.lemma, r.pos, r.proclitic, r.enclitic) == (lemma, "VERB", proclitic, enclitic)


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("مدن", "مدينة", "NOUN"),  # cities, not مدّ + the women's ن
        ("يضمن", "ضمن", "VERB"),  # guarantees, not يضمّ + ن
        ("يردد", "ردد", "VERB"),  # a double letter written out is no doubled verb's two letters
        ("تمدد", "تمدد", "NOUN"),
        ("حلا", "حل", "NOUN"),  # a solution (accusative), not the dual حلّا
        ("أدب", "أدب", "VERB"),  # no first person أ + دبّ
        ("يدلوا", "أدلى", "VERB"),  # (votes) cast: the plural ending stays أدلى's
        ("ستيل", "ستيل", "X"),  # Steel: no future س + تيل, which general Arabic writes less
        ("سينج", "سينج", "X"),  # Singh: ينج is written only 1.2 times as often (a verb: 4.5 or more)
    ],
)
def test_what_only_looks_like_a_doubled_verb_keeps_its_reading(kit, word, lemma, pos):
    """The two letters count as a doubled verb only after a prefix of the third person or of
    "we" (with no ending, ون or ان) or before a past's ت or وا with nothing else on the word.
    These readings were the same with 0.4.30."""
    r = kit.analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)


@pytest.mark.parametrize(
    "word,lemma",
    [("سيحصل", "حصل"), ("ستحصل", "حصل"), ("سيقع", "وقع"), ("ستقع", "وقع"), ("وتقع", "وقع"), ("لتقع", "وقع")],
)
def test_a_verb_after_the_future_sin_is_read_as_without_it(kit, word, lemma):
    """سيحصل was kept whole (X) and ستقع read as قعّ: the rules that find a verb qalsadi rates
    rare or reads wrongly looked at the word with its future س on. وتقع, لتقع: qalsadi reads
    تقع as the passive past of توقّع with its و dropped, a past Arabic never writes."""
    r = kit.analyze(word)
    assert (r.lemma, r.pos) == (lemma, "VERB")


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("سأحصل", "حصل", "VERB"),  # was kept whole (X): the future of "I", not only ي/ت
        ("سأكون", "كان", "FUNC"),  # "I will be", was كوّن ("to form")
        ("سنكون", "كان", "FUNC"),
        ("سيكونون", "كان", "FUNC"),
        ("ستكونين", "كان", "FUNC"),
        ("تكونين", "كان", "FUNC"),
        ("يكونان", "كان", "FUNC"),
    ],
)
def test_the_future_sin_is_read_before_every_person_and_kan_in_every_form(kit, word, lemma, pos):
    """The future's س before أ too (_after_future: سأحصل was kept whole, as سيحصل was before
    0.4.31). كان's future and dual forms are كان, as سيكون and يكون were."""
    r = kit.analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)
    if pos == "VERB":
        assert r.proclitic == "س"


@pytest.mark.parametrize("word", ["سيمور", "سيريس", "سينج"])
def test_a_name_in_si_is_no_future(kit, word):
    # Seymour, Ceres, Singh: general Arabic does not write مور, ريس, ينج 3 times as often
    r = kit.analyze(word)
    assert (r.lemma, r.pos) == (word, "X")


def test_a_past_written_shorter_than_its_verb_is_no_reading():
    """_past_missing_letter: a past with nothing but clitics read off, written shorter than
    its verb, is qalsadi's error; a past before an ending may drop a letter (قلت of قال)."""
    from types import SimpleNamespace

    from discourse.text.lemma_rules import _past_missing_letter

    def case(lemma, affix, key):
        return SimpleNamespace(type="Verb", lemma=lemma, affix=affix, affix_key=key)

    assert _past_missing_letter("تقع", case("تَوَقَّعَ", "---", "---|الماضي المجهول:هو:y"))
    assert _past_missing_letter("وتقع", case("تَوَقَّعَ", "و---", "و---|الماضي المجهول:هو:y"))
    assert not _past_missing_letter("قلت", case("قَالَ", "--ت-", "--ت-|الماضي المعلوم:أنا:y"))
    assert not _past_missing_letter("قيل", case("قَالَ", "---", "---|الماضي المجهول:هو:y"))
    assert not _past_missing_letter("تقع", case("أَقْعَى", "-ت--", "-ت--|المضارع المجزوم:هي:y"))


@pytest.mark.parametrize(
    "word,lemma,pos,proclitic",
    [
        ("بشان", "شأن", "NOUN", "ب"),  # was بش: qalsadi reads ب + شأن's letters as بش + ان
        ("مسالة", "مسألة", "NOUN", ""),  # was مسال
        ("ياتي", "أتى", "VERB", ""),
        ("تاكيدا", "تأكيد", "NOUN", ""),  # words neither analyser reads as written (were X)
        ("متاخر", "متأخر", "NOUN", ""),
        ("امراة", "امرأة", "NOUN", ""),
        ("للتامين", "تأمين", "NOUN", "لل"),  # was تام
        ("المكافاة", "مكافأة", "NOUN", "ال"),
    ],
)
def test_a_hamza_dropped_inside_a_word_is_put_back(kit, word, lemma, pos, proclitic):
    """Online news drops the hamza inside words as it does on their first alef (بشان for بشأن):
    the hamzated word when general Arabic writes it 16 times as often, or twice as often when
    the analysers do not read the word as written."""
    r = kit.analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, pos, proclitic)


@pytest.mark.parametrize(
    "word,lemma",
    [("رايتها", "رايتها"), ("الراسية", "راسي"), ("الفارة", "فار")],
)
def test_a_word_with_an_alef_of_its_own_keeps_it(kit, word, lemma):
    """رايتها (its banner) is written only 7 times less often than رأيتها (I saw her), الراسية
    (anchored) 5 times less than الرأسية, الفارة (fleeing) 4 times less than الفأرة: words the
    analysers read as written keep their alef. The same with 0.4.30."""
    assert kit.analyze(word).lemma == lemma


def test_a_final_alef_is_never_a_dropped_hamza():
    """خطأ is written 6.6 times as often as خطا ("stepped"), more than the twice asked of a word
    neither analyser knows: only an alef inside the word is looked at."""
    from discourse.text.lemma_rules import medial_hamza

    assert medial_hamza("خطا", 2.0) == "خطا"
    assert medial_hamza("خطاي", 2.0) == "خطأي"  # (inside the word it is)


@pytest.mark.parametrize(
    "word,lemma,proclitic",
    [
        ("أهالي", "أهل", ""),  # was أهالي (X): neither analyser reads it without the article
        ("أغاني", "أغنية", ""),
        ("وأغاني", "أغنية", "و"),
        ("بمقاهي", "مقهى", "ب"),
        ("مواشي", "ماشية", ""),
    ],
)
def test_a_defective_broken_plural_without_the_article_reads_as_with_it(kit, word, lemma, proclitic):
    """أهالي, أغاني, مقاهي (the dictionaries list the indefinite as أغانٍ, مقاهٍ) are unknown to
    both analysers as written, while they read الأهالي, الأغاني, المقاهي: that reading, so the
    word has one lemma with and without the article."""
    r = kit.analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "NOUN", proclitic)


def test_a_word_unknown_with_the_article_too_is_left_alone(kit):
    # الدلاسي is no word either: the plural rule finds nothing to read, the form stays a name
    r = kit.analyze("دلاسي")
    assert (r.lemma, r.pos, r.lemma_source) == ("دلاسي", "X", "unknown")


@pytest.mark.parametrize("word,lemma", [("ردا", "رد"), ("صورا", "صور"), ("قولا", "قول")])
def test_news_does_not_address_two_people(kit, word, lemma):
    """رداً (in reply), صوراً (pictures), قولاً written without the tanwin sign were read as
    verbs addressed to two people (the imperatives رِدا of ورد, صُورا of صار): such a reading
    weighs as little as a first person's."""
    r = kit.analyze(word)
    assert (r.lemma, r.pos) == (lemma, "NOUN")


@pytest.mark.parametrize("word,lemma", [("تعلمين", "علم"), ("تفضلي", "أفضل")])
def test_a_verb_addressed_to_a_woman_is_still_read(kit, word, lemma):
    # news does address a woman, on its advice pages ("you know, woman"): no penalty there
    r = kit.analyze(word)
    assert (r.lemma, r.pos) == (lemma, "VERB")


@pytest.mark.parametrize(
    "word,lemma,proclitic",
    [
        ("لله", "الله", "ل"),  # ل + الله with one lam written away: was لله (X)
        ("ولله", "الله", "ول"),
        ("معالي", "معالي", ""),  # the honorific (معالي الوزير), not a plural of معلاة
        ("نوادي", "نادي", ""),  # clubs, not a plural of نادية
    ],
)
def test_the_shipped_overrides_read_honorifics_and_god(word, lemma, proclitic):
    r = Lemmatizer(cache=False, progress=False).analyze_forms([word])[word]
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "NOUN", proclitic)


def test_an_override_with_the_article_on_a_word_in_lam_applies_after_li(tmp_path):
    """ل + the article before a word in ل is written with two lams (للجنة, ل + اللجنة): an
    override of اللجنة applies to للجنة too."""
    path = tmp_path / "o.tsv"
    # (a lemma the analysers would not give, so only the override can)
    path.write_text("form\tlemma\tpos\nاللجنة\tهيئة\tNOUN\n", encoding="utf-8")
    r = Lemmatizer(cache=False, progress=False, overrides=path).analyze_forms(["للجنة", "وللجنة"])
    assert (r["للجنة"].lemma, r["للجنة"].proclitic, r["للجنة"].lemma_source) == ("هيئة", "ل", "override")
    assert (r["وللجنة"].lemma, r["وللجنة"].proclitic) == ("هيئة", "ول")


@pytest.mark.parametrize(
    "word,lemma,pos,proclitic",
    [
        ("وامامي", "أمام", "FUNC", "و"),  # و + أمام + ي, "in front of me": not the nisba أمامي
        ("بارادي", "بارادي", "X", ""),  # a name: not ب + إرادي ("voluntary")
        ("الامي", "أمي", "NOUN", "ال"),  # has the article already: not ألمي
    ],
)
def test_the_plural_rule_takes_no_nisba_and_no_word_with_the_article(kit, word, lemma, pos, proclitic):
    """The shape of a defective plural (CCاCي) is also that of nisbas and names: the reading with
    the article is taken only when it is no other nisba, and never for a word that has the
    article (the first build of the rule read these three so, 0.4.33)."""
    r = kit.analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, pos, proclitic)


@pytest.mark.parametrize(
    "word,lemma,pos,proclitic",
    [
        ("الطوارىء", "طارئة", "NOUN", "ال"),  # were the unknown طوارىء (X): read as الطوارئ
        ("مبادىء", "مبدأ", "NOUN", ""),
        ("الشاطىء", "شاطئ", "NOUN", "ال"),
        ("فوجىء", "فاجأ", "VERB", ""),
        ("وتمتلىء", "امتلأ", "VERB", "و"),  # (wordfreq has neither spelling: ئ)
        ("بشىء", "شيء", "NOUN", "ب"),  # ى a ya of its own: شيء, not شئ
    ],
)
def test_a_hamza_beside_a_dotless_ya_is_read_as_modern_arabic_writes_it(kit, word, lemma, pos, proclitic):
    """ى + ء is how older and Egyptian print write ئ (and شىء for شيء); the analysers know
    neither, so the word was left unknown."""
    r = kit.analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, pos, proclitic)


def test_the_dotless_ya_hamza_takes_the_spelling_general_arabic_writes():
    from discourse.text.lemma_rules import dotless_ya_hamza, hamza_spelling

    assert dotless_ya_hamza("طوارىء") == "طوارئ"
    assert dotless_ya_hamza("شىء") == "شيء"  # wordfreq: شيء 6 times شئ
    assert dotless_ya_hamza("يتكىء") == "يتكئ"
    assert hamza_spelling("مبادىء") == "مبادئ"  # the hamza rule the analysis starts with
    assert dotless_ya_hamza("شيء") == "شيء"  # nothing to do


@pytest.mark.parametrize("word,proclitic", [("ولقد", "و"), ("فلقد", "ف")])
def test_laqad_is_the_particle_qad(kit, word, proclitic):
    """لقد ("indeed", the particle قد with the ل of emphasis; 2,088 tokens in the 18 SaudiNewsNet
    days with و and ف) was the verb قدّ ("to cut"), its lemma right by chance."""
    r = kit.analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == ("قد", "FUNC", proclitic)


@pytest.mark.parametrize(
    "word,lemma,proclitic",
    [
        ("ستقام", "أقام", "س"),  # the shipped override of تقام after the future س: was قام
        ("وسيقام", "أقام", "وس"),
        ("لتقع", "وقع", "ل"),
    ],
)
def test_an_imperfect_verbs_override_applies_after_the_future_sin(word, lemma, proclitic):
    r = Lemmatizer(cache=False, progress=False).analyze_forms([word])[word]
    assert (r.lemma, r.pos, r.proclitic, r.lemma_source) == (lemma, "VERB", proclitic, "override")


def test_a_verbs_override_takes_no_article_or_preposition(tmp_path):
    """The override of the verb وعد ("promised") made الوعد, بوعد (the promise, with a promise)
    the verb: a verb is never written after the article or ب, a past tense never after ل."""
    path = tmp_path / "o.tsv"
    path.write_text("form\tlemma\tpos\nوعد\tوعد\tVERB\nيقام\tأقام\tVERB\n", encoding="utf-8")
    lem = Lemmatizer(cache=False, progress=False, overrides=path, names=False)
    r = lem.analyze_forms(["الوعد", "بوعد", "لوعد", "ووعد", "فوعد", "سيقام", "بيقام"])
    for w in ("الوعد", "بوعد", "لوعد", "بيقام"):
        assert r[w].lemma_source != "override", w
    assert (r["الوعد"].lemma, r["الوعد"].pos) == ("وعد", "NOUN")
    for w, pro in (("ووعد", "و"), ("فوعد", "ف")):
        assert (r[w].lemma, r[w].pos, r[w].proclitic, r[w].lemma_source) == ("وعد", "VERB", pro, "override")
    assert (r["سيقام"].lemma, r["سيقام"].proclitic) == ("أقام", "س")


@pytest.mark.parametrize(
    "word,lemma,proclitic",
    [("مئات", "مئة", ""), ("بالمئات", "مئة", "بال"), ("الجثث", "جثة", "ال")],
)
def test_plurals_the_analysers_lack_get_their_singular(word, lemma, proclitic):
    """مئات (hundreds) and جثث (bodies) were their own lemma (X): the shipped overrides."""
    r = Lemmatizer(cache=False, progress=False).analyze_forms([word])[word]
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "NOUN", proclitic)


@pytest.mark.parametrize("word", ["مليشيات", "المليشيات", "مليشيا", "للمليشيات"])
def test_the_two_spellings_of_militia_are_one_lemma(kit, word):
    """Outlets write ميليشيا or مليشيا (about 1,800 and 900 tokens in the 18 SaudiNewsNet days):
    one lemma, the more common spelling (spelling.yaml)."""
    assert kit.analyze(word).lemma == "ميليشيا"


@pytest.mark.parametrize(
    "word,lemma",
    [("الإفريقية", "أفريقي"), ("الإفريقي", "أفريقي"), ("إفريقيين", "أفريقي"), ("بإفريقيا", "أفريقيا")],
)
def test_the_two_spellings_of_africa_and_african_are_one_lemma(kit, word, lemma):
    """Outlets write أفريقيا or إفريقيا, and the nisba أفريقي or إفريقي: one lemma, the spelling
    general Arabic writes three to four times as often (spelling.yaml; 0.4.58 kept إفريقيا,
    إفريقي apart)."""
    assert kit.analyze(word).lemma == lemma


@pytest.mark.parametrize(
    "word,lemma,proclitic",
    [("يديها", "يد", ""), ("ويديهم", "يد", "و"), ("بعينيها", "عين", "ب"), ("عينيه", "عين", "")],
)
def test_the_hands_and_eyes_in_the_dual_with_a_pronoun(word, lemma, proclitic):
    """Were the nisbas يدي ("manual") and عيني ("in kind"): the shipped overrides."""
    r = Lemmatizer(cache=False, progress=False).analyze_forms([word])[word]
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "NOUN", proclitic)
    # FIDIC's contract (عقد فيديك) is no ف + يديك: that form has no override
    assert (
        Lemmatizer(cache=False, progress=False).analyze_forms(["فيديك"])["فيديك"].lemma_source != "override"
    )


@pytest.mark.parametrize(
    "word,lemma,pos,proclitic",
    [
        ("الفوزان", "فوزان", "PROPN", "ال"),  # a family name: 0.4.35 فوز ("a win") + the dual
        ("والعيبان", "عيبان", "PROPN", "وال"),  # 0.4.35 عيب ("a flaw")
        ("الشيشان", "شيشان", "PROPN", "ال"),  # Chechnya: 0.4.35 شيش
        ("للمران", "مران", "NOUN", "لل"),  # a team's training session: 0.4.35 مر
        ("جريان", "جريان", "NOUN", ""),  # flow: 0.4.35 جري
        ("القطعان", "قطيع", "NOUN", "ال"),  # herds: 0.4.35 قطع
        ("العرسان", "عريس", "NOUN", "ال"),  # grooms: 0.4.35 عرس
        ("للعميان", "أعمى", "NOUN", "لل"),  # for the blind: 0.4.35 عمي
        # "and lazy", as كسلان alone: 0.4.35 كسل; not سليل, of which AlKhalil also reads a
        # plural ك + سلان (the first version of the rule took it)
        ("وكسلان", "كسلان", "NOUN", "و"),
    ],
)
def test_a_word_in_an_that_is_no_dual(word, lemma, pos, proclitic):
    """A dual is written in ـين more often than in ـان; a word in ـان written three times as
    often as its ـين is no dual: AlKhalil's broken plural or singular of it, else (with the
    article, ten times as often, no other reading) a family name. All fail with 0.4.35."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, pos, proclitic)


@pytest.mark.parametrize(
    "word,lemma", [("الطرفان", "طرف"), ("الجانبان", "جانب"), ("البلدان", "بلد"), ("السيدان", "سيد")]
)
def test_a_dual_written_as_duals_are_stays_the_dual(word, lemma):
    """الطرفان ("the two sides"): الطرفين is written more often, so it is the dual of طرف;
    البلدان is a plural of بلد either way; السيدان ("the two gentlemen") is written under ten
    times as often as السيدين, so no family name."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert r.lemma == lemma


@pytest.mark.parametrize(
    "word,lemma,pos,enclitic",
    [
        # verbs of the fourth form: 0.4.36 read the first person of the first form, قام, عاد…
        ("أقام", "أقام", "VERB", ""),  # "held": أقامت, أقاموا are common (0.4.36 قام)
        ("أعاد", "أعاد", "VERB", ""),  # 0.4.36 عاد
        ("أوقف", "أوقف", "VERB", ""),  # 0.4.36 وقف
        ("أصدره", "أصدر", "VERB", "ه"),  # "issued it": 0.4.36 صدر
        ("وأبلغ", "أبلغ", "VERB", ""),  # 0.4.36 بلغ
        # nouns of the pattern أفعل, written with the article too (الأجانب, الأقرب)
        ("أجانب", "أجنبي", "NOUN", ""),  # foreigners: 0.4.36 the verb جانب
        ("أقرب", "أقرب", "NOUN", ""),  # nearest: 0.4.36 the verb قرب
        ("أصعب", "أصعب", "NOUN", ""),  # harder: 0.4.36 the verb صعب
        # origin, with her: 0.4.36 the verb وصل; the dictionary also lists أصيل (authentic) for
        # the word, which the first version took (the shortest of equally rated nouns is taken)
        ("وأصلها", "أصل", "NOUN", "ها"),
        # after the future س the word is a verb of the first person, whatever its use alone
        ("سأقدم", "قدم", "VERB", ""),  # "I will present"
    ],
)
def test_a_word_in_hamza_is_no_first_person_when_its_use_says_so(word, lemma, pos, enclitic):
    """News speaks of others: أقام is the fourth form "held" (general Arabic writes أقامت,
    أقاموا), أجانب the plural of أجنبي (it writes الأجانب), not أُقامُ, أُجانِبُ "I …"."""
    r = Lemmatizer(cache=False, overrides=None, progress=False).analyze(word)
    assert (r.lemma, r.pos, r.enclitic) == (lemma, pos, enclitic)


@pytest.mark.parametrize("word,lemma", [("أتمنى", "تمنى"), ("أشعر", "شعر"), ("أنظر", "نظر"), ("أظن", "ظن")])
def test_a_verb_in_the_first_person_stays_one(word, lemma):
    """ "I wish, feel, look, think": words news writes in quotes, never with the article and
    hardly with the fourth form's past endings (أنظرت, أنظروا: 0.13 of أنظر), stay the verb."""
    r = Lemmatizer(cache=False, overrides=None, progress=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "VERB")


@pytest.mark.parametrize(
    "word,lemma,proclitic,enclitic",
    [
        ("بدأوا", "بدأ", "", ""),  # "they began": the dictionary writes بدؤوا
        ("وبدأوا", "بدأ", "و", ""),
        ("لجأوا", "لجأ", "", ""),
        ("يبدأون", "بدأ", "", ""),
        ("سيبدأون", "بدأ", "س", ""),
        ("يقرأون", "قرأ", "", ""),
        ("قرأوها", "قرأ", "", "ها"),
        ("مسأولية", "مسؤولية", "", ""),  # the noun's hamza written on alif likewise
    ],
)
def test_a_hamza_written_on_alif_before_a_waw_is_the_dictionary_s(kit, word, lemma, proclitic, enclitic):
    """News writes the hamza before the و of a suffix on alif (بدأوا, يقرأون), the dictionary on
    و (بدؤوا, يقرؤون): 0.4.37 left بدأوا, 132 tokens in the 18 SaudiNewsNet days, unknown."""
    r = kit.analyze(word)
    assert (r.lemma, r.pos in ("VERB", "NOUN"), r.proclitic, r.enclitic) == (lemma, True, proclitic, enclitic)


@pytest.mark.parametrize(
    "word,lemma,enclitic",
    [
        ("أنشطتها", "نشاط", "ها"),  # its activities, not the verb أنشط + ت + ها
        ("وأنديتهم", "نادي", "هم"),  # and their clubs
        ("جثتك", "جثة", "ك"),  # your body
        ("لدعوتهم", "دعوة", "هم"),  # for their call
        ("ذكراهم", "ذكرى", "هم"),  # their memory: ى written ا before the pronoun
    ],
)
def test_a_noun_in_ta_with_a_pronoun_is_no_verb_with_its_object(word, lemma, enclitic):
    """The ت of a noun in ة before a pronoun is the ت of a verb's ending too: a word general
    Arabic writes far more often with ة than with ت, and with the article, is the noun."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert (r.lemma, r.pos, r.enclitic) == (lemma, "NOUN", enclitic)


@pytest.mark.parametrize(
    "word",
    [
        "غزتها",  # she invaded it: غزة is a name, never written with the article
        "خدمتني",  # she served me: ني is a verb's object, a noun's "my" is ي
        "أسماهم",  # he named them: أسمى is the verb's own lemma, as likely as the adjective
        "حملتهم",  # she carried them / their campaign: حملة only 6 times as common as حملت
    ],
)
def test_a_verb_in_ta_with_its_object_stays_a_verb(word):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert r.pos == "VERB"


@pytest.mark.parametrize("word", ["تحصين", "تقنين", "تخوين"])
def test_a_verbal_noun_read_only_as_energetic_or_addressed_verbs_is_the_noun(word):
    """qalsadi reads تحصين (immunising), تقنين (regulating), تخوين (accusing of treason) only as
    verbs addressed to women or to a woman and as energetic imperfects (تُحصِنَّ, "you will surely
    count"), forms news all but never uses: the word is AlKhalil's verbal noun, which general
    Arabic writes with the article (التحصين)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert (r.lemma, r.pos) == (word, "NOUN")


@pytest.mark.parametrize("word,lemma", [("تنتمين", "انتمى"), ("تعطين", "أعطى"), ("تبحثن", "بحث")])
def test_a_verb_addressed_to_a_woman_with_an_energetic_reading_stays_a_verb(word, lemma):
    """A verb addressed to a woman or to women (you belong, you give, you search) with energetic
    readings beside it stays the verb: AlKhalil's rare verbal nouns of the same letters (تعطين)
    are never written with the article, and a verb its dictionary rates rare (انتمى) is no word
    neither analyser knows."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "VERB")


@pytest.mark.parametrize(
    "word,lemma,pos,proclitic",
    [
        # AlKhalil reads these as common nouns (a nisba, a verbal noun, a participle), and
        # general Arabic writes them with the article as readily as without
        ("الإيراني", "إيراني", "NOUN", "ال"),
        ("الهولندية", "هولندي", "NOUN", "ال"),
        ("برئاسة", "رئاسة", "NOUN", "ب"),
        ("الفائز", "فائز", "NOUN", "ال"),
        # AlKhalil reads these only as names, and general Arabic hardly writes them with the article
        ("تشيلسي", "تشيلسي", "PROPN", ""),
        ("مورينيو", "مورينيو", "PROPN", ""),
        ("لأرسنال", "أرسنال", "PROPN", "ل"),
        ("حفتر", "حفتر", "PROPN", ""),
        # AlKhalil reads these only as the verbal noun of a derived verb, which news writes in
        # construct (إيقاف العمل) far more often than with the article (X until 0.4.62)
        ("لإيجاد", "إيجاد", "NOUN", "ل"),
        ("إيقاف", "إيقاف", "NOUN", ""),
        ("إخلاء", "إخلاء", "NOUN", ""),
        ("تهيئة", "تهيئة", "NOUN", ""),
        ("إنفاذ", "إنفاذ", "NOUN", ""),
    ],
)
def test_a_word_qalsadi_does_not_analyse_takes_alkhalils_part_of_speech(word, lemma, pos, proclitic):
    """qalsadi does not analyse these; the kit's lemma is the word without its proclitics, and
    its part of speech was X. AlKhalil reads them, all in one class: a common noun or a name.
    All fail with 0.4.42 (pos X)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic, r.enclitic, r.lemma_source) == (lemma, pos, proclitic, "", "unknown")


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("بحاح", "بحاح"),  # a name AlKhalil's lexicon holds as a noun, hardly written with ال
        ("العواجي", "عواجي"),  # a family name AlKhalil reads as a nisba, rare in general Arabic
        ("غنيم", "غنيم"),  # a family name that is also a word, seldom written with ال
        ("السواط", "سواط"),  # …as an intensive adjective
        ("الكاميرا", "كاميرا"),  # AlKhalil lists it as a name only, written with ال like a noun
    ],
)
def test_a_word_alkhalil_reads_without_clear_class_stays_x(word, lemma):
    """Guards of the rule above: these stay X, as names and nouns cannot be told apart by
    AlKhalil's reading and general Arabic's counts (a family name is no common noun)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "X")


@pytest.mark.parametrize(
    "word,lemma,proclitic,enclitic",
    [
        ("شرعيته", "شرعية", "", "ه"),  # its legitimacy, not the feminine of شرعي, legal
        ("جنسيتها", "جنسية", "", "ها"),  # her nationality, not sexual
        ("عضويتها", "عضوية", "", "ها"),  # its membership
        ("بالعربية", "عربية", "بال", ""),  # in Arabic (the language)
        ("لعضوية", "عضوية", "ل", ""),
        ("بشعبية", "شعبية", "ب", ""),  # with popularity
    ],
)
def test_a_nisba_in_iya_with_a_pronoun_or_a_preposition_is_the_noun(word, lemma, proclitic, enclitic):
    """No adjective takes a pronoun or a preposition: a word in ـية with one is the noun in ـية
    AlKhalil lists (an abstract noun), not the feminine of the nisba (0.4.56 read شرعي, جنسي…)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic, r.enclitic) == (lemma, "NOUN", proclitic, enclitic)


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("للقاضية", "قاضي"),  # for the (woman) judge: a participle, not a nisba
        ("بالحكومية", "حكومي"),  # AlKhalil has no noun حكومية: the nisba stays
        ("للإعلامية", "إعلامي"),  # for the woman of the media: a nisba that names persons
        ("للسورية", "سوري"),  # (الإعلاميين, السوريين are written often)
        ("الشرعية", "شرعي"),  # alone, no clitic tells: the adjective (the sentence may tell)
        ("شرعية", "شرعي"),
    ],
)
def test_a_word_in_iya_with_no_sign_of_a_noun_stays_the_nisba(word, lemma):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert r.lemma == lemma


@pytest.mark.parametrize(
    "word,lemma,enclitic",
    [
        ("مقدمته", "مقدمة", "ه"),  # its forefront (في مقدمته), not مقدم, a presenter
        ("ملاحقتهم", "ملاحقة", "هم"),  # pursuing them: a verbal noun, not ملاحق
        ("مهاجمتها", "مهاجمة", "ها"),  # attacking it, not مهاجم, a forward
        ("جدارتها", "جدارة", "ها"),  # her merit, not جدار, a wall
        ("قاعدتهم", "قاعدة", "هم"),  # their base
        ("ملكيتها", "ملكية", "ها"),  # its ownership (AlKhalil also reads ملكي as a participle)
        ("احترافيتهم", "احترافية", "هم"),  # their professionalism (AlKhalil lists no such noun)
        ("عنصريته", "عنصرية", "ه"),  # his racism
        ("أولوياتهم", "أولوية", "هم"),  # their priorities, as أولويات → أولوية
        ("تقنياتها", "تقنية", "ها"),  # its techniques, as تقنيات → تقنية
        ("إمكانياتهم", "إمكانية", "هم"),  # their capacities, as إمكانيات → إمكانية
    ],
)
def test_a_word_in_ta_with_a_pronoun_is_the_noun_in_ta(word, lemma, enclitic):
    """No adjective or participle takes a pronoun: a word in ة with one is the noun in ة that
    AlKhalil lists as a verbal noun or a noun of its own (or a nisba's noun in ـية), and a plural
    in ـيات with one has the lemma it has without it (0.4.57 read مقدم, ملاحق, جدار, فعالي…)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic, r.enclitic) == (lemma, "NOUN", "", enclitic)


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("والدته", "والد", "NOUN"),  # his mother: a person's feminine keeps the masculine, as والدة
        ("زميلتها", "زميل", "NOUN"),  # her colleague
        ("مديرته", "مدير", "NOUN"),
        ("رسمته", "رسم", "VERB"),  # she drew it: a verb with its object (رسمة is rarer than رسمت)
        ("زرعته", "زرع", "VERB"),  # she planted it (0.4.57: the noun زرع + ة, NOUN)
        ("سلحتهم", "سلح", "VERB"),  # she armed them
    ],
)
def test_a_person_or_a_verb_in_ta_with_a_pronoun_keeps_its_lemma(word, lemma, pos):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)


@pytest.mark.parametrize(
    "word,lemma,pos,enclitic",
    [
        ("فيلمه", "فيلم", "NOUN", "ه"),  # his film, not ف + the verb لام
        ("فحوصات", "فحص", "NOUN", ""),  # tests, a plural of فحص, not ف + حوص
        ("فرصهم", "فرصة", "NOUN", "هم"),  # their chances, not ف + the verb رص
        ("فقدناها", "فقد", "VERB", "ها"),  # we lost it, not ف + قاد ("we led it")
        ("فجروا", "فجر", "VERB", ""),  # they blew up, not ف + جرى
    ],
)
def test_a_word_in_fa_written_more_often_than_its_rest_keeps_its_fa(word, lemma, pos, enclitic):
    """A conjunction ف on a word is written a few hundredths as often as the word: a form general
    Arabic writes at least as often as its rest alone, which AlKhalil reads as a noun or verb in
    ف, has its own ف (0.4.58 read ف + a word)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic, r.enclitic) == (lemma, pos, "", enclitic)


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("فيقول", "قال"),  # and he says: ف + يقول, written far less often than يقول
        ("فالحكومة", "حكومة"),
        ("فيرى", "رأى"),  # and he sees
        ("فأجابهم", "أجاب"),  # and he answered them: a quotation's verb, as common as أجابهم
    ],
)
def test_a_conjunction_fa_on_a_word_stays(word, lemma):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert r.lemma == lemma


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("آليات", "آلية"),  # mechanisms, not the nisba آلي (automatic), as common as آلية
        ("البلديات", "بلدية"),  # the municipalities, not بلدي (local)
        ("جنسيات", "جنسية"),  # nationalities, not جنسي
        ("السلوكيات", "سلوكية"),  # behaviours
        ("الصيدليات", "صيدلية"),  # pharmacies, not صيدلي (a pharmacist)
    ],
)
def test_a_plural_in_iyat_written_more_often_than_the_nisba_s_is_the_noun_s(word, lemma):
    """General Arabic writes these plurals in ـيات more often than the nisba's masculine plural
    (آليين, بلديين), so they are not women of a people or a trade: the plural of the noun in ـية
    AlKhalil lists (0.4.58 read آلي, بلدي, جنسي, سلوكي, صيدلي)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, "NOUN")


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("السعوديات", "سعودي"),  # Saudi women: السعوديين is written 4.4 times as often
        ("الإعلاميات", "إعلامي"),  # women of the media
        ("الذكريات", "ذكرى"),  # memories: the plural of a word in ى
        ("الفتيات", "فتاة"),  # girls
        ("التسعينيات", "تسعيني"),  # the nineties (the gold's convention)
    ],
)
def test_a_plural_in_iyat_of_women_or_of_a_word_in_alif_keeps_its_lemma(word, lemma):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert r.lemma == lemma


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("أدبية", "أدبي", "NOUN"),  # literary: not أ + دبي ("is it Dubai?")
        ("أضحية", "أضحية", "NOUN"),  # a sacrificial animal, not أ + ضحية
        ("أفغانية", "أفغاني", "NOUN"),  # Afghan, not أ + ف + غاني
        ("أنجاز", "إنجاز", "NOUN"),  # إنجاز with the wrong hamza, read again
        ("أتفاق", "اتفاق", "NOUN"),  # اتفاق with a hamza on its alif
        ("أفنجرز", "أفنجرز", "X"),  # a film's name, unknown to both analysers: the word whole
        ("أوتيل", "أوتيل", "X"),  # a hotel's name, not أ + و + تيل
        ("أدبيات", "أدبية", "NOUN"),  # literature: the plural of the noun in ـية
        ("ألفرد", "ألفرد", "NOUN"),  # Alfred, not أ + ل + فرد, nor الفرد ("the individual")
        ("أقاربي", "قريب", "NOUN"),  # my relatives: a broken plural, not أ + قارب + ي
    ],
)
def test_a_word_in_hamza_is_not_read_with_the_interrogative(word, lemma, pos):
    """News hardly asks a question with أ on a noun, and never with أ + و or ف: a word that
    qalsadi reads so is a word of its own (AlKhalil's reading), another spelling of a common
    word, or a name (0.4.59 read دبي, ضحية, غاني, جاز, فاق, جرز, يل, دبي, فرد, قارب)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, pos, "")


@pytest.mark.parametrize(
    "word,lemma,proclitic",
    [
        ("أتظن", "ظن", "أ"),  # "do you think?", in a quote
        ("أتعرفون", "عرف", "أ"),  # "do you know?"
        ("أنظمتها", "نظام", "أ"),  # a broken plural AlKhalil reads as the kit does
        ("أوتعديل", "تعديل", "أو"),  # أو ("or") written onto the next word
    ],
)
def test_a_question_an_agreed_plural_and_a_joined_aw_keep_their_reading(word, lemma, proclitic):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert (r.lemma, r.proclitic) == (lemma, proclitic)


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("يحلل", "حلل", "VERB"),  # analyses: حلّل, not the jussive of حلّ
        ("يتمم", "تمم", "VERB"),  # completes: تمّم, not تمّ
        ("وتعدد", "تعدد", "NOUN"),  # and the multiplicity of: تعدّد, not أعدّ
        ("تحسس", "تحسس", "VERB"),  # felt one's way: تحسّس, not أحسّ
        ("أحببنا", "أحب", "VERB"),  # we loved: the letters apart before a suffix
        ("أعددنا", "أعد", "VERB"),  # we prepared
        ("ظللت", "ظل", "VERB"),  # I remained
    ],
)
def test_a_doubled_letter_written_twice_at_the_end_is_the_form_ii_or_v_word(word, lemma, pos):
    """A doubled verb writes its two letters apart only before a suffix (أحببنا) or in the
    jussive (لم يُحْلِلْ), which news hardly writes: يحلل, يتمم, تعدد are the form II or V words
    that write the letter twice (0.4.59 read أحل, تم, أعد, أحس)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("كماً", "كم", "NOUN"),  # a quantity (كماً ونوعاً), not كما, "as"
        ("أخاً", "أخ", "NOUN"),  # a brother, not the construct form أخا
        ("همٍ", "هم", "NOUN"),  # a worry, not the pronoun هم
        ("همٍّ", "هم", "NOUN"),  # …with its shadda
        ("جداً", "جدا", "FUNC"),  # very: an adverb the particle lists hold whole
        ("غداً", "غدا", "FUNC"),  # tomorrow: likewise
        ("إذاً", "إذا", "FUNC"),  # so: no noun of its own stem
    ],
)
def test_a_particle_takes_no_tanwin(word, lemma, pos):
    """A word written with tanwin is a noun: مهماً, كلاً, كماً are مهم, كل, كم, which the
    particle lists also hold as particles (0.4.60 read مهما, كلا, كما, أخا and the pronoun هو);
    the adverbs they file whole keep their reading."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)


def test_an_adjective_with_tanwin_in_a_text_is_no_particle():
    """The tokenizer writes the tanwin after the alif (مهمًا as مهماً) before the lemmatizer
    reads it: both spellings are the adjective مهم, "important" (0.4.60: مهما, "whatever",
    15 tokens of a SaudiNewsNet day), and كلًا من is كل."""
    from discourse.text.tokenize import tokenize

    text = "أدى دورًا مهمًا وآخر مهماً، وشارك كلًا من الوفدين"
    tok = tokenize(pd.DataFrame({"doc_id": ["d"], "text": [text]}), progress=False)
    lemmas = dict(zip(tok.token.astype(str), tok.lemma.astype(str)))
    assert (lemmas["مهمًا"], lemmas["مهماً"], lemmas["كلًا"]) == ("مهم", "مهم", "كل")


def test_the_vocative_particle_is_a_function_word_and_a_stopword():
    """qalsadi files يا with its nouns; the kit counts it with the function words (0.4.60: a
    NOUN, the 1,038th content lemma of a SaudiNewsNet day)."""
    kit = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False)
    assert (kit.analyze("يا").pos, kit.analyze("ويا").pos) == ("FUNC", "FUNC")
    assert kit.analyze("بيا").pos != "FUNC"  # a name (ديفيد بيا): no preposition on a vocative
    from discourse.text.tokenize import tokenize

    tok = tokenize(pd.DataFrame({"doc_id": ["d"], "text": ["قال: يا أهل الخير"]}), progress=False)
    assert bool(tok.set_index("token").loc["يا", "is_stop"])


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("شقق", "شقة", "NOUN"),  # apartments: not the verb شقّق
        ("أمم", "أمة", "NOUN"),  # nations: not أمّم, "nationalised"
        ("تمارين", "تمرين", "NOUN"),  # exercises: not ت + مارى
        ("وشقق", "شقة", "NOUN"),  # and apartments (والشقق is written as often)
        ("تهم", "أهم", "VERB"),  # it concerns: written as often as يهم (التهم aside)
        ("حجب", "حجب", "VERB"),  # blocked: the verb is also its own verbal noun (الحجب)
        ("قرر", "قرر", "VERB"),  # decided: general Arabic hardly writes القرر
    ],
)
def test_a_broken_plural_written_with_the_article_is_not_a_verb(word, lemma, pos):
    """qalsadi reads some broken plurals as verbs: a form II verb whose doubled letters stand
    apart (شقق, أمم) or an imperfect (تمارين). General Arabic writes them with the article,
    which no verb takes (0.4.60 read the verbs شقق, أمم, مارى); a verb that is its own verbal
    noun, or an imperfect as common as its other persons, stays the verb."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)


def test_a_plural_that_is_also_a_form_ii_verb_is_the_verb_after_qad_or_a_relative():
    """جدد alone is the plural of جديد (لاعبين جدد), but after قد, كما or a relative pronoun it is
    the verb جدّد, "renewed" (0.4.61's first rule read both as the plural, 0.4.60 both as the verb)."""
    from discourse.text.tokenize import tokenize

    text = "وقد جدد الوزير دعوته إلى لاعبين جدد، كما جدد الاتحاد عقود الشركات التي أمم رئيسها"
    tok = tokenize(pd.DataFrame({"doc_id": ["d"], "text": [text]}), progress=False)
    read = list(zip(tok.token.astype(str), tok.lemma.astype(str), tok.pos.astype(str)))
    assert [r for r in read if r[0] in ("جدد", "أمم")] == [
        ("جدد", "جدد", "VERB"),
        ("جدد", "جديد", "NOUN"),
        ("جدد", "جدد", "VERB"),
        ("أمم", "أمم", "VERB"),
    ]


def _alone():
    return Lemmatizer(cache=False, overrides=None, progress=False, names=False, table=False)


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("بارزاني", "بارزاني", "X"),  # Barzani: not بارز + ا + ني, "the two duelled with me"
        ("طالباني", "طالباني", "X"),  # Talabani: not طالب + ا + ني (طالباه is rare)
        ("أردني", "أردني", "NOUN"),  # Jordanian: not أراد, "want me!" (الأردني)
        ("اردني", "أردني", "NOUN"),  # …without its hamza
        ("أنتوني", "أنتوني", "X"),  # Anthony: not أنت + وا + ني
        ("أخبرني", "أخبر", "VERB"),  # he told me: أخبره, أخبرها are written
        ("أعطاني", "أعطى", "VERB"),  # he gave me
        ("صدقوني", "صدق", "VERB"),  # believe me (plural): صدقوه is written a twentieth as often
    ],
)
def test_a_nisba_or_name_in_ni_is_no_verb_with_the_object_me(word, lemma, pos):
    """Names and nisbas in ـاني, ـوني, ـني look like a verb + ني ("me"); 0.4.61 read بارزاني as
    بارز, أردني as أراد, أنتوني as أنت. General Arabic writes them with the article (الأردني),
    or never writes the verb with "him", "her" or "them" (بارزاه): no verb with "me" then."""
    r = _alone().analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("إماراتي", "إماراتي", "NOUN"),  # Emirati: not إمارة + ي, "my emirate"
        ("كاظمي", "كاظمي", "NOUN"),  # Kadhimi: not كاظم + ي (a plural in construct or "my")
        ("عائلي", "عائلي", "NOUN"),  # familial: not عائل + ي
        ("شرقي", "شرقي", "NOUN"),  # eastern: not the adverb شرق + ي
        ("أمامي", "أمام", "FUNC"),  # in front of me: أمام takes "her", "them" (أمامها, أمامهم)
        ("صوتي", "صوتي", "NOUN"),  # vocal: as before
        ("بصوتي", "صوت", "NOUN"),  # in my voice: after a preposition, a noun with "my"
        ("جزئي", "جزئي", "NOUN"),  # partial: not جزء + ي
        ("رأيي", "رأي", "NOUN"),  # my opinion: general Arabic hardly writes الرأيي
        ("موظفي", "موظف", "NOUN"),  # employees of (construct): nor الموظفي
    ],
)
def test_a_nisba_written_with_the_article_is_no_word_with_the_pronoun_my(word, lemma, pos):
    """A word with the pronoun ي ("my") takes no article; a word general Arabic writes with it
    (الإماراتي, الكاظمي, الشرقي) is a nisba or a name in ـي (0.4.61: إمارة, كاظم, شرق + ي)."""
    r = _alone().analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)
    if lemma == word:
        assert r.enclitic == ""  # (the construct موظفي keeps the kit's cut, ـي apart)


def test_a_verb_reading_takes_no_article():
    """في التو, "at once": التو is ال + تو, not AlKhalil's verb التوى with the article for a
    proclitic (0.4.61)."""
    r = _alone().analyze("التو")
    assert (r.lemma, r.pos, r.proclitic) == ("تو", "NOUN", "ال")


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("يهود", "يهود", "NOUN"),  # Jews: not يهود, "he returns" (هاد)
        ("قصص", "قصة", "NOUN"),  # stories: both analysers' singular, not the verb قصّص
        ("قيم", "قيمة", "NOUN"),  # values: not the verb قام (قيم, "was set up")
        ("عيد", "عيد", "NOUN"),  # a feast: not عاد (عيد, "was repeated")
        ("تذاكر", "تذكرة", "NOUN"),  # tickets: not ت + ذاكر
        ("تواصل", "واصل", "VERB"),  # she continues (تواصل القوات): 5.2 times يواصل, not 25
        ("خافت", "خاف", "VERB"),  # she feared: a past of "she", though خافت is also faint
    ],
)
def test_a_plural_qalsadi_also_lists_as_a_noun_is_no_verb(word, lemma, pos):
    """qalsadi lists these words as nouns, yet its frequencies made them verbs (0.4.61); general
    Arabic writes them with the article (اليهود, القصص, القيم), which no verb takes. A verbal
    noun of form V or VI is also a verb (تواصل), and so is a past of "she" (خافت): they stay
    verbs unless the imperfect is written 25 times as often as its other person."""
    r = _alone().analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)


def test_a_two_letter_verb_after_la_is_the_noun_it_denies():
    """لا بد, "must": بد is the noun بُدّ after لا (0.4.61: the verb بدّ, "to scatter", 103 tokens
    of two SaudiNewsNet days); alone it keeps qalsadi's verb, and a verb of three letters after
    لا (لا سمح الله, a wish) stays a verb."""
    from discourse.text.tokenize import tokenize

    text = "لا بد من الحوار، ولا بد أن نعمل. لا سمح الله. بد الشيء"
    tok = tokenize(pd.DataFrame({"doc_id": ["d"], "text": [text]}), progress=False)
    read = [(t, p) for t, p in zip(tok.token.astype(str), tok.pos.astype(str)) if t in ("بد", "سمح")]
    assert read == [("بد", "NOUN"), ("بد", "NOUN"), ("سمح", "VERB"), ("بد", "VERB")]


@pytest.mark.parametrize(
    "word,lemma,pos,proclitic",
    [
        ("لدعم", "دعم", "NOUN", "ل"),  # to support (the verbal noun), not لَدَعَمَ
        ("لخفض", "خفض", "NOUN", "ل"),  # qalsadi reads خفض only as verbs
        ("لحظر", "حظر", "NOUN", "ل"),
        ("لشن", "شن", "NOUN", "ل"),  # a doubled verb's verbal noun, of two letters
        ("لحرم", "حرم", "NOUN", "ل"),
        ("للعب", "لعب", "NOUN", "ل"),  # ل + لعب, not ل + the article + عب
        ("ولدعم", "دعم", "NOUN", "ول"),
        ("للسن", "سن", "NOUN", "لل"),  # for the age: the article's ل (السن), not ل + لسن
        ("ليصل", "وصل", "VERB", "ل"),  # ل + an imperfect: a verb
        ("لتشمل", "شمل", "VERB", "ل"),
    ],
)
def test_a_past_verb_takes_no_la_of_purpose(word, lemma, pos, proclitic):
    """The ل written onto a verb in news takes the imperfect (ليصل, لتشمل); 0.4.62 read لدعم (53
    tokens on 2015-08-03), للعب, لخفض, لحرم as ل + a past verb. They are ل + the verbal noun."""
    r = _alone().analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, pos, proclitic)


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("قومي", "قومي", "NOUN"),  # national: not قومي, "stand up!" (قام)
        ("سلمي", "سلمي", "NOUN"),  # peaceful: not "hand over!" (سلّم)
        ("أدبي", "أدبي", "NOUN"),  # literary
        ("تقدمي", "تقدمي", "NOUN"),  # progressive: not "advance!" (تقدّم)
        ("وادي", "وادي", "NOUN"),  # a valley: not the imperative of وادّ
        ("ووادي", "وادي", "NOUN"),
        ("وخاص", "خاص", "NOUN"),  # special: not خاصَ, a verb qalsadi does not rate
        ("تفضلي", None, "VERB"),  # "please" to a woman: no التفضلي, a verb as before
        ("قولي", "قال", "VERB"),  # "say!" to a woman
    ],
)
def test_a_word_written_with_the_article_is_no_verb_addressed_to_a_woman(word, lemma, pos):
    """0.4.62 read قومي as قام ("stand up!"), وادي as an imperative and خاص as a verb: general
    Arabic writes them with the article (القومي, الوادي, الخاص), which no verb takes. News
    seldom addresses a woman; when it does (تفضلي, قولي) the word has no article."""
    r = _alone().analyze(word)
    assert (r.lemma if lemma else None, r.pos) == (lemma, pos)


def test_according_to_is_a_function_word_and_the_kilometre_a_noun():
    """وفق, وفقا, طبقا ("according to") were among a day's most frequent verbs (0.4.62: 195
    tokens of وفق on 2015-08-03) and كلم (km) the verb كلّم: the shipped overrides make them a
    function word and stopword like حسب, and a noun."""
    from discourse.text.tokenize import tokenize

    text = "وتسير الخطة وفق جدول محدد، ووفقا لمصادر طبية فإن المسافة 40 كلم."
    tok = tokenize(pd.DataFrame({"doc_id": ["d"], "text": [text]}), progress=False)
    read = {t: (lem, p, s) for t, lem, p, s in zip(tok.token, tok.lemma, tok.pos, tok.is_stop)}
    assert read["وفق"] == ("وفق", "FUNC", True)
    assert read["ووفقا"] == ("وفق", "FUNC", True)
    assert read["كلم"][:2] == ("كلم", "NOUN")


@pytest.mark.parametrize(
    "word,lemma,pos,enclitic",
    [
        ("قدرها", "قدر", "NOUN", "ها"),  # بزيادة قدرها 2%: amounting to, not قدّر, "he estimated"
        ("وقدره", "قدر", "NOUN", "ه"),
        ("أهمها", "أهم", "NOUN", "ها"),  # من أهمها: the most important of them
        ("لأجله", "أجل", "NOUN", "ه"),  # for his sake, not أجّل, "he postponed"
        ("تشيك", "تشيك", "PROPN", ""),  # Čech, not ت + وشى + ك
        ("برس", "برس", "PROPN", ""),  # فرانس برس, not a verb
        ("وزين", "زين", "PROPN", ""),  # شركة زين, the telecom company, not زيّن
    ],
)
def test_the_shipped_overrides_read_frequent_nouns_read_as_verbs(word, lemma, pos, enclitic):
    """0.4.64 read these as verbs (on 2015-08-03 and 08-04, with their clitics, قدرها and قدره
    110 tokens, أهمها 46, أجلها and أجله 29, every one the noun in context), تشيك as a verb
    with "you" (23 tokens, all the goalkeeper Petr Čech), and the names برس, زين as verbs (21
    and 65 tokens)."""
    r = Lemmatizer(cache=False, progress=False, n_jobs=1).known([word])[word]
    assert (r.lemma, r.pos, r.enclitic) == (lemma, pos, enclitic)


@pytest.mark.parametrize(
    "word,lemma,proclitic",
    [
        ("مؤقتة", "مؤقت", ""),  # temporary (f.): qalsadi lists neither مؤقتة nor مؤقت's feminine
        ("المؤقتة", "مؤقت", "ال"),
        ("مهيأة", "مهيأ", ""),  # prepared (f.)
        ("المعبأة", "معبأ", "ال"),  # packed (f.)
        ("المبتعثين", "مبتعث", "ال"),  # students sent abroad: the participle's sound plural
        ("الفائزين", "فائز", "ال"),  # the winners
        ("مغطاة", "مغطى", ""),  # covered (f.): the participle in ى
        ("خاصا", "خاص", ""),  # the accusative alif without its tanwin sign
        ("تأهيلا", "تأهيل", ""),
        ("إيقافا", "إيقاف", ""),  # a derived verb's verbal noun, seldom with the article
        ("أميركيا", "أمريكي", ""),  # a nisba's accusative, in the kit's spelling of the nisba
    ],
)
def test_an_inflected_word_qalsadi_lacks_has_its_lemma(word, lemma, proclitic):
    """0.4.63 kept these whole (X, lemma مؤقتة, مبتعثين, خاصا): qalsadi does not analyse them,
    and AlKhalil reads them as the feminine, plural or accusative of a word in use."""
    r = _alone().analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, "NOUN", proclitic)


@pytest.mark.parametrize(
    "word,not_lemma",
    [
        ("أفريقيا", "أفريقي"),  # Africa, far more common than the nisba it could be the accusative of
        ("الأكاديميا", "أكاديمي"),  # academia: no accusative tanwin after the article
        ("آرسين", "آرس"),  # Arsène: آرس is written with the article hardly at all
        ("مورا", "مور"),  # a name (Mora), no accusative of مور
    ],
)
def test_a_name_is_not_read_as_an_inflected_word(word, not_lemma):
    r = _alone().analyze(word)
    assert r.lemma != not_lemma


@pytest.mark.parametrize(
    "word,lemma,pos,proclitic",
    [
        ("مائتي", "مئة", "FUNC", ""),  # مائتي ألف شخص: not مائت ("dying") + "my"
        ("ومائتان", "مئة", "FUNC", "و"),
        ("مئتين", "مئة", "FUNC", ""),
        ("ألفين", "ألف", "NOUN", ""),  # not the verb ألفى, "he found"
        ("وألفين", "ألف", "NOUN", "و"),
        ("مليوني", "مليون", "NOUN", ""),  # مليوني دولار: not the nisba مليوني
        ("بمليوني", "مليون", "NOUN", ""),
    ],
)
def test_the_dual_of_a_hundred_a_thousand_a_million_is_the_number(word, lemma, pos, proclitic):
    """News writes the dual of مئة, ألف, مليون, مليار in construct before what it counts; 0.4.63
    read مائتي as مائت + ي, ألفين as the verb ألفى and مليوني as a nisba."""
    r = _alone().analyze(word)
    assert (r.lemma, r.pos, r.proclitic) == (lemma, pos, proclitic)


def test_the_dual_number_with_the_article_is_another_word():
    """الألفي is a family name and المليوني "the million-strong": not the numbers."""
    kit = _alone()
    assert kit.analyze("الألفي").lemma != "ألف"
    assert kit.analyze("المليوني").lemma != "مليون"


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("لتعيش", "عاش", "VERB"),  # so that she lives: not ل + تعيّش, "earning a living"
        ("لتحصل", None, "VERB"),  # so that she obtains
        ("لتعرض", "تعرض", "NOUN"),  # for being exposed: the verbal noun, written with the article
        ("لتلقي", "تلقي", "NOUN"),  # to receive (التلقي)
    ],
)
def test_la_before_an_imperfect_in_ta_is_a_verb(word, lemma, pos):
    """0.4.63 read every bare past after ل as the verbal noun, and so ل + an imperfect in ت that
    qalsadi reads only as a form V past (لتعيش, لتحصل) as a noun; general Arabic writes التعيش,
    التحصل almost never against يعيش, يحصل."""
    r = _alone().analyze(word)
    assert (r.lemma if lemma else None, r.pos) == (lemma, pos)


@pytest.mark.parametrize(
    "word",
    [
        "إل",  # the L of إل جي (LG): 0.4.68 آل, "the house of"
        "كيو",  # Q: 0.4.68 يو, as ك + يو
        "آر",  # R: 0.4.68 a verb
        "دبليو",  # جورج دبليو بوش: 0.4.68 a noun
        "يو",  # يو إس بي (USB)
        "جيه",
        "واي",  # واي فاي
    ],
)
def test_a_latin_letters_name_is_part_of_a_name(word):
    """The Arabic names of the Latin letters in foreign abbreviations (سي إن إن, إل جي, آي فون)
    are the letters, parts of a name: not آل, أم, آية or a verb. All fail on 0.4.68, in their
    lemma or their part of speech (X, NOUN or VERB)."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic, r.enclitic) == (word, "PROPN", "", "")


@pytest.mark.parametrize(
    "word,lemma,pos",
    [
        ("لدي", "لدى", "FUNC"),  # "I have": ل + دي is no letter's name (only the name alone is)
        ("وسي", "وسى", "VERB"),
        ("إن", "إن", "FUNC"),  # spellings news also writes as its own words are not on the list
        ("في", "في", "FUNC"),
    ],
)
def test_a_word_spelled_like_a_letters_name_keeps_its_reading(word, lemma, pos):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos) == (lemma, pos)


@pytest.mark.parametrize(
    "word,lemma,enclitic",
    [
        ("ربنا", "رب", "نا"),  # "our Lord": 0.4.68 ربى, "raise us!"
        ("جده", "جد", "ه"),  # his grandfather: 0.4.68 وجد, "find him!"
        ("جدهم", "جد", "هم"),
        ("ردك", "رد", "ك"),  # your reply: 0.4.68 ورد
        ("ردنا", "رد", "نا"),
        ("سمها", "سم", "ها"),  # its poison: 0.4.68 سمى, "name her!"
        ("كفك", "كف", "ك"),  # your palm: 0.4.68 وكف
        ("فقه", "فقه", ""),  # jurisprudence: 0.4.68 فاق, "wake him!"
    ],
)
def test_a_noun_with_a_pronoun_beats_an_imperative(word, lemma, enclitic):
    """News reports; it rarely commands. A man's imperative with a pronoun (جِدْه, رُدَّك) loses
    to a noun read with one. All fail on 0.4.68."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.enclitic) == (lemma, "NOUN", enclitic)


@pytest.mark.parametrize(
    "word,lemma,enclitic",
    [
        ("اتركها", "ترك", "ها"),  # "leave it!", of a quote: no noun reading to lose to
        ("دعني", "ودع", "ني"),
        ("سجليها", "سجل", "ها"),  # a woman's imperative is left as it was (not سجلي + ها)
    ],
)
def test_an_imperative_with_no_noun_reading_stays(word, lemma, enclitic):
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.enclitic) == (lemma, "VERB", enclitic)


@pytest.mark.parametrize(
    "word,lemma,proclitic,enclitic",
    [
        ("قمنا", "قام", "", ""),  # "we did": 0.4.68 the imperative قُم + "us"
        ("اخترنا", "اختار", "", ""),  # "we chose"
        ("جئنا", "جاء", "", ""),  # "we came"
        ("وصفه", "وصف", "", "ه"),  # "he described it": 0.4.68 و + the imperative صِف + ه
        ("وعده", "وعد", "", "ه"),  # "he promised him": 0.4.68 و + عُد + ه
    ],
)
def test_a_past_beats_an_imperative_with_a_pronoun(word, lemma, proclitic, enclitic):
    """The imperative's weight against a noun also lets the past win: ـنا is the subject "we"
    and a first و the verb's own. All fail on 0.4.68."""
    r = Lemmatizer(cache=False, overrides=None, progress=False, names=False).analyze(word)
    assert (r.lemma, r.pos, r.proclitic, r.enclitic) == (lemma, "VERB", proclitic, enclitic)
