"""Normalization, segmentation, tokenization, stopwords, lemmas and their cache."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from discourse.errors import LexiconError
from discourse.text import normalize as nz
from discourse.text.lemmatize import LemmaResult, Lemmatizer, load_overrides
from discourse.text.segment import MAX_SENTENCE_CHARS, paragraph_spans, segment, sentence_spans
from discourse.text.stopwords import stopword_set
from discourse.text.tokenize import TOKEN_COLUMNS, tokenize, tokenize_text


# -- normalization ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "func,given,expected",
    [
        (nz.nfkc, "\ufefb\ufe8e", "لاا"),  # presentation forms: ﻻ ﺎ
        (nz.remove_diacritics, "مُصْطَفَى الكَاظِمِيّ", "مصطفى الكاظمي"),
        (nz.remove_diacritics, "هٰذا", "هذا"),  # dagger alef
        (nz.remove_tatweel, "العـــراق", "العراق"),
        (nz.normalize_alef, "أإآٱا", "ااااا"),
        (nz.normalize_hamza, "مسؤول رئيس", "مسوول رييس"),
        (nz.normalize_alef_maqsura, "مصطفى", "مصطفي"),
        (nz.normalize_teh_marbuta, "الحكومة", "الحكومه"),
        (nz.normalize_digits, "٢٠٢١ و۳", "2021 و3"),
        (nz.normalize_punctuation, "نعم، لا؛ لماذا؟ «هنا»", 'نعم, لا; لماذا? "هنا"'),
    ],
)
def test_normalizers(func, given, expected):
    assert func(given) == expected


def test_pipeline_is_configurable_and_checked():
    f = nz.make_normalizer(["diacritics", "alef", "teh_marbuta"])
    assert f("الأُمَّة") == "الامه"
    with pytest.raises(ValueError, match="Unknown normalization step"):
        nz.make_normalizer(["diacritics", "stemming"])
    assert nz.normalize("بـإيرانَ") == "بايران"


# -- segmentation -------------------------------------------------------------------------------
def test_sentences_respect_numbers_abbreviations_and_quotes():
    t = (
        "قال د. محمد إن النمو بلغ 3.5 في المئة، أي 1,200 مليون. "
        "وأضاف: «لن ننسحب.» ثم غادر! هل ينجح؟ نعم؛ بالتأكيد"
    )
    got = [t[s:e] for s, e in sentence_spans(t)]
    assert got == [
        "قال د. محمد إن النمو بلغ 3.5 في المئة، أي 1,200 مليون.",
        "وأضاف: «لن ننسحب.»",
        "ثم غادر!",
        "هل ينجح؟",
        "نعم؛",
        "بالتأكيد",
    ]


def test_a_run_without_sentence_ends_is_cut_at_a_comma_or_a_space():
    # a transcript or OCR'd page without full stops must not be one sentence of the whole text
    clause = "وقال المتحدث إن الوفد سيصل غدا، "  # 32 characters, the comma the 31st
    t = clause * 200 + "ثم انتهى."
    spans = sentence_spans(t)
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in spans) and len(spans) == 4
    # every cut after a comma (the last comma before the limit), nothing lost or added
    assert [t[e - 1] for s, e in spans[:-1]] == ["،", "،", "،"] and t[spans[-1][1] - 1] == "."
    assert spans[0] == (0, 62 * 32 - 1)  # the 62nd comma is the last before 2,000; the cut keeps it
    assert "".join(t[s:e] for s, e in spans).replace(" ", "") == t.replace(" ", "")
    words = " ".join(["كلمة"] * 1000)  # no comma at all: cut at a space, no piece starts or ends blank
    spans = sentence_spans(words)
    assert len(spans) == 3 and all(words[s] != " " != words[e - 1] for s, e in spans)
    # ordinary sentences are untouched
    assert sentence_spans("جملة قصيرة. وأخرى.") == [(0, 11), (12, 18)]


def test_paragraphs_are_lines():
    t = "فقرة أولى.\n\n  فقرة ثانية.  \nفقرة ثالثة"
    assert [t[s:e] for s, e in paragraph_spans(t)] == ["فقرة أولى.", "فقرة ثانية.", "فقرة ثالثة"]
    assert [(p, s) for p, s, _, _ in segment(t)] == [(0, 0), (1, 1), (2, 2)]


def test_default_article_sentences(seed_docs):
    text = seed_docs.text[0]
    sents = [text[s:e] for _, _, s, e in segment(text)]
    # independent count: one sentence per end mark followed by a space/end, plus the
    # paragraphs (section headings) that carry no end mark at all
    paras = text.split("\n\n")
    marks = sum(len(re.findall(r"[.؟?!؛](?=[\"”»]*(\s|$))", p)) for p in paras)
    headings = sum(1 for p in paras if not re.search(r"[.؟?!؛][\"”»]*$", p))
    assert len(sents) == marks + headings == 23
    assert sents[0].endswith("فهل ينجح الكاظمي في طي الملفات العالقة مع إدارة بايدن؟")
    assert sents[1].startswith("أم تشهد المرحلة المقبلة") and sents[1].endswith("العراق!")
    assert sents[2] == "الكاظمي في واشنطن"


# -- tokens -------------------------------------------------------------------------------------
def test_tokenize_text_kinds():
    t = "قال: إن ٣٥٠٠ جندي (2,500 أمريكي) غادروا Baghdad."
    got = [(t[s:e], k) for s, e, k in tokenize_text(t)]
    assert got == [
        ("قال", "ar"),
        (":", "sym"),
        ("إن", "ar"),
        ("٣٥٠٠", "num"),
        ("جندي", "ar"),
        ("(", "sym"),
        ("2,500", "num"),
        ("أمريكي", "ar"),
        (")", "sym"),
        ("غادروا", "ar"),
        ("Baghdad", "lat"),
        (".", "sym"),
    ]


def test_token_table_on_default_article(seed_docs, seed_tokens):
    tok = seed_tokens
    assert list(tok.columns) == TOKEN_COLUMNS
    text = seed_docs.text[0]
    # every token slices back out of the cleaned text
    assert all(text[s:e] == w for s, e, w in zip(tok.start, tok.end, tok.token))
    # counts checked independently of the tokenizer: whitespace words, with punctuation split
    words = re.findall(r"[\u0621-\u064a\u0640\u064b-\u0652\u0670]+|[A-Za-z]+|\d+(?:[.,]\d+)*", text)
    assert len(tok[~tok.is_punct]) == len(words)
    assert tok.tok_id.tolist() == list(range(len(tok)))
    assert tok.sent_id.max() + 1 == 23 and tok.para_id.max() + 1 == 20

    def one(word, col):
        vals = tok.loc[tok.token == word, col].unique()
        assert len(vals) == 1, (word, vals)
        return vals[0]

    assert (tok.token == "الكاظمي").sum() == 13
    assert one("الكاظمي", "lemma") == "الكاظمي"  # the shipped override keeps the name whole
    assert one("الحكومة", "lemma") == "حكومة"
    assert one("القوات", "lemma") == "قوة"
    assert one("والولايات", "proclitic") == "وال"
    assert one("بحسب", "is_stop") and one("في", "is_stop")
    assert not one("العراق", "is_stop")
    assert one("3500", "is_num") and one("3500", "pos") == "NUM"
    assert one("لإيران", "norm") == "لايران"
    assert tok.loc[tok.token == "،", "is_punct"].all()


def test_the_next_word_tells_far_from_the_feast(lemmatizer):
    """بعيد is "far" (بعيد عن الواقع), but ب + عيد before the name of a feast (بعيد الفطر,
    بعيد ميلاده), in the same sentence only; 0.4.36 read every بعيد as the feast."""
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "text": [
                "هنأ المواطنين بعيد الأضحى، واحتفل وبعيد ميلاده. القرار بعيد عن الواقع. بعيد\nالفطر",
                "ليس بعيد، ووقفت بعيدة الأم عن ابنها",
            ],
        }
    )
    for split in (False, True):
        t = tokenize(docs, lemmatizer=lemmatizer, progress=False, split_clitics=split)
        words = t[t["token"].isin(["بعيد", "وبعيد", "عيد", "بعيدة"])]
        got = list(zip(words["lemma"].astype(str), words["proclitic"].astype(str)))
        # (the last: بعيدة, the adjective before الأم, the mother, its subject)
        assert got == [("عيد", "ب"), ("عيد", "وب")] + [("بعيد", "")] * 4


def _token_lemma_pos(text: str, lemmatizer, split: bool) -> list[list[str]]:
    """The token, lemma and pos columns of ``text`` tokenized as one document."""
    doc = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    tok = tokenize(doc, lemmatizer=lemmatizer, progress=False, split_clitics=split)
    return [tok[c].astype(str).tolist() for c in ("token", "lemma", "pos")]


def test_the_word_after_tamma_is_a_verbal_noun(lemmatizer):
    """تم, يتم, سيتم ("was done", "is done", "will be done") take the verbal noun of the act as
    their subject, never a verb: 0.4.64 read سيتم منح, يتم ضخ, تم نشرها, وتم دمج, فسيتم منحهم as
    verbs (62 tokens on 2015-08-03). The same words elsewhere keep their reading (منح الملك)."""
    text = "سيتم منح الجوائز، ويتم ضخ المياه، وقد تم نشرها وتم دمج الشركتين. فسيتم منحهم. منح الملك الجائزة"
    words = {"منح", "ضخ", "نشرها", "دمج", "منحهم"}
    for split in (False, True):
        cols = _token_lemma_pos(text, lemmatizer, split)
        got = [(w, lm, p) for w, lm, p in zip(*cols) if w in words or (split and w in {"نشر"})]
        assert got == [
            ("منح", "منح", "NOUN"),
            ("ضخ", "ضخ", "NOUN"),
            ("نشر" if split else "نشرها", "نشر", "NOUN"),  # (with split, ها has its own row)
            ("دمج", "دمج", "NOUN"),
            ("منح" if split else "منحهم", "منح", "NOUN"),
            ("منح", "منح", "VERB"),
        ]


def test_the_word_after_adam_is_a_verbal_noun(lemmatizer):
    """عدم, "not …ing", and the nouns like it (ضرورة, أهمية, إعادة, من أجل) head a construct
    with a verbal noun, and وفق, "according to", is a preposition: 0.4.64 read عدم ذكر, وعدم
    دحر, أهمية فرض, إعادة طرحها as verbs and وفق أسس as the verb أسس (about 50 tokens a day
    of SaudiNewsNet). Elsewhere these words keep their reading (فرض الحظر, the verb)."""
    text = "مع عدم ذكر الأسماء وعدم دحر العدو، وأكد أهمية فرض النظام وإعادة طرحها وفق أسس واضحة. فرض الحظر"
    for split in (False, True):
        cols = _token_lemma_pos(text, lemmatizer, split)
        got = [(lm, p) for w, lm, p in zip(*cols) if w in {"ذكر", "دحر", "فرض", "طرحها", "طرح", "أسس"}]
        assert got == [
            ("ذكر", "NOUN"),
            ("دحر", "NOUN"),
            ("فرض", "NOUN"),
            ("طرح", "NOUN"),
            ("أساس", "NOUN"),
            ("فرض", "VERB"),
        ]


def test_ashum_is_shares_unless_it_opens_a_clause(lemmatizer):
    """أسهم is "shares" (the plural of سهم) in every market report, and "contributed" (the verb
    0.4.64 read everywhere: 178 of 191 tokens on 2015-08-03/04) where a clause opens: after
    الذي, ما, قد, at a sentence's start or after a comma, and before في."""
    text = (
        "شهدت السوق ارتفاع أسهم 100 شركة، وتراجعت أسهم الشركات الكبرى، وقد أقبل المستثمرون على أسهم "
        "المصارف. وقال إن البرنامج الذي أسهم في نجاح الموسم قد أسهم بشكل كبير. أسهم تشغيل المحطة في "
        "خفض الأسعار."
    )
    for split in (False, True):
        got = [(lm, p) for w, lm, p in zip(*_token_lemma_pos(text, lemmatizer, split)) if w == "أسهم"]
        assert got == [("سهم", "NOUN")] * 3 + [("أسهم", "VERB")] * 3


