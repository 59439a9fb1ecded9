#!/usr/bin/env python3
"""Writes resources/data/country-names.tsv: every country a clerk may choose, by ISO 3166-1
alpha-2 code, with its name in English, Kazakh and Russian (tab-separated: some
names have commas).

    scripts/update-country-names.py            rewrite the committed file
    scripts/update-country-names.py --check    exit 1 when the committed file differs
                                               (tests/domain/tst_countrynames runs this)

The names are Unicode CLDR's (Debian package unicode-cldr-core, /usr/share/unicode/cldr;
CLDR_DIR may name another copy), so they follow the same standard as Qt's and every
operating system's locale data. CLDR's default names are the short everyday ones; where the
official usage of the Republic of Kazakhstan differs, OFFICIAL below wins, and each such
correction is listed in docs/translations.md."""
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "resources", "data", "country-names.tsv")
CLDR = os.environ.get("CLDR_DIR", "/usr/share/unicode/cldr")

# CLDR territory codes that are not a country a certificate can be for.
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}

# (code, language) -> the name as official documents of Kazakhstan write it.
OFFICIAL = {
    ("KG", "ru"): "Кыргызстан",  # the state's own Russian name, used by Kazakhstan's MFA
    ("AE", "ru"): "Объединённые Арабские Эмираты",  # CLDR's default is the abbreviation
    ("US", "ru"): "Соединённые Штаты Америки",
    ("SZ", "kk"): "Эсватини",  # CLDR's Kazakh still has the name dropped in 2018
    # The two Congos by their full names: CLDR's short ones are told apart by the capital.
    ("CD", "kk"): "Конго Демократиялық Республикасы",
    ("CD", "ru"): "Демократическая Республика Конго",
    ("CG", "kk"): "Конго Республикасы",
    ("CG", "ru"): "Республика Конго",
}

# No abbreviations on a document: CLDR's Russian shortens "island(s)" and "saint".
SPELLED_OUT = [("о-ва", "острова"), ("о-в", "остров"), ("Св. ", "Святой ")]


def spelled_out(name):
    for short, full in SPELLED_OUT:
        name = name.replace(short, full)
    return name


def territories(language):
    path = os.path.join(CLDR, "common", "main", language + ".xml")
    names = {}
    for element in ET.parse(path).iter("territory"):
        code = element.get("type")
        if element.get("alt") or len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES:
            continue
        names[code] = element.text.strip()
    return names


def render():
    en, kk, ru = territories("en"), territories("kk"), territories("ru")
    lines = ["iso2\ten\tkk\tru"]
    for code in sorted(en):
        row = [code, en[code], OFFICIAL.get((code, "kk"), kk.get(code, "")),
               OFFICIAL.get((code, "ru"), spelled_out(ru.get(code, "")))]
        if any(not cell or "\t" in cell for cell in row):
            sys.exit(f"update-country-names: {code} has an empty name or a tab: {row}")
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


def main():
    if not os.path.isdir(CLDR):
        sys.exit(f"update-country-names: no CLDR data at {CLDR} (install unicode-cldr-core)")
    text = render()
    if sys.argv[1:] == ["--check"]:
        with open(TARGET, encoding="utf-8") as f:
            if f.read() != text:
                sys.exit("update-country-names: resources/data/country-names.tsv is not what "
                         "CLDR and the official corrections give; run scripts/update-country-names.py")
        return
    with open(TARGET, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"update-country-names: {text.count(chr(10)) - 1} countries")


main()
