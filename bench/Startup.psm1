<#
Figure 4 of the benchmark, start-up: whole pwsh processes, timed from start to exit, on two builds of
the same PowerShell 7.6:
  - the repository's local tool (`dotnet pwsh.dll`, the PowerShell NuGet tool package), whose own
    assemblies are IL only, so every PowerShell method a start runs is compiled then;
  - a ReadyToRun copy of that tool, its assemblies compiled ahead of time by build/ReadyToRun.csproj as
    PowerShell's installer packages ship them, which is what most users start.
Both read a module-analysis cache that was written beforehand, as on any machine where pwsh has run for
a while: without one, PowerShell 7.6 sleeps 3 x 25 ms in the first import of a module by name (it retries
reading a file that does not exist), and a short process never lives long enough to write it.
#>

Import-Module (Join-Path $PSScriptRoot '../build/ChildProcess.psm1')

function Build-FloorModule {
    <#
    Builds the floor module (bench/Floor: one compiled cmdlet, Get-FloorService) into out/bench/floor/CoolifyFloor;
    returns its manifest's path. Figures 1 and 4 run it beside the module: what it costs over the raw HttpClient
    loop or a bare pwsh is what PowerShell charges any binary module.
    #>
    param([Parameter(Mandatory)][string] $Root)
    $out = Join-Path $Root 'out/bench/floor/CoolifyFloor'
    dotnet build (Join-Path $Root 'bench/Floor/CoolifyFloor.csproj') -c Release -o $out --nologo -v quiet | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "The floor module did not build (dotnet build exit code $LASTEXITCODE)." }
    Join-Path $out 'CoolifyFloor.psd1'
}

function New-PwshStartInfo {
    <# pwsh -NoProfile -Command $Command, started by the command $Pwsh (an executable, or dotnet and pwsh.dll), with $Environment added. #>
    param([Parameter(Mandatory)][string[]] $Pwsh, [Parameter(Mandatory)][string] $Command, [hashtable] $Environment = @{})
    $psi = [Diagnostics.ProcessStartInfo]::new($Pwsh[0])
    foreach ($a in @($Pwsh | Select-Object -Skip 1) + @('-NoProfile', '-Command', $Command)) { $psi.ArgumentList.Add($a) }
    foreach ($k in $Environment.Keys) { $psi.Environment[$k] = $Environment[$k] }
    $psi.UseShellExecute = $false
    $psi
}

function Measure-Process {
    <# Runs pwsh -NoProfile -Command $Command to its end; returns the wall-clock ms from start to exit. #>
    param([Parameter(Mandatory)][string[]] $Pwsh, [Parameter(Mandatory)][string] $Command, [hashtable] $Environment = @{})
    $psi = New-PwshStartInfo $Pwsh $Command $Environment
    $psi.RedirectStandardOutput = $true
    $psi.RedirectStandardError = $true
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $start = [Diagnostics.Stopwatch]::GetTimestamp()
    $process = [Diagnostics.Process]::Start($psi)
    $out = $process.StandardOutput.ReadToEndAsync()
    $err = $process.StandardError.ReadToEndAsync()
    $process.WaitForExit()
    $ms = $watch.Elapsed.TotalMilliseconds
    if ($process.ExitCode -ne 0) { throw "pwsh -Command '$Command' exited with $($process.ExitCode): $($err.Result)" }
    [pscustomobject]@{ Ms = $ms; Start = $start; Output = $out.Result; Error = $err.Result }
}

