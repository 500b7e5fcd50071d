#requires -Version 7.2
<#
.SYNOPSIS
    Measures the Coolify module side by side with what a user would otherwise write, against the local
    simulator on loopback, and writes docs/benchmarks.md.
.DESCRIPTION
    build.ps1 -Task Bench builds the module and runs this. Every figure is a ratio of the module to its
    baselines, measured in the same run on the same machine:
      1. Per-call cost: N x Get-CoolifyService -Uuid against Invoke-RestMethod and a reused HttpClient +
         System.Text.Json (JsonDocument), in one fresh pwsh after a 12 s warm-up (bench/PerCall.ps1); and
         the first 300 calls of a fresh pwsh, module against HttpClient, each in its own process
         (bench/PerCallFresh.ps1). Both also run the floor module's cmdlet (bench/Floor: the HttpClient work
         in one compiled cmdlet), the least any binary module can cost per call.
      2. Bulk actions: N ids piped to Start-CoolifyService -ThrottleLimit T with latency_ms on every
         request, against ForEach-Object -Parallel -ThrottleLimit T and a plain Invoke-RestMethod loop
         (bench/Bulk.ps1), and against the floor items x latency / throttle; N ids piped to
         Get-CoolifyService and Get-CoolifyEnvironmentVariable (with -ThrottleLimit T where they have it)
         against ForEach-Object -Parallel and the same floor (bench/PipedReads.ps1).
      3. Large lists: Get-CoolifyApplication over 10,000 seeded applications against
         Invoke-RestMethod | ForEach-Object, each measurement in its own fresh pwsh (bench/LargeList.ps1):
         time to the first object, total time, peak memory; plus HttpClient + JsonDocument.Parse for
         the moment the whole body is read and parsed.
      4. Start-up: pwsh -NoProfile -Command 'Import-Module Coolify; Connect-Coolify; Get-CoolifyService'
         against pwsh -NoProfile -Command exit and a pwsh that runs one Invoke-RestMethod, as whole processes,
         and the floor module's start (import, list), on the local tool and on a ReadyToRun copy of it
         (bench/Startup.psm1).
      5. Rate limit: 300 ids piped to Start-CoolifyService -ThrottleLimit T through a limit of 100 requests
         per 5 s (bench/RateLimited.ps1), against the floor that limit sets, with the 429s the simulator sent.
    Each figure is the median of -Runs runs after a warm-up. The simulator's rate limit is raised to
    1,000,000 requests a minute so it never delays a request, except in figure 5.
    Only the part of docs/benchmarks.md between the bench:begin and bench:end markers is rewritten; the
    notes around it are kept.
