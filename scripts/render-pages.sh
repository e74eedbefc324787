#!/bin/sh
# Renders a workbook or a document page by page, as it would print: LibreOffice converts it to PDF
# (using each sheet's own page setup), then pdftoppm writes one PNG per page.
#
#   scripts/render-pages.sh <file.xlsx|file.docx> [out-dir] [dpi]
#
# Prints the PDF's page size and page count, then the PNG files. Needs soffice (libreoffice-calc or
# libreoffice-writer) and pdftoppm/pdfinfo (poppler-utils).
set -eu

if [ $# -lt 1 ]; then
  echo "用法：scripts/render-pages.sh <文件.xlsx|文件.docx> [输出目录] [分辨率dpi]" >&2
  exit 2
fi
input=$1
[ -f "$input" ] || { echo "找不到文件：$input" >&2; exit 2; }
base=$(basename "$input")
stem=${base%.*}
out=${2:-$(dirname "$input")/$stem.pages}
dpi=${3:-80}
mkdir -p "$out"

# A private LibreOffice profile, so a desktop instance of the user (or a parallel run) does not block the conversion.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$input" >/dev/null 2>&1
pdf="$out/$stem.pdf"
[ -f "$pdf" ] || { echo "LibreOffice 未能转换：$input" >&2; exit 1; }

pdfinfo "$pdf" | grep -E '^(Pages|Page size)'
rm -f "$out/$stem"-*.png
pdftoppm -r "$dpi" -png "$pdf" "$out/$stem"
ls "$out"/"$stem"-*.png
