<#
.SYNOPSIS
    Figure 2, piped reads: N service ids piped to Get-CoolifyService -Uuid and to Get-CoolifyEnvironmentVariable
    (GET /services/{uuid} and GET /services/{uuid}/envs), against ForEach-Object -Parallel -ThrottleLimit T around
    Invoke-RestMethod for the same requests. The simulator answers each request after latency_ms (set by
    Invoke-Benchmark.ps1); N services are seeded first. The cmdlets get -ThrottleLimit T when they have that
    parameter, and run without it otherwise (then they send one request at a time): has_throttle says which.
    Runs in a fresh pwsh; writes the times (ms per run) as JSON to -ResultPath.
#>
param(
    [Parameter(Mandatory)][string] $ModulePath,
    [Parameter(Mandatory)][string] $Url,
    [Parameter(Mandatory)][string] $Token,
    [Parameter(Mandatory)][string] $ResultPath,
    [int] $Runs = 5,
    [int] $Items = 200,
    [int] $ThrottleLimit = 16
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

Import-Module $ModulePath
Connect-Coolify -Url $Url -Token (ConvertTo-SecureString $Token -AsPlainText -Force)

$base = "$Url/api/v1"
$headers = @{ Authorization = "Bearer $Token"; Accept = 'application/json' }
$seeded = Invoke-RestMethod -Method Post -Uri "$Url/_sim/seed" -ContentType 'application/json' -Body (@{ services = $Items; service_status = 'running' } | ConvertTo-Json)
if ($seeded.services -ne $Items) { throw "The simulator seeded $($seeded.services) services, not $Items." }
# The simulator's ids for seeded services (SimState.BenchId); the environment variable cmdlet binds ServiceUuid by property name.
$ids = 1..$Items | ForEach-Object { 'bsvc' + "$_".PadLeft(20, '0') }
$owners = $ids | ForEach-Object { [pscustomobject]@{ ServiceUuid = $_ } }

function Get-Throttle([string] $Command) {
    if ((Get-Command $Command).Parameters.ContainsKey('ThrottleLimit')) { @{ ThrottleLimit = $ThrottleLimit } } else { @{} }
}
$serviceThrottle = Get-Throttle 'Get-CoolifyService'
$envThrottle = Get-Throttle 'Get-CoolifyEnvironmentVariable'

function Assert-NoError([int] $Before, [string] $What) {
    if ($Error.Count -ne $Before) { throw "${What}: $($Error[0])" }
}

$variants = [ordered]@{
    service         = {
        param($list)
        $before = $Error.Count
        $out = @($list | Get-CoolifyService @serviceThrottle)
        Assert-NoError $before 'Get-CoolifyService'
        if ($out.Count -ne $list.Count) { throw "Get-CoolifyService wrote $($out.Count) of $($list.Count) services." }
    }
    serviceParallel = {
        param($list)
        $out = @($list | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel { Invoke-RestMethod -Uri "$using:base/services/$_" -Headers $using:headers })
        if ($out.Count -ne $list.Count) { throw "ForEach-Object -Parallel got $($out.Count) of $($list.Count) services." }
    }
    env             = {
        param($list)
        $before = $Error.Count
        $null = $owners | Select-Object -First $list.Count | Get-CoolifyEnvironmentVariable @envThrottle
        Assert-NoError $before 'Get-CoolifyEnvironmentVariable'
    }
    envParallel     = {
        param($list)
        $null = $list | ForEach-Object -ThrottleLimit $ThrottleLimit -Parallel { Invoke-RestMethod -Uri "$using:base/services/$_/envs" -Headers $using:headers }
    }
}

# Warm up each variant on a few ids (JIT, connections, the runspaces' first use).
foreach ($v in $variants.Values) { & $v ($ids | Select-Object -First $ThrottleLimit) }

$results = [ordered]@{ items = $Items; throttle_limit = $ThrottleLimit; service_has_throttle = $serviceThrottle.Count -gt 0; env_has_throttle = $envThrottle.Count -gt 0 }
foreach ($name in $variants.Keys) { $results[$name] = [Collections.Generic.List[double]]::new() }
$names = @($variants.Keys)
for ($run = 0; $run -lt $Runs; $run++) {
    for ($k = 0; $k -lt $names.Count; $k++) {
        $name = $names[($run + $k) % $names.Count]
        [GC]::Collect(); [GC]::WaitForPendingFinalizers()
        $watch = [Diagnostics.Stopwatch]::StartNew()
        & $variants[$name] $ids
        $results[$name].Add($watch.Elapsed.TotalMilliseconds)
        Write-Host ("  run {0}: {1} {2:N0} ms" -f ($run + 1), $name, $watch.Elapsed.TotalMilliseconds)
    }
}

$results | ConvertTo-Json -Depth 4 | Set-Content -Path $ResultPath -Encoding utf8NoBOM
