<#
.SYNOPSIS
    Writes the module's help: en-US/Coolify.dll-Help.xml (MAML) and about_Coolify.help.txt in the built
    module, and the Markdown pages docs/cmdlets.md (overview by area) and docs/cmdlets/<Verb-Noun>.md.

.DESCRIPTION
    build.ps1 runs it in a child pwsh after the module is laid out (the build's own process never loads
    Coolify.dll). Two sources are merged:

    - What PowerShell knows about each exported cmdlet (Get-Command): parameter sets, types, mandatory,
      positions, pipeline input, aliases, wildcards, ValidateSet values, [OutputType]; defaults are read
      from a new instance of the cmdlet class.
    - The XML doc comments of the cmdlet classes (Coolify.xml, written by the compiler):
        class <summary>                      synopsis (one sentence)
        class <remarks><para>…</para>        description, one paragraph per <para>
        class <example>Title<code>…</code><para>…</para></example>
                                             examples: the text before <code> is the title, the <para>s
                                             after it are the explanation
        class <seealso cref="…Command"/>     related cmdlets; <seealso href="…">text</seealso> for web pages
        class <parameter name="X">…</parameter>
                                             a cmdlet's own text for a parameter it inherits
        property <summary>                   the parameter's description (the declaring class's property,
                                             so inherited parameters are documented once)
      The generated cmdlets (src/Coolify/Cmdlets/Generated) get the same comments from
      build/New-ApiCmdlets.ps1 (build/ApiGenerator.Help.ps1 and build/api-help.psd1).

    The operation table (ApiOperations) adds a note naming the API routes each cmdlet calls. Gaps are
    reported as warnings, not errors: the Help tests (tests/Pester/Help.Tests.ps1) are the gate.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string] $ModulePath,
    [Parameter(Mandatory)][string] $XmlDocPath,
    [Parameter(Mandatory)][string] $AboutSource,
    [Parameter(Mandatory)][string] $DocsPath,
    [Parameter(Mandatory)][string] $ProjectUri
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$module = Import-Module $ModulePath -PassThru -Force
$moduleBase = $module.ModuleBase
$doc = [xml](Get-Content -Raw $XmlDocPath)
$members = @{}
foreach ($m in $doc.doc.members.member) { $members[$m.name] = $m }

$commands = @(Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Noun, Verb)
$classToCmdlet = @{}
foreach ($c in $commands) { $classToCmdlet[$c.ImplementingType.FullName] = $c.Name }

$commonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
$shouldProcessText = @{
    WhatIf  = 'Shows what would happen if the cmdlet runs: what it would change is written, and nothing is sent to Coolify.'
    Confirm = 'Prompts you for confirmation before each change.'
}
$docsBase = $ProjectUri.TrimEnd('/') + '/blob/main/docs/cmdlets'

# --- Text of the doc comments ------------------------------------------------------------------------

function Get-DocId([Type] $Type) {
    if ($Type.IsGenericType -and -not $Type.IsGenericTypeDefinition) { $Type = $Type.GetGenericTypeDefinition() }
    $Type.FullName -replace '\+', '.'
}

function Get-CrefText([string] $Cref) {
    $name = $Cref -replace '^[A-Z]:', ''
    if ($classToCmdlet.ContainsKey($name)) { return $classToCmdlet[$name] }
    ($name -split '\.')[-1] -replace '`\d+$', ''
}