def test_the_word_after_bin_is_a_name(lemmatizer):
    """The word after بن, "son of", is the next name of a chain, whatever it means alone: 0.4.64
    read بن سعد, بن حمد as verbs, بن بريك, بن مالك as the nouns بري, مال, بن سلمه as سلم + ه, and
    أبو ديس, آل فهيد, بن أبي طالب as verbs (on 2015-08-03, 71 verbs and 36 other lemmas after
    these words). The same words elsewhere keep their reading, as do the nouns after أبو (أبو
    بكر) and the words after بنت, which is also "a girl" (بنت سعودية), and after a sentence's
    end; a noun with و after بن may be "coffee and …" (بن وشاي) and keeps its reading."""
    text = (
        "استقبل الأمير فيصل بن سعد بن حمد الوفد، وحضر محمد بن بريك وأنس بن مالك وعلي بن سلمه "
        "وعمر بن الخطاب. وزار أبو ديس وآل فهيد، وأبو بكر. سعد الرجل بلقائه. عن علي بن أبي طالب. "
        "وهي بنت سعودية. وقال بن. سعد. وحضر ناصر بن فهاد. مركزات بن وشاي"
    )
    words = set("سعد حمد بريك مالك سلمه الخطاب خطاب ديس فهيد بكر طالب سعودية فهاد وشاي شاي".split())
    for split in (False, True):
        cols = _token_lemma_pos(text, lemmatizer, split)
        got = [(w, lm, p) for w, lm, p in zip(*cols) if w in words]
        assert got == [
            ("سعد", "سعد", "PROPN"),
            ("حمد", "حمد", "PROPN"),
            ("بريك", "بريك", "PROPN"),
            ("مالك", "مالك", "PROPN"),
            ("سلمه", "سلمه", "PROPN"),
            ("خطاب" if split else "الخطاب", "خطاب", "PROPN"),  # (the article its own row)
            ("ديس", "ديس", "PROPN"),
            ("فهيد", "فهيد", "PROPN"),
            ("بكر", "بكر", "NOUN"),
            ("سعد", "سعد", "VERB"),
            ("طالب", "طالب", "PROPN"),
            ("سعودية", "سعودي", "NOUN"),
            ("سعد", "سعد", "VERB"),
            ("فهاد", "فهاد", "PROPN"),  # (not ف + هاد)
            ("شاي" if split else "وشاي", "شاي", "NOUN"),  # coffee and tea: بن is also "coffee"
        ]


