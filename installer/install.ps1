<#
.SYNOPSIS
    Installs or upgrades the WhaiNot Appliance on Windows Server 2022 / Windows 11 (run as administrator).

.DESCRIPTION
    The same steps as install.sh, the Windows way:
      - checks the bundle (SHA256SUMS) before anything is touched, then the machine (RAM, disk, GPU);
      - copies the program to "$InstallRoot\releases\<version>" and points "$InstallRoot\current"
        (a directory junction) at it, so an upgrade swaps one link and can roll back;
      - data in %ProgramData%\WhaiNot (only the virtual service account NT SERVICE\WhaiNotAppliance,
        SYSTEM and Administrators), configuration in %ProgramData%\WhaiNot\whainot.json;
      - a new box (whainot init), the engine runtime (cuda with a usable NVIDIA GPU, else cpu),
        the CA exported, a first functional-admin account;
      - the service, outbound firewall block and inbound HTTPS rule via appliance\windows\install-service.ps1;
      - starts the service, waits for /health, rolls back to the previous release when it does not come up.
    Never run on CI (no Windows there); parsed with PowerShell 7 on Linux only.

.EXAMPLE
    powershell -ExecutionPolicy Bypass -File install.ps1 -Bundle E:\whainot-bundle
    powershell -ExecutionPolicy Bypass -File install.ps1 -Uninstall [-Purge] [-Yes]
#>
[CmdletBinding()]
param(
    [string]$Bundle = $PSScriptRoot,
    [string]$InstallRoot = "$env:ProgramFiles\WhaiNot",
    [string]$DataDir = "$env:ProgramData\WhaiNot",
    [ValidateSet('', 'cpu', 'cuda')][string]$Variant = '',
    [string]$Urls = 'https://0.0.0.0:8443',
    [int]$MinDiskGB = 40,
    [int]$HealthTimeoutSeconds = 90,
    [switch]$NoStart,
    [switch]$Uninstall,
    [switch]$Purge,
    [switch]$Yes
)
Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$serviceName = 'WhaiNotAppliance'
$account = "NT SERVICE\$serviceName"
$current = Join-Path $InstallRoot 'current'
$releases = Join-Path $InstallRoot 'releases'
$configFile = Join-Path $DataDir 'whainot.json'
$caFile = Join-Path $DataDir 'whainot-ca.crt'

function Stop-WithError([string]$Message, [int]$Code = 1) {
    Write-Host "FOUT: $Message" -ForegroundColor Red
    exit $Code
}

function Test-Administrator {
    $principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
    return $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
}

function Invoke-Cli([string[]]$Arguments) {
    $env:WHAINOT_DATA = $DataDir
    $env:WHAINOT_CONFIG = $configFile
    $output = & (Join-Path $current 'whainot.exe') @Arguments
    if ($LASTEXITCODE -ne 0) { Stop-WithError "whainot $($Arguments -join ' ') is mislukt (code $LASTEXITCODE)." }
    return $output
}

function Set-CurrentRelease([string]$Version) {
    # A junction is replaced by removing the link (not its target) and making a new one.
    if (Test-Path $current) { (Get-Item $current).Delete() }
    New-Item -ItemType Junction -Path $current -Target (Join-Path $releases $Version) | Out-Null
}

function Wait-Health {
    $port = ([uri]($Urls.Replace('0.0.0.0', 'localhost'))).Port
    $deadline = (Get-Date).AddSeconds($HealthTimeoutSeconds)
    while ((Get-Date) -lt $deadline) {
        try {
            # The box's own CA is trusted by the machine after install (Import-Certificate below).
            $health = Invoke-RestMethod -Uri "https://localhost:$port/health" -TimeoutSec 5
            if ($health.status -eq 'ok') { return $true }
        }
        catch { Start-Sleep -Seconds 1 }
    }
    return $false
}

if (-not (Test-Administrator)) { Stop-WithError 'Start dit script als administrator.' }