# Turns a doc comment element into blocks: @{ Kind = 'para' | 'code'; Text }.
function ConvertFrom-DocNode($Node) {
    $blocks = [System.Collections.Generic.List[object]]::new()
    $current = [System.Text.StringBuilder]::new()
    $flush = {
        $text = ($current.ToString() -replace '\s+', ' ').Trim()
        if ($text) { $blocks.Add([pscustomobject]@{ Kind = 'para'; Text = $text }) }
        [void]$current.Clear()
    }
    $inline = $null
    $inline = {
        param($n)
        foreach ($child in $n.ChildNodes) {
            switch ($child.NodeType) {
                'Text' { [void]$current.Append($child.Value) }
                'CDATA' { [void]$current.Append($child.Value) }
                'Whitespace' { [void]$current.Append(' ') }
                'SignificantWhitespace' { [void]$current.Append(' ') }
                'Element' {
                    switch ($child.LocalName) {
                        'para' { & $flush; & $inline $child; & $flush }
                        'code' { & $flush; $blocks.Add([pscustomobject]@{ Kind = 'code'; Text = (Format-Code $child.InnerText) }) }
                        'see' {
                            if ($child.HasAttribute('cref')) { [void]$current.Append((Get-CrefText $child.GetAttribute('cref'))) }
                            elseif ($child.HasAttribute('langword')) { [void]$current.Append('$' + $child.GetAttribute('langword')) }
                            elseif ($child.HasAttribute('href')) {
                                $label = $child.InnerText.Trim()
                                [void]$current.Append($(if ($label) { "$label ($($child.GetAttribute('href')))" } else { $child.GetAttribute('href') }))
                            }
                        }
                        'paramref' { [void]$current.Append('-' + $child.GetAttribute('name')) }
                        'list' {
                            & $flush
                            foreach ($item in $child.SelectNodes('item')) {
                                $current.Append('- ') | Out-Null
                                & $inline $item
                                & $flush
                            }
                        }
                        default { & $inline $child }
                    }
                }
            }
        }
    }
    if ($null -ne $Node) { & $inline $Node; & $flush }
    , $blocks.ToArray()
}

# Code as written: the common indentation removed, blank lines at either end dropped.
function Format-Code([string] $Text) {
    $lines = @(($Text -replace "`r", '') -split "`n")
    while ($lines.Count -and -not $lines[0].Trim()) { $lines = @($lines | Select-Object -Skip 1) }
    while ($lines.Count -and -not $lines[-1].Trim()) { $lines = @($lines | Select-Object -SkipLast 1) }
    $indents = @($lines | Where-Object { $_.Trim() } | ForEach-Object { $_.Length - $_.TrimStart().Length })
    $cut = if ($indents.Count) { ($indents | Measure-Object -Minimum).Minimum } else { 0 }
    ($lines | ForEach-Object { if ($_.Length -ge $cut) { $_.Substring($cut).TrimEnd() } else { $_.TrimEnd() } }) -join "`n"
}

function Get-Paragraphs($Node) { @((ConvertFrom-DocNode $Node) | ForEach-Object { if ($_.Kind -eq 'code') { ($_.Text -split "`n" | ForEach-Object { '    ' + $_ }) -join "`n" } else { $_.Text } }) }

function Get-Examples($Member) {
    $n = 0
    foreach ($example in @($Member.SelectNodes('example'))) {
        $n++
        $title = [System.Text.StringBuilder]::new()
        $code = $null
        $remarks = [System.Collections.Generic.List[string]]::new()
        foreach ($child in $example.ChildNodes) {
            if ($child.NodeType -eq 'Element' -and $child.LocalName -eq 'code') { $code = Format-Code $child.InnerText; continue }
            if ($null -eq $code) { [void]$title.Append(' ' + $child.InnerText) }
            elseif ($child.NodeType -eq 'Element') { foreach ($p in Get-Paragraphs $child) { $remarks.Add($p) } }
            elseif ($child.InnerText.Trim()) { $remarks.Add(($child.InnerText -replace '\s+', ' ').Trim()) }
        }
        $titleText = ($title.ToString() -replace '\s+', ' ').Trim()
        [pscustomobject]@{ Title = $(if ($titleText) { "Example ${n}: $titleText" } else { "Example $n" }); Code = $code; Remarks = $remarks.ToArray() }
    }
}

