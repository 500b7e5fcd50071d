# Dot-sourced by every test file's BeforeAll: imports the built module and the simulator helpers,
# and starts a simulator for the file.
Import-Module (Join-Path $PSScriptRoot '../CoolifyTestHost.psm1') -Force
$script:ModulePath = if ($env:COOLIFY_MODULE_PATH) { $env:COOLIFY_MODULE_PATH } else { Join-Path $PSScriptRoot '../../out/Coolify/Coolify.psd1' }
Import-Module $script:ModulePath -Force

function Connect-Sim {
    param([string] $TokenName = 'Root', $Simulator = $script:Sim, [switch] $PassThru, [string] $Name, [switch] $NoDefault)
    $secure = ConvertTo-SecureString (Get-SimToken $TokenName) -AsPlainText -Force
    $named = if ($Name) { @{ Name = $Name } } else { @{} }
    Connect-Coolify -Url $Simulator.Url -Token $secure -PassThru:$PassThru -NoDefault:$NoDefault -WarningAction SilentlyContinue @named
}

function Get-PostCount { param($Simulator = $script:Sim) @(Get-CoolifySimulatorRequest $Simulator -Method POST).Count }
