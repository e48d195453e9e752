; smplanner's Windows installer (Inno Setup 6): Start-menu entry, the .smplan file type,
; an uninstaller that keeps the user's plans and settings.
;
; Built on Windows, after packaging\build.py (which also makes build\icons\smplanner.ico):
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\smplanner.iss
; -> dist\smplanner-0.1.0-windows-setup.exe. packaging\windows\make_installer.ps1 does both
; and reads the version from src\smplanner\__init__.py (the one place it is written).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z (make_installer.ps1 does)
#endif

[Setup]
AppId={{6C1D2E8A-4B7F-4E0B-9A55-5D0C2F6E7A31}
AppName=smplanner
AppVersion={#AppVersion}
AppVerName=smplanner {#AppVersion}
AppPublisher=smplanner
DefaultDirName={autopf}\smplanner
DefaultGroupName=smplanner
DisableProgramGroupPage=yes
; Per-user by default (no administrator rights needed), per-machine if the user asks.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=smplanner-{#AppVersion}-windows-setup
SetupIconFile=..\..\build\icons\smplanner.ico
UninstallDisplayIcon={app}\smplanner.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build (dist\smplanner: smplanner.exe, smplanner-cli.exe, _internal\).
Source: "..\..\dist\smplanner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\smplanner"; Filename: "{app}\smplanner.exe"
Name: "{group}\{cm:UninstallProgram,smplanner}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\smplanner"; Filename: "{app}\smplanner.exe"; Tasks: desktopicon

[Registry]
; The .smplan type: double-clicking a plan opens it in smplanner.
Root: HKA; Subkey: "Software\Classes\.smplan"; ValueType: string; ValueName: ""; ValueData: "smplanner.Plan"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\smplanner.Plan"; ValueType: string; ValueName: ""; ValueData: "smplanner plan"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\smplanner.Plan\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\smplanner.exe,0"
Root: HKA; Subkey: "Software\Classes\smplanner.Plan\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\smplanner.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\smplanner.exe\SupportedTypes"; ValueType: string; ValueName: ".smplan"; ValueData: ""

[Run]
Filename: "{app}\smplanner.exe"; Description: "{cm:LaunchProgram,smplanner}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes {app} only: the plans the user saved, %APPDATA%\smplanner
; (default plan, backups, log) and the settings stay, as they belong to the user.