def test_a_first_name_before_bin_is_a_name(lemmatizer):
    """A first name of ``names.yaml`` right before بن or بنت is a name, though the analysers
    read those that are also words as the words: 0.4.65 read سعد بن, حمد بن as verbs, وباسم بن
    as و + ب + اسم, آمنة بنت as آمن (about 40 tokens a day of 2015-08-03/04). A noun read with
    the name as lemma keeps its reading (تركي, فهد), as do the same words elsewhere and a word
    no list names (قال بن لادن)."""
    text = (
        "أكد المهندس سعد بن عبدالله أن الأمير تركي بن طلال وفهد بن سعد حضرا، وحمد بن جاسم وباسم "
        "بن علي. وكانت آمنة بنت سعيد هناك. سعد الرجل بلقائه. وذكر منصور أن الفهد سريع. قال بن لادن"
    )
    words = {"سعد", "تركي", "فهد", "وفهد", "وحمد", "حمد", "باسم", "وباسم", "آمنة", "الفهد", "قال"}
    for split in (False, True):
        cols = _token_lemma_pos(text, lemmatizer, split)
        got = [(w, lm, p) for w, lm, p in zip(*cols) if w in words]
        assert got == [
            ("سعد", "سعد", "PROPN"),
            ("تركي", "تركي", "NOUN"),
            ("فهد" if split else "وفهد", "فهد", "NOUN"),
            ("سعد", "سعد", "PROPN"),  # (after بن too)
            ("حمد" if split else "وحمد", "حمد", "PROPN"),
            ("باسم" if split else "وباسم", "باسم", "PROPN"),
            ("آمنة", "آمنة", "PROPN"),
            ("سعد", "سعد", "VERB"),
            ("فهد" if split else "الفهد", "فهد", "NOUN"),  # the cheetah
            ("قال", "قال", "VERB"),
        ]


