#!/bin/sh
# Writes the 自评表 form fixtures of the five seeds into src/test/resources/forms/:
#   <prefix>-forms.docx / .pdf / .xlsx  and  003-project-single.docx / .pdf
# Route: make_forms.py writes HTML (and flat ODS); LibreOffice headless converts
#   html -> docx (Writer import filter "HTML (StarWriter)"), docx -> pdf, fods -> xlsx.
# Then text_layouts.py writes the text variants of seeds 003 and 004, and check_forms.py reads every
# DOCX/XLSX back and compares it with data/<seed>.json (and checks the PDFs' fonts and text).
# Needs: python3, LibreOffice (soffice), poppler-utils (pdftotext, pdffonts, pdfinfo), fonts-noto-cjk.
set -eu
cd "$(dirname "$0")/../.."
OUT=src/test/resources/forms
BUILD=$(mktemp -d /tmp/jixiao-forms.XXXXXX)
trap 'rm -rf "$BUILD"' EXIT
# a private LibreOffice profile: no clash with a running office, no user settings leaking in
LO="soffice -env:UserInstallation=file://$BUILD/profile --headless"

python3 tools/forms/make_forms.py --out "$BUILD" --single 003
$LO --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$BUILD" "$BUILD"/*.html
$LO --convert-to "pdf:writer_pdf_Export" --outdir "$BUILD" "$BUILD"/*.docx
$LO --convert-to "xlsx:Calc MS Excel 2007 XML" --outdir "$BUILD" "$BUILD"/*-forms.fods

mkdir -p "$OUT"
for f in "$BUILD"/*.docx "$BUILD"/*.pdf "$BUILD"/*.xlsx; do
  cp "$f" "$OUT/"
done
python3 tools/forms/text_layouts.py
python3 tools/forms/check_forms.py
