<#
.SYNOPSIS
    Figure 1, per-call cost: the same GET /services/{uuid}, N times one after the other, with
    Get-CoolifyService -Uuid, with Invoke-RestMethod, with one reused HttpClient whose answer
    System.Text.Json parses (JsonDocument), and with the floor module's Get-FloorService (that same HttpClient
    work inside a compiled cmdlet, bench/Floor), all in this one process, in interleaved blocks of -Block calls. Runs in a fresh pwsh started by
    Invoke-Benchmark.ps1; writes the times (ms for all N calls, one per run) as JSON to -ResultPath.
#>
param(
    [Parameter(Mandatory)][string] $ModulePath,
    [Parameter(Mandatory)][string] $Url,
    [Parameter(Mandatory)][string] $Token,
    [Parameter(Mandatory)][string] $ResultPath,
    [Parameter(Mandatory)][string] $FloorPath,
    [int] $Runs = 5,
    [int] $Calls = 1000,
    [double] $WarmupSeconds = 12,
    [int] $Block = 100,
    [string] $Uuid = 'xk9q2m7a1b3c5d7e9f0g2h4j'
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

Import-Module $ModulePath, $FloorPath
# The floor cmdlet reads its address and token where a runbook keeps them.
$env:COOLIFY_URL = $Url
$env:COOLIFY_TOKEN = $Token
Connect-Coolify -Url $Url -Token (ConvertTo-SecureString $Token -AsPlainText -Force)

$uri = [uri]"$Url/api/v1/services/$Uuid"
$headers = @{ Authorization = "Bearer $Token"; Accept = 'application/json' }
$client = [Net.Http.HttpClient]::new()
$client.DefaultRequestHeaders.Authorization = [Net.Http.Headers.AuthenticationHeaderValue]::new('Bearer', $Token)
$client.DefaultRequestHeaders.Accept.Add([Net.Http.Headers.MediaTypeWithQualityHeaderValue]::new('application/json'))
$jsonOptions = [Text.Json.JsonDocumentOptions]::new()

# Each variant is one scriptblock making $n calls; the answer is used (parsed into objects) and dropped.
$variants = [ordered]@{
    module = { param($n) for ($i = 0; $i -lt $n; $i++) { $null = Get-CoolifyService -Uuid $Uuid } }
    floor  = { param($n) for ($i = 0; $i -lt $n; $i++) { $null = Get-FloorService $Uuid } }
    irm    = { param($n) for ($i = 0; $i -lt $n; $i++) { $null = Invoke-RestMethod -Uri $uri -Headers $headers } }
    raw    = {
        param($n)
        for ($i = 0; $i -lt $n; $i++) {
            # GetByteArrayAsync throws on a status other than 2xx, as the other two do.
            $document = [Text.Json.JsonDocument]::Parse([ReadOnlyMemory[byte]]$client.GetByteArrayAsync($uri).GetAwaiter().GetResult(), $jsonOptions)
            $document.Dispose()
        }
    }
}

# Check once that every variant gets the service, then warm up (JIT, connections, caches).
if ((Get-CoolifyService -Uuid $Uuid).Uuid -ne $Uuid) { throw 'Get-CoolifyService did not return the service.' }
if ((Invoke-RestMethod -Uri $uri -Headers $headers).uuid -ne $Uuid) { throw 'Invoke-RestMethod did not return the service.' }
if ((Get-FloorService $Uuid).uuid -ne $Uuid) { throw 'Get-FloorService did not return the service.' }
# Warm up long enough for the JIT: with .NET's tiered compilation and dynamic PGO, hot methods go through an
# instrumented tier before their final code, and runs measured after a 2 s warm-up kept getting faster for
# about 10 s (with DOTNET_TieredPGO=0 they were flat after 2 s). So take turns for -WarmupSeconds first.
$warm = [Diagnostics.Stopwatch]::StartNew()
do { foreach ($v in $variants.Values) { & $v $Block } } while ($warm.Elapsed.TotalSeconds -lt $WarmupSeconds)
Start-Sleep -Milliseconds 500

$results = [ordered]@{ calls = $Calls; block = $Block }
foreach ($name in $variants.Keys) { $results[$name] = [Collections.Generic.List[double]]::new() }
$names = @($variants.Keys)
[GC]::Collect(); [GC]::WaitForPendingFinalizers()
for ($run = 0; $run -lt $Runs; $run++) {
    # Each run is $Calls calls of each variant, in blocks of $Block taken in turn (the order rotating),
    # so the three see the same moments of a machine whose load changes.
    $sum = @{}
    foreach ($name in $names) { $sum[$name] = 0.0 }
    for ($b = 0; $b -lt [Math]::Ceiling($Calls / $Block); $b++) {
        $n = [Math]::Min($Block, $Calls - $b * $Block)
        for ($k = 0; $k -lt $names.Count; $k++) {
            $name = $names[($run + $b + $k) % $names.Count]
            $watch = [Diagnostics.Stopwatch]::StartNew()
            & $variants[$name] $n
            $sum[$name] += $watch.Elapsed.TotalMilliseconds
        }
    }
    foreach ($name in $names) { $results[$name].Add($sum[$name]) }
    Write-Host ("  run {0}: module {1:N0} ms, floor cmdlet {2:N0} ms, Invoke-RestMethod {3:N0} ms, HttpClient {4:N0} ms" -f ($run + 1), $sum.module, $sum.floor, $sum.irm, $sum.raw)
}

$results | ConvertTo-Json -Depth 4 | Set-Content -Path $ResultPath -Encoding utf8NoBOM