# --- What Get-Command knows ------------------------------------------------------------------------

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
$producers = @{}
foreach ($c in $commands | Where-Object Verb -eq 'Get') {
    foreach ($t in $c.OutputType) {
        if (-not $t.Type) { continue }
        foreach ($prop in $t.Type.GetProperties()) {
            if (-not $producers.ContainsKey($prop.Name)) { $producers[$prop.Name] = [System.Collections.Generic.List[string]]::new() }
            if (-not $producers[$prop.Name].Contains($c.Name)) { $producers[$prop.Name].Add($c.Name) }
        }
    }
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

# The API routes a cmdlet calls, from the module's operation table.
$flags = [Reflection.BindingFlags]'NonPublic, Public, Static, Instance'
$assembly = $commands[0].ImplementingType.Assembly
$opsType = $assembly.GetType('Coolify.Http.ApiOperations')
# The permission (token ability) a route needs, as Coolify's routes/api.php gives them: GET needs read
# (/health nothing), actions that run or stop something need deploy, everything else write.
function Get-Ability([string] $Method, [string] $Path) {
    if ($Path -eq '/health') { return 'no token at all' }
    if ($Method -eq 'GET') { return 'the read permission' }
    if ($Path -match '^/(enable|disable|mcp/enable|mcp/disable)$') { return 'the write permission and a token of the root team' }
    if ($Path -eq '/deploy' -or $Path -match '/(start|stop|restart|rollback|cancel)$') { return 'the deploy permission' }
    'the write permission'
}

$operations = @{}
foreach ($op in $opsType.GetProperty('All', $flags).GetValue($null)) {
    $get = { param($n) $op.GetType().GetProperty($n, $flags).GetValue($op) }
    $cmdlet = & $get 'Cmdlet'
    $method = & $get 'Method'
    $path = & $get 'PathTemplate'
    if (-not $operations.ContainsKey($cmdlet)) { $operations[$cmdlet] = [System.Collections.Generic.List[object]]::new() }
    $operations[$cmdlet].Add([pscustomobject]@{ Route = "$method /api/v1$path"; OperationId = (& $get 'OperationId'); Ability = (Get-Ability $method $path) })
}

# --- The help of one cmdlet ------------------------------------------------------------------------------

function Get-CmdletHelp($Command) {
    $classDoc = $members['T:' + $Command.ImplementingType.FullName]
    $gaps = [System.Collections.Generic.List[string]]::new()
    $synopsis = if ($classDoc) { (Get-Paragraphs $classDoc.SelectSingleNode('summary')) -join ' ' } else { '' }
    $description = @(if ($classDoc) { Get-Paragraphs $classDoc.SelectSingleNode('remarks') })
    $examples = @(if ($classDoc) { Get-Examples $classDoc })
    $parameters = @(Get-ParameterInfo $Command)
    if (-not $synopsis) { $gaps.Add('synopsis') }
    if (-not $description.Count) { $gaps.Add('description') }
    if (-not $examples.Count) { $gaps.Add('examples') }
    foreach ($p in $parameters | Where-Object { -not $_.Description.Count }) { $gaps.Add("-$($p.Name)") }
    if ($gaps.Count) { Write-Warning "$($Command.Name): no help text for $($gaps -join ', ')." }

    $notes = @()
    if ($operations.ContainsKey($Command.Name)) {
        $calls = @($operations[$Command.Name])
        $notes += "Coolify API: $(if ($calls.Count -gt 1) { 'the parameters choose one of ' })" + (($calls | ForEach-Object { "$($_.Route) ($($_.OperationId)), which needs $($_.Ability)" }) -join '; ') + '.'
        $notes += 'A token without the permission gets an error with ErrorId CoolifyPermissionDenied that names it. See about_Coolify for connections, errors, the rate limit and -ThrottleLimit.'
    }
    else {
        $notes += 'It sends no request of its own. See about_Coolify for connections, errors, the rate limit and -ThrottleLimit.'
    }

    # Related: what the doc comments name, then the cmdlets the examples use, then the same noun's family.
    $related = [System.Collections.Generic.List[object]]::new()
    $related.Add([pscustomobject]@{ Text = 'Online Version:'; Uri = "$docsBase/$($Command.Name).md" })
    $seen = @{ $Command.Name = $true }
    $addCmdlet = { param($name) if ($name -and -not $seen.ContainsKey($name) -and (Get-Command $name -Module $module.Name -ErrorAction Ignore)) { $seen[$name] = $true; $related.Add([pscustomobject]@{ Text = $name; Uri = '' }) } }
    if ($classDoc) {
        foreach ($s in @($classDoc.SelectNodes('seealso'))) {
            if ($s.HasAttribute('cref')) { & $addCmdlet (Get-CrefText $s.GetAttribute('cref')) }
            elseif ($s.HasAttribute('href')) { $related.Add([pscustomobject]@{ Text = ($s.InnerText.Trim()); Uri = $s.GetAttribute('href') }) }
        }
    }
    foreach ($e in $examples) {
        foreach ($m in [regex]::Matches([string]$e.Code, '\b[A-Z][a-z]+-Coolify[A-Za-z]*\b')) { & $addCmdlet $m.Value }
    }
    foreach ($c in $commands | Where-Object Noun -eq $Command.Noun) { & $addCmdlet $c.Name }
    $related.Add([pscustomobject]@{ Text = 'about_Coolify'; Uri = '' })

    [pscustomobject]@{
        Name = $Command.Name; Verb = $Command.Verb; Noun = $Command.Noun; Synopsis = $synopsis; Description = $description
        Parameters = $parameters; Examples = $examples; Inputs = @(Get-InputTypes $Command $parameters); Outputs = @(Get-ReturnTypes $Command)
        Notes = $notes; Related = $related.ToArray(); Command = $Command; Gaps = $gaps.Count
    }
}

# --- MAML ------------------------------------------------------------------------------------------------

$ns = @{
    maml    = 'http://schemas.microsoft.com/maml/2004/10'
    command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    dev     = 'http://schemas.microsoft.com/maml/dev/2004/10'
    MSHelp  = 'http://msdn.microsoft.com/mshelp'
}

function Write-Paras([System.Xml.XmlWriter] $W, [string[]] $Paragraphs) {
    $W.WriteStartElement('maml', 'description', $ns.maml)
    if (-not $Paragraphs -or -not $Paragraphs.Count) { $W.WriteElementString('maml', 'para', $ns.maml, '') }
    foreach ($p in $Paragraphs) { $W.WriteElementString('maml', 'para', $ns.maml, $p) }
    $W.WriteEndElement()
}

function Write-Parameter([System.Xml.XmlWriter] $W, $P, [bool] $Required, [string] $Position, [bool] $InSyntax) {
    $W.WriteStartElement('command', 'parameter', $ns.command)
    $W.WriteAttributeString('required', $Required.ToString().ToLowerInvariant())
    $W.WriteAttributeString('variableLength', $P.Type.IsArray.ToString().ToLowerInvariant())
    $W.WriteAttributeString('globbing', $P.Globbing.ToString().ToLowerInvariant())
    $W.WriteAttributeString('pipelineInput', $P.Pipeline)
    $W.WriteAttributeString('position', $Position)
    $W.WriteAttributeString('aliases', $(if ($P.Aliases.Count) { $P.Aliases -join ', ' } else { 'none' }))
    $W.WriteElementString('maml', 'name', $ns.maml, $P.Name)
    Write-Paras $W $P.Description
    if ($InSyntax -and $P.ValidateSet.Count) {
        $W.WriteStartElement('command', 'parameterValueGroup', $ns.command)
        foreach ($v in $P.ValidateSet) {
            $W.WriteStartElement('command', 'parameterValue', $ns.command)
            $W.WriteAttributeString('required', 'false')
            $W.WriteAttributeString('command', 'variableLength', $ns.command, 'false')
            $W.WriteString($v)
            $W.WriteEndElement()
        }
        $W.WriteEndElement()
    }
    elseif (-not ($InSyntax -and $P.IsSwitch)) {
        $W.WriteStartElement('command', 'parameterValue', $ns.command)
        $W.WriteAttributeString('required', (-not $P.IsSwitch).ToString().ToLowerInvariant())
        $W.WriteAttributeString('variableLength', $P.Type.IsArray.ToString().ToLowerInvariant())
        $W.WriteString($P.ShortType)
        $W.WriteEndElement()
    }
    $W.WriteStartElement('dev', 'type', $ns.dev)
    $W.WriteElementString('maml', 'name', $ns.maml, $P.FullType)
    $W.WriteElementString('maml', 'uri', $ns.maml, '')
    $W.WriteEndElement()
    $W.WriteElementString('dev', 'defaultValue', $ns.dev, $P.Default)
    $W.WriteEndElement()
}

function Write-CommandMaml([System.Xml.XmlWriter] $W, $Help) {
    $W.WriteStartElement('command', 'command', $ns.command)
    foreach ($prefix in 'maml', 'command', 'dev', 'MSHelp') { $W.WriteAttributeString('xmlns', $prefix, $null, $ns[$prefix]) }

    $W.WriteStartElement('command', 'details', $ns.command)
    $W.WriteElementString('command', 'name', $ns.command, $Help.Name)
    $W.WriteElementString('command', 'verb', $ns.command, $Help.Verb)
    $W.WriteElementString('command', 'noun', $ns.command, $Help.Noun)
    Write-Paras $W @($Help.Synopsis)
    $W.WriteEndElement()

    Write-Paras $W $Help.Description

    $W.WriteStartElement('command', 'syntax', $ns.command)
    $byName = @{}
    foreach ($p in $Help.Parameters) { $byName[$p.Name] = $p }
    $sets = @($Help.Command.ParameterSets)
    # The default set first, as Get-Command shows it.
    $sets = @($sets | Where-Object IsDefault) + @($sets | Where-Object { -not $_.IsDefault })
    foreach ($set in $sets) {
        $W.WriteStartElement('command', 'syntaxItem', $ns.command)
        $W.WriteElementString('maml', 'name', $ns.maml, $Help.Name)
        foreach ($sp in Get-SetParameters $Help.Command $set) {
            if (-not $byName.ContainsKey($sp.Name)) { continue }
            $position = if ($sp.Position -ge 0) { [string]$sp.Position } else { 'named' }
            Write-Parameter $W $byName[$sp.Name] $sp.IsMandatory $position $true
        }
        $W.WriteEndElement()
    }
    $W.WriteEndElement()

    $W.WriteStartElement('command', 'parameters', $ns.command)
    foreach ($p in $Help.Parameters | Sort-Object { $_.Name -in 'WhatIf', 'Confirm' }, { $_.Position -eq 'named' }, { $_.Position }, Name) {
        Write-Parameter $W $p $p.Required $p.Position $false
    }
    $W.WriteEndElement()

    foreach ($kind in @(@{ List = 'inputTypes'; Item = 'inputType'; Items = $Help.Inputs }, @{ List = 'returnValues'; Item = 'returnValue'; Items = $Help.Outputs })) {
        $W.WriteStartElement('command', $kind.List, $ns.command)
        $items = @($kind.Items)
        if (-not $items.Count) { $items = @([pscustomobject]@{ Name = 'None'; Text = 'You cannot pipe objects to this cmdlet.' }) }
        foreach ($i in $items) {
            $W.WriteStartElement('command', $kind.Item, $ns.command)
            $W.WriteStartElement('dev', 'type', $ns.dev)
            $W.WriteElementString('maml', 'name', $ns.maml, $i.Name)
            $W.WriteEndElement()
            Write-Paras $W @($i.Text)
            $W.WriteEndElement()
        }
        $W.WriteEndElement()
    }

    $W.WriteStartElement('maml', 'alertSet', $ns.maml)
    $W.WriteStartElement('maml', 'alert', $ns.maml)
    foreach ($n in $Help.Notes) { $W.WriteElementString('maml', 'para', $ns.maml, $n) }
    $W.WriteEndElement()
    $W.WriteEndElement()

    $W.WriteStartElement('command', 'examples', $ns.command)
    foreach ($e in $Help.Examples) {
        $W.WriteStartElement('command', 'example', $ns.command)
        $W.WriteElementString('maml', 'title', $ns.maml, "--------- $($e.Title) ---------")
        $W.WriteElementString('dev', 'code', $ns.dev, $e.Code)
        $W.WriteStartElement('dev', 'remarks', $ns.dev)
        foreach ($r in @($e.Remarks)) { $W.WriteElementString('maml', 'para', $ns.maml, $r) }
        # An empty paragraph: Get-Help then leaves a blank line before the next example.
        $W.WriteElementString('maml', 'para', $ns.maml, '')
        $W.WriteEndElement()
        $W.WriteEndElement()
    }
    $W.WriteEndElement()

    $W.WriteStartElement('command', 'relatedLinks', $ns.command)
    foreach ($l in $Help.Related) {
        $W.WriteStartElement('maml', 'navigationLink', $ns.maml)
        $W.WriteElementString('maml', 'linkText', $ns.maml, $l.Text)
        $W.WriteElementString('maml', 'uri', $ns.maml, $l.Uri)
        $W.WriteEndElement()
    }
    $W.WriteEndElement()

    $W.WriteEndElement()
}

# --- Markdown --------------------------------------------------------------------------------------------

# Areas of docs/cmdlets.md, by noun; the first match wins.
$areas = [ordered]@{
    'Connection and instance'       = '^Coolify$|^CoolifyConnection$|^CoolifyHealth$|^CoolifyApi$|^CoolifyMcp$|^CoolifyRequest$'
    'Applications'                  = '^CoolifyApplication|^CoolifyPreviewDeployment$'
    'Deployments'                   = '^CoolifyDeployment'
    'Databases and their backups'   = '^CoolifyDatabase'
    'Services and their containers' = '^CoolifyService'
    'Environment variables'         = '^CoolifyEnvironmentVariable$'
    'Storages and volume backups'   = '^CoolifyStorage'
    'Container logs'                = '^CoolifyLog$'
    'Scheduled tasks'               = '^CoolifyScheduledTask|^CoolifyCommand$'
    'Tags'                          = '^CoolifyTag$'
    'Shared variables'              = '^CoolifySharedVariable$'
    'Projects and environments'     = '^CoolifyProject$|^CoolifyEnvironment$'
    'Servers'                       = '^CoolifyServer|^CoolifyResource$|^CoolifyDomain$|^CoolifyDestination$'
    'Cloud providers'               = '^CoolifyCloud|^CoolifyHetzner|^CoolifyDigitalOcean|^CoolifyVultr'
    'Private keys and Git sources'  = '^CoolifyPrivateKey$|^CoolifyGitHub|^CoolifyGitLab'
    'S3 storages'                   = '^CoolifyS3Storage$'
    'Team and notifications'        = '^CoolifyTeam|^CoolifyNotificationSetting$'
}

function Get-Area([string] $Noun) {
    foreach ($a in $areas.Keys) { if ($Noun -match $areas[$a]) { return $a } }
    'Other'
}

function Get-SyntaxText($Command, $Set) {
    $parts = foreach ($sp in Get-SetParameters $Command $Set) {
        $type = if ($sp.ParameterType -eq [System.Management.Automation.SwitchParameter]) { "" } else { " <$(Get-ShortTypeName $sp.ParameterType)>" }
        $name = if ($sp.Position -ge 0) { "[-$($sp.Name)]" } else { "-$($sp.Name)" }
        $text = "$name$type"
        if (-not $sp.IsMandatory) { $text = "[$text]" }
        $text
    }
    "$($Command.Name) $($parts -join ' ') [<CommonParameters>]"
}

function ConvertTo-MdCell([string] $Text) { ($Text -replace '\|', '\|' -replace '\s+', ' ').Trim() }

function Write-CmdletPage($Help, [string] $Path) {
    $lines = [System.Collections.Generic.List[string]]::new()
    $lines.Add("# $($Help.Name)")
    $lines.Add('')
    $lines.Add('<!-- Generated by build/Write-MamlHelp.ps1 from the doc comments of the cmdlet class; edit those, not this file. -->')
    $lines.Add('')
    $lines.Add('## Synopsis'); $lines.Add(''); $lines.Add($Help.Synopsis); $lines.Add('')
    $lines.Add('## Syntax'); $lines.Add('')
    foreach ($set in @($Help.Command.ParameterSets | Where-Object IsDefault) + @($Help.Command.ParameterSets | Where-Object { -not $_.IsDefault })) {
        if (@($Help.Command.ParameterSets).Count -gt 1) { $lines.Add("### $($set.Name)"); $lines.Add('') }
        $lines.Add('```powershell'); $lines.Add((Get-SyntaxText $Help.Command $set)); $lines.Add('```'); $lines.Add('')
    }
    $lines.Add('## Description'); $lines.Add('')
    foreach ($p in $Help.Description) { $lines.Add($p); $lines.Add('') }
    $lines.Add('## Examples'); $lines.Add('')
    foreach ($e in $Help.Examples) {
        $lines.Add("### $($e.Title)"); $lines.Add('')
        $lines.Add('```powershell'); $lines.Add($e.Code); $lines.Add('```'); $lines.Add('')
        foreach ($r in $e.Remarks) { $lines.Add($r); $lines.Add('') }
    }
    $lines.Add('## Parameters'); $lines.Add('')
    foreach ($p in $Help.Parameters | Sort-Object { $_.Name -in 'WhatIf', 'Confirm' }, { $_.Position -eq 'named' }, { $_.Position }, Name) {
        $lines.Add("### -$($p.Name)"); $lines.Add('')
        foreach ($d in $p.Description) { $lines.Add($d); $lines.Add('') }
        $lines.Add('| | |'); $lines.Add('|---|---|')
        $lines.Add("| Type | ``$($p.ShortType)`` |")
        if ($p.ValidateSet.Count) { $values = ($p.ValidateSet | ForEach-Object { '`' + $_ + '`' }) -join ', '; $lines.Add("| Accepted values | $values |") }
        $lines.Add("| Parameter sets | $(($p.Sets | ForEach-Object { if ($_ -eq '__AllParameterSets') { '(all)' } else { $_ } }) -join ', ') |")
        $lines.Add("| Aliases | $(if ($p.Aliases.Count) { $p.Aliases -join ', ' } else { 'none' }) |")
        $lines.Add("| Required | $($p.Required) |")
        $lines.Add("| Position | $($p.Position) |")
        $lines.Add("| Default value | $($p.Default) |")
        $lines.Add("| Accepts pipeline input | $($p.Pipeline) |")
        $lines.Add("| Accepts wildcard characters | $($p.Globbing) |")
        $lines.Add('')
    }
    $lines.Add('## Inputs'); $lines.Add('')
    foreach ($i in $Help.Inputs) { $lines.Add("### $($i.Name)"); $lines.Add(''); $lines.Add($i.Text); $lines.Add('') }
    if (-not $Help.Inputs.Count) { $lines.Add('None. You cannot pipe objects to this cmdlet.'); $lines.Add('') }
    $lines.Add('## Outputs'); $lines.Add('')
    foreach ($o in $Help.Outputs) { $lines.Add("### $($o.Name)"); $lines.Add(''); if ($o.Text) { $lines.Add($o.Text); $lines.Add('') } }
    $lines.Add('## Notes'); $lines.Add('')
    foreach ($n in $Help.Notes) { $lines.Add($n); $lines.Add('') }
    $lines.Add('## Related links'); $lines.Add('')
    foreach ($l in $Help.Related | Select-Object -Skip 1) {
        if ($l.Uri) { $lines.Add("- [$($l.Text)]($($l.Uri))") }
        elseif ($l.Text -eq 'about_Coolify') { $lines.Add('- [about_Coolify](../../src/Coolify/en-US/about_Coolify.help.txt)') }
        else { $lines.Add("- [$($l.Text)]($($l.Text).md)") }
    }
    Set-Content -Path $Path -Value $lines -Encoding utf8NoBOM
}

# --- Write everything --------------------------------------------------------------------------------------

$helps = @(foreach ($c in $commands) { Get-CmdletHelp $c })

$enUs = New-Item -ItemType Directory -Force (Join-Path $moduleBase 'en-US')
$settings = [System.Xml.XmlWriterSettings]::new()
$settings.Indent = $true
$settings.Encoding = [System.Text.UTF8Encoding]::new($false)
# PowerShell looks for the help of a binary cmdlet in <culture>/<assembly file name>-Help.xml.
$mamlPath = Join-Path $enUs.FullName "$(Split-Path -Leaf $assembly.Location)-Help.xml"
$writer = [System.Xml.XmlWriter]::Create($mamlPath, $settings)
try {
    $writer.WriteStartDocument()
    $writer.WriteStartElement('helpItems', 'http://msh')
    $writer.WriteAttributeString('schema', 'maml')
    foreach ($h in $helps) { Write-CommandMaml $writer $h }
    $writer.WriteEndElement()
    $writer.WriteEndDocument()
}
finally {
    $writer.Dispose()
}
Copy-Item $AboutSource (Join-Path $enUs.FullName 'about_Coolify.help.txt')

$pages = Join-Path $DocsPath 'cmdlets'
if (Test-Path $pages) { Remove-Item $pages -Recurse -Force }
$null = New-Item -ItemType Directory -Force $pages
foreach ($h in $helps) { Write-CmdletPage $h (Join-Path $pages "$($h.Name).md") }

$overview = [System.Collections.Generic.List[string]]::new()
$overview.Add('# Coolify cmdlets by area')
$overview.Add('')
$overview.Add("Generated by ``build.ps1`` from the help of the $($helps.Count) cmdlets (``Get-Help <cmdlet> -Full`` shows the same text); do not edit by hand.")
$overview.Add('Each name links to the cmdlet''s page. In PowerShell: `Get-Help about_Coolify`, `Get-Command -Module Coolify`, `Get-Help <cmdlet> -Examples`.')
$overview.Add('')
$grouped = $helps | Group-Object { Get-Area $_.Noun }
foreach ($area in @($areas.Keys) + 'Other') {
    $group = @($grouped | Where-Object Name -eq $area)
    if (-not $group.Count) { continue }
    $overview.Add("## $area"); $overview.Add('')
    $overview.Add('| Cmdlet | What it does |'); $overview.Add('|---|---|')
    foreach ($h in $group[0].Group | Sort-Object Noun, Verb) { $overview.Add("| [$($h.Name)](cmdlets/$($h.Name).md) | $(ConvertTo-MdCell $h.Synopsis) |") }
    $overview.Add('')
}
Set-Content -Path (Join-Path $DocsPath 'cmdlets.md') -Value $overview -Encoding utf8NoBOM

$incomplete = @($helps | Where-Object Gaps).Count
Write-Host "Wrote $mamlPath ($($helps.Count) cmdlets, $incomplete with gaps), about_Coolify.help.txt and docs/cmdlets.md with docs/cmdlets/*.md."