def test_a_word_after_a_preposition_is_read_as_a_noun(lemmatizer):
    """No verb follows a preposition: the words the analysers read as verbs there are nouns,
    verbal nouns (تحمل, تعثر, تدني, not حمل, عثر, تدنى), broken plurals (غرف → غرفة), nouns in ة
    with a pronoun (حملته → حملة + ه), elatives (أصدق) and places (وادي); 0.4.37 read them all
    as verbs."""
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b"],
            "text": [
                "أكد قدرته على تحمل الأعباء، وتحدث عن تعثر المشروع وعن تدني الأسعار. يعيشون في "
                "غرف صغيرة خلال حملته في وادي حضرموت، وبعث بأصدق التعازي، عن أصدق التعازي",
                "شارك نحو ألفين من المتطوعين، وتابع عن كثب",
            ],
        }
    )
    want = {
        "تحمل": ("تحمل", "NOUN", ""),
        "تعثر": ("تعثر", "NOUN", ""),
        "تدني": ("تدني", "NOUN", ""),
        "غرف": ("غرفة", "NOUN", ""),
        "حملته": ("حملة", "NOUN", "ه"),
        "وادي": ("وادي", "NOUN", ""),
        "أصدق": ("أصدق", "NOUN", ""),
        "ألفين": ("ألف", "NOUN", ""),
        "كثب": ("كثب", "NOUN", ""),  # عن كثب, "closely": the shipped override of كثبٍ
    }
    for split in (False, True):
        t = tokenize(docs, lemmatizer=lemmatizer, progress=False, split_clitics=split)
        if split:  # the pronoun is a row of its own
            want["حملت"] = want.pop("حملته")
        words = t[t["token"].isin(list(want))]
        got = {
            w: (lm, p, e)
            for w, lm, p, e in zip(words["token"], words["lemma"], words["pos"], words["enclitic"])
        }
        assert got == want


