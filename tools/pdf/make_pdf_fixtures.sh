#!/usr/bin/env bash
# Makes the PDF fixtures that PdfGridTest reads (src/test/resources/pdf/) from the HTML beside this script.
# Needs LibreOffice (soffice) and the font "Noto Sans CJK SC"; the tests only read the committed PDFs.
#
#   project-form.pdf  HTML -> DOCX -> PDF, the way a unit exports its Word form: a 项目支出绩效自评表 with merged
#                     一级/二级 cells, wrapped cells, a table running over three pages
#   two-tables.pdf    HTML -> PDF directly (writer_pdf_Export): two tables with prose between them
#
# The scan, the encrypted PDF and the truncated file are made by the test itself with PDFBox.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../src/test/resources/pdf"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# A profile of our own, so that a LibreOffice already running for someone else is left alone.
soffice=(soffice "-env:UserInstallation=file://$work/profile" --headless)

for name in project-form; do
    cp "$here/$name.html" "$work/"
    "${soffice[@]}" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$name.html"
    "${soffice[@]}" --convert-to pdf --outdir "$work" "$work/$name.docx"
    cp "$work/$name.pdf" "$out/$name.pdf"
done

for name in two-tables; do
    cp "$here/$name.html" "$work/"
    "${soffice[@]}" --infilter='HTML (StarWriter)' --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/$name.html"
    cp "$work/$name.pdf" "$out/$name.pdf"
done

for f in "$out"/*.pdf; do
    echo "$(basename "$f"): $(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}') pages, $(stat -c %s "$f") bytes"
done
