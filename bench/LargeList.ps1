<#
.SYNOPSIS
    Figure 3, large lists: one measurement of GET /applications (10,000 seeded applications) in this
    fresh pwsh, for one -Variant:
      module  Get-CoolifyApplication | <consumer>
      irm     Invoke-RestMethod | ForEach-Object { $_ } | <consumer>
      raw     reused HttpClient: the body as bytes, then JsonDocument.Parse (when the whole body is parsed)
    The consumer notes the Stopwatch at its first input and counts items, dropping each one. Memory:
    after a warm-up on a small list (same code path) and a full GC, the peak resident set is reset
    (Linux: /proc/self/clear_refs 5) and read after the measurement, so peak_ws is the growth over the
    resting process; where the peak cannot be reset it is the peak minus the resting working set
    (reset = false in the result). managed_peak samples GC.GetTotalMemory every 250 items; allocated
    is GC.GetTotalAllocatedBytes. Writes one JSON object to -ResultPath.
#>
param(
    [Parameter(Mandatory)][ValidateSet('module', 'irm', 'raw')][string] $Variant,
    [Parameter(Mandatory)][string] $ModulePath,
    [Parameter(Mandatory)][string] $Url,
    [Parameter(Mandatory)][string] $Token,
    [Parameter(Mandatory)][string] $ResultPath,
    [int] $Expected = 10000,
    [switch] $WithProfile
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$uri = "$Url/api/v1/applications"
$headers = @{ Authorization = "Bearer $Token"; Accept = 'application/json' }
$self = [Diagnostics.Process]::GetCurrentProcess()
$state = @{ first = $null; count = 0; managed = 0L; watch = $null }

# Dot-sourced, so $state is this script's; records the first item's time and samples the managed heap.
$consumer = {
    process {
        if ($null -eq $state.first) { $state.first = $state.watch.Elapsed.TotalMilliseconds; $state.managed = [GC]::GetTotalMemory($false) }
        if ((++$state.count % 250) -eq 0) { $m = [GC]::GetTotalMemory($false); if ($m -gt $state.managed) { $state.managed = $m } }
    }
}

switch ($Variant) {
    'module' {
        Import-Module $ModulePath
        Connect-Coolify -Url $Url -Token (ConvertTo-SecureString $Token -AsPlainText -Force)
        $run = { Get-CoolifyApplication | . $consumer }
        $warm = { $null = Get-CoolifyApplication -Tag prod }
    }
    'irm' {
        $run = { Invoke-RestMethod -Uri $uri -Headers $headers | ForEach-Object { $_ } | . $consumer }
        $warm = { $null = Invoke-RestMethod -Uri "${uri}?tag=prod" -Headers $headers | ForEach-Object { $_ } }
    }
    'raw' {
        $client = [Net.Http.HttpClient]::new()
        $client.DefaultRequestHeaders.Authorization = [Net.Http.Headers.AuthenticationHeaderValue]::new('Bearer', $Token)
        $options = [Text.Json.JsonDocumentOptions]::new()
        $run = {
            $bytes = $client.GetByteArrayAsync($uri).GetAwaiter().GetResult()
            $state.body = $state.watch.Elapsed.TotalMilliseconds
            $state.bytes = $bytes.Length
            $document = [Text.Json.JsonDocument]::Parse([ReadOnlyMemory[byte]]$bytes, $options)
            $state.parsed = $state.watch.Elapsed.TotalMilliseconds
            $state.count = $document.RootElement.GetArrayLength()
            $document.Dispose()
        }
        $warm = { $null = [Text.Json.JsonDocument]::Parse([ReadOnlyMemory[byte]]$client.GetByteArrayAsync("${uri}?tag=prod").GetAwaiter().GetResult(), $options) }
    }
}

& $warm
& $warm
[GC]::Collect(); [GC]::WaitForPendingFinalizers(); [GC]::Collect()
$reset = $false
if ($IsLinux) {
    try { [IO.File]::WriteAllText("/proc/$PID/clear_refs", '5'); $reset = $true } catch { }
}
$self.Refresh()
$restingWs = $self.WorkingSet64
$managedBefore = [GC]::GetTotalMemory($true)
$allocatedBefore = [GC]::GetTotalAllocatedBytes($true)

$state.watch = [Diagnostics.Stopwatch]::StartNew()
. $run
$total = $state.watch.Elapsed.TotalMilliseconds

$allocated = [GC]::GetTotalAllocatedBytes($true) - $allocatedBefore
$self.Refresh()
$result = [ordered]@{
    variant      = $Variant
    count        = $state.count
    first_ms     = $state.first
    total_ms     = $total
    peak_ws      = $self.PeakWorkingSet64 - $restingWs
    reset        = $reset
    managed_peak = [Math]::Max(0, $state.managed - $managedBefore)
    allocated    = $allocated
}
if ($Variant -eq 'raw') { $result.body_ms = $state.body; $result.parsed_ms = $state.parsed; $result.bytes = $state.bytes }
if ($state.count -ne $Expected) { throw "$Variant wrote $($state.count) items, not $Expected." }

if ($WithProfile -and $Variant -eq 'module') {
    # Where the time to the first object goes: the module's -Verbose line gives the HTTP part (request
    # sent to body read into memory); the rest, up to the first object, is parsing and mapping.
    $state.first = $null; $state.count = 0
    $state.watch = [Diagnostics.Stopwatch]::StartNew()
    $lines = [Collections.Generic.List[string]]::new()
    Get-CoolifyApplication -Verbose 4>&1 | . {
        process { if ($_ -is [Management.Automation.VerboseRecord]) { $lines.Add($_.Message) } else { $_ } }
    } | . $consumer
    $http = $lines | Where-Object { $_ -match 'GET /api/v1/applications -> 200.*\((\d+) bytes, (\d+) ms\)' } | Select-Object -First 1
    if ($http -match '\((\d+) bytes, (\d+) ms\)') { $result.profile_http_ms = [double]$Matches[2] }
    $result.profile_first_ms = $state.first
    $result.profile_total_ms = $state.watch.Elapsed.TotalMilliseconds
}

$result | ConvertTo-Json | Set-Content -Path $ResultPath -Encoding utf8NoBOM
