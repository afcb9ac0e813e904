#!/bin/sh
# Writes the forms of invented units in the layouts other units publish (tools/forms/variant_specs.py) into
# src/test/resources/forms/variants/: Word and PDF (v1, v2, v4 to v11), Excel XLSX (v3, v5 to v8, v10) and XLS (v3), each with the
# <name>.expected.json that VariantFormsTest compares field by field. The tests only read the committed files.
# Route as make_forms.sh: make_variant_forms.py writes HTML and flat ODS; LibreOffice headless converts
#   html -> docx (Writer's "HTML (StarWriter)" filter), docx -> pdf, fods -> xlsx / xls.
# Needs: python3, LibreOffice (soffice), poppler-utils (pdftotext), fonts-noto-cjk.
set -eu
cd "$(dirname "$0")/../.."
OUT=src/test/resources/forms/variants
BUILD=$(mktemp -d /tmp/jixiao-variants.XXXXXX)
trap 'rm -rf "$BUILD"' EXIT
LO="soffice -env:UserInstallation=file://$BUILD/profile --headless"

python3 tools/forms/make_variant_forms.py --out "$BUILD"
for name in v1-baisha-projects v2-nanhu-overall v4-jiangyuan-project v5-qingshi-project v6-hexi-roads v7-beichuan-water \
            v8-yunxi-transfer v9-songlin-report v10-liutang-overall v11-shimen-split; do
  $LO --infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML" --outdir "$BUILD" "$BUILD/$name.html" >/dev/null
  $LO --convert-to "pdf:writer_pdf_Export" --outdir "$BUILD" "$BUILD/$name.docx" >/dev/null
done
# v11's indicator table repeats its header row on the next page: Writer honours that (<thead>) from HTML or ODT, but not
# when it opens the DOCX it wrote, so its PDF is printed from the ODT (as Word prints the DOCX: header repeated)
$LO --infilter="HTML (StarWriter)" --convert-to "odt:writer8" --outdir "$BUILD" "$BUILD/v11-shimen-split.html" >/dev/null
$LO --convert-to "pdf:writer_pdf_Export" --outdir "$BUILD" "$BUILD/v11-shimen-split.odt" >/dev/null
$LO --convert-to "xlsx:Calc MS Excel 2007 XML" --outdir "$BUILD" "$BUILD/v3-anhe-sheets.fods" >/dev/null
$LO --convert-to "xls:MS Excel 97" --outdir "$BUILD" "$BUILD/v3-anhe-sheets.fods" >/dev/null
for name in v5-qingshi-project v6-hexi-roads v7-beichuan-water v8-yunxi-transfer v10-liutang-overall; do
  $LO --convert-to "xlsx:Calc MS Excel 2007 XML" --outdir "$BUILD" "$BUILD/$name.fods" >/dev/null
done

mkdir -p "$OUT"
cp "$BUILD"/*.expected.json "$BUILD"/*-cells.txt "$BUILD"/*-flat.txt "$OUT/"
for f in v1-baisha-projects.docx v1-baisha-projects.pdf v2-nanhu-overall.docx v2-nanhu-overall.pdf \
         v4-jiangyuan-project.docx v4-jiangyuan-project.pdf v3-anhe-sheets.xlsx v3-anhe-sheets.xls \
         v5-qingshi-project.docx v5-qingshi-project.pdf v5-qingshi-project.xlsx v6-hexi-roads.docx v6-hexi-roads.pdf \
         v6-hexi-roads.xlsx v7-beichuan-water.docx v7-beichuan-water.pdf v7-beichuan-water.xlsx \
         v8-yunxi-transfer.docx v8-yunxi-transfer.pdf v8-yunxi-transfer.xlsx v9-songlin-report.docx v9-songlin-report.pdf \
         v10-liutang-overall.docx v10-liutang-overall.pdf v10-liutang-overall.xlsx \
         v11-shimen-split.docx v11-shimen-split.pdf; do
  cp "$BUILD/$f" "$OUT/"
done
# the sheets printed to PDF by Calc, as units that fill the form in a spreadsheet publish it: Calc prints a merged cell
# cut by a page break on both pages, past the table's rulings, and "###" where a column is too narrow for its figure
for name in v3-anhe-sheets v6-hexi-roads v7-beichuan-water v8-yunxi-transfer; do
  cp "$OUT/$name.xlsx" "$BUILD/$name-calc.xlsx"
  $LO --convert-to "pdf:calc_pdf_Export" --outdir "$BUILD" "$BUILD/$name-calc.xlsx" >/dev/null
  cp "$BUILD/$name-calc.pdf" "$OUT/"
  pdftotext -layout -enc UTF-8 "$OUT/$name-calc.pdf" "$OUT/$name-calc-pdftotext-layout.txt"
done
# -raw of a Calc PDF: Calc writes its wrapped cells after the whole table, so content order is not reading order; the
# bad-input corpus keeps it (refused, textOutOfOrder: BadInputCorpusTest)
pdftotext -raw -enc UTF-8 "$OUT/v7-beichuan-water-calc.pdf" src/test/resources/import/bad/calc-raw-order.txt
# what poppler's pdftotext makes of the PDFs (the text of such a report on a web page)
for name in v1-baisha-projects v2-nanhu-overall v4-jiangyuan-project v5-qingshi-project v6-hexi-roads v7-beichuan-water \
            v8-yunxi-transfer v9-songlin-report v10-liutang-overall v11-shimen-split; do
  for mode in layout raw; do
    pdftotext -$mode -enc UTF-8 "$OUT/$name.pdf" "$OUT/$name-pdftotext-$mode.txt"
  done
done
ls -l "$OUT"
