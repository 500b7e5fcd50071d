# The conventions every exported cmdlet keeps, whoever wrote it (generator or hand): checked per cmdlet from
# Get-Command, so a new cmdlet is held to them without a new test.
#  - a Get- cmdlet with -Name takes it at position 0, with wildcards; ids go by -Uuid or the pipeline;
#  - a destructive flag that Coolify turns on by itself is a Keep*/Skip* switch, never a Delete* switch;
#  - -Uuid binds from the pipeline by value and by property name.
BeforeDiscovery {
    $modulePath = if ($env:COOLIFY_MODULE_PATH) { $env:COOLIFY_MODULE_PATH } else { Join-Path $PSScriptRoot '../../out/Coolify/Coolify.psd1' }
    Import-Module $modulePath -Force
    $script:Cmdlets = @(Get-Command -Module Coolify -CommandType Cmdlet)
    $visible = { param($p) -not @($p.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] -and $_.DontShow }) }
    $script:NameCases = foreach ($c in $Cmdlets | Where-Object { $_.Verb -eq 'Get' -and $_.Parameters.ContainsKey('Name') }) { @{ Cmdlet = $c.Name } }
    $script:UuidCases = foreach ($c in $Cmdlets | Where-Object { $_.Parameters.ContainsKey('Uuid') }) { @{ Cmdlet = $c.Name } }
    $script:SwitchCases = foreach ($c in $Cmdlets) {
        foreach ($p in $c.Parameters.Values | Where-Object { $_.SwitchParameter -and (& $visible $_) }) {
            $property = $c.ImplementingType.GetProperty($p.Name)
            $query = if ($property) { @($property.GetCustomAttributes($true) | Where-Object { $_.GetType().Name -eq 'ApiQueryAttribute' })[0] }
            $flags = [System.Reflection.BindingFlags]'NonPublic,Instance'
            @{
                Cmdlet        = $c.Name
                Parameter     = $p.Name
                ServerDefault = if ($query) { [bool]$query.GetType().GetProperty('ServerDefault', $flags).GetValue($query) } else { $false }
                Inverted      = if ($query) { [bool]$query.GetType().GetProperty('Invert', $flags).GetValue($query) } else { $false }
            }
        }
    }
}

Describe 'A Get- cmdlet takes a name first' {
    It '<Cmdlet>: position 0 is -Name, with wildcards, in every set that has -Name' -ForEach $NameCases {
        $command = Get-Command $Cmdlet
        $command.Parameters['Name'].Attributes.Where({ $_ -is [System.Management.Automation.SupportsWildcardsAttribute] }).Count | Should -Be 1 -Because '-Name takes patterns such as web*'
        foreach ($set in $command.ParameterSets) {
            $first = @($set.Parameters | Where-Object Position -eq 0)
            if ($set.Parameters.Name -contains 'Name') {
                $first.Name | Should -Be 'Name' -Because "in set $($set.Name) the first positional value is a name"
            }
            else {
                $first.Name | Should -Not -Be 'Uuid' -Because "in set $($set.Name) a bare word must not turn into an id when other sets read it as a name"
            }
        }
    }

    It 'Get-CoolifyApplication web* filters by name, and a plain word that is no name says to use -Uuid' {
        . (Join-Path $PSScriptRoot 'Common.ps1')
        $sim = Start-CoolifySimulator
        try {
            Connect-Sim -Simulator $sim
            $names = @(Get-CoolifyApplication web* | ForEach-Object Name)
            $names | Should -Not -BeNullOrEmpty
            $names | ForEach-Object { $_ | Should -BeLike 'web*' }
            $id = (Get-CoolifyApplication | Select-Object -First 1).Uuid
            $null = Get-CoolifyApplication $id -ErrorVariable failed -ErrorAction SilentlyContinue
            $failed[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyResourceNotFound*'
            $failed[0].ErrorDetails.RecommendedAction | Should -Match ([regex]::Escape("-Uuid '$id'"))
        }
        finally {
            Disconnect-Coolify
            Stop-CoolifySimulator $sim
        }
    }
}

Describe 'Destructive defaults are Keep*/Skip* switches' {
    It '<Cmdlet> -<Parameter>: not a switch that only restates a destructive server default' -ForEach $SwitchCases {
        if ($ServerDefault -or $Inverted) {
            $Parameter | Should -Match '^(Keep|Skip)' -Because 'Coolify already does this by default; the switch must say what it prevents'
        }
        $Parameter | Should -Not -Match '^(DeleteVolumes|DeleteConfigurations?|DeleteConnectedNetworks|DockerCleanup)$'
    }
}

Describe '-Uuid binds from the pipeline' {
    It '<Cmdlet>: -Uuid takes piped ids and piped objects in every set' -ForEach $UuidCases {
        $parameter = (Get-Command $Cmdlet).Parameters['Uuid']
        foreach ($attribute in $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] }) {
            $attribute.ValueFromPipeline | Should -BeTrue -Because "a plain id piped in (set $($attribute.ParameterSetName)) binds -Uuid"
            $attribute.ValueFromPipelineByPropertyName | Should -BeTrue -Because "an object with a Uuid property (set $($attribute.ParameterSetName)) binds -Uuid"
        }
    }
}