# ---------- uninstall ----------
if ($Uninstall) {
    if (Get-Service $serviceName -ErrorAction SilentlyContinue) {
        Stop-Service $serviceName -ErrorAction SilentlyContinue
        sc.exe delete $serviceName | Out-Null
    }
    Get-NetFirewallRule -DisplayName 'WhaiNot - *' -ErrorAction SilentlyContinue | Remove-NetFirewallRule
    if (Test-Path $InstallRoot) { Remove-Item -Recurse -Force $InstallRoot }
    if ($Purge) {
        if (-not $Yes) {
            Write-Host "LET OP: dit wist ALLE gegevens van de box in $DataDir, ook de hoofdsleutel."
            if ((Read-Host 'Typ WISSEN om door te gaan') -ne 'WISSEN') { Stop-WithError "Niet bevestigd: de gegevens in $DataDir blijven bewaard." }
        }
        Remove-Item -Recurse -Force $DataDir -ErrorAction SilentlyContinue
        Write-Host 'Programma, gegevens, sleutels en instellingen zijn verwijderd.'
    }
    else {
        Write-Host "Het programma is verwijderd. Gegevens en sleutels blijven in $DataDir."
    }
    exit 0
}

# ---------- 1. the bundle ----------
$sums = Join-Path $Bundle 'SHA256SUMS'
$versionFile = Join-Path $Bundle 'VERSION'
if (-not (Test-Path $sums) -or -not (Test-Path $versionFile)) { Stop-WithError "In $Bundle staat geen WhaiNot-bundel (SHA256SUMS of VERSION ontbreekt)." 2 }
Write-Host "Bundel controleren ($Bundle)..."
$listed = @{}
foreach ($line in Get-Content $sums) {
    $hash, $name = $line -split '\s+', 2
    $path = Join-Path $Bundle ($name -replace '/', '\')
    if (-not (Test-Path $path) -or (Get-FileHash -Algorithm SHA256 $path).Hash -ne $hash.ToUpperInvariant()) {
        Stop-WithError "De bundel is onvolledig of gewijzigd ($name). Kopieer hem opnieuw; er is niets gewijzigd." 2
    }
    $listed[$path] = $true
}
$extra = Get-ChildItem -Recurse -File $Bundle | Where-Object { $_.Name -ne 'SHA256SUMS' -and -not $listed.ContainsKey($_.FullName) }
if ($extra) { Stop-WithError "De bundel bevat bestanden die niet in SHA256SUMS staan ($($extra[0].Name)). Er is niets gewijzigd." 2 }
$version = (Get-Content $versionFile -Raw).Trim()
if (-not (Test-Path (Join-Path $Bundle 'app\whainot-appliance.exe'))) { Stop-WithError 'Deze bundel is niet voor Windows (app\whainot-appliance.exe ontbreekt; maak hem met -r win-x64).' 2 }

# ---------- 2. the machine ----------
$ramGB = [math]::Round((Get-CimInstance Win32_ComputerSystem).TotalPhysicalMemory / 1GB)
$drive = (Split-Path -Qualifier $DataDir).TrimEnd(':')
$freeGB = [math]::Floor((Get-PSDrive $drive).Free / 1GB)
Write-Host "  geheugen: $ramGB GB; vrij op ${drive}: $freeGB GB"
if ($freeGB -lt $MinDiskGB -and -not (Test-Path (Join-Path $releases $version))) {
    Stop-WithError "Te weinig schijfruimte op ${drive}: $freeGB GB vrij, minstens $MinDiskGB GB nodig. Er is niets gewijzigd."
}
if (-not $Variant) {
    $smi = Get-Command nvidia-smi.exe -ErrorAction SilentlyContinue
    if ($smi -and (& $smi.Source 2>$null | Select-String 'CUDA Version:\s*(\d+)' | ForEach-Object { [int]$_.Matches[0].Groups[1].Value -ge 12 })) {
        $Variant = 'cuda'; $reason = 'NVIDIA-GPU met CUDA 12 of nieuwer gevonden'
    }
    else {
        $Variant = 'cpu'; $reason = 'geen bruikbare NVIDIA-GPU (nvidia-smi ontbreekt of CUDA ouder dan 12)'
    }
}
else { $reason = 'gekozen met -Variant' }
Write-Host "  engines: $Variant ($reason)"

# ---------- 3. program: versioned folder + junction ----------
$previous = $null
if (Test-Path $current) { $previous = Split-Path -Leaf (Get-Item $current).Target }
if ($previous -eq $version) {
    Write-Host "Niets gewijzigd: WhaiNot $version is al geïnstalleerd."
    exit 0
}
$service = Get-Service $serviceName -ErrorAction SilentlyContinue
if ($service -and $service.Status -eq 'Running') {
    Write-Host 'De service wordt gestopt voor de update...'
    Stop-Service $serviceName
}
New-Item -ItemType Directory -Force -Path $releases | Out-Null
$target = Join-Path $releases $version
if (Test-Path $target) { Remove-Item -Recurse -Force $target }
Copy-Item -Recurse (Join-Path $Bundle 'app') $target
Set-CurrentRelease $version

# ---------- 4. data folder, ACLs, box, runtime ----------
New-Item -ItemType Directory -Force -Path $DataDir | Out-Null
$firstInstall = -not (Test-Path (Join-Path $DataDir 'keys\master.key'))
if (-not (Test-Path $configFile)) {
    "{ `"Appliance`": { `"Transcription`": { `"Variant`": `"$Variant`" } } }" | Set-Content -Encoding UTF8 $configFile
}
if ($firstInstall) { Invoke-Cli @('init', '--data', $DataDir) | Out-Null }
Invoke-Cli @('runtime', 'install', '--variant', $Variant, '--from', (Join-Path $Bundle "runtime\$Variant"), '--data', $DataDir) | Out-Null
if (-not (Test-Path $caFile)) {
    Invoke-Cli @('certs', 'export-ca', '--data', $DataDir, '--out', $caFile) | Out-Null
    Import-Certificate -FilePath $caFile -CertStoreLocation Cert:\LocalMachine\Root | Out-Null
}
$password = $null
if ($firstInstall) {
    $lines = Invoke-Cli @('users', 'add', '--username', 'beheerder', '--display-name', 'Functioneel beheerder', '--role', 'functional-admin', '--data', $DataDir)
    $password = ($lines | Select-String '^Eerste wachtwoord: (.+)$').Matches[0].Groups[1].Value
}

# ---------- 5. service, ACLs, firewall (the existing script), start ----------
if (-not $service) {
    # install-service.ps1 registers the service under the virtual account, sets the data folder's
    # ACL (service account + Administrators only), blocks outbound traffic from the binary and
    # opens the inbound HTTPS port; it starts the service at its end.
    & (Join-Path $PSScriptRoot 'appliance\windows\install-service.ps1') -InstallDir $current -DataDir $DataDir -Urls $Urls
}
elseif (-not $NoStart) {
    Start-Service $serviceName
}
icacls $DataDir /inheritance:r /grant:r "${account}:(OI)(CI)M" '*S-1-5-18:(OI)(CI)F' '*S-1-5-32-544:(OI)(CI)F' | Out-Null

if (-not $NoStart -and -not (Wait-Health)) {
    if ($previous) {
        Write-Host "WhaiNot $version komt niet op; terug naar $previous..."
        Stop-Service $serviceName -ErrorAction SilentlyContinue
        Set-CurrentRelease $previous
        Start-Service $serviceName
        if (Wait-Health) { Stop-WithError "De update naar $version is mislukt; versie $previous draait weer, met dezelfde gegevens." }
    }
    Stop-WithError "De service komt niet op binnen $HealthTimeoutSeconds s. Zie Logboeken > Toepassing (bron WhaiNotAppliance)."
}

# ---------- 6. what next ----------
Write-Host "WhaiNot $version is geïnstalleerd. Gegevens: $DataDir."
if ($firstInstall) {
    Write-Host 'Volgende stappen:'
    Write-Host "  1. Verdeel het CA-certificaat $caFile naar de pc's (groepsbeleid: Vertrouwde basiscertificeringsinstanties)."
    Write-Host "     Maak een reservekopie van $DataDir\keys\master.key, apart van de gegevens."
    Write-Host "  2. Functioneel beheerder: gebruikersnaam 'beheerder', eenmalig wachtwoord: $password"
    Write-Host "  3. De pc's openen https://$([System.Net.Dns]::GetHostEntry('').HostName):8443/"
}
