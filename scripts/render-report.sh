#!/bin/sh
# Drafts the 自查自评报告 of a workbook and renders every page to PNG, to look at before calling a change done:
#   scripts/render-report.sh <input.xlsx> [<out-dir>]
# Needs the built command line (npm run build:cli), LibreOffice (soffice) and poppler-utils (pdftoppm).
set -eu
input="$1"
out="${2:-render-report}"
mkdir -p "$out"
name=$(basename "$input" .xlsx)
node "$(dirname "$0")/../bin/junheng.js" report "$input" --out "$out/$name.docx" >/dev/null
# A profile of its own, so a LibreOffice already running on the machine does not swallow the conversion.
soffice "-env:UserInstallation=file://$(cd "$out" && pwd)/lo-profile" --headless --convert-to pdf --outdir "$out" "$out/$name.docx" >/dev/null
pdftoppm -png -r 50 "$out/$name.pdf" "$out/$name-page"
pdfinfo "$out/$name.pdf" | grep -E '^(Pages|Page size)'
ls "$out"/"$name"-page*.png
