<#
.SYNOPSIS
    One step of the start-up, timed inside a fresh pwsh (Invoke-Benchmark.ps1 starts one per
    measurement): prints the milliseconds the step took, the process start itself left out.
      import        Import-Module Coolify (the manifest: its cmdlet list and format files)
      import-dll    Import-Module .../Coolify.dll: the assembly and its cmdlets, no manifest, no formats
      import-nofmt  the manifest with FormatsToProcess left out (a copy in -Scratch)
      irm           the first Invoke-RestMethod GET /services of a fresh pwsh, for comparison
#>
param(
    [Parameter(Mandatory)][ValidateSet('import', 'import-dll', 'import-nofmt', 'irm')][string] $Mode,
    [Parameter(Mandatory)][string] $ModulePath,
    [Parameter(Mandatory)][string] $Url,
    [Parameter(Mandatory)][string] $Token,
    [string] $Scratch
)
$ErrorActionPreference = 'Stop'
$clock = [Diagnostics.Stopwatch]
$null = $clock::GetTimestamp()
$headers = @{ Authorization = "Bearer $Token" }
# Every path is worked out before the clock starts: the first Join-Path of a process loads a module of its own.
$path = switch ($Mode) {
    'import' { $ModulePath }
    'import-dll' { [IO.Path]::Combine([IO.Path]::GetDirectoryName($ModulePath), 'Coolify.dll') }
    'import-nofmt' { [IO.Path]::Combine($Scratch, 'Coolify', 'Coolify.psd1') }
    'irm' { "$Url/api/v1/services" }
}

$t0 = $clock::GetTimestamp()
if ($Mode -eq 'irm') { $null = Invoke-RestMethod -Uri $path -Headers $headers }
else { Import-Module $path }
$t1 = $clock::GetTimestamp()
[Console]::Error.WriteLine('STEP_MS=' + (($t1 - $t0) * 1000.0 / $clock::Frequency).ToString([Globalization.CultureInfo]::InvariantCulture))
