#!/usr/bin/env bash
# Makes the Word and Excel fixtures of ingest.format.word / ingest.format.sheet from one ruled HTML form
# (tools/office/project_form.html: two 项目支出绩效自评表 of a made-up unit, in the official layout, with
# rowspan/colspan merged cells) the way a unit's office suite would save it. Needs LibreOffice
# (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui); the tests only read the committed results.
#
#   project_form.docx  Writer:  HTML -> DOCX            (gridSpan / vMerge cells)
#   project_form.doc   Writer:  DOCX -> Word 97-2003    (HWPF)
#   project_form.xlsx  Calc:    HTML -> XLSX            (merged regions, 99.01% as a percentage cell)
#   project_form.xls   Calc:    HTML -> Excel 97-2003   (HSSF)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../src/test/resources/office"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
profile="-env:UserInstallation=file://$work/profile"
cp "$here/project_form.html" "$work/"
cd "$work"
soffice $profile --headless --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' project_form.html >/dev/null
soffice $profile --headless --convert-to 'doc:MS Word 97' project_form.docx >/dev/null
soffice $profile --headless --infilter="HTML (StarCalc)" --convert-to 'xlsx:Calc MS Excel 2007 XML' project_form.html >/dev/null
soffice $profile --headless --infilter="HTML (StarCalc)" --convert-to 'xls:MS Excel 97' project_form.html >/dev/null
cp project_form.docx project_form.doc project_form.xlsx project_form.xls "$out/"
ls -l "$out"
