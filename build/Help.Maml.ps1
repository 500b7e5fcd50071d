# Part of build/Write-MamlHelp.ps1 (dot-sourced): writes the MAML help file that Get-Help reads for a
# binary module, from the records of Get-CmdletHelp (Help.CmdletHelp.ps1). Needs nothing else.

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

# One file with every cmdlet: PowerShell looks for the help of a binary cmdlet in
# <culture>/<assembly file name>-Help.xml, so the caller names it after the DLL.
function Write-MamlFile([string] $Path, $Helps) {
    $settings = [System.Xml.XmlWriterSettings]::new()
    $settings.Indent = $true
    $settings.Encoding = [System.Text.UTF8Encoding]::new($false)
    $writer = [System.Xml.XmlWriter]::Create($Path, $settings)
    try {
        $writer.WriteStartDocument()
        $writer.WriteStartElement('helpItems', 'http://msh')
        $writer.WriteAttributeString('schema', 'maml')
        foreach ($h in $Helps) { Write-CommandMaml $writer $h }
        $writer.WriteEndElement()
        $writer.WriteEndDocument()
    }
    finally {
        $writer.Dispose()
    }
}
