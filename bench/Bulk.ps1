<#
.SYNOPSIS
    Figure 2, bulk actions: N service ids piped to Start-CoolifyService -ThrottleLimit T, against
    ForEach-Object -Parallel -ThrottleLimit T around Invoke-RestMethod, and Invoke-RestMethod in a
    plain loop: the same POST /services/{uuid}/start for every id. The simulator answers each request
    after latency_ms (set by Invoke-Benchmark.ps1). Before every run the simulator seeds the N services
    afresh as exited, so each start succeeds (a running service answers 400). Runs in a fresh pwsh;
    writes the times (ms per run) as JSON to -ResultPath.
#>
param(
    [Parameter(Mandatory)][string] $ModulePath,
    [Parameter(Mandatory)][string] $Url,
    [Parameter(Mandatory)][string] $Token,
    [Parameter(Mandatory)][string] $ResultPath,
    [int] $Runs = 5,
    [int] $SequentialRuns = 3,
    [int] $Items = 200,
    [int] $ThrottleLimit = 16
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

Import-Module $ModulePath
Connect-Coolify -Url $Url -Token (ConvertTo-SecureString $Token -AsPlainText -Force)

$base = "$Url/api/v1"
$headers = @{ Authorization = "Bearer $Token"; Accept = 'application/json' }
# The simulator's ids for seeded services (SimState.BenchId): bsvc and the number, 24 characters.
$ids = 1..$Items | ForEach-Object { 'bsvc' + "$_".PadLeft(20, '0') }

function Reset-Services {
    $seeded = Invoke-RestMethod -Method Post -Uri "$Url/_sim/seed" -ContentType 'application/json' `
        -Body (@{ services = $Items; service_status = 'exited' } | ConvertTo-Json)
    if ($seeded.services -ne $Items) { throw "The simulator seeded $($seeded.services) services, not $Items." }
}

$variants = [ordered]@{
    module     = {
        param($list)
        $errorsBefore = $Error.Count
        $out = @($list | Start-CoolifyService -ThrottleLimit $ThrottleLimit -Confirm:$false)
        if ($out.Count -ne $list.Count -or $Error.Count -ne $errorsBefore) { throw "Start-CoolifyService: $($out.Count) of $($list.Count) started; $($Error[0])" }
    }
    parallel   = {
        param($list)
        $list | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel {
            $null = Invoke-RestMethod -Method Post -Uri "$using:base/services/$_/start" -Headers $using:headers
        }
    }
    sequential = {
        param($list)
        foreach ($id in $list) { $null = Invoke-RestMethod -Method Post -Uri "$base/services/$id/start" -Headers $headers }
    }
}

# Warm up each variant on a few ids (JIT, connections, the runspaces' first use).
foreach ($v in $variants.Values) { Reset-Services; & $v ($ids | Select-Object -First $ThrottleLimit) }

$results = [ordered]@{ items = $Items; throttle_limit = $ThrottleLimit }
foreach ($name in $variants.Keys) { $results[$name] = [Collections.Generic.List[double]]::new() }
$names = @($variants.Keys)
for ($run = 0; $run -lt $Runs; $run++) {
    for ($k = 0; $k -lt $names.Count; $k++) {
        $name = $names[($run + $k) % $names.Count]
        # The plain loop takes items x latency (about 10 s for 200 x 50 ms): fewer runs of it.
        if ($name -eq 'sequential' -and $results.sequential.Count -ge $SequentialRuns) { continue }
        Reset-Services
        [GC]::Collect(); [GC]::WaitForPendingFinalizers()
        $watch = [Diagnostics.Stopwatch]::StartNew()
        & $variants[$name] $ids
        $results[$name].Add($watch.Elapsed.TotalMilliseconds)
        Write-Host ("  run {0}: {1} {2:N0} ms" -f ($run + 1), $name, $watch.Elapsed.TotalMilliseconds)
    }
}

$results | ConvertTo-Json -Depth 4 | Set-Content -Path $ResultPath -Encoding utf8NoBOM
