#!/usr/bin/env bash
# Sets the text of some variant PDFs again in a composite font, as Word and WPS export a report (one TrueType font
# embedded as Type0, Identity-H, two-byte glyph codes; LibreOffice writes simple Type1 fonts instead), with
# tools/forms/WordFonts.java on the product's PDFBox. Every glyph stays where LibreOffice put it. Writes:
#   forms/variants/<name>-type0.pdf        v1, v4, v6, v11 (two forms; a table over pages; a header repeated)
#   forms/variants/<name>-type0-pdftotext-{layout,raw}.txt   poppler's text of those, the five VariantFormsTest reads
#   pdf/undecodable-some.pdf               v4 with 缓 and 夜 missing from the font's ToUnicode map
#   import/bad/undecodable.pdf             v4 without a ToUnicode map at all -> pdfUndecodable
# Needs JDK 25, Maven's local repository and fonts-wqy-zenhei (a CJK font with TrueType outlines); run after
# make_variant_forms.sh; poppler-utils for pdftotext. The tests only read the committed files.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
FONT=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
V=src/test/resources/forms/variants
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$cp"
retype() { "$JAVA_HOME/bin/java" -cp "$(cat "$cp")" tools/forms/WordFonts.java "$FONT" "$@"; }
for name in v1-baisha-projects v4-jiangyuan-project v6-hexi-roads v11-shimen-split; do
  retype "$V/$name.pdf" "$V/$name-type0.pdf"
done
for f in v1-baisha-projects-type0-pdftotext-raw v4-jiangyuan-project-type0-pdftotext-layout \
         v4-jiangyuan-project-type0-pdftotext-raw v6-hexi-roads-type0-pdftotext-raw v11-shimen-split-type0-pdftotext-layout; do
  pdftotext "-${f##*-}" -enc UTF-8 "$V/${f%-pdftotext-*}.pdf" "$V/$f.txt"
done
retype "$V/v4-jiangyuan-project.pdf" src/test/resources/pdf/undecodable-some.pdf --drop=缓夜
retype "$V/v4-jiangyuan-project.pdf" src/test/resources/import/bad/undecodable.pdf --no-unicode
ls -l "$V"/*-type0.pdf src/test/resources/pdf/undecodable-some.pdf src/test/resources/import/bad/undecodable.pdf