def test_the_noun_readings_are_analysed_before_tokenizing():
    """The pipeline analyses the noun readings of words after a preposition before its workers
    tokenize (tokenize.analyze_noun_readings): they are then in the lemmatizer's memory, and the
    tokens are the same as without that pass."""
    from discourse.text.tokenize import analyze_noun_readings

    text = "أكد قدرته على تحمل الأعباء، وتحدث الى تعثر المشروع وفي حملته"
    docs = pd.DataFrame({"doc_id": ["a"], "text": [text]})
    ahead = Lemmatizer(cache=False, progress=False)
    analyze_noun_readings(docs["text"], ahead)
    assert {"تحملٍ", "تعثرٍ", "حملةٍ"} <= set(ahead._memory)
    plain = tokenize(docs, lemmatizer=Lemmatizer(cache=False, progress=False), progress=False)
    pd.testing.assert_frame_equal(tokenize(docs, lemmatizer=ahead, progress=False), plain)


def test_a_verb_after_a_preposition_is_left_where_one_may_stand(lemmatizer):
    """Not after من and ما ("who", "what"), منذ and حتى, nor across a number or a comma: the
    verbs stay verbs."""
    docs = pd.DataFrame(
        {
            "doc_id": ["a"],
            "text": [
                "وهناك من يقولون إنه فاز، منذ وصلوا إلى المدينة حتى يعودوا. وفي 2015 أعلنوا الخطة، وعلى "
                "الجانب الآخر، تحمل الشركة"
            ],
        }
    )
    t = tokenize(docs, lemmatizer=lemmatizer, progress=False)
    pos = dict(zip(t["token"], t["pos"]))
    assert [pos[w] for w in ("يقولون", "وصلوا", "يعودوا", "أعلنوا")] == ["VERB"] * 4
    # تحمل after a comma is the verb, "the company bears"
    assert t.loc[t["token"] == "تحمل", ["lemma", "pos"]].values.tolist() == [["حمل", "VERB"]]


def test_tokenize_does_not_modify_its_input(seed_docs, lemmatizer):
    before = seed_docs.copy()
    tokenize(seed_docs, lemmatizer=lemmatizer, progress=False)
    pd.testing.assert_frame_equal(seed_docs, before)


def test_tokenize_refuses_a_string(lemmatizer):
    with pytest.raises(TypeError, match="not a string") as err:
        tokenize("العراق", lemmatizer=lemmatizer)
    # what the message tells the user to do works (it once named a function that never existed)
    assert "pandas.DataFrame({'doc_id': ['a1'], 'text': [text]})" in str(err.value)
    text = "العراق"
    docs = pd.DataFrame({"doc_id": ["a1"], "text": [text]})
    assert tokenize(docs, lemmatizer=lemmatizer, progress=False)["token"].tolist() == ["العراق"]


def test_split_clitics(seed_docs, lemmatizer):
    sp = tokenize(seed_docs, lemmatizer=lemmatizer, split_clitics=True, progress=False)
    text = seed_docs.text[0]
    assert all(text[s:e] == w for s, e, w in zip(sp.start, sp.end, sp.token))
    plain = tokenize(seed_docs, lemmatizer=lemmatizer, progress=False)

    def pieces(word):
        wid = plain.loc[plain.token == word, "tok_id"].iloc[0]
        w = sp[sp.word_id == wid]
        return w.token.tolist(), w.lemma.tolist(), w.pos.tolist()

    assert pieces("والولايات") == (["و", "ال", "ولايات"], ["و", "ال", "ولاية"], ["CONJ", "DET", "NOUN"])
    assert pieces("للولايات") == (["ل", "ل", "ولايات"], ["ل", "ال", "ولاية"], ["PREP", "DET", "NOUN"])
    assert pieces("بحسب")[0] == ["ب", "حسب"]
    # nothing lost: joining the pieces of each word gives the written words back
    joined = sp.groupby("word_id", sort=True)["token"].agg("".join)
    assert joined.tolist() == plain.token.tolist()


