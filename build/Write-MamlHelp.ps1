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
      The generated cmdlets (src/Coolify/Cmdlets/<Area>/*.g.cs) get the same comments from
      build/New-ApiCmdlets.ps1 (build/ApiGenerator.Help.ps1 and build/api-help.psd1).


    The operation table (ApiOperations) adds a note naming the API routes each cmdlet calls. Gaps are
    reported as warnings, not errors: the Help tests (tests/Pester/Help.Tests.ps1) are the gate.

    This file is the entry point; the work is in the dot-sourced Help.*.ps1 beside it:
      Help.DocComments.ps1  reads the doc comments      Help.CommandInfo.ps1  reads Get-Command
      Help.CmdletHelp.ps1   merges them per cmdlet      Help.Maml.ps1         writes the MAML
      Help.Markdown.ps1     writes docs/cmdlets*
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
foreach ($part in 'DocComments', 'CommandInfo', 'CmdletHelp', 'Maml', 'Markdown') { . (Join-Path $PSScriptRoot "Help.$part.ps1") }

# The state the Help.*.ps1 functions read (each file's header says which).
$module = Import-Module $ModulePath -PassThru -Force
$doc = [xml](Get-Content -Raw $XmlDocPath)
$members = @{}
foreach ($m in $doc.doc.members.member) { $members[$m.name] = $m }
$commands = @(Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Noun, Verb)
$classToCmdlet = @{}
foreach ($c in $commands) { $classToCmdlet[$c.ImplementingType.FullName] = $c.Name }
$producers = Get-PipelineProducers $commands
$assembly = $commands[0].ImplementingType.Assembly
$operations = Get-ApiRoutesByCmdlet $assembly
$docsBase = $ProjectUri.TrimEnd('/') + '/blob/main/docs/cmdlets'

$helps = @(foreach ($c in $commands) { Get-CmdletHelp $c })

$enUs = New-Item -ItemType Directory -Force (Join-Path $module.ModuleBase 'en-US')
$mamlPath = Join-Path $enUs.FullName "$(Split-Path -Leaf $assembly.Location)-Help.xml"
Write-MamlFile $mamlPath $helps
Copy-Item $AboutSource (Join-Path $enUs.FullName 'about_Coolify.help.txt')

$pages = Join-Path $DocsPath 'cmdlets'
if (Test-Path $pages) { Remove-Item $pages -Recurse -Force }
$null = New-Item -ItemType Directory -Force $pages
foreach ($h in $helps) { Write-CmdletPage $h (Join-Path $pages "$($h.Name).md") }
Write-CmdletOverview (Join-Path $DocsPath 'cmdlets.md') $helps

$incomplete = @($helps | Where-Object Gaps).Count
Write-Host "Wrote $mamlPath ($($helps.Count) cmdlets, $incomplete with gaps), about_Coolify.help.txt and docs/cmdlets.md with docs/cmdlets/*.md."
