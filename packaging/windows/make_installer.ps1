# Build smplanner and its Windows installer: .\packaging\windows\make_installer.ps1
# Needs Python 3.11+ (python.org) and Inno Setup 6 (https://jrsoftware.org/isdl.php).
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root
if (-not (Test-Path .venv)) { py -3.11 -m venv .venv }
.venv\Scripts\pip install -q -e '.[package]'
.venv\Scripts\python packaging\build.py
.venv\Scripts\python packaging\smoke.py --no-build
$version = (Select-String -Path src\smplanner\__init__.py -Pattern '^__version__ = "(.+)"').Matches[0].Groups[1].Value
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
& $iscc "/DAppVersion=$version" packaging\windows\smplanner.iss
Write-Host "dist\smplanner-$version-windows-setup.exe"