def test_roots_column(seed_docs, lemmatizer):
    tok = tokenize(seed_docs, lemmatizer=lemmatizer, roots=True, progress=False)
    assert tok.loc[tok.token == "تصعيد", "root"].iloc[0] == "صعد"


def test_stopwords_extendable(tmp_path):
    base = stopword_set()
    assert "في" in base and "من" in base and "العراق" not in base
    assert "العراق" in stopword_set(["العراق"])
    f = tmp_path / "mine.txt"
    f.write_text("# my list\nالعراق\n", encoding="utf-8")
    assert "العراق" in stopword_set(f)


# -- lemmas -------------------------------------------------------------------------------------
def test_lemmas_are_cached_on_disk(tmp_path, monkeypatch):
    path = tmp_path / "c.sqlite"
    first = Lemmatizer(cache_path=path, overrides=None, progress=False)
    res = first.analyze_forms(["الحكومة", "والانسحاب"])
    assert res["والانسحاب"].lemma == "انسحاب" and res["والانسحاب"].proclitic == "وال"

    def boom(self, form):
        raise AssertionError(f"qalsadi called again for {form}")

    monkeypatch.setattr(Lemmatizer, "_analyze", boom)
    second = Lemmatizer(cache_path=path, overrides=None, progress=False)
    assert second.analyze_forms(["الحكومة", "والانسحاب"]) == res


def test_lemmatized_once_per_distinct_form(seed_docs, tmp_path, monkeypatch):
    calls = []
    orig = Lemmatizer._analyze
    monkeypatch.setattr(Lemmatizer, "_analyze", lambda self, f: calls.append(f) or orig(self, f))
    tok = tokenize(
        seed_docs, lemmatizer=Lemmatizer(cache=False, overrides=None, progress=False), progress=False
    )
    assert len(calls) == len(set(calls))
    assert len(calls) < (~tok.is_punct).sum()


def test_overrides_file(tmp_path):
    f = tmp_path / "o.tsv"
    f.write_text("form\tlemma\tpos\nالكاظمي\tالكاظمي\tPROPN\n", encoding="utf-8")
    lem = Lemmatizer(cache=False, overrides=f, progress=False)
    for w in ("الكاظمي", "والكاظمي", "للكاظمي", "بالكاظمي"):
        assert lem.lemmatize(w) == "الكاظمي", w
    assert lem.analyze_forms(["للكاظمي"])["للكاظمي"] == LemmaResult(
        "الكاظمي", "PROPN", "ل", "", 1, "override"
    )
    bad = tmp_path / "bad.tsv"
    bad.write_text("form\tlemma\nالكاظمي\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad.tsv: line 2 needs two tab-separated columns"):
        load_overrides(bad)
    assert Lemmatizer(cache=False, overrides=None, method="qalsadi").lemmatize("الكاظمي") == "كاظم"


def test_strip_proclitics_weighs_each_clitic_by_its_evidence():
    """The rules of :func:`discourse.text.clitics.strip_proclitics` on a frequency table made up
    for the test (per word, as wordfreq gives them), so only the logic is checked."""
    from discourse.text.clitics import strip_proclitics

    freq = {
        "كتارا": 1e-6, "تارا": 5e-6,  # ك: the rest only 5 times as common — a name of its own
        "كمادة": 1e-6, "مادة": 2e-5,  # …20 times: ك + the word
        "بيجي": 1e-6, "يجي": 5e-6,  # ب before ي: ten times needed
        "بدمج": 1e-6, "دمج": 2e-6,  # ب before another letter: as common suffices
        "بوخمسين": 1e-6, "وخمسين": 1e-5, "خمسين": 1e-4,  # the rest opens with the conjunction و
        "لفلان": 1e-6, "فلان": 1e-5, "لان": 1e-4,  # …but not with ف (فلان is one word)
        "فالنتينو": 1e-6,  # neither النتينو nor نتينو is written: the name, not ف + ال
        "والعراق": 1e-5, "العراق": 1e-4,
        "والجرينادينز": 1e-7,  # …but و + ال on a rare word is the conjunction and the article
    }  # fmt: skip
    f = lambda w: freq.get(w, 0.0)  # noqa: E731
    got = {
        w: strip_proclitics(w, f)
        for w in ("كتارا", "كمادة", "بيجي", "بدمج", "بوخمسين", "لفلان", "فالنتينو", "والعراق", "والجرينادينز")
    }
    assert got == {
        "كتارا": "كتارا",
        "كمادة": "مادة",
        "بيجي": "بيجي",
        "بدمج": "دمج",
        "بوخمسين": "بوخمسين",
        "لفلان": "فلان",
        "فالنتينو": "فالنتينو",
        "والعراق": "عراق",
        "والجرينادينز": "جرينادينز",
    }