#>
[CmdletBinding()]
param(
    [string] $ModulePath = (Join-Path $PSScriptRoot '../out/Coolify/Coolify.psd1'),
    [string] $SimulatorPath = (Join-Path $PSScriptRoot '../out/simulator/Coolify.Simulator.dll'),
    [ValidateRange(1, 50)][int] $Runs = 5,
    [ValidateRange(1, 50)][int] $SequentialRuns = 3,
    [string] $MarkdownPath = (Join-Path $PSScriptRoot '../docs/benchmarks.md'),
    [int] $Calls = 1000,
    [int] $BulkItems = 200,
    [int] $BulkLatencyMs = 50,
    [int] $BulkThrottle = 16,
    [int] $ListItems = 10000,
    [int] $FreshCalls = 300,
    [int] $LimitedItems = 300,
    [int] $RateLimit = 100,
    [int] $RateWindowSeconds = 5
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$root = (Resolve-Path (Join-Path $PSScriptRoot '..')).Path
$ModulePath = (Resolve-Path $ModulePath).Path
Import-Module (Join-Path $root 'build/ChildProcess.psm1'), (Join-Path $root 'tests/CoolifyTestHost.psm1'), (Join-Path $PSScriptRoot 'Startup.psm1'), (Join-Path $PSScriptRoot 'Figures.psm1') -Force
$token = Get-SimToken Root
$floorPath = Build-FloorModule -Root $root
$work = New-Item -ItemType Directory -Force (Join-Path ([IO.Path]::GetTempPath()) "coolify-bench-$PID")
$started = [Diagnostics.Stopwatch]::StartNew()

function Invoke-BenchChild {
    param([string] $Script, [hashtable] $Arguments)
    $resultPath = Join-Path $work ("result-{0}.json" -f [guid]::NewGuid().ToString('n'))
    $argText = ($Arguments.GetEnumerator() | ForEach-Object {
            if ($_.Value -is [switch] -or $_.Value -is [bool]) { if ($_.Value) { "-$($_.Key)" } }
            else { "-$($_.Key) '$($_.Value -replace "'", "''")'" }
        }) -join ' '
    $command = "& '$(Join-Path $PSScriptRoot $Script)' -ResultPath '$resultPath' $argText"
    $code = Invoke-ChildPwsh -Command $command
    if ($code -ne 0 -or -not (Test-Path $resultPath)) { throw "$Script failed (exit code $code)." }
    Get-Content -Raw $resultPath | ConvertFrom-Json -AsHashtable
}

function Get-MachineInfo {
    $cpu = $null
    if ($IsLinux -and (Test-Path /proc/cpuinfo)) {
        $cpu = (Select-String -Path /proc/cpuinfo -Pattern '^model name\s*:\s*(.+)$' | Select-Object -First 1).Matches.Groups[1].Value
    }
    elseif ($IsMacOS) { $cpu = (sysctl -n machdep.cpu.brand_string) 2>$null }
    elseif ($IsWindows) { $cpu = (Get-CimInstance Win32_Processor | Select-Object -First 1).Name }
    $load = if ($IsLinux -and (Test-Path /proc/loadavg)) { ((Get-Content /proc/loadavg) -split ' ')[0..2] -join ' ' } else { 'n/a' }
    $commit = try { (git -C $root rev-parse --short HEAD 2>$null) + $(if (git -C $root status --porcelain -- . ':(exclude)docs' 2>$null) { ' (with uncommitted changes)' }) } catch { 'unknown' }
    $manifest = Import-PowerShellDataFile $ModulePath
    $script:cmdletCount = @($manifest.CmdletsToExport).Count
    [ordered]@{
        Cpu        = if ($cpu) { $cpu.Trim() } else { 'unknown' }
        Cores      = [Environment]::ProcessorCount
        Os         = [Runtime.InteropServices.RuntimeInformation]::OSDescription
        Dotnet     = [Runtime.InteropServices.RuntimeInformation]::FrameworkDescription
        PowerShell = $PSVersionTable.PSVersion.ToString()
        Module     = "$($manifest.ModuleVersion), $(@($manifest.CmdletsToExport).Count) cmdlets, commit $commit"
        Load       = $load
        Date       = (Get-Date).ToUniversalTime().ToString('yyyy-MM-dd HH:mm') + ' UTC'
    }
}

$sim = Start-CoolifySimulator -Path $SimulatorPath
try {
    Set-CoolifySimulator $sim @{ rate_limit = 1000000; latency_ms = 0 }
    $common = @{ ModulePath = $ModulePath; Url = $sim.Url; Token = $token }
    $machine = Get-MachineInfo

    # --- 1. Per-call cost ---------------------------------------------------------------------------
    Write-Host "1. Per-call cost: $Calls x GET /services/{uuid}, $Runs runs" -ForegroundColor Cyan
    $perCall = Invoke-BenchChild 'PerCall.ps1' ($common + @{ Runs = $Runs; Calls = $Calls; FloorPath = $floorPath })

    # --- 2. Bulk actions ----------------------------------------------------------------------------
    Write-Host "2. Bulk actions: $BulkItems starts, $BulkLatencyMs ms latency, $BulkThrottle at once" -ForegroundColor Cyan
    Set-CoolifySimulator $sim @{ latency_ms = $BulkLatencyMs }
    try {
        $bulk = Invoke-BenchChild 'Bulk.ps1' ($common + @{ Runs = $Runs; SequentialRuns = $SequentialRuns; Items = $BulkItems; ThrottleLimit = $BulkThrottle })
    }
    finally {
        Set-CoolifySimulator $sim @{ latency_ms = 0 }
    }

    Write-Host "2. Piped reads: $BulkItems ids to Get-CoolifyService and Get-CoolifyEnvironmentVariable, $BulkLatencyMs ms latency" -ForegroundColor Cyan
    Set-CoolifySimulator $sim @{ latency_ms = $BulkLatencyMs }
    try {
        $reads = Invoke-BenchChild 'PipedReads.ps1' ($common + @{ Runs = $Runs; Items = $BulkItems; ThrottleLimit = $BulkThrottle })
    }
    finally {
        Set-CoolifySimulator $sim @{ latency_ms = 0 }
        $null = Invoke-SimControl $sim 'seed' -Method POST -Body @{ applications = 0; services = 0 }
    }

    # --- 1b. Per call in a fresh process -------------------------------------------------------------
    Write-Host "1. Per call, fresh: the first $FreshCalls calls of a fresh pwsh, $Runs runs, a process per variant" -ForegroundColor Cyan
    $fresh = @{}
    $freshOrder = 'module', 'floor', 'raw'
    foreach ($variant in $freshOrder) { $fresh[$variant] = [Collections.Generic.List[double]]::new() }
    for ($run = 0; $run -lt $Runs; $run++) {
        for ($k = 0; $k -lt 3; $k++) {
            $variant = $freshOrder[($run + $k) % 3]
            $r = Invoke-BenchChild 'PerCallFresh.ps1' ($common + @{ Variant = $variant; Calls = $FreshCalls; FloorPath = $floorPath })
            $fresh[$variant].Add([double]$r.ms)
        }
        Write-Host ("  run {0}: module {1}, floor cmdlet {2}, HttpClient {3}" -f ($run + 1), (Format-Ms $fresh.module[-1]), (Format-Ms $fresh.floor[-1]), (Format-Ms $fresh.raw[-1]))
    }

    # --- 5. Through the rate limit -----------------------------------------------------------------
    Write-Host "5. Rate limit: $LimitedItems starts through $RateLimit requests per $RateWindowSeconds s" -ForegroundColor Cyan
    Set-CoolifySimulator $sim @{ rate_limit = $RateLimit; rate_limit_window_seconds = $RateWindowSeconds }
    try {
        $limited = Invoke-BenchChild 'RateLimited.ps1' ($common + @{ Runs = [Math]::Min($Runs, 3); Items = $LimitedItems; ThrottleLimit = $BulkThrottle; WindowSeconds = $RateWindowSeconds })
    }
    finally {
        Set-CoolifySimulator $sim @{ rate_limit = 1000000; rate_limit_window_seconds = 60 }
        $null = Invoke-SimControl $sim 'stats' -Method DELETE
        $null = Invoke-SimControl $sim 'seed' -Method POST -Body @{ applications = 0; services = 0 }
    }

    # --- 3. Large lists -----------------------------------------------------------------------------
    Write-Host "3. Large lists: GET /applications with $ListItems seeded applications, a fresh pwsh per measurement" -ForegroundColor Cyan
    $seeded = Invoke-SimControl $sim 'seed' -Method POST -Body @{ applications = $ListItems; services = 0 }
    $listTotal = [int]$seeded.applications + 4  # and the four hand-made ones
    $list = @{ module = [Collections.Generic.List[object]]::new(); irm = [Collections.Generic.List[object]]::new(); raw = [Collections.Generic.List[object]]::new() }
    $order = 'module', 'irm', 'raw'
    for ($run = 0; $run -lt $Runs; $run++) {
        for ($k = 0; $k -lt 3; $k++) {
            $variant = $order[($run + $k) % 3]
            $r = Invoke-BenchChild 'LargeList.ps1' ($common + @{ Variant = $variant; Expected = $listTotal; WithProfile = ($variant -eq 'module') })
            $list[$variant].Add($r)
            $detail = if ($variant -eq 'raw') { "body read {0}, parsed {1}" -f (Format-Ms $r.body_ms), (Format-Ms $r.parsed_ms) } else { "first object {0}, total {1}" -f (Format-Ms $r.first_ms), (Format-Ms $r.total_ms) }
            Write-Host ("  run {0}: {1,-6} {2}, peak +{3}" -f ($run + 1), $variant, $detail, (Format-MB $r.peak_ws))
        }
    }
    $null = Invoke-SimControl $sim 'seed' -Method POST -Body @{ applications = 0; services = 0 }

    # --- 4. Start-up --------------------------------------------------------------------------------
    Write-Host "4. Start-up: whole pwsh processes, $Runs runs each after one warm-up, on the local tool and a ReadyToRun copy of it" -ForegroundColor Cyan
    $startup = Measure-Startup -Simulator $sim -Token $token -ModulePath $ModulePath -FloorPath $floorPath -Root $root -Work $work -Runs $Runs
}
finally {
    Stop-CoolifySimulator $sim
}

# --- Figures, ratios and targets ------------------------------------------------------------------------
$m = @{
    callModule = (Get-Median $perCall.module) / $Calls
    callIrm    = (Get-Median $perCall.irm) / $Calls
    callRaw    = (Get-Median $perCall.raw) / $Calls
    callFloor  = (Get-Median $perCall.floor) / $Calls
    bulkModule = Get-Median $bulk.module
    bulkPar    = Get-Median $bulk.parallel
    bulkSeq    = Get-Median $bulk.sequential
    bulkFloor  = [double]$BulkItems * $BulkLatencyMs / $BulkThrottle
    readSvc    = Get-Median $reads.service
    readSvcPar = Get-Median $reads.serviceParallel
    readEnv    = Get-Median $reads.env
    readEnvPar = Get-Median $reads.envParallel
    freshModule = (Get-Median $fresh.module) / $FreshCalls
    freshRaw   = (Get-Median $fresh.raw) / $FreshCalls
    freshFloor = (Get-Median $fresh.floor) / $FreshCalls
    limited    = Get-Median $limited.ms
    limitFloor = [double]([Math]::Ceiling($LimitedItems / $RateLimit) - 1) * $RateWindowSeconds * 1000
    listFirst  = Get-Median (Get-FieldValue $list.module 'first_ms')
    listTotal  = Get-Median (Get-FieldValue $list.module 'total_ms')
    listPeak   = Get-Median (Get-FieldValue $list.module 'peak_ws')
    irmFirst   = Get-Median (Get-FieldValue $list.irm 'first_ms')
    irmTotal   = Get-Median (Get-FieldValue $list.irm 'total_ms')
    irmPeak    = Get-Median (Get-FieldValue $list.irm 'peak_ws')
    rawBody    = Get-Median (Get-FieldValue $list.raw 'body_ms')
    rawParsed  = Get-Median (Get-FieldValue $list.raw 'parsed_ms')
    rawPeak    = Get-Median (Get-FieldValue $list.raw 'peak_ws')
    bodyBytes  = [double]($list.raw[0].bytes)
    startBare  = Get-Median $startup.tool.bare
    startMod   = Get-Median $startup.tool.module
    startIrm   = Get-Median $startup.tool.irm
    startFloor = Get-Median $startup.tool.floor
    r2rBare    = if ($startup.Contains('r2r')) { Get-Median $startup.r2r.bare } else { [double]::NaN }
    r2rMod     = if ($startup.Contains('r2r')) { Get-Median $startup.r2r.module } else { [double]::NaN }
    r2rIrm     = if ($startup.Contains('r2r')) { Get-Median $startup.r2r.irm } else { [double]::NaN }
    r2rFloor   = if ($startup.Contains('r2r')) { Get-Median $startup.r2r.floor } else { [double]::NaN }
}

function Get-ThrottleNote([bool] $HasThrottle) {
    if ($HasThrottle) { " -ThrottleLimit $BulkThrottle" } else { ' (no -ThrottleLimit: one at a time)' }
}

# One row per comparison: ratio = module / baseline, lower is better; Target is the most it may be (NaN: none);
# Floor, where measured, is what the floor module (bench/Floor) scores against the same baseline.
$floorCmdlet = 'the floor cmdlet (bench/Floor: that HttpClient work in one compiled cmdlet)'
$rows = @(
    [pscustomobject]@{ Group = '1. Per call'; Label = 'warm (after 12 s) vs raw HttpClient + System.Text.Json'; Module = Format-Ms $m.callModule; Baseline = Format-Ms $m.callRaw; Ratio = $m.callModule / $m.callRaw; Target = 1.3; TargetText = '≤ 1.3x'; Floor = $m.callFloor / $m.callRaw }
    [pscustomobject]@{ Group = '1. Per call'; Label = "warm: $floorCmdlet vs raw HttpClient + System.Text.Json"; Module = Format-Ms $m.callFloor; Baseline = Format-Ms $m.callRaw; Ratio = $m.callFloor / $m.callRaw; Target = [double]::NaN; TargetText = '—' }
    [pscustomobject]@{ Group = '1. Per call'; Label = 'warm: module vs the floor cmdlet'; Module = Format-Ms $m.callModule; Baseline = Format-Ms $m.callFloor; Ratio = $m.callModule / $m.callFloor; Target = [double]::NaN; TargetText = '—' }
    [pscustomobject]@{ Group = '1. Per call'; Label = "fresh process, first $FreshCalls calls, vs raw HttpClient + System.Text.Json"; Module = Format-Ms $m.freshModule; Baseline = Format-Ms $m.freshRaw; Ratio = $m.freshModule / $m.freshRaw; Target = 1.5; TargetText = '≤ 1.5x'; Floor = $m.freshFloor / $m.freshRaw }
    [pscustomobject]@{ Group = '1. Per call'; Label = 'fresh: the floor cmdlet vs raw HttpClient + System.Text.Json'; Module = Format-Ms $m.freshFloor; Baseline = Format-Ms $m.freshRaw; Ratio = $m.freshFloor / $m.freshRaw; Target = [double]::NaN; TargetText = '—' }
    [pscustomobject]@{ Group = '1. Per call'; Label = 'fresh: module vs the floor cmdlet'; Module = Format-Ms $m.freshModule; Baseline = Format-Ms $m.freshFloor; Ratio = $m.freshModule / $m.freshFloor; Target = [double]::NaN; TargetText = '—' }
    [pscustomobject]@{ Group = '1. Per call'; Label = 'vs Invoke-RestMethod'; Module = Format-Ms $m.callModule; Baseline = Format-Ms $m.callIrm; Ratio = $m.callModule / $m.callIrm; Target = 1 / 3; TargetText = '≤ 0.33x (3x faster)' }
    [pscustomobject]@{ Group = '2. Bulk'; Label = 'vs the floor (items × latency / throttle)'; Module = Format-Ms $m.bulkModule; Baseline = Format-Ms $m.bulkFloor; Ratio = $m.bulkModule / $m.bulkFloor; Target = 1.3; TargetText = '≤ 1.3x' }
    [pscustomobject]@{ Group = '2. Bulk'; Label = "vs ForEach-Object -Parallel -ThrottleLimit $BulkThrottle"; Module = Format-Ms $m.bulkModule; Baseline = Format-Ms $m.bulkPar; Ratio = $m.bulkModule / $m.bulkPar; Target = 1.0; TargetText = '< 1x (faster)' }
    [pscustomobject]@{ Group = '2. Bulk'; Label = 'vs Invoke-RestMethod in a loop'; Module = Format-Ms $m.bulkModule; Baseline = Format-Ms $m.bulkSeq; Ratio = $m.bulkModule / $m.bulkSeq; Target = [double]::NaN; TargetText = '—' }
    [pscustomobject]@{ Group = '2. Bulk'; Label = "piped Get-CoolifyService$(Get-ThrottleNote $reads.service_has_throttle) vs the floor"; Module = Format-Ms $m.readSvc; Baseline = Format-Ms $m.bulkFloor; Ratio = $m.readSvc / $m.bulkFloor; Target = 1.3; TargetText = '≤ 1.3x' }
    [pscustomobject]@{ Group = '2. Bulk'; Label = "piped Get-CoolifyService$(Get-ThrottleNote $reads.service_has_throttle) vs ForEach-Object -Parallel -ThrottleLimit $BulkThrottle"; Module = Format-Ms $m.readSvc; Baseline = Format-Ms $m.readSvcPar; Ratio = $m.readSvc / $m.readSvcPar; Target = 1.0; TargetText = '< 1x (faster)' }
    [pscustomobject]@{ Group = '2. Bulk'; Label = "piped Get-CoolifyEnvironmentVariable$(Get-ThrottleNote $reads.env_has_throttle) vs the floor"; Module = Format-Ms $m.readEnv; Baseline = Format-Ms $m.bulkFloor; Ratio = $m.readEnv / $m.bulkFloor; Target = 1.3; TargetText = '≤ 1.3x' }
    [pscustomobject]@{ Group = '2. Bulk'; Label = "piped Get-CoolifyEnvironmentVariable$(Get-ThrottleNote $reads.env_has_throttle) vs ForEach-Object -Parallel -ThrottleLimit $BulkThrottle"; Module = Format-Ms $m.readEnv; Baseline = Format-Ms $m.readEnvPar; Ratio = $m.readEnv / $m.readEnvPar; Target = 1.0; TargetText = '< 1x (faster)' }
    [pscustomobject]@{ Group = '3. Large list'; Label = 'first object vs whole body read and parsed (HttpClient + JsonDocument)'; Module = Format-Ms $m.listFirst; Baseline = Format-Ms $m.rawParsed; Ratio = $m.listFirst / $m.rawParsed; Target = 1.0; TargetText = '< 1x (before the body is parsed)' }
    [pscustomobject]@{ Group = '3. Large list'; Label = 'first object vs Invoke-RestMethod | ForEach-Object'; Module = Format-Ms $m.listFirst; Baseline = Format-Ms $m.irmFirst; Ratio = $m.listFirst / $m.irmFirst; Target = [double]::NaN; TargetText = '—' }
    [pscustomobject]@{ Group = '3. Large list'; Label = 'total vs Invoke-RestMethod | ForEach-Object'; Module = Format-Ms $m.listTotal; Baseline = Format-Ms $m.irmTotal; Ratio = $m.listTotal / $m.irmTotal; Target = 1.0; TargetText = '≤ 1x' }
    [pscustomobject]@{ Group = '3. Large list'; Label = 'peak memory vs body size'; Module = Format-MB $m.listPeak; Baseline = Format-MB $m.bodyBytes; Ratio = $m.listPeak / $m.bodyBytes; Target = 2.0; TargetText = '≤ 2x' }
    [pscustomobject]@{ Group = '3. Large list'; Label = 'peak memory vs Invoke-RestMethod | ForEach-Object'; Module = Format-MB $m.listPeak; Baseline = Format-MB $m.irmPeak; Ratio = $m.listPeak / $m.irmPeak; Target = [double]::NaN; TargetText = '—' }
    [pscustomobject]@{ Group = '4. Start-up'; Label = 'import, connect, list vs bare pwsh -NoProfile'; Module = Format-Ms $m.startMod; Baseline = Format-Ms $m.startBare; Ratio = $m.startMod / $m.startBare; Target = 1.25; TargetText = '≤ 1.25x'; Floor = $m.startFloor / $m.startBare }
    [pscustomobject]@{ Group = '4. Start-up'; Label = 'the floor module (bench/Floor: import, list) vs bare pwsh -NoProfile'; Module = Format-Ms $m.startFloor; Baseline = Format-Ms $m.startBare; Ratio = $m.startFloor / $m.startBare; Target = [double]::NaN; TargetText = '—' }
    [pscustomobject]@{ Group = '4. Start-up'; Label = 'import, connect, list vs the floor module'; Module = Format-Ms $m.startMod; Baseline = Format-Ms $m.startFloor; Ratio = $m.startMod / $m.startFloor; Target = [double]::NaN; TargetText = '—' }
    [pscustomobject]@{ Group = '4. Start-up'; Label = 'import, connect, list vs pwsh -NoProfile with one Invoke-RestMethod'; Module = Format-Ms $m.startMod; Baseline = Format-Ms $m.startIrm; Ratio = $m.startMod / $m.startIrm; Target = [double]::NaN; TargetText = '—' }
    [pscustomobject]@{ Group = '4. Start-up'; Label = 'one Invoke-RestMethod vs bare pwsh -NoProfile (what any first request costs)'; Module = Format-Ms $m.startIrm; Baseline = Format-Ms $m.startBare; Ratio = $m.startIrm / $m.startBare; Target = [double]::NaN; TargetText = '—' }
    [pscustomobject]@{ Group = '4. Start-up'; Label = 'ReadyToRun pwsh: import, connect, list vs bare pwsh -NoProfile'; Module = Format-Ms $m.r2rMod; Baseline = Format-Ms $m.r2rBare; Ratio = $m.r2rMod / $m.r2rBare; Target = [double]::NaN; TargetText = '—' }
    [pscustomobject]@{ Group = '4. Start-up'; Label = 'ReadyToRun pwsh: the floor module vs bare pwsh -NoProfile'; Module = Format-Ms $m.r2rFloor; Baseline = Format-Ms $m.r2rBare; Ratio = $m.r2rFloor / $m.r2rBare; Target = [double]::NaN; TargetText = '—' }
    [pscustomobject]@{ Group = '4. Start-up'; Label = 'ReadyToRun pwsh: import, connect, list vs the floor module'; Module = Format-Ms $m.r2rMod; Baseline = Format-Ms $m.r2rFloor; Ratio = $m.r2rMod / $m.r2rFloor; Target = [double]::NaN; TargetText = '—' }
    [pscustomobject]@{ Group = '4. Start-up'; Label = 'ReadyToRun pwsh: one Invoke-RestMethod vs bare pwsh -NoProfile'; Module = Format-Ms $m.r2rIrm; Baseline = Format-Ms $m.r2rBare; Ratio = $m.r2rIrm / $m.r2rBare; Target = [double]::NaN; TargetText = '—' }
    [pscustomobject]@{ Group = '5. Rate limit'; Label = "$LimitedItems piped starts through $RateLimit requests per $RateWindowSeconds s vs that limit's floor ($(@($limited.failed | Where-Object { $_ -gt 0 }).Count) runs with a failed item; 429s per run: $($limited.rate_limited -join ', '))"; Module = Format-Ms $m.limited; Baseline = Format-Ms $m.limitFloor; Ratio = $m.limited / $m.limitFloor; Target = 1.15; TargetText = '≤ 1.15x, no failed item' }
)

function Get-Verdict($row) {
    if ([double]::IsNaN($row.Target)) { return 'for information' }
    if ($row.Group -eq '5. Rate limit' -and @($limited.failed | Where-Object { $_ -gt 0 }).Count -gt 0) { return '**missed**: items failed' }
    if ($row.Ratio -le $row.Target -and -not ($row.Target -eq 1.0 -and $row.TargetText -like '<*' -and $row.Ratio -ge 1.0)) { return '**met**' }
    if ($row.Target -lt 1 -and $row.TargetText -like '*faster*') {
        return "**missed**: {0:0.0}x faster, not {1:0}x" -f (1 / $row.Ratio), (1 / $row.Target)
    }
    $over = ($row.Ratio / $row.Target - 1) * 100
    $verdict = if ($over -lt 10) { "**missed** by {0:0.0}%" -f $over } else { "**missed** by {0:0}% ({1:0.0}x the target)" -f $over, ($row.Ratio / $row.Target) }
    $floor = $row.PSObject.Properties['Floor']
    if ($floor -and $floor.Value -gt $row.Target) { $verdict += "; the floor module itself is at {0}, so the target is out of any binary module's reach" -f (Format-Ratio $floor.Value) }
    $verdict
}

# --- docs/benchmarks.md -------------------------------------------------------------------------------------
$md = [Text.StringBuilder]::new()
$line = { param($text) $null = $md.AppendLine($text) }
& $line '<!-- bench:begin — written by build.ps1 -Task Bench (bench/Invoke-Benchmark.ps1); edit outside these markers -->'
& $line ''
& $line "Measured $($machine.Date) on $($machine.Cpu), $($machine.Cores) cores, $($machine.Os); $($machine.Dotnet), PowerShell $($machine.PowerShell); module $($machine.Module). Load average at the start: $($machine.Load)."
& $line "Every figure is the median of $Runs runs after a warm-up ($SequentialRuns for the plain Invoke-RestMethod loop, $([Math]::Min($Runs, 3)) for the rate-limited run; no warm-up for the fresh-process per-call figure), against the simulator on 127.0.0.1 with its rate limit raised to 1,000,000 requests a minute (figure 5: $RateLimit per $RateWindowSeconds s)."
& $line ''
& $line '| Figure | Compared with | Module | Baseline | Module / baseline | Target | Result |'
& $line '|---|---|---:|---:|---:|---|---|'
foreach ($row in $rows) {
    & $line ("| {0} | {1} | {2} | {3} | {4} | {5} | {6} |" -f $row.Group, ($row.Label -replace '\|', '\|'), $row.Module, $row.Baseline, (Format-Ratio $row.Ratio), $row.TargetText, (Get-Verdict $row))
}
& $line ''
& $line '### Details (medians; the range is the fastest and slowest run)'
& $line ''
& $line "**1. Per-call cost**: $Calls × ``GET /services/{uuid}`` one after the other in one fresh pwsh, no added latency."
& $line ''
& $line '| Variant | Per call | All calls | Range |'
& $line '|---|---:|---:|---:|'
foreach ($v in @(@('`Get-CoolifyService -Uuid $id`', 'module'), @('`Get-FloorService $id` (the floor module, bench/Floor)', 'floor'), @('`Invoke-RestMethod -Uri $uri -Headers $h`', 'irm'), @('reused `HttpClient`: `GetByteArrayAsync`, `JsonDocument.Parse`', 'raw'))) {
    & $line ("| {0} | {1} | {2} | {3} ms |" -f $v[0], (Format-Ms ((Get-Median $perCall[$v[1]]) / $Calls)), (Format-Ms (Get-Median $perCall[$v[1]])), (Get-Spread $perCall[$v[1]]))
}
& $line ''
$fastModule = ($perCall.module | Measure-Object -Minimum).Minimum; $fastRaw = ($perCall.raw | Measure-Object -Minimum).Minimum; $fastIrm = ($perCall.irm | Measure-Object -Minimum).Minimum
& $line ("The fastest run of each: module {0}, ``Invoke-RestMethod`` {1}, ``HttpClient`` {2} per call; module / ``HttpClient`` {3}, module / ``Invoke-RestMethod`` {4}. Every variant warmed up for 12 s first (taking turns), as .NET's tiered JIT takes about 10 s of calls to settle." -f (Format-Ms ($fastModule / $Calls)), (Format-Ms ($fastIrm / $Calls)), (Format-Ms ($fastRaw / $Calls)), (Format-Ratio ($fastModule / $fastRaw)), (Format-Ratio ($fastModule / $fastIrm)))
& $line ''
& $line ("In a fresh process, the first $FreshCalls calls (each variant in its own pwsh, timed after its set-up and one request: Import-Module and Connect-Coolify, whose version check is that request; Import-Module of the floor module and one call; a new HttpClient and one request; $Runs runs): module {0} per call ({1} ms for all), floor cmdlet {2} ({3} ms), HttpClient {4} ({5} ms); the JIT has not reached its final code yet, for any." -f (Format-Ms $m.freshModule), (Get-Spread $fresh.module), (Format-Ms $m.freshFloor), (Get-Spread $fresh.floor), (Format-Ms $m.freshRaw), (Get-Spread $fresh.raw))
& $line ''
& $line "**2. Bulk actions**: $BulkItems ids, ``POST /services/{uuid}/start``, $BulkLatencyMs ms added by the simulator to every request (``latency_ms``), $BulkThrottle in flight. Before each run the simulator seeds the $BulkItems services afresh as exited (``POST /_sim/seed``), so every start succeeds; all variants send the same requests. Floor: $BulkItems × $BulkLatencyMs ms / $BulkThrottle = $(Format-Ms $m.bulkFloor)."
& $line ''
& $line '| Variant | Time | Range |'
& $line '|---|---:|---:|'
& $line ("| {0} | {1} | {2} ms |" -f "```$ids \| Start-CoolifyService -ThrottleLimit $BulkThrottle``", (Format-Ms $m.bulkModule), (Get-Spread $bulk.module))
& $line ("| {0} | {1} | {2} ms |" -f "```$ids \| ForEach-Object -Parallel { Invoke-RestMethod … } -ThrottleLimit $BulkThrottle``", (Format-Ms $m.bulkPar), (Get-Spread $bulk.parallel))
& $line ("| {0} ({1} runs) | {2} | {3} ms |" -f "``foreach (`$id in `$ids) { Invoke-RestMethod … }``", $SequentialRuns, (Format-Ms $m.bulkSeq), (Get-Spread $bulk.sequential))
& $line 
& $line "Piped reads, the same $BulkItems seeded ids and $BulkLatencyMs ms latency: ``GET /services/{uuid}`` and ``GET /services/{uuid}/envs``, against the same floor. A cmdlet without a -ThrottleLimit parameter sends one request at a time, so its floor is really $BulkItems × $BulkLatencyMs ms = $(Format-Ms ($BulkItems * $BulkLatencyMs))."
& $line ''
& $line '| Variant | Time | Range |'
& $line '|---|---:|---:|'
& $line ("| {0} | {1} | {2} ms |" -f "```$ids \| Get-CoolifyService$(Get-ThrottleNote $reads.service_has_throttle)``", (Format-Ms $m.readSvc), (Get-Spread $reads.service))
& $line ("| {0} | {1} | {2} ms |" -f "```$ids \| ForEach-Object -Parallel { Invoke-RestMethod …/services/`$_ } -ThrottleLimit $BulkThrottle``", (Format-Ms $m.readSvcPar), (Get-Spread $reads.serviceParallel))
& $line ("| {0} | {1} | {2} ms |" -f "```$owners \| Get-CoolifyEnvironmentVariable$(Get-ThrottleNote $reads.env_has_throttle)``", (Format-Ms $m.readEnv), (Get-Spread $reads.env))
& $line ("| {0} | {1} | {2} ms |" -f "```$ids \| ForEach-Object -Parallel { Invoke-RestMethod …/services/`$_/envs } -ThrottleLimit $BulkThrottle``", (Format-Ms $m.readEnvPar), (Get-Spread $reads.envParallel))
& $line ''
& $line ("**3. Large lists**: ``GET /applications`` answering {0:N0} applications in {1} of JSON; each measurement in its own fresh pwsh, after a warm-up on a small list. Peak memory is the growth of the process's peak resident set over its resting size (Linux: the peak is reset through ``/proc/self/clear_refs`` first)." -f $listTotal, (Format-MB $m.bodyBytes))
& $line ''
& $line '| Variant | First object | Total | Peak memory (+) | Managed heap peak (+) | Allocated |'
& $line '|---|---:|---:|---:|---:|---:|'
foreach ($v in @(@('`Get-CoolifyApplication`', 'module'), @('`Invoke-RestMethod \| ForEach-Object { $_ }`', 'irm'))) {
    $items = $list[$v[1]]
    & $line ("| {0} | {1} ({2} ms) | {3} ({4} ms) | {5} | {6} | {7} |" -f $v[0], (Format-Ms (Get-Median (Get-FieldValue $items 'first_ms'))), (Get-Spread (Get-FieldValue $items 'first_ms')),
        (Format-Ms (Get-Median (Get-FieldValue $items 'total_ms'))), (Get-Spread (Get-FieldValue $items 'total_ms')), (Format-MB (Get-Median (Get-FieldValue $items 'peak_ws'))),
        (Format-MB (Get-Median (Get-FieldValue $items 'managed_peak'))), (Format-MB (Get-Median (Get-FieldValue $items 'allocated'))))
}
& $line ("| reused ``HttpClient``: body read, then ``JsonDocument.Parse`` | body read {0}, parsed {1} ({2} ms) | — | {3} | {4} | {5} |" -f (Format-Ms $m.rawBody), (Format-Ms $m.rawParsed), (Get-Spread (Get-FieldValue $list.raw 'parsed_ms')),
    (Format-MB $m.rawPeak), (Format-MB (Get-Median (Get-FieldValue $list.raw 'managed_peak'))), (Format-MB (Get-Median (Get-FieldValue $list.raw 'allocated'))))
$profHttp = Get-Median (Get-FieldValue $list.module 'profile_http_ms')
$profFirst = Get-Median (Get-FieldValue $list.module 'profile_first_ms')
$profTotal = Get-Median (Get-FieldValue $list.module 'profile_total_ms')
& $line ''
& $line ("Profile of ``Get-CoolifyApplication`` (a second call with -Verbose in the same processes): the HTTP request until the body is in memory {0}; first object at {1}, so {2} between the body read and the first object; last object at {3}." -f (Format-Ms $profHttp), (Format-Ms $profFirst), (Format-Ms ($profFirst - $profHttp)), (Format-Ms $profTotal))
& $line ''
$phases = $startup.Phases
$steps = $startup.Steps
& $line "**4. Start-up**: whole processes, ``pwsh -NoProfile -Command '$($startup.UserCommand)'`` (the module found through PSModulePath, ``COOLIFY_URL``/``COOLIFY_TOKEN`` set) against ``pwsh -NoProfile -Command exit``, alternately, after one warm-up of each. Two builds of the same PowerShell: the repository's local tool (``dotnet pwsh.dll``, the NuGet tool package, whose assemblies are IL only, so a start compiles every PowerShell method it runs), and a copy of it whose assemblies are ReadyToRun images made here (``build/ReadyToRun.csproj``), as PowerShell's installer packages ship them. Both read a module-analysis cache written beforehand (``PSModuleAnalysisCachePath``), as on any machine where pwsh has run for a while."
& $line ''
& $line '| pwsh | Command | Time | Range |'
& $line '|---|---|---:|---:|'
foreach ($kind in $startup.Kinds) {
    $label = if ($kind -eq 'tool') { 'local tool (IL)' } else { 'ReadyToRun copy' }
    $t = $startup[$kind]
    & $line ("| {0} | ``exit`` | {1} | {2} ms |" -f $label, (Format-Ms (Get-Median $t.bare)), (Get-Spread $t.bare))
    & $line ("| {0} | ``{1}`` | {2} | {3} ms |" -f $label, $startup.UserCommand, (Format-Ms (Get-Median $t.module)), (Get-Spread $t.module))
    & $line ("| {0} | ``{1}`` (the floor module) | {2} | {3} ms |" -f $label, $startup.FloorCommand, (Format-Ms (Get-Median $t.floor)), (Get-Spread $t.floor))
    & $line ("| {0} | {1} | {2} | {3} ms |" -f $label, ("``$($startup.IrmCommand)``" -replace '\|', '\|'), (Format-Ms (Get-Median $t.irm)), (Get-Spread $t.irm))
}
& $line ''
& $line ("Where the start-up goes on the local tool (median of {0} runs of each command with time stamps between its steps): pwsh up to the first statement {1} (bare: {2}); ``Import-Module Coolify`` {3} ({4} cmdlets); ``Connect-Coolify`` {5}; ``Get-CoolifyService`` with its table {6}; from the last statement to the end of the process {7} (bare: {8})." -f $startup.ProfileRuns,
    (Format-Ms (Get-Median $phases.launch)), (Format-Ms (Get-Median $phases.bareLaunch)), (Format-Ms (Get-Median $phases.import)), $cmdletCount, (Format-Ms (Get-Median $phases.connect)), (Format-Ms (Get-Median $phases.get)), (Format-Ms (Get-Median $phases.exit)), (Format-Ms (Get-Median $phases.bareExit)))
& $line ''
& $line ("The import taken apart, each step timed inside a fresh pwsh (median of {0}): ``Import-Module`` of the manifest {1}; of the manifest without its two format files {2}; of ``Coolify.dll`` alone (the {3} cmdlets, no manifest, no formats) {4}. For comparison, the first ``Invoke-RestMethod`` of a fresh pwsh (its HTTP stack's first use) takes {5}." -f $Runs,
    (Format-Ms (Get-Median $steps.import)), (Format-Ms (Get-Median $steps['import-nofmt'])), $cmdletCount, (Format-Ms (Get-Median $steps['import-dll'])), (Format-Ms (Get-Median $steps.irm)))
& $line ''
& $line ("**5. Rate limit**: {0} ids piped to ``Start-CoolifyService -ThrottleLimit {1}``, no added latency, while the simulator allows {2} requests per {3} s as Laravel counts them (a fixed window from the first request; ``X-RateLimit-Remaining`` on every answer). Each run connects anew, waits one window, then starts all {0}: the floor is the start of the last window the items need, ({4} − 1) × {3} s = {5}. Runs: {6} ms; 429 answers per run: {7}; failed items per run: {8}." -f $LimitedItems, $BulkThrottle, $RateLimit, $RateWindowSeconds, [Math]::Ceiling($LimitedItems / $RateLimit), (Format-Ms $m.limitFloor), (($limited.ms | ForEach-Object { $_.ToString('N0') }) -join ', '), ($limited.rate_limited -join ', '), ($limited.failed -join ', '))
& $line ''
& $line ("The machine has {0} cores shared with other work while this ran, so single runs vary (see the ranges); the ratios compare runs taken side by side, interleaved. The whole benchmark took {1}." -f $machine.Cores, (Format-Ms $started.Elapsed.TotalMilliseconds))
& $line ''
& $line '<!-- bench:end -->'
$generated = $md.ToString()

$MarkdownPath = [IO.Path]::GetFullPath($MarkdownPath)
$existing = if (Test-Path $MarkdownPath) { Get-Content -Raw $MarkdownPath } else { $null }
if ($existing -and $existing -match '(?s)^(.*?)<!-- bench:begin.*?<!-- bench:end -->\r?\n?(.*)$') {
    $document = $Matches[1] + $generated + $Matches[2]
}
else {
    $document = "# Benchmarks`n`n``dotnet pwsh ./build.ps1 -Task Bench`` measures the module against the alternatives a user has, on this machine, and rewrites the part of this page between the markers.`n`n" + $generated
}
Set-Content -Path $MarkdownPath -Value $document.TrimEnd() -Encoding utf8NoBOM

# --- The table on the console -----------------------------------------------------------------------------
Write-Host ''
$rows | ForEach-Object {
    [pscustomobject]@{ Figure = $_.Group; 'Compared with' = $_.Label; Module = $_.Module; Baseline = $_.Baseline; Ratio = Format-Ratio $_.Ratio; Target = $_.TargetText; Result = (Get-Verdict $_) -replace '\*', '' }
} | Format-Table -Wrap | Out-String -Width 200 | Write-Host
Write-Host "Wrote $MarkdownPath in $(Format-Ms $started.Elapsed.TotalMilliseconds)."
Remove-Item $work -Recurse -Force -ErrorAction SilentlyContinue