function Get-ReadyToRunPwsh {
    <#
    A copy of the local tool's pwsh whose assemblies are ReadyToRun images for this platform, made once
    (about a minute) and kept in out/bench/; returns the command that starts it. $null where no image
    can be made (an unknown platform, or the SDK's crossgen pack is not to be had).
    #>
    param([Parameter(Mandatory)][string] $Root, [Parameter(Mandatory)][string[]] $Pwsh)
    $rid = [Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
    if ($rid -notmatch '^(linux|osx|win)-(x64|arm64)$') { return $null }
    $source = Split-Path -Parent $Pwsh[-1]
    $target = Join-Path $Root "out/bench/pwsh-$($PSVersionTable.PSVersion)-r2r-$rid"
    $entry = Join-Path $target (Split-Path -Leaf $Pwsh[-1])
    if (-not (Test-Path (Join-Path $target '.complete'))) {
        Write-Host "  making a ReadyToRun copy of pwsh $($PSVersionTable.PSVersion) for $rid (once)"
        if (Test-Path $target) { Remove-Item $target -Recurse -Force }
        $staging = "$target.images"
        $obj = "$target.obj/"
        dotnet publish (Join-Path $Root 'build/ReadyToRun.csproj') -c Release -r $rid "-p:DependencyFolder=$source" "-p:IntermediateOutputPath=$obj" -o $staging --nologo -v quiet | Out-Host
        if ($LASTEXITCODE -ne 0) { Write-Warning "No ReadyToRun copy of pwsh (dotnet publish exit code $LASTEXITCODE)."; return $null }
        Copy-Item $source $target -Recurse
        foreach ($image in Get-ChildItem $staging -Filter '*.dll') {
            if (Test-Path (Join-Path $target $image.Name)) { Copy-Item $image.FullName $target -Force }
        }
        Remove-Item $staging, $obj -Recurse -Force -ErrorAction Ignore
        $null = New-Item -ItemType File (Join-Path $target '.complete')
    }
    if ($Pwsh.Count -gt 1) { return @($Pwsh[0], $entry) }
    @((Join-Path $target (Split-Path -Leaf $Pwsh[0])))
}

function Initialize-AnalysisCache {
    <#
    Writes each pwsh's module-analysis cache (PSModuleAnalysisCachePath in $Environment) the way a
    longer session does: PowerShell saves it about 13 s after the last module was analysed. The caches
    are written side by side; returns when all are (or a child gave up after 40 s).
    #>
    param([Parameter(Mandatory)][hashtable[]] $Kinds)
    # The child waits for its own cache file (PowerShell writes it from a background task), at most 40 s, and a
    # moment more so the write is done before it exits.
    $command = 'Import-Module Coolify; Import-Module CoolifyFloor; Import-Module Microsoft.PowerShell.Utility; $null = Get-Command Invoke-RestMethod; ' +
        'for ($i = 0; $i -lt 80 -and -not (Test-Path $env:PSModuleAnalysisCachePath); $i++) { Start-Sleep -Milliseconds 500 }; Start-Sleep -Milliseconds 500'
    $jobs = foreach ($kind in $Kinds) {
        Remove-Item $kind.Environment.PSModuleAnalysisCachePath -ErrorAction Ignore
        [Diagnostics.Process]::Start((New-PwshStartInfo $kind.Pwsh $command $kind.Environment))
    }
    foreach ($job in $jobs) { $job.WaitForExit() }
    foreach ($kind in $Kinds) {
        if (-not (Test-Path $kind.Environment.PSModuleAnalysisCachePath)) { throw "pwsh wrote no module-analysis cache at $($kind.Environment.PSModuleAnalysisCachePath)." }
    }
}

function Measure-Startup {
    <#
    Whole processes, alternately, after one warm-up of each: bare (`exit`), the module's start
    (import, connect, list), the floor module's (import, list) and one Invoke-RestMethod, on each pwsh build;
    then, on the local tool, where
    the start-up goes (time stamps between the statements) and the import taken apart
    (bench/StartupProfile.ps1 in a fresh pwsh per step).
    #>
    param(
        [Parameter(Mandatory)] $Simulator,
        [Parameter(Mandatory)][string] $Token,
        [Parameter(Mandatory)][string] $ModulePath,
        [Parameter(Mandatory)][string] $FloorPath,
        [Parameter(Mandatory)][string] $Root,
        [Parameter(Mandatory)][string] $Work,
        [int] $Runs = 5
    )
    $moduleRoot = Split-Path (Split-Path $ModulePath)
    if ((Split-Path -Leaf (Split-Path $ModulePath)) -ne 'Coolify') { throw "Import-Module Coolify needs the module in a folder named Coolify: $ModulePath" }
    $tool = @(Get-PwshCommand)
    $kinds = [ordered]@{ tool = @{ Pwsh = $tool } }
    $r2r = Get-ReadyToRunPwsh -Root $Root -Pwsh $tool
    if ($r2r) { $kinds.r2r = @{ Pwsh = $r2r } }
    foreach ($name in @($kinds.Keys)) {
        $kinds[$name].Environment = @{
            PSModulePath              = $moduleRoot, (Split-Path (Split-Path $FloorPath)), $env:PSModulePath -join [IO.Path]::PathSeparator
            COOLIFY_URL               = $Simulator.Url
            COOLIFY_TOKEN             = $Token
            PSModuleAnalysisCachePath = Join-Path $Work "analysis-cache-$name"
        }
    }
    Initialize-AnalysisCache -Kinds @($kinds.Values)

    $userCommand = 'Import-Module Coolify; Connect-Coolify; Get-CoolifyService'
    $floorCommand = 'Import-Module CoolifyFloor; Get-FloorService'
    $irmCommand = 'Invoke-RestMethod "$env:COOLIFY_URL/api/v1/services" -Headers @{ Authorization = "Bearer $env:COOLIFY_TOKEN" }'
    $result = [ordered]@{ UserCommand = $userCommand; FloorCommand = $floorCommand; IrmCommand = $irmCommand; Kinds = @($kinds.Keys) }
    foreach ($name in $kinds.Keys) {
        $k = $kinds[$name]
        $times = @{}
        foreach ($t in 'bare', 'module', 'floor', 'irm') { $times[$t] = [Collections.Generic.List[double]]::new() }
        for ($run = -1; $run -lt $Runs; $run++) {
            $bare = Measure-Process $k.Pwsh 'exit' $k.Environment
            $mod = Measure-Process $k.Pwsh $userCommand $k.Environment
            $floor = Measure-Process $k.Pwsh $floorCommand $k.Environment
            $irm = Measure-Process $k.Pwsh $irmCommand $k.Environment
            foreach ($p in $mod, $floor, $irm) { if ($p.Output -notmatch 'n8n-staging') { throw "A start-up command did not list the services: $($p.Output) $($p.Error)" } }
            if ($run -ge 0) {
                $times.bare.Add($bare.Ms); $times.module.Add($mod.Ms); $times.floor.Add($floor.Ms); $times.irm.Add($irm.Ms)
                Write-Host ("  {0} run {1}: bare {2:N0} ms, module {3:N0} ms, floor module {4:N0} ms, Invoke-RestMethod {5:N0} ms" -f $name, ($run + 1), $bare.Ms, $mod.Ms, $floor.Ms, $irm.Ms)
            }
        }
        $result[$name] = $times
    }

    # Where the start-up goes, on the local tool: the same command with time stamps between its steps
    # (Stopwatch time stamps are the machine's monotonic clock, so the child's compare with this process's).
    $k = $kinds.tool
    $phases = @{}
    foreach ($p in 'launch', 'import', 'connect', 'get', 'exit', 'bareLaunch', 'bareExit') { $phases[$p] = [Collections.Generic.List[double]]::new() }
    $stampFile = Join-Path $Work 'stamps.txt'
    $profiled = '$t0 = [Diagnostics.Stopwatch]::GetTimestamp(); Import-Module Coolify; $t1 = [Diagnostics.Stopwatch]::GetTimestamp(); Connect-Coolify; ' +
        '$t2 = [Diagnostics.Stopwatch]::GetTimestamp(); Get-CoolifyService | Out-Default; $t3 = [Diagnostics.Stopwatch]::GetTimestamp(); ' +
        "[IO.File]::WriteAllText('$stampFile', `"`$t0 `$t1 `$t2 `$t3`")"
    $bareProfiled = "[IO.File]::WriteAllText('$stampFile', [string][Diagnostics.Stopwatch]::GetTimestamp())"
    $f = [Diagnostics.Stopwatch]::Frequency / 1000.0
    $result.ProfileRuns = [Math]::Min($Runs, 3)
    for ($run = 0; $run -lt $result.ProfileRuns; $run++) {
        $p = Measure-Process $k.Pwsh $bareProfiled $k.Environment
        $t = [long](Get-Content -Raw $stampFile).Trim()
        $phases.bareLaunch.Add(($t - $p.Start) / $f)
        $phases.bareExit.Add($p.Ms - ($t - $p.Start) / $f)
        $p = Measure-Process $k.Pwsh $profiled $k.Environment
        $t = (Get-Content -Raw $stampFile).Trim() -split ' ' | ForEach-Object { [long]$_ }
        $phases.launch.Add(($t[0] - $p.Start) / $f)
        $phases.import.Add(($t[1] - $t[0]) / $f)
        $phases.connect.Add(($t[2] - $t[1]) / $f)
        $phases.get.Add(($t[3] - $t[2]) / $f)
        $phases.exit.Add($p.Ms - ($t[3] - $p.Start) / $f)
    }
    $result.Phases = $phases

    # The import taken apart: the assembly alone, the manifest without its two format files, and a first Invoke-RestMethod.
    $noFormat = Join-Path $Work 'nofmt'
    $null = New-Item -ItemType Directory -Force $noFormat
    Copy-Item (Split-Path $ModulePath) $noFormat -Recurse -Force
    $copy = Join-Path $noFormat 'Coolify/Coolify.psd1'
    (Get-Content -Raw $copy) -replace "FormatsToProcess\s*=\s*@\([^)]*\)", 'FormatsToProcess = @()' | Set-Content $copy -Encoding utf8NoBOM
    $steps = [ordered]@{}
    foreach ($s in 'import', 'import-nofmt', 'import-dll', 'irm') { $steps[$s] = [Collections.Generic.List[double]]::new() }
    $stepScript = Join-Path $PSScriptRoot 'StartupProfile.ps1'
    for ($run = 0; $run -lt $Runs; $run++) {
        foreach ($s in @($steps.Keys)) {
            $p = Measure-Process $k.Pwsh "& '$stepScript' -Mode $s -ModulePath '$ModulePath' -Url '$($Simulator.Url)' -Token '$Token' -Scratch '$noFormat'" $k.Environment
            if ($p.Error -notmatch 'STEP_MS=([\d.]+)') { throw "StartupProfile.ps1 -Mode $s printed no time: $($p.Error)" }
            $steps[$s].Add([double]$Matches[1])
        }
    }
    $result.Steps = $steps
    $result
}

Export-ModuleMember -Function Measure-Startup, Get-ReadyToRunPwsh, Build-FloorModule
