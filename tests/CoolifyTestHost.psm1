# Helpers shared by build.ps1 (demo), bench/ and the Pester tests: start and drive the local Coolify
# simulator. Running PowerShell in a child process (Invoke-ChildPwsh, Invoke-IsolatedPwsh) is the build's
# own helper, build/ChildProcess.psm1: imported here, it is exported with the rest, so the tests need
# only this module.

$script:RepoRoot = Split-Path -Parent $PSScriptRoot
Import-Module (Join-Path $script:RepoRoot 'build/ChildProcess.psm1') -Force

# Well-known tokens of the simulator (tests/Coolify.Simulator/README.md).
$script:SimTokens = @{
    Root      = '1|simroottoken000000000000000000000000000000'
    Read      = '2|simreadtoken000000000000000000000000000000'
    Deploy    = '3|simdeploytoken0000000000000000000000000000'
    Write     = '4|simwritetoken00000000000000000000000000000'
    Operator  = '5|simoperatortoken000000000000000000000000000'
    Sensitive = '6|simsensitivetoken00000000000000000000000000'
}

function Get-SimToken {
    param([ValidateSet('Root', 'Read', 'Deploy', 'Write', 'Operator', 'Sensitive')][string] $Name = 'Root')
    $script:SimTokens[$Name]
}

function Start-CoolifySimulator {
    <#
    Starts the simulator on a free loopback port and returns an object with Url and Process. -Https serves a
    self-signed certificate made in memory; -Certificate (a PFX, with -CertificatePassword) serves that
    certificate instead, over https (New-TestServerCertificate in NetworkTestHost.psm1 makes one).
    #>
    param(
        [string] $Path = (Join-Path $script:RepoRoot 'out/simulator/Coolify.Simulator.dll'),
        [switch] $Https,
        [string] $Certificate,
        [string] $CertificatePassword,
        [int] $TimeoutSec = 60
    )
    if (-not (Test-Path $Path)) { throw "The simulator is not built at $Path. Run ./build.ps1 first." }
    $dotnet = (Get-Command dotnet -CommandType Application | Select-Object -First 1).Source
    $psi = [Diagnostics.ProcessStartInfo]::new($dotnet)
    if ($Certificate -and -not (Test-Path $Certificate)) { throw "No certificate file at $Certificate." }
    $tls = @(if ($Https -or $Certificate) { '--https' }) +
        @(if ($Certificate) { '--certificate', (Resolve-Path $Certificate).ProviderPath }) +
        @(if ($CertificatePassword) { '--certificate-password', $CertificatePassword })
    foreach ($a in @($Path, '--parent-pid', "$PID") + $tls) { $psi.ArgumentList.Add($a) }
    $psi.RedirectStandardOutput = $true
    $psi.RedirectStandardError = $true
    $psi.UseShellExecute = $false
    $process = [Diagnostics.Process]::Start($psi)
    $read = $process.StandardOutput.ReadLineAsync()
    if (-not $read.Wait([TimeSpan]::FromSeconds($TimeoutSec)) -or -not $read.Result) {
        try { $process.Kill() } catch { }
        throw "The simulator did not start within $TimeoutSec s: $($process.StandardError.ReadToEnd())"
    }
    if ($read.Result -notmatch '^COOLIFY_SIMULATOR_URL=(.+)$') {
        try { $process.Kill() } catch { }
        throw "Unexpected first line from the simulator: $($read.Result)"
    }
    # Drain stdout/stderr so a chatty simulator can never block on a full pipe.
    $null = $process.StandardOutput.ReadToEndAsync()
    $null = $process.StandardError.ReadToEndAsync()
    [pscustomobject]@{ Url = $Matches[1].Trim(); Process = $process }
}

function Stop-CoolifySimulator {
    param([Parameter(Mandatory)] $Simulator)
    if ($Simulator.Process -and -not $Simulator.Process.HasExited) {
        try { $Simulator.Process.Kill() } catch { }
        $null = $Simulator.Process.WaitForExit(5000)
    }
}

function Invoke-SimControl {
    <# Calls the simulator's /_sim control API. #>
    param(
        [Parameter(Mandatory)] $Simulator,
        [Parameter(Mandatory)][string] $Path,
        [string] $Method = 'GET',
        $Body
    )
    $params = @{ Uri = "$($Simulator.Url)/_sim/$Path"; Method = $Method; SkipCertificateCheck = $true }
    if ($null -ne $Body) {
        $params.Body = ($Body | ConvertTo-Json -Depth 10 -Compress)
        $params.ContentType = 'application/json'
    }
    # Invoke-RestMethod writes a JSON array as one object; unroll it so callers get the items.
    Invoke-RestMethod @params | ForEach-Object { $_ }
}

function Reset-CoolifySimulator { param([Parameter(Mandatory)] $Simulator) $null = Invoke-SimControl $Simulator 'reset' -Method POST }

function Set-CoolifySimulator {
    param([Parameter(Mandatory)] $Simulator, [Parameter(Mandatory)][hashtable] $Settings)
    $null = Invoke-SimControl $Simulator 'settings' -Method POST -Body $Settings
}

function Add-CoolifySimulatorFault {
    param([Parameter(Mandatory)] $Simulator, [Parameter(Mandatory)][hashtable] $Fault)
    $null = Invoke-SimControl $Simulator 'faults' -Method POST -Body $Fault
}

function Get-CoolifySimulatorRequest {
    param([Parameter(Mandatory)] $Simulator, [string] $Method)
    $all = Invoke-SimControl $Simulator 'requests'
    if ($Method) { $all = $all | Where-Object method -eq $Method }
    $all
}

function Clear-CoolifySimulatorRequest { param([Parameter(Mandatory)] $Simulator) $null = Invoke-SimControl $Simulator 'requests' -Method DELETE }

function Set-CoolifySimulatorSite {
    <# Points an application's fqdn at its site on the simulator (GET /_sim/site/<uuid>) and returns the URL.
       -Status fixes its answer (e.g. 503 for a site that never comes up); -UnreadyMs is how long it answers 503
       after a deployment finished. #>
    param([Parameter(Mandatory)] $Simulator, [Parameter(Mandatory)][string] $Uuid, [int] $Status, [int] $UnreadyMs, [string] $Location, [switch] $KeepFqdn)
    $body = @{ set_fqdn = -not $KeepFqdn }
    if ($PSBoundParameters.ContainsKey('Status')) { $body.status = $Status }
    if ($PSBoundParameters.ContainsKey('UnreadyMs')) { $body.unready_ms = $UnreadyMs }
    if ($Location) { $body.location = $Location }
    (Invoke-SimControl $Simulator "sites/$Uuid" -Method POST -Body $body).url
}

function Get-CoolifySimulatorSiteRequest { param([Parameter(Mandatory)] $Simulator) Invoke-SimControl $Simulator 'site-requests' }

Export-ModuleMember -Function *
