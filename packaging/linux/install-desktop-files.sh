#!/usr/bin/env sh
# Install the built Linux bundle for the current user, with its menu entry and icons:
#   packaging/linux/install-desktop-files.sh [BUNDLE] [PREFIX]
# BUNDLE defaults to build/dist/scdesk, PREFIX to ~/.local. Run it again to update.
# (Distribution packagers: copy the same files into /usr instead.)
set -eu
cd "$(dirname "$0")/../.."
BUNDLE="${1:-build/dist/scdesk}"
PREFIX="${2:-$HOME/.local}"
APP_ID=org.scdesk.scdesk

[ -x "$BUNDLE/scdesk" ] || { echo "$BUNDLE/scdesk: no bundle here; build it first" >&2; exit 1; }
mkdir -p "$PREFIX/opt" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo"
rm -rf "$PREFIX/opt/scdesk"
cp -R "$BUNDLE" "$PREFIX/opt/scdesk"
ln -sf "$PREFIX/opt/scdesk/scdesk" "$PREFIX/bin/scdesk"
sed "s|^Exec=scdesk|Exec=$PREFIX/bin/scdesk|" "resources/desktop/$APP_ID.desktop" \
    > "$PREFIX/share/applications/$APP_ID.desktop"
cp "resources/desktop/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/"
for size in 16 24 32 48 64 128 256 512; do
    folder="$PREFIX/share/icons/hicolor/${size}x${size}/apps"
    mkdir -p "$folder"
    cp "resources/icons/scdesk-$size.png" "$folder/$APP_ID.png"
done
mkdir -p "$PREFIX/share/icons/hicolor/scalable/apps"
cp resources/icons/scdesk.svg "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$PREFIX/share/icons/hicolor" 2>/dev/null || true
echo "scdesk installed in $PREFIX/opt/scdesk; it is in the applications menu."
