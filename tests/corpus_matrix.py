"""Corpora of awkward shapes for the main job, built on the fly (nothing copied from ../shared).

Each builder writes a small corpus into a folder and returns the ``discourse run`` arguments
that read it. The texts are the shipped article cut and recombined, a few neutral Arabic
sentences written for these tests (weather, sport, cooking: no actor, no quotation, no frame
cue), English text and themed word lists whose topics cannot co-occur.

Run by hand to build them all: ``python tests/corpus_matrix.py /tmp/matrix``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "000_9f79dd596af1e7b3.txt"

NEUTRAL = [
    "سجلت درجات الحرارة ارتفاعا ملحوظا في معظم المناطق الساحلية خلال ساعات النهار.",
    "ويتوقع أن تتشكل سحب ركامية على المرتفعات الجبلية مع فرصة لهطول أمطار خفيفة.",
    "وتكون الرياح شمالية غربية معتدلة السرعة، والبحر خفيف إلى متوسط الموج.",
    "وفاز الفريق المحلي في مباراة الأمس بهدفين نظيفين أمام جمهور غفير ملأ المدرجات.",
    "وسجل المهاجم الهدف الأول في الدقيقة العشرين بعد تمريرة متقنة من الجناح الأيسر.",
    "وتحتاج الوصفة إلى كوبين من الدقيق وملعقة صغيرة من الملح وكوب من الحليب الدافئ.",
    "يخبز العجين في فرن ساخن مدة نصف ساعة حتى يصبح لونه ذهبيا.",
    "وتزهر أشجار اللوز في الحدائق العامة مع بداية فصل الربيع كل عام.",
]

ENGLISH = [
    "The city council approved a new budget for public parks on Tuesday evening.",
    "Local schools will reopen next week after the summer holidays, officials said.",
    "Heavy rain is expected across the northern region over the weekend.",
    "The museum opened a new exhibition of early photography to the public.",
]

# themes with no word in common: documents of one theme only, so topics cannot co-occur
THEMES = [
    "كرة مباراة فريق لاعب ملعب بطولة مدرب هدف",
    "مطر رياح غيوم ثلوج رطوبة عاصفة ضباب برق",
    "ملح سكر دقيق فرن خبز وصفة عجين زيت",
    "قطار محطة سكة عربة مسافر تذكرة رصيف سائق",
    "بحر سفينة ميناء شاطئ موج صياد قارب شراع",
    "شجرة زهرة حديقة بستان ورقة غصن جذر ثمرة",
    "طبيب مستشفى مريض دواء علاج ممرض عيادة جرعة",
    "كتاب مكتبة رواية قصيدة شاعر صفحة قارئ مؤلف",
    "جبل وادي صخرة كهف قمة منحدر سفح هضبة",
    "حاسوب شاشة برنامج لوحة ملف شبكة جهاز ذاكرة",
    "قط كلب حصان جمل بقرة خروف دجاجة أرنب",
    "لون رسم لوحة فرشاة رسام معرض إطار ألوان",
]


def seed_sentences() -> list[str]:
    """Sentences of the shipped article's body (headline and byline lines left out)."""
    lines = [ln.strip() for ln in SEED.read_text(encoding="utf-8").splitlines() if ln.strip()]
    body = " ".join(ln for ln in lines if len(ln.split()) > 6)
    return [s.strip() for s in re.split(r"(?<=[.؟!])\s+", body) if len(s.split()) > 3]


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def one_short_article(folder: Path) -> list[str]:
    """One plain-text article of one sentence: no headline, actor, quotation or frame cue."""
    _write(folder / "weather.txt", NEUTRAL[0] + "\n")
    return [str(folder)]


def three_articles_no_metadata(folder: Path) -> list[str]:
    """Three plain-text articles cut from the shipped one: no outlet, no date."""
    sents = seed_sentences()
    third = len(sents) // 3
    for i in range(3):
        _write(folder / f"part{i}.txt", " ".join(sents[i * third : (i + 1) * third]) + "\n")
    return [str(folder)]


