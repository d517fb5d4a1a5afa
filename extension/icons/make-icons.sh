#!/usr/bin/env bash
# Draws StatForm's icons with ImageMagick (shapes only, no fonts), so the PNGs
# in this folder have a known origin. Run again after changing a shape.
set -euo pipefail
cd "$(dirname "$0")"
draw() { # name size draw-commands...
  local name=$1 size=$2; shift 2
  convert -size 64x64 xc:none -fill '#1f6fb2' -stroke none -draw 'roundrectangle 2,2 61,61 10,10' \
    -fill none -stroke white -strokewidth 5 "$@" -resize "${size}x${size}" "PNG32:${name}_${size}.png"
}
for size in 16 26; do
  # a table with a plus: insert the form
  draw insert $size -draw 'rectangle 12,14 44,50' -draw 'line 12,26 44,26' -draw 'line 12,38 44,38' \
    -draw 'line 50,8 50,26' -draw 'line 41,17 59,17'
  # a check mark: validate
  draw validate $size -draw 'polyline 14,33 27,46 50,18'
  # two bars, the second taller, with an arrow up: compare with last year
  draw compare $size -draw 'line 20,50 20,34' -draw 'line 36,50 36,20' -draw 'polyline 44,26 50,16 56,26' \
    -draw 'line 50,16 50,46'
  # a sigma: merge (add up)
  draw merge $size -draw 'polyline 46,14 18,14 34,32 18,50 46,50'
done
convert -size 64x64 xc:none -fill '#1f6fb2' -draw 'roundrectangle 2,2 61,61 10,10' \
  -fill none -stroke white -strokewidth 5 -draw 'polyline 46,14 18,14 34,32 18,50 46,50' \
  -resize 42x42 PNG32:statform_42.png
