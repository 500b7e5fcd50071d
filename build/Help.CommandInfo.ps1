# Part of build/Write-MamlHelp.ps1 (dot-sourced): what PowerShell itself knows about a cmdlet
# (Get-Command: parameter sets, types, positions, pipeline input, [OutputType]), joined with the
# parameter texts of the doc comments (Help.DocComments.ps1). Reads $members (doc comment id -> member
# element), $module and $producers (Get-PipelineProducers), which Write-MamlHelp.ps1 sets.

$commonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
$shouldProcessText = @{
    WhatIf  = 'Shows what would happen if the cmdlet runs: what it would change is written, and nothing is sent to Coolify.'
    Confirm = 'Prompts you for confirmation before each change.'
}

function Get-ShortTypeName([Type] $Type) {
    $underlying = [Nullable]::GetUnderlyingType($Type)
    if ($underlying) { $Type = $underlying }
    if ($Type.IsArray) { return (Get-ShortTypeName $Type.GetElementType()) + '[]' }
    $Type.Name
}

function Get-FullTypeName([Type] $Type) {
    $underlying = [Nullable]::GetUnderlyingType($Type)
    if ($underlying) { $Type = $underlying }
    if ($Type.IsArray) { return (Get-FullTypeName $Type.GetElementType()) + '[]' }
    $Type.FullName
}

function Get-ParameterDescription($Command, [string] $Name) {
    $classDoc = $members['T:' + $Command.ImplementingType.FullName]
    if ($classDoc) {
        $own = $classDoc.SelectSingleNode("parameter[@name='$Name']")
        if ($own) { return @(Get-Paragraphs $own) }
    }
    if ($shouldProcessText.ContainsKey($Name)) { return @($shouldProcessText[$Name]) }
    $property = $Command.ImplementingType.GetProperty($Name)
    if (-not $property) { return @() }
    $propertyDoc = $members['P:' + (Get-DocId $property.DeclaringType) + '.' + $Name]
    if (-not $propertyDoc) { return @() }
    @(Get-Paragraphs $propertyDoc.SelectSingleNode('summary'))
}

function Get-DefaultValue($Command, $Parameter, $Instance) {
    if ($Parameter.ParameterType -eq [System.Management.Automation.SwitchParameter]) { return 'False' }
    if (-not $Instance) { return 'None' }
    $property = $Command.ImplementingType.GetProperty($Parameter.Name)
    if (-not $property) { return 'None' }
    $value = $property.GetValue($Instance)
    if ($null -eq $value) { return 'None' }
    $type = $Parameter.ParameterType
    if ($type.IsValueType -and $value -eq [Activator]::CreateInstance($type)) { return 'None' }
    [string]$value
}

function Get-PipelineText($Attributes) {
    $kinds = @()
    if (@($Attributes | Where-Object ValueFromPipeline).Count) { $kinds += 'ByValue' }
    if (@($Attributes | Where-Object ValueFromPipelineByPropertyName).Count) { $kinds += 'ByPropertyName' }
    if ($kinds.Count) { "True ($($kinds -join ', '))" } else { 'False' }
}

# One record per parameter of a cmdlet (common parameters left out; -WhatIf and -Confirm kept).
function Get-ParameterInfo($Command) {
    $instance = try { [Activator]::CreateInstance($Command.ImplementingType) } catch { $null }
    foreach ($p in $Command.Parameters.Values) {
        if ($p.Name -in $commonParameters -and $p.Name -notin 'WhatIf', 'Confirm') { continue }
        $attributes = @($p.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] })
        $sets = @($p.ParameterSets.Keys)
        $positions = @($attributes | Where-Object { $_.Position -ge 0 } | ForEach-Object Position | Select-Object -Unique)
        $validateSet = @($p.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } | ForEach-Object ValidValues)
        [pscustomobject]@{
            Name         = $p.Name
            Type         = $p.ParameterType
            ShortType    = Get-ShortTypeName $p.ParameterType
            FullType     = Get-FullTypeName $p.ParameterType
            IsSwitch     = $p.SwitchParameter
            Required     = @($attributes | Where-Object { -not $_.Mandatory }).Count -eq 0
            Position     = if ($positions.Count) { [string]($positions | Measure-Object -Minimum).Minimum } else { 'named' }
            Pipeline     = Get-PipelineText $attributes
            ByValue      = @($attributes | Where-Object ValueFromPipeline).Count -gt 0
            ByProperty   = @($attributes | Where-Object ValueFromPipelineByPropertyName).Count -gt 0
            Aliases      = @($p.Aliases)
            Globbing     = @($p.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] }).Count -gt 0
            ValidateSet  = $validateSet
            Default      = Get-DefaultValue $Command $p $instance
            Description  = @(Get-ParameterDescription $Command $p.Name)
            Sets         = $sets
        }
    }
}