def test_a_full_stop_typed_without_its_space_still_ends_the_sentence():
    """… مع المركز.في غضون ذلك …: between two Arabic letters a full stop ends the sentence; a
    number, a domain name, a lone letter (د.علي) and an acronym in Arabic letters (سي.إن.إن) keep
    theirs."""
    for text, want in (
        ("ناقش الجانبان التعاون مع المركز.في غضون ذلك بدأ التوزيع.", 2),
        ("ارتفع النمو إلى 3.5 في المئة.", 1),
        ("زار د.علي موقع www.alriyadh.com أمس.", 1),
        ("وقال أوباما لشبكة سي.إن.إن الأمريكية إن الاتفاق جيد.", 1),
    ):
        assert len(sentence_spans(text)) == want, (text, [text[s:e] for s, e in sentence_spans(text)])


def test_a_nisba_in_iya_where_a_noun_stands_is_the_noun(lemmatizer):
    """An adjective follows a noun of its own definiteness: a word in ـية right after a
    preposition, or with the article after a verb or after a noun that has neither article nor
    pronoun (its complement), is the noun in ـية (الخارجية, foreign affairs; الشرعية,
    legitimacy; الجنسية, nationality); after a definite noun, غير, a pronoun or a comma it stays
    the adjective, and so it does after a name (a foreign name in ا, a word after مدينة or
    شركة). 0.4.56 read them all as the adjective."""
    docs = pd.DataFrame(
        {
            "doc_id": ["a", "b", "c"],
            "text": [
                "أعلنت الداخلية أن وزير الخارجية أكد أن السياسة الخارجية ثابتة، وتحدث عن الشرعية "
                "والحكومة الشرعية، وعن عضوية المجلس.",
                "طلبت المنظمات غير الحكومية منح الجنسية، وانتقدت سياستها الخارجية، الخارجية",
                "زار أوروبا الشرقية ومدينة تدمر التاريخية، ودعت الخارجية العراقية",
            ],
        }
    )
    t = tokenize(docs, lemmatizer=lemmatizer, progress=False)
    got = [(w, lm) for w, lm in zip(t["token"].astype(str), t["lemma"].astype(str)) if w.endswith("ية")]
    assert got == [
        ("الداخلية", "داخلية"),  # after a verb
        ("الخارجية", "خارجية"),  # وزير الخارجية: the complement of a noun
        ("الخارجية", "خارجي"),  # السياسة الخارجية: after a definite noun
        ("الشرعية", "شرعية"),  # after a preposition
        ("الشرعية", "شرعي"),  # والحكومة الشرعية
        ("عضوية", "عضوية"),  # after a preposition, without the article
        ("الحكومية", "حكومي"),  # after غير
        ("الجنسية", "جنسية"),  # منح الجنسية: the complement of a noun
        ("الخارجية", "خارجي"),  # سياستها الخارجية: after a noun with a pronoun
        ("الخارجية", "خارجي"),  # after a comma
        ("الشرقية", "شرقي"),  # after a foreign name in ا
        ("التاريخية", "تاريخي"),  # after a town's name, which the analysers read as a verb
        ("الخارجية", "خارجية"),  # after a verb whose lemma ends in ا (دعا)
        ("العراقية", "عراقي"),
    ]


def test_a_nisba_in_iya_before_a_definite_noun_heads_a_construct(lemmatizer):
    """A word in ـية without the article right before a definite noun is the head of a construct
    when general Arabic writes it with a pronoun as nouns are written (آليته, بلديتها): آلية
    العمل is "the mechanism of the work". An adjective with its complement (عالية الجودة, "of
    high quality"; سارية المفعول, "in force") stays the adjective, and so does a number's nisba
    (ثلاثية الأبعاد, "three-dimensional"). 0.4.58 read آلي, بلدي."""
    docs = pd.DataFrame(
        {
            "doc_id": ["a"],
            "text": [
                "ناقش الوزير آلية العمل، وقامت بلدية الظهران بحملة، وطالب بإلغاء شخصية المتهم. "
                "واشترى أجهزة عالية الجودة ورخصة سارية المفعول وأسلحة أمريكية الصنع وطابعة ثلاثية "
                "الأبعاد."
            ],
        }
    )
    t = tokenize(docs, lemmatizer=lemmatizer, progress=False)
    got = [(w, lm) for w, lm in zip(t["token"].astype(str), t["lemma"].astype(str)) if w.endswith("ية")]
    assert got == [
        ("آلية", "آلية"),
        ("بلدية", "بلدية"),  # before a place's name
        ("شخصية", "شخصية"),
        ("عالية", "عالي"),
        ("سارية", "ساري"),
        ("أمريكية", "أمريكي"),
        ("ثلاثية", "ثلاثي"),  # a number's nisba gives a count: three-dimensional
    ]