def one_outlet_table(folder: Path) -> list[str]:
    """A CSV of eight articles, all of one outlet, with dates; one headline opens with a control
    character, as a SaudiNewsNet headline does (U+001A), which the xlsx tables cannot hold as is."""
    import csv

    sents = seed_sentences()
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "articles.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["headline", "body", "source", "published"])
        for i in range(8):
            title = ("\x1a " if i == 3 else "") + f"خبر رقم {i + 1}"
            w.writerow([title, " ".join(sents[i::8]), "صحيفة الاختبار", f"2021-07-{10 + i:02d}"])
    return [
        str(folder / "articles.csv"),
        "--title-field",
        "headline",
        "--text-field",
        "body",
        "--outlet-field",
        "source",
        "--date-field",
        "published",
    ]


def many_articles_one_outlet(folder: Path, n: int = 2000) -> list[str]:
    """``n`` short articles of one outlet (JSON Lines), sentences of the shipped article and
    neutral sentences recombined."""
    rng = random.Random(11)
    pool = seed_sentences() + NEUTRAL
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "many.jsonl", "w", encoding="utf-8") as f:
        for i in range(n):
            body = " ".join(rng.sample(pool, 3))
            f.write(
                json.dumps(
                    {
                        "id": f"a{i:05d}",
                        "content": body,
                        "source": "وكالة واحدة",
                        "date": f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    return [
        str(folder / "many.jsonl"),
        "--id-field",
        "id",
        "--text-field",
        "content",
        "--outlet-field",
        "source",
        "--date-field",
        "date",
    ]


def english_only(folder: Path) -> list[str]:
    """Four English articles: nothing Arabic to analyse."""
    for i, s in enumerate(ENGLISH):
        _write(folder / f"en{i}.txt", s + " " + ENGLISH[(i + 1) % len(ENGLISH)] + "\n")
    return [str(folder)]


def mostly_non_arabic(folder: Path) -> list[str]:
    """Three English articles and one short Arabic one."""
    for i, s in enumerate(ENGLISH[:3]):
        _write(folder / f"en{i}.txt", s + "\n")
    _write(folder / "ar.txt", NEUTRAL[3] + " " + NEUTRAL[4] + "\n")
    return [str(folder)]


def all_duplicates(folder: Path) -> list[str]:
    """Thirty files with the same article (enough documents for a topic model, one distinct)."""
    text = " ".join(seed_sentences()[:4]) + "\n"
    for i in range(30):
        _write(folder / f"copy{i}.txt", text)
    return [str(folder)]


def no_cues_two_outlets(folder: Path) -> list[str]:
    """Six neutral articles from two outlets: no quotation, no actor, no frame cue."""
    rows = [{"text": " ".join(NEUTRAL[i : i + 3]), "outlet": "أ" if i % 2 else "ب"} for i in range(6)]
    _write(folder / "neutral.json", json.dumps(rows, ensure_ascii=False))
    return [str(folder / "neutral.json"), "--text-field", "text", "--outlet-field", "outlet"]


def uncorrelated_topics(folder: Path, per_theme: int = 3) -> list[str]:
    """Documents each drawn from one theme's words only (12 themes): topics that never co-occur."""
    rng = random.Random(5)
    rows = []
    for t, theme in enumerate(THEMES):
        words = theme.split()
        for d in range(per_theme):
            sents = [" ".join(rng.choices(words, k=6)) + "." for _ in range(5)]
            rows.append({"id": f"t{t}d{d}", "text": " ".join(sents), "outlet": ["أ", "ب", "ج"][d % 3]})
    _write(folder / "themes.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    return [
        str(folder / "themes.jsonl"),
        "--id-field",
        "id",
        "--text-field",
        "text",
        "--outlet-field",
        "outlet",
    ]


MATRIX = {
    f.__name__: f
    for f in (
        one_short_article,
        three_articles_no_metadata,
        one_outlet_table,
        many_articles_one_outlet,
        english_only,
        mostly_non_arabic,
        all_duplicates,
        no_cues_two_outlets,
        uncorrelated_topics,
    )
}


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "matrix")
    for name, build in MATRIX.items():
        print(name, " ".join(build(out / name)))
