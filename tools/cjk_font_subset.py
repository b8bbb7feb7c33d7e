"""Make the shipped CJK report font: a subset of Noto Sans CJK (SIL Open Font License 1.1).

    uv run --with fonttools python tools/cjk_font_subset.py NotoSansCJK-Regular.ttc

(the .ttc of Debian's fonts-noto-cjk, or NotoSansCJKjp-Regular.otf from the noto-cjk
releases). Reports are set in DejaVu Sans, which has Latin, Greek and Cyrillic but no
Chinese, Japanese or Korean: partner names like 東京 or 서울 would print as boxes on a
computer without a CJK font. The whole Noto Sans CJK is 16-19 MB a weight, so scdesk ships
the characters names and addresses use most:

- kana, CJK punctuation and full-width forms;
- the 2,965 kanji of JIS X 0208 level 1 (Japanese);
- the 3,755 hanzi of GB 2312 level 1 (simplified Chinese);
- the 2,350 hangul syllables of KS X 1001 (Korean);
- every CJK character in the demo organization's data.

A character outside the subset falls back to a system CJK font where there is one (Qt asks
fontconfig, Windows or macOS for it). Only horizontal text is set, so the vertical and
regional glyph variants (OpenType layout features) are left out; Qt embeds what a PDF uses
as a searchable font subset. The font is renamed, as the licence asks of a modified version;
the licence is shipped beside it.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "fonts" / "NotoSansCJK-ReportSubset-Regular.otf"
FAMILY = "Noto Sans CJK Report Subset"
POSTSCRIPT = "NotoSansCJKReportSubset-Regular"
JAPANESE_FACE = "Noto Sans CJK JP"  # Japanese glyph forms for the shared ideographs
RANGES = (
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # hiragana, katakana
    (0x31F0, 0x31FF),  # katakana phonetic extensions
    (0xFF00, 0xFFEF),  # half-width and full-width forms
)
# Lead bytes of the rows that hold the characters, in the legacy encodings that list them.
CODE_ROWS = (
    ("euc-jp", 0xB0, 0xCF),  # JIS X 0208 level 1 kanji
    ("gb2312", 0xB0, 0xD7),  # GB 2312 level 1 hanzi
    ("euc-kr", 0xB0, 0xC8),  # KS X 1001 hangul syllables
)
CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")


def characters(demo_sources: list[Path]) -> set[int]:
    wanted = {c for low, high in RANGES for c in range(low, high + 1)}
    for codec, first, last in CODE_ROWS:
        for lead in range(first, last + 1):
            for trail in range(0xA1, 0xFF):
                with contextlib.suppress(UnicodeDecodeError):  # an unassigned code
                    wanted.add(ord(bytes((lead, trail)).decode(codec)))
    for source in demo_sources:
        wanted.update(ord(c) for c in CJK.findall(source.read_text(encoding="utf-8")))
    return wanted


def open_face(path: Path) -> TTFont:
    if path.suffix.lower() != ".ttc":
        return TTFont(path)
    for font in TTCollection(path).fonts:
        if font["name"].getDebugName(1) == JAPANESE_FACE:
            return font
    raise SystemExit(f"{path} holds no “{JAPANESE_FACE}” face.")


def rename(font: TTFont) -> None:
    """A modified version must not pass for the original (SIL OFL 1.1, condition 3)."""
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 16, 17, 6):
            names.removeNames(nameID=record.nameID)
    for platform, encoding, language in ((3, 1, 0x409), (1, 0, 0)):
        names.setName(FAMILY, 1, platform, encoding, language)
        names.setName(f"{FAMILY} Regular", 4, platform, encoding, language)
        names.setName(f"{POSTSCRIPT};scdesk", 3, platform, encoding, language)
        names.setName(POSTSCRIPT, 6, platform, encoding, language)
    names.setName(
        "Subset of Noto Sans CJK JP 2.004 made by tools/cjk_font_subset.py of scdesk",
        10,
        3,
        1,
        0x409,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="NotoSansCJK-Regular.ttc or the JP .otf")
    parser.add_argument("-o", "--output", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    font = open_face(args.source)
    demo = sorted((ROOT / "scdesk" / "demo").glob("*.py"))
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=characters(demo))
    subsetter.subset(font)
    rename(font)
    font.save(args.output)
    size = args.output.stat().st_size
    print(f"Wrote {args.output} ({len(font.getGlyphOrder()):,} glyphs, {size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
