# Part of build/Write-MamlHelp.ps1 (dot-sourced): reads the XML doc comments the compiler writes
# (Coolify.xml) into plain paragraphs, code blocks and examples. Get-CrefText reads $classToCmdlet
# (class full name -> cmdlet name), which Write-MamlHelp.ps1 sets before it calls anything here.

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
