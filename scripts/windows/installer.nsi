; The Windows installer of Pantau Kopdes (NSIS 3, built by scripts/windows/build-installer.sh).
; Per machine under Program Files, Bahasa Indonesia first (English selectable), the licences
; shown, a Start-menu entry and an optional desktop shortcut, an entry in Apps & features, silent
; with /S, and an upgrade runs the installed version's uninstaller silently first. The office's
; databases and backups live in the user's data folder (%APPDATA%\PantauKopdes): the uninstaller
; never touches them.
;
; makensis -DVERSION=0.1.0 -DSTAGE=<folder with the program> -DOUTFILE=<setup.exe> installer.nsi

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel admin
ManifestDPIAware true

!ifndef VERSION
  !error "VERSION is not defined"
!endif
!ifndef STAGE
  !error "STAGE is not defined"
!endif
!ifndef OUTFILE
  !define OUTFILE "pantau-kopdes-${VERSION}-setup.exe"
!endif

!define APPNAME "Pantau Kopdes"
!define PUBLISHER "Pantau Kopdes"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PantauKopdes"

Name "${APPNAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APPNAME}"
InstallDirRegKey HKLM "${UNINSTKEY}" "InstallLocation"
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} ${VERSION} setup"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "(c) 2026 The Pantau Kopdes authors"

!include "MUI2.nsh"
!include "x64.nsh"

!define MUI_ICON "${STAGE}\pantau-kopdes.ico"
!define MUI_UNICON "${STAGE}\pantau-kopdes.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\pantau-kopdes.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\licenses\LICENSES.txt"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecProgram ${LANG_INDONESIAN} "Pantau Kopdes (wajib)"
LangString SecProgram ${LANG_ENGLISH} "Pantau Kopdes (required)"
LangString SecDesktop ${LANG_INDONESIAN} "Pintasan di desktop"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString DescProgram ${LANG_INDONESIAN} "Program, pembaca berkas .xls, dan lisensinya. Basis data kantor tidak diubah."
LangString DescProgram ${LANG_ENGLISH} "The program, its .xls reader and the licences. The office's databases are not touched."
LangString DescDesktop ${LANG_INDONESIAN} "Ikon Pantau Kopdes di desktop semua pengguna."
LangString DescDesktop ${LANG_ENGLISH} "A Pantau Kopdes icon on every user's desktop."
LangString Needs64 ${LANG_INDONESIAN} "Pantau Kopdes memerlukan Windows 64-bit."
LangString Needs64 ${LANG_ENGLISH} "Pantau Kopdes needs 64-bit Windows."
LangString OldFailed ${LANG_INDONESIAN} "Versi lama tidak dapat dicopot. Tutup Pantau Kopdes lalu coba lagi."
LangString OldFailed ${LANG_ENGLISH} "The installed version could not be removed. Close Pantau Kopdes and try again."

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "$(Needs64)" /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  ; Silent installs take the default language; otherwise the user chooses.
  IfSilent +2
    !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetRegView 64
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

; An installed version (this or an older one) is removed by its own uninstaller, silently and in
; place (_?= keeps it from copying itself away, so ExecWait really waits): the upgrade leaves no
; stale DLL behind. The user's data is not the uninstaller's to touch.
Function RemovePrevious
  ReadRegStr $0 HKLM "${UNINSTKEY}" "UninstallString"
  ReadRegStr $1 HKLM "${UNINSTKEY}" "InstallLocation"
  StrCmp $0 "" done
  StrCmp $1 "" done
  IfFileExists "$1\uninstall.exe" 0 done
  ExecWait '"$1\uninstall.exe" /S _?=$1' $2
  StrCmp $2 "0" +3
    MessageBox MB_ICONSTOP "$(OldFailed)" /SD IDOK
    Abort
  Delete "$1\uninstall.exe"
  RMDir "$1"
done:
FunctionEnd

Section "$(SecProgram)" SecMain
  SectionIn RO
  SetShellVarContext all
  Call RemovePrevious
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\pantau-kopdes.exe" "" "$INSTDIR\pantau-kopdes.exe" 0
  CreateShortcut "$SMPROGRAMS\${APPNAME}\Copot ${APPNAME}.lnk" "$INSTDIR\uninstall.exe"

  ; Apps & features
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\pantau-kopdes.exe,0"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
  ; Apps & features shows the size in KiB.
  SectionGetSize ${SecMain} $0
  WriteRegDWORD HKLM "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

Section /o "$(SecDesktop)" SecDesktopShortcut
  SetShellVarContext all
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\pantau-kopdes.exe" "" "$INSTDIR\pantau-kopdes.exe" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecMain} "$(DescProgram)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktopShortcut} "$(DescDesktop)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; Removes what the installer put in Program Files, the Start menu and the registry. Never
; %APPDATA%\PantauKopdes, where the databases, backups and reports of the office are.
Section "Uninstall"
  SetShellVarContext all
  Delete "$DESKTOP\${APPNAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APPNAME}"
  RMDir /r "$INSTDIR\platforms"
  RMDir /r "$INSTDIR\sqldrivers"
  RMDir /r "$INSTDIR\styles"
  RMDir /r "$INSTDIR\imageformats"
  RMDir /r "$INSTDIR\iconengines"
  RMDir /r "$INSTDIR\licenses"
  Delete "$INSTDIR\*.exe"
  Delete "$INSTDIR\*.dll"
  Delete "$INSTDIR\*.ico"
  Delete "$INSTDIR\qt.conf"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTKEY}"
SectionEnd
