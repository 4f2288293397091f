# Registers the WhaiNot Appliance as a real Windows service (no wrapper) under a virtual service
# account, locks the data folder down to that account and the administrators, and blocks outbound
# traffic from the service binary. Run as administrator from the unpacked release folder.
[CmdletBinding()]
param(
    [string]$InstallDir = "$env:ProgramFiles\WhaiNot",
    [string]$DataDir = "$env:ProgramData\WhaiNot",
    [string]$Urls = "https://0.0.0.0:8443"
)
$ErrorActionPreference = 'Stop'
$serviceName = 'WhaiNotAppliance'
$account = "NT SERVICE\$serviceName"
$exe = Join-Path $InstallDir 'whainot-appliance.exe'

if (-not (Test-Path $exe)) { throw "whainot-appliance.exe niet gevonden in $InstallDir." }

New-Item -ItemType Directory -Force -Path $DataDir | Out-Null
New-Service -Name $serviceName -DisplayName 'WhaiNot Appliance' `
    -Description 'Gespreksverslagen voor de sociale dienst (on-premise).' `
    -BinaryPathName "`"$exe`" --data `"$DataDir`" --urls $Urls" -StartupType Automatic | Out-Null
sc.exe config $serviceName obj= $account | Out-Null
sc.exe failure $serviceName reset= 86400 actions= restart/5000/restart/5000/none/0 | Out-Null

# Only the service account and administrators may read the data folder (database, keys, audio).
icacls $DataDir /inheritance:r /grant:r "${account}:(OI)(CI)M" "*S-1-5-32-544:(OI)(CI)F" | Out-Null

# No outbound connections from the service binary; inbound HTTPS for the office PCs.
New-NetFirewallRule -DisplayName 'WhaiNot - geen uitgaand verkeer' -Direction Outbound -Program $exe -Action Block | Out-Null
$port = ([uri]($Urls.Replace('0.0.0.0', 'localhost'))).Port
New-NetFirewallRule -DisplayName 'WhaiNot - HTTPS in' -Direction Inbound -Protocol TCP -LocalPort $port -Program $exe -Action Allow | Out-Null

Start-Service $serviceName
Write-Host "WhaiNot Appliance draait als service '$serviceName' op $Urls."
