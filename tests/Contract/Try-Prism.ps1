<#
Smoke check of PrismHost.psm1: installs Prism (if needed), starts it on the Coolify OpenAPI
document, calls GET /applications with a token, prints the status code and stops Prism.
Exit code 0 when the answer is 200.

    cd /work/main && dotnet tool restore && dotnet pwsh -NoProfile -File tests/Contract/Try-Prism.ps1
#>
param(
    # Found by build/Find-OpenApiDocument.ps1 unless given (COOLIFY_OPENAPI, else ../shared/reference beside the repository).
    [string] $Document,
    [string] $PathPrefix = ''
)
$ErrorActionPreference = 'Stop'
$Document = & (Join-Path $PSScriptRoot '../../build/Find-OpenApiDocument.ps1') -Path $Document
Import-Module (Join-Path $PSScriptRoot 'PrismHost.psm1') -Force

$clock = [Diagnostics.Stopwatch]::StartNew()
$prismPath = Install-Prism
"install: {0:N1} s ($prismPath)" -f $clock.Elapsed.TotalSeconds

$clock.Restart()
$prism = Start-Prism -Document $Document -PrismPath $prismPath -PathPrefix $PathPrefix
"start:   {0:N1} s ($($prism.Url), log $($prism.LogPath))" -f $clock.Elapsed.TotalSeconds
try {
    $response = Invoke-WebRequest -Uri "$($prism.Url)/applications" -Headers @{ Authorization = 'Bearer x' } `
        -SkipHttpErrorCheck -TimeoutSec 10
    "GET $($prism.Url)/applications -> $([int]$response.StatusCode)"
    if ($response.Headers['sl-violations']) { "sl-violations: $($response.Headers['sl-violations'])" }
}
finally {
    Stop-Prism $prism
}
exit $(if ([int]$response.StatusCode -eq 200) { 0 } else { 1 })
