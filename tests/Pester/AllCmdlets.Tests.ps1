# Rules every exported cmdlet keeps, checked for each one (a new cmdlet is checked without a new test):
# state changes honour -WhatIf, and mandatory parameters refuse empty values before anything is sent.
BeforeDiscovery {
    $modulePath = if ($env:COOLIFY_MODULE_PATH) { $env:COOLIFY_MODULE_PATH } else { Join-Path $PSScriptRoot '../../out/Coolify/Coolify.psd1' }
    Import-Module $modulePath -Force
    $script:Skip = 'Connect-Coolify', 'Disconnect-Coolify', 'Get-CoolifyConnection', 'Invoke-CoolifyRequest'
    $script:Changing = foreach ($c in Get-Command -Module Coolify -CommandType Cmdlet | Where-Object Name -notin $Skip) {
        $attribute = $c.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]
        if ($attribute.SupportsShouldProcess) { foreach ($set in $c.ParameterSets) { @{ Cmdlet = $c.Name; Set = $set.Name } } }
    }
    $script:EmptyCases = foreach ($c in Get-Command -Module Coolify -CommandType Cmdlet | Where-Object Name -notin $Skip) {
        foreach ($set in $c.ParameterSets) {
            foreach ($p in $set.Parameters | Where-Object { $_.IsMandatory -and $_.ParameterType -in [string], [string[]] }) {
                # An environment variable's value may be empty on purpose.
                if ($p.Name -eq 'Value' -and $c.Noun -eq 'CoolifyEnvironmentVariable') { continue }
                @{ Cmdlet = $c.Name; Set = $set.Name; Parameter = $p.Name }
            }
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    . (Join-Path $PSScriptRoot '../Contract/ContractCalls.ps1')
    $script:Sim = Start-CoolifySimulator
    Connect-Sim

    # Arguments for one parameter set: every mandatory parameter gets a plausible value.
    function Get-SetArgument([string] $Cmdlet, [string] $Set) {
        $command = Get-Command $Cmdlet
        $setInfo = $command.ParameterSets | Where-Object Name -eq $Set
        $arguments = @{}
        foreach ($p in $setInfo.Parameters | Where-Object IsMandatory) { $arguments[$p.Name] = Get-SampleValue $p $null }
        $arguments
    }

    function Get-ChangeCount { @(Get-CoolifySimulatorRequest $script:Sim | Where-Object method -ne 'GET').Count }
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Every state change honours -WhatIf' {
    It '<Cmdlet> (<Set>) sends no change under -WhatIf' -ForEach $Changing {
        Clear-CoolifySimulatorRequest $script:Sim
        $arguments = Get-SetArgument $Cmdlet $Set
        $arguments['WhatIf'] = $true
        # Refusals (nothing to change, a missing value) are fine here: the point is that nothing is sent.
        try { $null = & $Cmdlet @arguments -ErrorAction SilentlyContinue *>&1 } catch { Write-Verbose "$Cmdlet refused: $_" }
        Get-ChangeCount | Should -Be 0
    }
}

Describe 'Mandatory parameters refuse empty values' {
    It '<Cmdlet> (<Set>) refuses an empty -<Parameter> before sending anything' -ForEach $EmptyCases {
        Clear-CoolifySimulatorRequest $script:Sim
        $arguments = Get-SetArgument $Cmdlet $Set
        $arguments[$Parameter] = ''
        if ((Get-Command $Cmdlet).Parameters.ContainsKey('Force')) { $arguments['Force'] = $true }
        if ((Get-Command $Cmdlet).Parameters.ContainsKey('Confirm')) { $arguments['Confirm'] = $false }
        $failure = $null
        try {
            $null = & $Cmdlet @arguments -ErrorVariable failure -ErrorAction SilentlyContinue *>&1
        }
        catch {
            $failure = $_
        }
        $failure | Should -Not -BeNullOrEmpty -Because "an empty -$Parameter should be an error"
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }
}