def test_the_nisba_noun_readings_are_analysed_before_tokenizing():
    """Given the texts' distinct forms, analyze_noun_readings also analyses the nisbas' noun
    readings the tokenizer asks for (بالشرعية for الشرعية), and the tokens do not change."""
    from discourse.text.tokenize import analyze_noun_readings, distinct_forms

    text = "وتحدث عن الشرعية ووزير الخارجية"
    docs = pd.DataFrame({"doc_id": ["a"], "text": [text]})
    ahead = Lemmatizer(cache=False, progress=False)
    analyze_noun_readings(docs["text"], ahead, distinct_forms(docs["text"]))
    assert {"بالشرعية", "بالخارجية"} <= set(ahead._memory)
    plain = tokenize(docs, lemmatizer=Lemmatizer(cache=False, progress=False), progress=False)
    pd.testing.assert_frame_equal(tokenize(docs, lemmatizer=ahead, progress=False), plain)
    assert plain["lemma"].astype(str).tolist()[-2:] == ["وزير", "خارجية"]


def test_yaudd_is_considered_unless_lam_comes_before_it(lemmatizer):
    """يعد and تعد are written the same for "is considered" (عد) and for "return" in the
    jussive (عاد), which news writes only after لم: لم يعد, "no longer". 0.4.59 read عاد
    everywhere."""
    docs = pd.DataFrame(
        {
            "doc_id": ["a"],
            "text": [
                "ويعد المشروع الأكبر في المنطقة، وتعد المدينة مركزا للتجارة، ولكنه لم يعد كما "
                "كان. والذي يُعد الأول من نوعه. لم تعد الشركة تعمل هناك."
            ],
        }
    )
    t = tokenize(docs, lemmatizer=lemmatizer, progress=False)
    got = [(w, lm) for w, lm in zip(t["token"].astype(str), t["lemma"].astype(str)) if lm in ("عد", "عاد")]
    assert got == [("ويعد", "عد"), ("وتعد", "عد"), ("يعد", "عاد"), ("يُعد", "عد"), ("تعد", "عاد")]


def test_the_article_written_apart_is_a_stopword(lemmatizer):
    """The article written as a word of its own, with tatweel (الـ 23, الـ«يوتيوب») or before a
    number (ال 10), is the function word ال and a stopword, not a noun of the lemma lists; ال
    before a word is آل without its madda (بن حمد ال ثاني) and keeps its reading. 0.4.59 read
    a NOUN ال, counted among content words."""
    docs = pd.DataFrame(
        {"doc_id": ["a"], "text": ["في كأس الخليج الـ 23 وبلغ سعر ال 10 كيلو، وقال بن حمد ال ثاني"]}
    )
    t = tokenize(docs, lemmatizer=lemmatizer, progress=False)
    rows = t[t["lemma"].astype(str) == "ال"]
    assert rows["token"].astype(str).tolist() == ["الـ", "ال", "ال"]
    assert rows["pos"].astype(str).tolist() == ["FUNC", "FUNC", "NOUN"]
    assert rows["is_stop"].tolist() == [True, True, False]


def test_the_first_names_are_read_again_when_names_yaml_changes(tmp_path, monkeypatch):
    """The name pass before بن reads ``names.yaml``'s first names once, and again when the file
    changes (a researcher adds a name to the shipped file and tokenizes again in the same
    session)."""
    import os

    from discourse import config
    from discourse.text import tokenize as tk

    path = tmp_path / "names.yaml"
    monkeypatch.setattr(config, "lexicon_path", lambda name: path)
    path.write_text("given_names: [سعد, عبد الله]\n", encoding="utf-8")
    os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    assert tk._first_names() == {"سعد"}  # (one word only)
    path.write_text("given_names: [حمد]\nambiguous_given_names: [فهد]\n", encoding="utf-8")
    os.utime(path, ns=(2_000_000_000, 2_000_000_000))
    assert tk._first_names() == {"حمد", "فهد"}