# The parameters of one set in the order Get-Command's syntax shows them.
function Get-SetParameters($Command, $Set) {
    $all = @($Set.Parameters | Where-Object { $_.Name -notin $commonParameters -or $_.Name -in 'WhatIf', 'Confirm' })
    $positional = @($all | Where-Object { $_.Position -ge 0 } | Sort-Object Position)
    $named = @($all | Where-Object { $_.Position -lt 0 -and $_.Name -notin 'WhatIf', 'Confirm' })
    $tail = @($all | Where-Object { $_.Name -in 'WhatIf', 'Confirm' } | Sort-Object { $_.Name -ne 'WhatIf' })
    @($positional) + @($named | Where-Object IsMandatory) + @($named | Where-Object { -not $_.IsMandatory }) + @($tail)
}

# Where piped objects come from: Get- cmdlets whose output has a property the parameter binds by name.
# Returns property name -> the Get- cmdlets that write it, in the order of $Commands.
function Get-PipelineProducers($Commands) {
    $producers = @{}
    foreach ($c in $Commands | Where-Object Verb -eq 'Get') {
        foreach ($t in $c.OutputType) {
            if (-not $t.Type) { continue }
            foreach ($prop in $t.Type.GetProperties()) {
                if (-not $producers.ContainsKey($prop.Name)) { $producers[$prop.Name] = [System.Collections.Generic.List[string]]::new() }
                if (-not $producers[$prop.Name].Contains($c.Name)) { $producers[$prop.Name].Add($c.Name) }
            }
        }
    }
    $producers
}

function Get-InputTypes($Command, $Parameters) {
    foreach ($p in $Parameters | Where-Object ByValue) {
        [pscustomobject]@{ Name = $p.FullType; Text = "You can pipe values for -$($p.Name) to this cmdlet: $(($p.Description -join ' '))" }
    }
    $byName = @($Parameters | Where-Object ByProperty)
    if ($byName.Count) {
        $parts = foreach ($p in $byName) {
            $names = @($p.Name) + @($p.Aliases)
            "-$($p.Name) from a property named $($names -join ' or ')"
        }
        $resource = ($Command.Noun -replace '^Coolify', '')
        $sources = @(@(foreach ($p in $byName) {
                foreach ($n in @($p.Name) + @($p.Aliases)) {
                    if ($n -in 'Uuid', 'Id') {
                        # Every object has an id: name only the cmdlet that lists this resource.
                        if (Get-Command "Get-Coolify$resource" -Module $module.Name -ErrorAction Ignore) { "Get-Coolify$resource" }
                    }
                    elseif ($producers.ContainsKey($n)) {
                        # The cmdlet's own Get- first, then the resource the parameter is named after.
                        $wanted = @("Get-Coolify$resource", ('Get-Coolify' + ($p.Name -replace 'Uuid$|Id$', '')))
                        @($producers[$n] | Where-Object { $_ -in $wanted }) + @($producers[$n] | Where-Object { $_ -notin $wanted })
                    }
                }
            }) | Where-Object { $_ -ne $Command.Name } | Select-Object -Unique -First 4)
        $such = if ($sources.Count) { " For example, the objects that $($sources -join ', ') write." } else { '' }
        [pscustomobject]@{ Name = 'System.Management.Automation.PSObject'; Text = "You can pipe objects whose properties bind by name: $($parts -join '; ').$such" }
    }
}

function Get-ReturnTypes($Command) {
    $types = @($Command.OutputType | Where-Object { $_.Type -and $_.Type -ne [void] })
    if (-not $types.Count) { return [pscustomobject]@{ Name = 'None'; Text = 'This cmdlet writes no output.' } }
    foreach ($t in $types) {
        $typeDoc = $members['T:' + (Get-DocId $t.Type)]
        $text = if ($typeDoc) { (Get-Paragraphs $typeDoc.SelectSingleNode('summary')) -join ' ' } else { '' }
        if (-not $text) {
            $text = switch ($t.Type.FullName) {
                'System.String' { 'Text.' }
                'System.Boolean' { '$true or $false.' }
                'System.IO.FileInfo' { 'The file written.' }
                'System.Management.Automation.PSObject' { 'The answer, converted from JSON.' }
                default { '' }
            }
        }
        [pscustomobject]@{ Name = $t.Type.FullName; Text = $text }
    }
}

