<#
.SYNOPSIS
    Packs the built module (out/Coolify) into Coolify.<version>.nupkg with PSResourceGet, as
    Publish-PSResource makes it for the PowerShell Gallery.

.DESCRIPTION
    build.ps1 -Task Package runs it in a child pwsh whose per-user folders are moved to a temporary
    directory (Invoke-IsolatedPwsh), so the file repository it registers never reaches the real user's
    PSResourceGet settings; on Windows the repository is unregistered again. Publish-PSResource checks the
    manifest (Test-ModuleManifest) and writes the .nuspec from it: id, version, authors, description,
    tags, project and licence links, release notes.

    Microsoft.PowerShell.PSResourceGet ships with PowerShell 7.4 and later, so nothing is downloaded.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string] $ModulePath,
    [Parameter(Mandatory)][string] $OutputDirectory
)

$ErrorActionPreference = 'Stop'
if (-not (Get-Module -ListAvailable Microsoft.PowerShell.PSResourceGet)) {
    throw 'Microsoft.PowerShell.PSResourceGet is not available: it ships with PowerShell 7.4 and later (the build runs on the PowerShell 7.6.9 dotnet tool).'
}
Import-Module Microsoft.PowerShell.PSResourceGet

$manifest = Import-PowerShellDataFile (Join-Path $ModulePath 'Coolify.psd1')
$work = Join-Path ([IO.Path]::GetTempPath()) "coolify-package-$PID"
$repository = "CoolifyBuild$PID"
$null = New-Item -ItemType Directory -Force (Join-Path $work 'repo')
try {
    Register-PSResourceRepository -Name $repository -Uri (Join-Path $work 'repo') -Trusted
    try {
        Publish-PSResource -Path $ModulePath -Repository $repository
    }
    finally {
        Unregister-PSResourceRepository -Name $repository
    }
    $package = Get-ChildItem (Join-Path $work 'repo') -Filter '*.nupkg' | Select-Object -First 1
    $expected = "Coolify.$($manifest.ModuleVersion).nupkg"
    if (-not $package -or $package.Name -ne $expected) { throw "Publish-PSResource wrote '$($package.Name)', not $expected." }
    if (Test-Path $OutputDirectory) { Remove-Item $OutputDirectory -Recurse -Force }
    $null = New-Item -ItemType Directory -Force $OutputDirectory
    Copy-Item $package.FullName $OutputDirectory
    Write-Host "Packed $(Join-Path $OutputDirectory $expected) ($([math]::Round($package.Length / 1MB, 1)) MB)."
}
finally {
    Remove-Item $work -Recurse -Force -ErrorAction Ignore
}
