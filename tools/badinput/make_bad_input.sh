#!/usr/bin/env bash
# Makes the PDF and Office files of the bad-input corpus (src/test/resources/import/bad/) with PDFBox and POI, the
# versions the product uses, from tools/badinput/MakeBadInput.java (run as a single-file Java program on the
# project's runtime class path). Needs JDK 25 and Maven's local repository; the tests only read the committed files.
#
#   encrypted.pdf   a text PDF with a password to open it (AES-256)           -> pdfEncrypted
#   scan.pdf        two pages that are only an image each (no text layer)      -> pdfNoText
#   500-pages.pdf   500 small pages of one text line (about 10 KB on disk)     -> pdfTooManyPages
#   truncated.pdf   a text PDF cut off after two thirds (interrupted download) -> pdfCorrupt
#   zip-bomb.docx   [Content_Types].xml + word/document.xml of 64 MB of one letter, ~65 KB on disk -> officeZipBomb
#   zip-bomb.xlsx   the same as a workbook (xl/worksheets/sheet1.xml)          -> officeZipBomb
#   corrupt.docx    a Word document cut off in the middle                      -> officeCorrupt
#   encrypted.docx  a Word document saved with a password (OLE2 + EncryptionInfo) -> officeEncrypted
#
# The encrypted files differ from run to run (random keys and salts); the others are the same every time.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
cp=$(mktemp)
trap 'rm -f "$cp"' EXIT
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$cp"
"$JAVA_HOME/bin/java" -cp "$(cat "$cp")" tools/badinput/MakeBadInput.java src/test/resources/import/bad
