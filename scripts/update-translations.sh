#!/usr/bin/env bash
# Refreshes translations/certdesk_{kk,ru,en}.ts from the sources (app/ and forms/, every
# layer: core classes translate through Q_DECLARE_TR_FUNCTIONS too).
#
#   scripts/update-translations.sh            update the committed files in place
#   scripts/update-translations.sh --into DIR write updated copies into DIR, touch nothing
#                                             (the test suite compares them with the
#                                             committed ones: tests/domain/tst_translationfiles)
#
# lupdate runs with -locations none: line numbers would change with every unrelated edit and
# make the "lupdate would change it" check fail for nothing. -no-obsolete drops strings
# that left the sources, so a .ts never carries vanished entries.
# In place, certdesk_en.ts gets the English source as its translation (the sources are
# English); numerus entries are left unfinished for a person to write both forms.
# LUPDATE may name the lupdate binary; otherwise Qt 6's host binaries are used.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
into=""
if [ "${1:-}" = "--into" ]; then
    into=${2:?"--into needs a folder"}
fi

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in "$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || true)/lupdate" \
                     "$(qtpaths --query QT_HOST_BINS 2>/dev/null || true)/lupdate" \
                     /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [ -x "$candidate" ]; then lupdate=$candidate; break; fi
    done
fi
[ -n "$lupdate" ] || { echo "update-translations: lupdate not found (set LUPDATE)" >&2; exit 2; }

languages="kk ru en"
files=()
for lang in $languages; do
    committed="$root/translations/certdesk_$lang.ts"
    if [ -n "$into" ]; then
        mkdir -p "$into"
        target="$into/certdesk_$lang.ts"
        if [ -f "$committed" ]; then cp "$committed" "$target"; else rm -f "$target"; fi
    else
        target=$committed
    fi
    files+=("$target")
done

cd "$root"
"$lupdate" -silent -no-obsolete -locations none -source-language en \
    -extensions cpp,h,ui app forms -ts "${files[@]}"

if [ -z "$into" ]; then
    python3 - "$root/translations/certdesk_en.ts" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
def fill(m):
    body = m.group(0)
    if 'numerus="yes"' in body:
        return body
    src = re.search(r"<source>(.*?)</source>", body, re.S).group(1)
    return re.sub(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>',
                  lambda _: "<translation>" + src + "</translation>", body, flags=re.S)
text = re.sub(r"<message>.*?</message>", fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
    echo "update-translations: $(grep -c 'type="unfinished"' translations/certdesk_kk.ts || true) unfinished in kk," \
         "$(grep -c 'type="unfinished"' translations/certdesk_ru.ts || true) in ru," \
         "$(grep -c 'type="unfinished"' translations/certdesk_en.ts || true) in en"
fi
