<#
.SYNOPSIS
    Returns the full path of the official Coolify OpenAPI document, or throws saying where it looked.

.DESCRIPTION
    The generator (New-ApiCmdlets.ps1), the coverage page (Write-ApiCoverage.ps1) and the contract tests
    (tests/Pester/Contract.Tests.ps1, tests/Contract) read the same document; this is the one place that
    says where it is, so they cannot drift apart. The first of these wins:
      -Path                the caller's own parameter, when given
      COOLIFY_OPENAPI      the environment variable
      ../shared/reference/coolify-openapi.json, relative to the repository root (the shared reference
                           folder beside the clone)
    A relative -Path or COOLIFY_OPENAPI is taken from the current location.

.EXAMPLE
    $document = & ./build/Find-OpenApiDocument.ps1
#>
param([string] $Path)

$ErrorActionPreference = 'Stop'
$repositoryRoot = Split-Path $PSScriptRoot -Parent
$candidate, $origin = if ($Path) { $Path, 'the parameter' }
elseif ($env:COOLIFY_OPENAPI) { $env:COOLIFY_OPENAPI, 'COOLIFY_OPENAPI' }
else { (Join-Path $repositoryRoot '../shared/reference/coolify-openapi.json'), 'the default ../shared/reference/coolify-openapi.json beside the repository' }

# Normalised even when missing, so the error names the real folder rather than one with '..' in it.
$full = [IO.Path]::GetFullPath($ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($candidate))
if (-not (Test-Path -LiteralPath $full -PathType Leaf)) {
    throw "The Coolify OpenAPI document is not at $full (from $origin). Put the document there, or name another file with the script's parameter or the environment variable COOLIFY_OPENAPI."
}
$full
