<#
.SYNOPSIS
Writes the declarative cmdlets, their output types, format views and the operation table from
build/api-map.txt and the official OpenAPI document.

.DESCRIPTION
Run it when Coolify publishes a new API document or when build/api-map.txt changes, then review the
diff: every generated file is checked in, so compiling the module never needs the document.
  dotnet pwsh ./build/New-ApiCmdlets.ps1
tests/Pester/GeneratedFreshness.Tests.ps1 fails when a checked-in generated file differs from a new run.
#>
[CmdletBinding()]
param(
    # Found by build/Find-OpenApiDocument.ps1 unless given: COOLIFY_OPENAPI, else
    # ../shared/reference/coolify-openapi.json beside the repository; it throws naming where it looked.
    [string] $OpenApi = (& (Join-Path $PSScriptRoot 'Find-OpenApiDocument.ps1')),
    [string] $Map = (Join-Path $PSScriptRoot 'api-map.txt'),
    [string] $Rules = (Join-Path $PSScriptRoot 'server-rules.psd1')
)

$ErrorActionPreference = 'Stop'
. (Join-Path $PSScriptRoot 'ApiGenerator.Naming.ps1')
. (Join-Path $PSScriptRoot 'ApiGenerator.Emit.ps1')
. (Join-Path $PSScriptRoot 'ApiGenerator.Help.ps1')
. (Join-Path $PSScriptRoot 'ApiGenerator.ServerRules.ps1')

$root = Split-Path $PSScriptRoot -Parent
$src = Join-Path $root 'src/Coolify'
$spec = Get-Content -Raw $OpenApi | ConvertFrom-Json -AsHashtable

$operations = @{}
foreach ($path in $spec.paths.Keys) {
    foreach ($method in $spec.paths[$path].Keys) {
        $op = $spec.paths[$path][$method]
        $operations[$op.operationId] = @{ Path = $path; Method = $method.ToUpperInvariant(); Op = $op; Tag = ($op.tags ?? @('General'))[0] }
    }
}

$script:ServerRules = Read-ServerRules -Path $Rules -Operations $operations
# Routes the server has that the document lacks: the rules give their method and path.
foreach ($id in $script:ServerRules.Keys | Where-Object { -not $operations.ContainsKey($_) }) {
    $rule = $script:ServerRules[$id]
    $operations[$id] = @{ Path = $rule.Path; Method = $rule.Method.ToUpperInvariant(); Tag = 'Settings'; BeyondDocument = $true
        Op = @{ operationId = $id; summary = $rule.Summary; tags = @('Settings'); responses = @{} } }
}

$entries = foreach ($line in Get-Content $Map) {
    $line = $line.Trim()
    if (-not $line -or $line.StartsWith('#')) { continue }
    $cols = $line -split '\s+'
    $options = @{}
    foreach ($opt in $cols | Select-Object -Skip 3) {
        $kv = $opt -split '=', 2
        $options[$kv[0]] = if ($kv.Count -gt 1) { $kv[1] } else { $true }
    }
    if (-not $operations.ContainsKey($cols[0])) { throw "api-map.txt names '$($cols[0])', which the OpenAPI document does not have." }
    $info = $operations[$cols[0]]
    [pscustomobject]@{
        OperationId = $cols[0]; Cmdlet = $cols[1]; Set = $cols[2]; Options = $options
        Method = $info.Method; Path = ($options.path ?? $info.Path); Op = $info.Op; Tag = $info.Tag; BeyondDocument = [bool]$info.BeyondDocument
    }
}

Write-OperationTable -Entries $entries -Path (Join-Path $src 'Http/ApiOperations.Generated.cs')
Write-ServerRulesTable -Rules $script:ServerRules -Operations $operations -Path (Join-Path $src 'Http/ServerRules.Generated.cs')

# Generated cmdlets live beside the hand-written ones of their area, as <Class>.g.cs; every one is
# written afresh, so a cmdlet dropped from the map leaves no file behind.
$cmdletDir = Join-Path $src 'Cmdlets'
Get-ChildItem $cmdletDir -Recurse -Filter '*.g.cs' | Remove-Item -Force
$modelDir = Join-Path $src 'Model/Generated'
if (Test-Path $modelDir) { Remove-Item $modelDir -Recurse -Force }
New-Item -ItemType Directory $modelDir | Out-Null

$models = @{}
$cmdlets = @()
foreach ($group in $entries | Where-Object { -not $_.Options.hand } | Group-Object Cmdlet) {
    $cmdlet = New-CmdletModel -Name $group.Name -Entries $group.Group -Spec $spec
    $cmdlets += $cmdlet
    Write-CmdletClass -Cmdlet $cmdlet -Directory $cmdletDir
    if ($cmdlet.OutputType -ne 'CoolifyActionResult' -and -not (Test-Path (Join-Path $src "Model/$($cmdlet.OutputType).cs"))) {
        if (-not $models.ContainsKey($cmdlet.OutputType)) { $models[$cmdlet.OutputType] = [ordered]@{ Properties = [ordered]@{}; Parents = [System.Collections.Generic.List[string]]::new() } }
        Add-ModelProperties -Model $models[$cmdlet.OutputType] -Cmdlet $cmdlet -Spec $spec
    }
}

foreach ($name in $models.Keys | Sort-Object) {
    Write-ModelClass -Name $name -Model $models[$name] -Directory $modelDir
}
Write-FormatFile -Models $models -Path (Join-Path $src 'Coolify.Generated.Format.ps1xml')
Update-ManifestCmdlets -Names ($cmdlets.Name | Sort-Object -Unique) -Path (Join-Path $root 'Coolify.psd1')
Write-Host "Generated $($cmdlets.Count) cmdlets and $($models.Count) output types for $(@($entries).Count) operations."
