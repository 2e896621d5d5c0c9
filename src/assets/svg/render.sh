#!/bin/sh
# Renders the add-in icons from these SVG sources into ../ (src/assets/*.png).
# Needs rsvg-convert (Debian: librsvg2-bin) and, optionally, ImageMagick to strip metadata.
#   sh src/assets/svg/render.sh
# Sources: <name>-16.svg / icon-32.svg are drawn on the 16 / 32 px pixel grid;
# <name>.svg is drawn on a 32 px (buttons: 32, 80 px) or 128 px (app icon: 64, 80, 128 px) grid.
set -eu
cd "$(dirname "$0")"
out=..
render() { # src size dest
  rsvg-convert -w "$2" -h "$2" -o "$out/$3" "$1"
  if command -v convert >/dev/null 2>&1; then
    convert "$out/$3" -strip -define png:compression-level=9 "PNG32:$out/$3"
  fi
}
render icon-16.svg 16 icon-16.png
render icon-32.svg 32 icon-32.png
render icon.svg 64 icon-64.png
render icon.svg 80 icon-80.png
render icon.svg 128 icon-128.png
for b in check pane clear; do
  render "$b-16.svg" 16 "$b-16.png"
  render "$b.svg" 32 "$b-32.png"
  render "$b.svg" 80 "$b-80.png"
done
ls -l "$out"/*.png
