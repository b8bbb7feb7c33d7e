; Inno Setup script: a Windows installer for the one-folder bundle.
;
; Built on Windows (Inno Setup 6), after the bundle:
;   uv run pyinstaller packaging\scdesk.spec --noconfirm
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\scdesk.iss
; Result: build\installer\scdesk-<version>-setup.exe. Installs per user (no administrator
; rights needed, as volunteers on shared computers often lack them); data stays in
; %LOCALAPPDATA%\scdesk and is never removed by the uninstaller.

#define AppName "scdesk"
#define AppVersion "0.1.0"
#define Bundle "..\..\build\dist\scdesk"

[Setup]
AppId={{6C1F2A53-8E0B-4E57-9A5C-5C0D5B7E2C11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=scdesk developers
AppComments=Partnerships, exchanges, people and volunteer hours of a sister city organization
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\installer
OutputBaseFilename=scdesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\scdesk.ico
UninstallDisplayIcon={app}\scdesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\scdesk.exe"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\scdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\scdesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
