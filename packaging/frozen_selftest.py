"""Self-test of the frozen build's heavy parts, run by packaging/smoke.py.

The app loads numpy, pyqtgraph, Qt's SVG/PDF/OpenGL modules and the keyring backends
only when a tab or a command needs them, so starting the window does not prove they work
once frozen. `SMPLANNER_FROZEN_SELFTEST=1 dist/smplanner/smplanner` (see launcher.py)
runs this instead of the app: it exercises each part the packaging could break and
prints one line per check. Exit status 0 when all pass, 1 otherwise. It reads and writes
nothing outside a temporary folder and never touches the keyring's contents.

What each check guards against:
- numpy BLAS/LAPACK: a stripped or missing OpenBLAS (numpy.libs) crashes here;
- pyqtgraph: the Qt binding it picked (must be PySide6), and ~90,000 points drawn;
- Qt modules, plugins: SVG, JPEG image formats, QtOpenGLWidgets, QtTest, QtPrintSupport;
- PDF: QPdfWriter with text (fonts found) as the strategy report uses it;
- ICU (Linux: trimmed by icu_trim.py): French collation and time-zone names;
- Qt's French translation: the standard buttons in French;
- smplanner's resources: data, icon and .qm catalogues read through importlib.resources;
- keyring: its backends are found through their entry points.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

_CHECKS: list[tuple[str, Callable[[], str]]] = []


def _check(name: str) -> Callable[[Callable[[], str]], Callable[[], str]]:
    def register(function: Callable[[], str]) -> Callable[[], str]:
        _CHECKS.append((name, function))
        return function

    return register


@_check("numpy BLAS and LAPACK")
def _numpy() -> str:
    import numpy

    rng = numpy.random.default_rng(1)
    a = rng.random((300, 300))
    product = a @ a.T  # dgemm in OpenBLAS
    values = numpy.linalg.eigvalsh(product)  # LAPACK
    assert numpy.isfinite(values).all() and values.min() > -1e-6, "eigenvalues"
    return f"numpy {numpy.__version__}: 300x300 product and its eigenvalues"


@_check("rapidfuzz (the same-text rule's compiled bound)")
def _rapidfuzz() -> str:
    from smplanner.domain.similarity import candidate_pairs

    texts = ["Galette des rois de retour", "Galette des rois de retour !", "Atelier levain"]
    assert candidate_pairs(texts, 0.85) == [(0, 1)], "pairs"
    import rapidfuzz

    return f"rapidfuzz {rapidfuzz.__version__}: near-identical pair found"


def _app():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["smplanner-selftest"])


@_check("pyqtgraph on PySide6, 90,000 points drawn")
def _pyqtgraph() -> str:
    _app()
    import numpy
    import pyqtgraph
    from pyqtgraph.Qt import QT_LIB

    assert QT_LIB == "PySide6", f"pyqtgraph picked {QT_LIB}"
    widget = pyqtgraph.PlotWidget()
    widget.resize(800, 500)
    x = numpy.arange(90_000, dtype=float)
    widget.plot(x, numpy.sin(x / 500.0))
    widget.addItem(pyqtgraph.InfiniteLine(pos=0.5, angle=0))
    image = widget.grab().toImage()
    assert not image.isNull() and image.width() == 800, "nothing rendered"
    widget.close()
    return f"pyqtgraph {pyqtgraph.__version__}"


@_check("Qt modules and image plugins")
def _qt_modules() -> str:
    _app()
    from PySide6 import QtOpenGL, QtOpenGLWidgets, QtPrintSupport, QtTest  # noqa: F401
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage, QImageReader, QPainter
    from PySide6.QtSvg import QSvgRenderer

    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    missing = {"png", "jpeg", "svg", "ico", "gif"} - formats
    assert not missing, f"image formats missing: {sorted(missing)}"
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8">'
        b'<rect width="8" height="8" fill="red"/></svg>'
    )
    renderer = QSvgRenderer(QByteArray(svg))
    assert renderer.isValid(), "SVG not parsed"
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert image.pixelColor(4, 4).red() == 255, "SVG not rendered"
    return "image formats: " + ", ".join(sorted(formats))


@_check("PDF with text")
def _pdf() -> str:
    _app()
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "selftest.pdf"
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        painter = QPainter(writer)
        painter.setFont(QFont("Sans Serif", 12))
        painter.drawText(100, 100, "Stratégie éditoriale — Boulangerie Martin")
        painter.end()
        data = path.read_bytes()
    assert data.startswith(b"%PDF"), "not a PDF"
    assert b"/Font" in data, "no font embedded (no fonts found?)"
    return f"{len(data)} bytes"


@_check("ICU: French collation and time-zone names")
def _icu() -> str:
    _app()
    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    collator = QCollator(french)
    words = ["zèbre", "été", "Ecole", "eau", "élan"]
    ordered = sorted(words, key=collator.sortKey)
    assert ordered == ["eau", "Ecole", "élan", "été", "zèbre"], f"collation: {ordered}"
    zone = QTimeZone(b"Europe/Paris")
    name = zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, french)
    assert "Europe centrale" in name, f"time-zone name: {name!r}"
    return name


@_check("Qt's French translation")
def _qt_french() -> str:
    app = _app()
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtWidgets import QDialogButtonBox

    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    assert translator.load("qtbase_fr", folder), f"qtbase_fr.qm not found in {folder}"
    app.installTranslator(translator)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    text = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    app.removeTranslator(translator)
    assert text.replace("&", "") == "Annuler", f"Cancel button reads {text!r}"
    return text


@_check("smplanner's resources (importlib.resources)")
def _resources() -> str:
    app = _app()
    from PySide6.QtCore import QCoreApplication

    from smplanner.domain.sectors import sector_label
    from smplanner.resource_files import resource, resource_file
    from smplanner.texts.translators import install_translators

    assert sector_label("bakery_food", "fr").startswith("Boulangerie"), "sectors.json"
    icon = resource_file("icons", "smplanner.svg")
    assert icon.is_file(), f"icon not a file: {icon}"
    catalogues = [e.name for e in resource("translations").iterdir() if e.name.endswith(".qm")]
    install_translators(app, "fr")
    french = QCoreApplication.translate("MainMenus", "&File")
    install_translators(app, "en")
    assert french != "&File", f"no French catalogue applied (found {catalogues})"
    return f"{len(catalogues)} catalogues, {icon.name}, '&File' reads {french!r}"


@_check("keyring backends found through entry points")
def _keyring() -> str:
    from importlib.metadata import entry_points

    import keyring  # noqa: F401  (the package and its metadata must both be there)

    found = {ep.name: ep for ep in entry_points(group="keyring.backends")}
    wanted = {"SecretService", "KWallet", "libsecret", "chainer", "Windows", "macOS"}
    assert wanted <= set(found), f"entry points missing: {sorted(wanted - set(found))}"
    native = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")
    module = found[native].load()
    backend = module.Keyring if native != "Windows" else module.WinVaultKeyring
    try:
        priority = f"priority {backend.priority}"
    except Exception as error:  # not usable in this session (no D-Bus, locked...)
        priority = f"not usable in this session: {error}"
    return f"{len(found)} entry points; {native}: {priority}"


def run() -> int:
    failed = 0
    for name, function in _CHECKS:
        try:
            detail = function()
        except Exception:  # report every check, then fail
            failed += 1
            print(f"selftest FAIL {name}\n{traceback.format_exc()}", flush=True)
        else:
            print(f"selftest ok   {name}: {detail}", flush=True)
    print(f"selftest {'FAILED' if failed else 'passed'}: {len(_CHECKS) - failed}/{len(_CHECKS)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run())
