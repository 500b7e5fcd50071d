<#
.SYNOPSIS
    Figure 5, a run through the rate limit: N service ids piped to Start-CoolifyService -ThrottleLimit T while the
    simulator allows L requests per W seconds (Laravel's fixed window, as Coolify's throttle; set by
    Invoke-Benchmark.ps1), with no added latency. Each run seeds the N services afresh as exited, zeroes the
    simulator's counters and windows, connects anew (so the connection learns the window from nothing) and
    waits one window so the run begins with a full budget; then it times the run and reads how many requests
    the simulator answered 429. Runs in a fresh pwsh; writes ms, 429s and failed items per run as JSON to -ResultPath.
#>
param(
    [Parameter(Mandatory)][string] $ModulePath,
    [Parameter(Mandatory)][string] $Url,
    [Parameter(Mandatory)][string] $Token,
    [Parameter(Mandatory)][string] $ResultPath,
    [int] $Runs = 3,
    [int] $Items = 300,
    [int] $ThrottleLimit = 16,
    [int] $WindowSeconds = 5
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

Import-Module $ModulePath
$secure = ConvertTo-SecureString $Token -AsPlainText -Force
$ids = 1..$Items | ForEach-Object { 'bsvc' + "$_".PadLeft(20, '0') }
$results = [ordered]@{ items = $Items; ms = [Collections.Generic.List[double]]::new(); rate_limited = [Collections.Generic.List[int]]::new(); failed = [Collections.Generic.List[int]]::new() }
for ($run = 0; $run -lt $Runs; $run++) {
    $seeded = Invoke-RestMethod -Method Post -Uri "$Url/_sim/seed" -ContentType 'application/json' -Body (@{ services = $Items; service_status = 'exited' } | ConvertTo-Json)
    if ($seeded.services -ne $Items) { throw "The simulator seeded $($seeded.services) services, not $Items." }
    $null = Invoke-RestMethod -Method Delete -Uri "$Url/_sim/stats"
    Connect-Coolify -Url $Url -Token $secure
    # Connect-Coolify's version check opened a window; the run starts in a fresh one.
    Start-Sleep -Milliseconds ($WindowSeconds * 1000 + 200)
    [GC]::Collect(); [GC]::WaitForPendingFinalizers()
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $out = @($ids | Start-CoolifyService -ThrottleLimit $ThrottleLimit -Confirm:$false -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
    $ms = $watch.Elapsed.TotalMilliseconds
    $stats = Invoke-RestMethod -Uri "$Url/_sim/stats"
    $results.ms.Add($ms)
    $results.rate_limited.Add([int]$stats.rate_limited)
    $results.failed.Add($Items - $out.Count)
    Write-Host ("  run {0}: {1:N0} ms, {2} of {3} started, {4} answered 429" -f ($run + 1), $ms, $out.Count, $Items, $stats.rate_limited)
}

$results | ConvertTo-Json -Depth 4 | Set-Content -Path $ResultPath -Encoding utf8NoBOM
