"""What Linux desktops, software centres and the bundle read: desktop file, metainfo, icons."""

from __future__ import annotations

import configparser
import shutil
import subprocess

from PySide6.QtGui import QImage

from scdesk.resources import resource
from scdesk.ui.app import make_application
from scdesk.ui.i18n import LANGUAGES
from scdesk.ui.icons import ICON_SIZES

APP_ID = "org.scdesk.scdesk"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(resource("desktop", f"{APP_ID}.desktop"), encoding="utf-8")
    return parser["Desktop Entry"]


def test_appstream_validates_the_metainfo() -> None:
    appstreamcli = shutil.which("appstreamcli")
    assert appstreamcli, "appstreamcli is missing: install the Debian package appstream"
    result = subprocess.run(
        [
            appstreamcli,
            "validate",
            "--no-net",
            "--pedantic",
            "--strict",
            str(resource("desktop", f"{APP_ID}.metainfo.xml")),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_starts_scdesk_with_its_icon_in_every_shipped_language() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "scdesk"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"].endswith(";")
    for language in set(LANGUAGES) - {"en"}:
        assert entry[f"Comment[{language}]"] and entry[f"GenericName[{language}]"]


def test_every_icon_size_is_a_square_png_of_that_size() -> None:
    for size in ICON_SIZES:
        image = QImage(str(resource("icons", f"scdesk-{size}.png")))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        assert centre.alpha() == 255, f"the {size} px icon is blank in the middle"


def test_windows_and_macos_icons_hold_the_rendered_images() -> None:
    ico = resource("icons", "scdesk.ico").read_bytes()
    icns = resource("icons", "scdesk.icns").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and int.from_bytes(ico[4:6], "little") >= 6
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)


def test_the_app_shows_its_icon_on_every_window(qapp) -> None:
    app = make_application()
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
