"""Smoke test of the packaged build: build it, run it, check its keyring and its size.

    python packaging/smoke.py               # build, then test dist/smplanner
    python packaging/smoke.py --no-build    # test what is already in dist/
    python packaging/smoke.py --strict      # also fail when over the size budget

Checks, all with the frozen executable and QT_QPA_PLATFORM=offscreen, in a temporary
folder (the app's data and settings folders point there too):

1. `smplanner new <tmp>/p.smplan --client ...` exits 0 and writes the plan;
2. `smplanner check <tmp>/p.smplan` exits 0 and names the client;
3. `smplanner --quit-after-startup <tmp>/p.smplan` exits 0 and prints the milliseconds;
   on Linux, when xvfb-run is installed, once more on the real xcb platform plugin;
   then packaging/frozen_selftest.py runs inside the frozen app (numpy's OpenBLAS,
   pyqtgraph, Qt's SVG/JPEG/OpenGL/PDF, the trimmed ICU, Qt's French, keyring's plugins);
4. the bundle holds keyring's backends and its entry points, the Qt platform plugins, the
   fr/en Qt translations and resources/; no bundled library links to a pruned one;
5. `smplanner diagnose-keyring` stores, reads and deletes a secret in the OS keyring
   (Linux: in a private D-Bus session with its own gnome-keyring-daemon when both are
   installed, so the developer's keyring is never touched);
6. size of dist/smplanner on disk and as .tar.gz against the budgets (200 MB / 80 MB):
   over budget is a warning, a failure with --strict, and a failure anyway beyond 125 %
   (something big slipped back in).

Exit status: 0 all passed, 1 a check failed, 2 the build failed or usage error.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType


def _load_build_module() -> ModuleType:
    """packaging/build.py, by path (a `build` on sys.path could be another package)."""
    path = Path(__file__).resolve().parent / "build.py"
    spec = importlib.util.spec_from_file_location("smplanner_packaging_build", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_module = _load_build_module()

ROOT = build_module.ROOT
APP_DIR = build_module.APP_DIR
WORK = build_module.WORK / "smplanner"

DISK_BUDGET_MB = 200.0
ARCHIVE_BUDGET_MB = 80.0
FAR_OVER = 1.25
CLIENT = "Smoke Test Client"
TIMEOUT = 180  # seconds per run of the frozen app (the first start of a build is slow)

IS_LINUX = sys.platform.startswith("linux")
IS_WIN = sys.platform == "win32"

# Libraries a Linux bundle may leave to the system (PyInstaller's own exclusions: glibc,
# the GL/EGL stack, libxcb, Wayland); anything else a bundled binary needs must be in it.
SYSTEM_LIBRARIES = re.compile(
    r"^(?:ld-linux.*|libc|libm|libdl|libpthread|librt|libutil|libresolv|libcrypt"
    r"|libE?(?:Open)?GLX?(?:ESv1_CM|ESv2)?(?:dispatch)?|libdrm|libxcb|libxcb-dri.*"
    r"|libwayland-(?:client|cursor|egl|server))\.so(?:\..*)?$"
)


class Smoke:
    def __init__(self) -> None:
        self.failures: list[str] = []
        self.warnings: list[str] = []

    def ok(self, message: str) -> None:
        print(f"  ok    {message}", flush=True)

    def fail(self, message: str) -> None:
        print(f"  FAIL  {message}", flush=True)
        self.failures.append(message)

    def warn(self, message: str) -> None:
        print(f"  WARN  {message}", flush=True)
        self.warnings.append(message)

    def check(self, condition: bool, message: str, detail: str = "") -> bool:
        if condition:
            self.ok(message)
        else:
            self.fail(message + (f"\n{_indent(detail)}" if detail else ""))
        return condition


def _indent(text: str) -> str:
    return "\n".join("        " + line for line in text.strip().splitlines()[-40:])


# ---------------------------------------------------------------------------------------
# Running the frozen app
# ---------------------------------------------------------------------------------------


def cli_executable() -> Path:
    """The executable with a console: on Windows smplanner.exe is windowed (no stdout)."""
    return build_module.executable("smplanner-cli" if IS_WIN else "smplanner")


def app_env(tmp: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "PYQTGRAPH", "QT_")) and key != "VIRTUAL_ENV"
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Keep the app's settings, recent files and default plan out of the user's folders.
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp / "home" / name.lower())
    if IS_WIN:
        env["APPDATA"] = str(tmp / "home" / "appdata")
        env["LOCALAPPDATA"] = str(tmp / "home" / "localappdata")
    env.update(extra or {})
    return env


def run_app(
    args: Sequence[str],
    env: dict[str, str],
    cwd: Path,
    wrapper: Sequence[str] = (),
) -> subprocess.CompletedProcess[str]:
    command = [*wrapper, str(cli_executable()), *args]
    print(f"  run   {' '.join(command)}", flush=True)
    try:
        return subprocess.run(
            command,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=env,
            cwd=cwd,
            timeout=TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        out = error.stdout.decode(errors="replace") if isinstance(error.stdout, bytes) else ""
        return subprocess.CompletedProcess(command, -1, out, f"timed out after {TIMEOUT} s")


def _output(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"


_MILLISECONDS = re.compile(r"(\d+(?:[.,]\d+)?)\s*ms\b")


def check_cli(smoke: Smoke, tmp: Path) -> Path | None:
    env = app_env(tmp)
    plan = tmp / "p.smplan"
    result = run_app(["new", str(plan), "--client", CLIENT], env, tmp)
    if not smoke.check(
        result.returncode == 0 and plan.is_file(), "new: plan created", _output(result)
    ):
        return None
    result = run_app(["check", str(plan)], env, tmp)
    smoke.check(
        result.returncode == 0 and CLIENT in result.stdout,
        f"check: exit 0 and the summary names {CLIENT!r}",
        _output(result),
    )
    return plan


def check_startup(smoke: Smoke, tmp: Path, plan: Path, xcb: str) -> None:
    result = run_app(["--quit-after-startup", str(plan)], app_env(tmp), tmp)
    match = _MILLISECONDS.search(result.stdout)
    if smoke.check(
        result.returncode == 0 and match is not None,
        "--quit-after-startup (offscreen): exit 0 and milliseconds printed",
        _output(result),
    ):
        smoke.ok(f"first frame with the plan in {match.group(1)} ms (offscreen)")  # type: ignore[union-attr]

    if not IS_LINUX or xcb == "no":
        return
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        message = "xvfb-run not installed: the xcb platform plugin was not started"
        smoke.fail(message) if xcb == "yes" else smoke.warn(message)
        return
    env = app_env(tmp, {"QT_QPA_PLATFORM": "xcb"})
    env.pop("WAYLAND_DISPLAY", None)
    wrapper = [xvfb, "-a", "-s", "-screen 0 1280x800x24"]
    result = run_app(["--quit-after-startup", str(plan)], env, tmp, wrapper=wrapper)
    match = _MILLISECONDS.search(result.stdout)
    if smoke.check(
        result.returncode == 0 and match is not None,
        "--quit-after-startup (xcb under Xvfb): exit 0 and milliseconds printed",
        _output(result),
    ):
        smoke.ok(f"first frame with the plan in {match.group(1)} ms (xcb)")  # type: ignore[union-attr]


def check_selftest(smoke: Smoke, tmp: Path) -> None:
    """packaging/frozen_selftest.py inside the frozen app (see launcher.py)."""
    result = run_app([], app_env(tmp, {"SMPLANNER_FROZEN_SELFTEST": "1"}), tmp)
    for line in result.stdout.splitlines():
        if line.startswith("selftest ok"):
            smoke.ok(line.removeprefix("selftest ok").strip())
    smoke.check(
        result.returncode == 0 and "selftest passed" in result.stdout,
        "frozen self-test: numpy/OpenBLAS, pyqtgraph, Qt modules, PDF, ICU, keyring",
        _output(result),
    )


# ---------------------------------------------------------------------------------------
# What is inside the bundle
# ---------------------------------------------------------------------------------------

KEYRING_BACKENDS = {
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.libsecret",
}
PLATFORM_BACKENDS = {
    "linux": {"secretstorage", "jeepney"},
    "win32": {"keyring.backends.Windows"},
    "darwin": {"keyring.backends.macOS"},
}


def frozen_modules(executable: Path) -> set[str] | None:
    try:
        from PyInstaller.archive.readers import pkg_archive_contents
    except ImportError:
        return None
    return set(pkg_archive_contents(str(executable), recursive=True))


def internal_dir() -> Path:
    return APP_DIR / "_internal"


def check_contents(smoke: Smoke) -> None:
    modules = frozen_modules(build_module.executable())
    if modules is None:
        smoke.warn("PyInstaller not importable: frozen module list not checked")
    else:
        platform_key = "linux" if IS_LINUX else sys.platform
        wanted = KEYRING_BACKENDS | PLATFORM_BACKENDS.get(platform_key, set())
        missing = sorted(wanted - modules)
        smoke.check(
            not missing,
            f"keyring backends frozen in: {', '.join(sorted(wanted))}",
            f"missing: {missing}",
        )
        for module in ("smplanner.ui.gui_main", "smplanner.cli.diagnose_keyring_command"):
            smoke.check(module in modules, f"module {module} frozen in")
        for forbidden in ("PyQt5", "PyQt6", "tkinter", "matplotlib", "PySide6.QtNetwork"):
            smoke.check(forbidden not in modules, f"{forbidden} left out")

    internal = internal_dir()
    check_qt_modules_used(smoke, internal)
    entry_points = sorted(internal.glob("keyring-*.dist-info/entry_points.txt"))
    smoke.check(
        bool(entry_points) and "keyring.backends" in entry_points[0].read_text("utf-8"),
        "keyring's metadata (backend entry points) bundled",
    )
    smoke.check(
        (internal / "smplanner" / "resources" / "data").is_dir()
        and any((internal / "smplanner" / "resources" / "data").iterdir()),
        "resources/ bundled at _internal/smplanner/resources",
    )
    qt = _qt_dir(internal)
    if IS_LINUX:
        plugins = ["libqxcb.so", "libqoffscreen.so", "libqwayland.so"]
    elif IS_WIN:
        plugins = ["qwindows.dll", "qoffscreen.dll"]
    else:
        plugins = ["libqcocoa.dylib", "libqoffscreen.dylib"]
    for plugin in plugins:
        smoke.check((qt / "plugins" / "platforms" / plugin).is_file(), f"Qt platform {plugin}")
    smoke.check((qt / "translations" / "qtbase_fr.qm").is_file(), "Qt's French translation bundled")
    if IS_LINUX:
        check_linked_libraries(smoke, internal)


def check_qt_modules_used(smoke: Smoke, internal: Path) -> None:
    """Every PySide6 module smplanner's source mentions is in the bundle (the spec
    excludes unused Qt modules; a new import of one must come with a spec change)."""
    used = set()
    for path in (ROOT / "src" / "smplanner").rglob("*.py"):
        text = path.read_text("utf-8", errors="replace")
        used.update(re.findall(r"PySide6\.(Qt\w+)", text))
        for names in re.findall(r"from PySide6 import ([\w, ()]+)", text):
            used.update(re.findall(r"Qt\w+", names))
    missing = sorted(m for m in used if not any((internal / "PySide6").glob(f"{m}.*")))
    smoke.check(
        not missing,
        f"Qt modules the source uses are bundled: {', '.join(sorted(used))}",
        f"missing: {missing} -- take them out of EXCLUDED_MODULES in packaging/smplanner.spec",
    )


def _qt_dir(internal: Path) -> Path:
    linux_or_mac = internal / "PySide6" / "Qt"
    return linux_or_mac if linux_or_mac.is_dir() else internal / "PySide6"


def _needed(path: Path) -> list[str]:
    result = subprocess.run(
        ["readelf", "-dW", str(path)], capture_output=True, text=True, check=False
    )
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout)


def check_linked_libraries(smoke: Smoke, internal: Path) -> None:
    """Every library a bundled ELF file links to is bundled, or left to the system on
    purpose; a library the spec pruned must not be needed by anything kept."""
    if shutil.which("readelf") is None:
        smoke.warn("readelf not installed (binutils): linked libraries not checked")
        return
    bundled = {p.name for p in internal.rglob("*") if ".so" in p.name}
    pruned = set()
    report = WORK / "pruned.txt"
    if report.exists():
        for line in report.read_text("utf-8").splitlines()[1:]:
            pruned.add(Path(line.split("\t")[-1]).name)
    broken, from_system = [], {}
    for path in internal.rglob("*"):
        if ".so" not in path.name or path.is_symlink() or not path.is_file():
            continue
        for name in _needed(path):
            if name in bundled:
                continue
            if name in pruned:
                broken.append(f"{path.relative_to(internal)} needs pruned {name}")
            elif not SYSTEM_LIBRARIES.match(name):
                from_system.setdefault(name, []).append(str(path.relative_to(internal)))
    smoke.check(not broken, "no kept binary links to a pruned library", "\n".join(broken))
    if from_system:
        lines = [
            f"{name} (for {', '.join(users[:2])})" for name, users in sorted(from_system.items())
        ]
        smoke.warn(
            "not bundled (absent on the build machine), so the user's system must provide: "
            + "; ".join(lines)
            + " -- install them on the build machine (packaging/README.md) to bundle them"
        )
    else:
        smoke.ok("every linked library is bundled, or is glibc / GL / EGL / libxcb / Wayland")


# ---------------------------------------------------------------------------------------
# Keyring
# ---------------------------------------------------------------------------------------


@contextmanager
def private_secret_service(tmp: Path) -> Iterator[dict[str, str]]:
    """A private D-Bus session bus with an unlocked gnome-keyring-daemon on it."""
    home = tmp / "keyring-home"
    (home / "data").mkdir(parents=True)
    (home / "run").mkdir(mode=0o700)
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(home / "run"),
    }
    # No service directories: nothing is D-Bus-activated, so a second (locked)
    # gnome-keyring-daemon can never race ours or outlive the smoke test.
    config = home / "session-bus.conf"
    config.write_text(
        '<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"'
        ' "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">\n'
        f"<busconfig><type>session</type><listen>unix:dir={home / 'run'}</listen>"
        '<auth>EXTERNAL</auth><policy context="default">'
        '<allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/>'
        '<allow own="*"/></policy></busconfig>\n',
        encoding="utf-8",
    )
    env.pop("DISPLAY", None)
    processes: list[subprocess.Popen[bytes]] = []
    try:
        bus = subprocess.Popen(
            [
                "dbus-daemon",
                f"--config-file={config}",
                "--nofork",
                "--nopidfile",
                "--print-address=1",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # e.g. "Failed to set fd limit" when not root
            env=env,
        )
        processes.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError("dbus-daemon printed no address")
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        processes.append(daemon)
        assert daemon.stdin is not None
        daemon.stdin.write(b"throw-away smoke-test password")  # unlocks the new keyring
        daemon.stdin.close()
        _wait_for_secret_service(address)
        yield {
            "DBUS_SESSION_BUS_ADDRESS": address,
            "XDG_RUNTIME_DIR": str(home / "run"),
        }
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()


def _wait_for_secret_service(address: str, timeout: float = 15.0) -> None:
    """Until org.freedesktop.secrets answers on the bus (it starts asynchronously)."""
    deadline = time.monotonic() + timeout
    command = [
        "dbus-send",
        f"--bus={address}",
        "--print-reply",
        "--dest=org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.NameHasOwner",
        "string:org.freedesktop.secrets",
    ]
    while time.monotonic() < deadline:
        if shutil.which("dbus-send") is None:
            time.sleep(1.0)  # cannot ask: give the daemon a moment
            return
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if "boolean true" in result.stdout:
            return
        time.sleep(0.1)
    raise RuntimeError("gnome-keyring-daemon did not appear on the private D-Bus session")


def check_keyring(smoke: Smoke, tmp: Path, mode: str) -> None:
    if mode == "skip":
        smoke.warn("keyring round trip skipped (--keyring skip)")
        return
    have_private = bool(shutil.which("dbus-daemon") and shutil.which("gnome-keyring-daemon"))
    if mode == "auto":
        if not IS_LINUX:
            mode = "session"
        elif have_private:
            mode = "private"
        elif os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            mode = "session"
        else:
            smoke.warn(
                "keyring round trip skipped: no D-Bus session and no dbus-daemon + "
                "gnome-keyring-daemon to start one (apt install dbus gnome-keyring)"
            )
            return
    args = ["diagnose-keyring", "--timeout", "20"]
    if mode == "private":
        if not have_private:
            smoke.fail("--keyring private needs dbus-daemon and gnome-keyring-daemon")
            return
        try:
            with private_secret_service(tmp) as extra:
                result = run_app(args, app_env(tmp, extra), tmp)
        except RuntimeError as error:
            smoke.fail(f"private keyring session: {error}")
            return
        where = "private gnome-keyring session"
    else:
        result = run_app(args, app_env(tmp), tmp)
        where = "this session's keyring"
    backend = re.search(r"keyring backend: (\S+)", result.stdout)
    smoke.check(
        result.returncode == 0 and "stored, read back and deleted" in result.stdout,
        f"diagnose-keyring in the {where}: secret stored, read back, deleted"
        + (f" ({backend.group(1)})" if backend else ""),
        _output(result),
    )


# ---------------------------------------------------------------------------------------
# Size
# ---------------------------------------------------------------------------------------


def folder_sizes(folder: Path) -> tuple[int, int]:
    """(bytes allocated on disk, as `du` counts them; apparent bytes)."""
    allocated = apparent = 0
    for path in [folder, *folder.rglob("*")]:
        stat = path.lstat()
        apparent += stat.st_size
        blocks = getattr(stat, "st_blocks", None)
        allocated += blocks * 512 if blocks is not None else stat.st_size
    return allocated, apparent


def check_size(smoke: Smoke, tmp: Path, strict: bool) -> None:
    allocated, apparent = folder_sizes(APP_DIR)
    archive = tmp / "smplanner.tar.gz"
    started = time.perf_counter()
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:  # as `tar czf`
        tar.add(APP_DIR, arcname=APP_DIR.name)
    archive_size = archive.stat().st_size
    print(
        f"  size  dist/smplanner: {allocated / 1e6:.1f} MB on disk ({allocated / 2**20:.1f} "
        f"MiB; files {apparent / 1e6:.1f} MB), budget {DISK_BUDGET_MB:.0f} MB",
        flush=True,
    )
    print(
        f"  size  smplanner.tar.gz: {archive_size / 1e6:.1f} MB "
        f"({archive_size / 2**20:.1f} MiB, made in {time.perf_counter() - started:.0f} s), "
        f"budget {ARCHIVE_BUDGET_MB:.0f} MB",
        flush=True,
    )
    archive.unlink()
    for label, size_mb, budget in (
        ("on disk", max(allocated, apparent) / 1e6, DISK_BUDGET_MB),
        (".tar.gz", archive_size / 1e6, ARCHIVE_BUDGET_MB),
    ):
        message = f"size {label}: {size_mb:.1f} MB of {budget:.0f} MB"
        if size_mb <= budget:
            smoke.ok(message)
        elif strict or size_mb > budget * FAR_OVER:
            smoke.fail(message + " -- over budget (see build/smplanner/pruned.txt)")
        else:
            smoke.warn(message + " -- over budget")


# ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build the packaged app and smoke-test it (see the module docstring)."
    )
    parser.add_argument("--no-build", action="store_true", help="test dist/ as it is")
    parser.add_argument("--clean", action="store_true", help="clean PyInstaller's cache")
    parser.add_argument("--strict", action="store_true", help="fail when over a size budget")
    parser.add_argument(
        "--keyring",
        choices=["auto", "private", "session", "skip"],
        default="auto",
        help="where diagnose-keyring runs: a private gnome-keyring (Linux), the current "
        "session's keyring, or not at all; auto: private if possible, else session "
        "(default)",
    )
    parser.add_argument(
        "--xcb",
        choices=["auto", "yes", "no"],
        default="auto",
        help="Linux: also start the window on the xcb plugin under xvfb-run "
        "(auto: when xvfb-run is installed)",
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    if not args.no_build:
        print("== build", flush=True)
        if build_module.build(clean=args.clean) != 0:
            return 2
    if not cli_executable().exists():
        print(f"smoke: {cli_executable()} is missing; build first", file=sys.stderr)
        return 2

    smoke = Smoke()
    with tempfile.TemporaryDirectory(prefix="smplanner-smoke-") as name:
        tmp = Path(name)
        print("== command line", flush=True)
        plan = check_cli(smoke, tmp)
        print("== window", flush=True)
        if plan is not None:
            check_startup(smoke, tmp, plan, args.xcb)
        print("== frozen self-test", flush=True)
        check_selftest(smoke, tmp)
        print("== bundle contents", flush=True)
        check_contents(smoke)
        print("== keyring", flush=True)
        check_keyring(smoke, tmp, args.keyring)
        print("== size", flush=True)
        check_size(smoke, tmp, args.strict)

    elapsed = time.perf_counter() - started
    print(
        f"== {len(smoke.failures)} failed, {len(smoke.warnings)} warnings, {elapsed:.0f} s",
        flush=True,
    )
    for failure in smoke.failures:
        print(f"FAILED: {failure.splitlines()[0]}", file=sys.stderr)
    return 1 if smoke.failures else 0


if __name__ == "__main__":
    sys.exit(main())
