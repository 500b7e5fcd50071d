#requires -Version 7.2
<#
.SYNOPSIS
    Builds, demonstrates and tests the Coolify module.
.DESCRIPTION
    Default (no -Task): build out/Coolify and run a short demo against the bundled Coolify simulator.
      Build  publishes the module and lays out out/Coolify (third-party DLLs in dependencies/),
             stamps the manifest's version (Directory.Build.props) and release notes (CHANGELOG.md),
             checks CmdletsToExport against the assembly, writes the help (en-US/, docs/cmdlets*),
             builds the simulator.
      Demo   runs the README's pipeline examples against the simulator in a child pwsh.
      Package  builds, then packs out/Coolify into out/package/Coolify.<version>.nupkg with
             Publish-PSResource (a local file repository in a temporary folder), ready for
             Install-PSResource or the PowerShell Gallery.
      Test   builds and packs, then runs every xunit and Pester test and ends with one line
             'N passed, N failed[, N skipped]'; exits non-zero on any failure.
      Bench  builds, then measures the module side by side with Invoke-RestMethod, ForEach-Object -Parallel
             and a raw HttpClient against the simulator (bench/Invoke-Benchmark.ps1), prints the table and
             writes docs/benchmarks.md. A few minutes; no test asserts on timings.
      Clean  removes out/ and the bin/obj folders.
.EXAMPLE
    dotnet tool restore; dotnet pwsh ./build.ps1
.EXAMPLE
    dotnet tool restore; dotnet pwsh ./build.ps1 -Task Test
.EXAMPLE
    dotnet tool restore; dotnet pwsh ./build.ps1 -Task Package
.EXAMPLE
    dotnet tool restore; dotnet pwsh ./build.ps1 -Task Bench
#>
[CmdletBinding()]
param(
    [ValidateSet('Default', 'Build', 'Demo', 'Package', 'Test', 'Bench', 'Clean')]
    [string[]] $Task = 'Default',

    [ValidateSet('Release', 'Debug')]
    [string] $Configuration = 'Release',

    # Run only the Pester files whose name matches (e.g. 'Connection'); xunit is skipped when given.
    [string] $PesterFilter
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$root = $PSScriptRoot
$out = Join-Path $root 'out'
$moduleOut = Join-Path $out 'Coolify'
# Child processes keep Coolify.dll out of this process (so the build never locks it).
Import-Module (Join-Path $root 'build/ChildProcess.psm1') -Force

function Invoke-Native {
    param([Parameter(Mandatory)][string] $What, [Parameter(Mandatory)][scriptblock] $Command)
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit code $LASTEXITCODE)." }
}

function Get-ModuleVersion {
    $props = [xml](Get-Content -Raw (Join-Path $root 'Directory.Build.props'))
    $version = $props.Project.PropertyGroup.CoolifyModuleVersion | Where-Object { $_ } | Select-Object -First 1
    if (-not $version) { throw 'Directory.Build.props has no CoolifyModuleVersion.' }
    $version
}

function Get-ReleaseNotes {
    # The CHANGELOG.md section of the version being built is the manifest's (and the package's) release notes.
    $version = Get-ModuleVersion
    $text = Get-Content -Raw (Join-Path $root 'CHANGELOG.md')
    $match = [regex]::Match($text, "(?ms)^## \[?$([regex]::Escape($version))\]?[^\n]*\n(.*?)(?=^## |\z)")
    if (-not $match.Success -or -not $match.Groups[1].Value.Trim()) { throw "CHANGELOG.md has no section '## $version' for the version in Directory.Build.props." }
    $match.Groups[1].Value.Trim()
}

function Invoke-BuildTask {
    $publish = Join-Path $out 'publish'
    Invoke-Native 'dotnet publish' { dotnet publish (Join-Path $root 'src/Coolify/Coolify.csproj') -c $Configuration -o $publish --nologo -v quiet }

    if (Test-Path $moduleOut) { Remove-Item $moduleOut -Recurse -Force }
    $deps = New-Item -ItemType Directory -Force (Join-Path $moduleOut 'dependencies')
    foreach ($file in Get-ChildItem $publish -File) {
        switch -Regex ($file.Name) {
            '^Coolify\.(dll|pdb)$' { Copy-Item $file.FullName $moduleOut; break }
            '^System\.Management\.Automation\.dll$' { throw 'System.Management.Automation.dll must not ship with the module (PowerShellStandard.Library is compile-only).' }
            '\.dll$' { Copy-Item $file.FullName $deps.FullName; break }
        }
    }
    Add-ReadyToRunImages $deps.FullName
    Copy-Item (Join-Path $root 'src/Coolify/Coolify*.Format.ps1xml') $moduleOut
    Copy-Item (Join-Path $root 'README.md'), (Join-Path $root 'LICENSE'), (Join-Path $root 'CHANGELOG.md') $moduleOut
    $manifest = (Get-Content -Raw (Join-Path $root 'Coolify.psd1')).Replace('{{ModuleVersion}}', (Get-ModuleVersion)).Replace('{{ReleaseNotes}}', (Get-ReleaseNotes).Replace("'", "''"))
    Set-Content -Path (Join-Path $moduleOut 'Coolify.psd1') -Value $manifest -Encoding utf8NoBOM

    Test-ExportedCmdlets
    Write-ApiCoverage
    Write-Help
    Invoke-Native 'simulator build' { dotnet build (Join-Path $root 'tests/Coolify.Simulator/Coolify.Simulator.csproj') -c $Configuration -o (Join-Path $out 'simulator') --nologo -v quiet }
    Write-Host "Built $moduleOut (version $(Get-ModuleVersion))."
}

function Add-ReadyToRunImages {
    <#
    ReadyToRun images of the dependencies for PowerShell 7.6 (.NET 10) on the platforms most hosts run
    (build/ReadyToRun.csproj), into dependencies/net10.0-<rid>/: there the module's resolver loads them
    instead of the IL images, whose code would otherwise be compiled at the first Connect-Coolify. Only
    images that really carry native code are kept; dotnet publish is incremental, so a rebuild is quick.
    #>
    param([Parameter(Mandatory)][string] $DependencyFolder)
    foreach ($rid in 'linux-x64', 'win-x64', 'osx-arm64') {
        $staging = Join-Path $out "r2r/net10.0-$rid"
        Invoke-Native "ReadyToRun images for $rid" {
            dotnet publish (Join-Path $root 'build/ReadyToRun.csproj') -c Release -r $rid "-p:DependencyFolder=$DependencyFolder" -o $staging --nologo -v quiet
        }
        $target = New-Item -ItemType Directory -Force (Join-Path $DependencyFolder "net10.0-$rid")
        foreach ($il in Get-ChildItem $DependencyFolder -Filter '*.dll' -File) {
            $image = Join-Path $staging $il.Name
            if ((Test-Path $image) -and (Test-ReadyToRunImage $image)) { Copy-Item $image $target.FullName }
        }
        if (-not (Get-ChildItem $target.FullName -Filter '*.dll')) { throw "No ReadyToRun image was made for $rid." }
    }
}

function Test-ReadyToRunImage([string] $Path) {
    $stream = [IO.File]::OpenRead($Path)
    try {
        $pe = [Reflection.PortableExecutable.PEReader]::new($stream)
        try { $pe.PEHeaders.CorHeader -and $pe.PEHeaders.CorHeader.ManagedNativeHeaderDirectory.Size -gt 0 } finally { $pe.Dispose() }
    }
    finally {
        $stream.Dispose()
    }
}

function Test-ExportedCmdlets {
    # In a child process, so the build never loads (and locks) the module's DLL.
    $check = @"
`$ErrorActionPreference = 'Stop'
`$manifest = Test-ModuleManifest '$moduleOut/Coolify.psd1'
`$asm = [Reflection.Assembly]::LoadFrom('$moduleOut/Coolify.dll')
`$defined = `$asm.GetExportedTypes() | ForEach-Object { `$_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], `$false) } |
    ForEach-Object { "`$(`$_.VerbName)-`$(`$_.NounName)" } | Sort-Object
`$listed = @(`$manifest.ExportedCmdlets.Keys) | Sort-Object
`$diff = Compare-Object `$defined `$listed
if (`$diff) { `$diff | ForEach-Object { Write-Host ("  {0} {1}" -f `$_.SideIndicator, `$_.InputObject) }; exit 3 }
`$unapproved = `$defined | Where-Object { (`$_ -split '-')[0] -notin (Get-Verb).Verb }
if (`$unapproved) { Write-Host "Unapproved verbs: `$unapproved"; exit 4 }
exit 0
"@
    $code = Invoke-ChildPwsh -Command $check
    if ($code -ne 0) { throw "Coolify.psd1 CmdletsToExport does not match the cmdlets Coolify.dll defines (=> only in the manifest, <= only in the assembly), or a verb is not approved." }
}

function Write-ApiCoverage {
    # The script finds the OpenAPI document itself (build/Find-OpenApiDocument.ps1; the child inherits COOLIFY_OPENAPI).
    $script = Join-Path $root 'build/Write-ApiCoverage.ps1'
    $command = "& '$script' -AssemblyPath '$moduleOut/Coolify.dll' -OutputPath '$root/docs/api-coverage.md'"
    if ((Invoke-ChildPwsh -Command $command) -ne 0) { throw 'Writing docs/api-coverage.md failed.' }
}

function Write-Help {
    # MAML help, about_Coolify and docs/cmdlets*.md from Get-Command and the doc comments (Coolify.xml).
    $script = Join-Path $root 'build/Write-MamlHelp.ps1'
    $projectUri = (Import-PowerShellDataFile (Join-Path $moduleOut 'Coolify.psd1')).PrivateData.PSData.ProjectUri
    $command = "& '$script' -ModulePath '$moduleOut/Coolify.psd1' -XmlDocPath '$out/publish/Coolify.xml' " +
        "-AboutSource '$root/src/Coolify/en-US/about_Coolify.help.txt' -DocsPath '$root/docs' -ProjectUri '$projectUri'"
    if ((Invoke-ChildPwsh -Command $command) -ne 0) { throw 'Writing the help failed.' }
}

function Invoke-PackageTask {
    # In a child pwsh with its own per-user folders, so no repository is left in the user's PSResourceGet settings.
    $script = Join-Path $root 'build/New-ModulePackage.ps1'
    $userHome = Join-Path ([IO.Path]::GetTempPath()) "coolify-package-home-$PID"
    try {
        $code = Invoke-IsolatedPwsh -UserHome $userHome -Command "& '$script' -ModulePath '$moduleOut' -OutputDirectory '$out/package'"
        if ($code -ne 0) { throw "Packing the module failed (exit code $code)." }
    }
    finally {
        Remove-Item $userHome -Recurse -Force -ErrorAction Ignore
    }
}

function Invoke-DemoTask {
    # Only the demo drives the simulator, whose helpers belong to the tests.
    Import-Module (Join-Path $root 'tests/CoolifyTestHost.psm1') -Force
    $sim = Start-CoolifySimulator
    try {
        $token = Get-SimToken Root
        $demo = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$moduleOut/Coolify.psd1'
Write-Host '> Connect-Coolify -Url $($sim.Url) -Token <secure string> -PassThru' -ForegroundColor Cyan
Connect-Coolify -Url '$($sim.Url)' -Token (ConvertTo-SecureString '$token' -AsPlainText -Force) -PassThru | Format-Table | Out-Host
Write-Host '> Get-CoolifyService' -ForegroundColor Cyan
Get-CoolifyService | Format-Table | Out-Host
Write-Host "> Get-CoolifyService | Where-Object Status -like 'exited*' | Start-CoolifyService" -ForegroundColor Cyan
Get-CoolifyService | Where-Object Status -like 'exited*' | Start-CoolifyService | Format-Table | Out-Host
Write-Host "> 'k0wcgw4', 'xk9q2m7a1b3c5d7e9f0g2h4j' | Stop-CoolifyService -WhatIf" -ForegroundColor Cyan
'k0wcgw4', 'xk9q2m7a1b3c5d7e9f0g2h4j' | Stop-CoolifyService -WhatIf
Write-Host "> Get-CoolifyService -Name 'n8n*' | Restart-CoolifyService -Confirm:`$false" -ForegroundColor Cyan
Get-CoolifyService -Name 'n8n*' | Restart-CoolifyService -Confirm:`$false | Format-Table | Out-Host
Write-Host '> Get-CoolifyService -Name n8n* | Get-CoolifyEnvironmentVariable' -ForegroundColor Cyan
Get-CoolifyService -Name 'n8n*' | Get-CoolifyEnvironmentVariable | Format-Table | Out-Host
Write-Host '> Get-CoolifyService' -ForegroundColor Cyan
Get-CoolifyService | Format-Table | Out-Host
"@
        $code = Invoke-ChildPwsh -Command $demo
        if ($code -ne 0) { throw "The demo failed (exit code $code)." }
    }
    finally {
        Stop-CoolifySimulator $sim
    }
}

function Invoke-XunitTests {
    $results = Join-Path $out 'test-results'
    $trx = Join-Path $results 'xunit.trx'
    if (Test-Path $trx) { Remove-Item $trx }
    dotnet test (Join-Path $root 'tests/Coolify.Tests/Coolify.Tests.csproj') -c $Configuration --nologo -v quiet `
        --logger "trx;LogFileName=$trx" --logger 'console;verbosity=minimal' | Out-Host
    if (-not (Test-Path $trx)) { throw "xunit wrote no results (dotnet test exit code $LASTEXITCODE)." }
    $counters = ([xml](Get-Content -Raw $trx)).TestRun.ResultSummary.Counters
    [pscustomobject]@{ Passed = [int]$counters.passed; Failed = [int]$counters.failed + [int]$counters.error; Skipped = [int]$counters.notExecuted }
}

function Invoke-PesterTests {
    Invoke-Native 'restoring test tools' { dotnet restore (Join-Path $root 'build/tools.proj') --nologo -v quiet }
    $nugetRoot = (dotnet nuget locals global-packages --list) -replace '^global-packages:\s*', ''
    $pester = Join-Path $nugetRoot.Trim() 'pester/5.7.1/tools/Pester.psd1'
    if (-not (Test-Path $pester)) { throw "Pester was not restored to $pester." }
    $summary = Join-Path $out 'test-results/pester-summary.json'
    $run = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$pester'
`$config = New-PesterConfiguration
`$config.Run.Path = '$root/tests/Pester'
`$config.Run.PassThru = `$true
`$config.Output.Verbosity = 'Normal'
`$config.TestResult.Enabled = `$true
`$config.TestResult.OutputPath = '$out/test-results/pester.xml'
$(if ($PesterFilter) { "`$config.Filter.FullName = '*$PesterFilter*'" })
`$result = Invoke-Pester -Configuration `$config
@{ Passed = `$result.PassedCount; Failed = `$result.FailedCount + `$result.FailedBlocksCount + `$result.FailedContainersCount; Skipped = `$result.SkippedCount } |
    ConvertTo-Json | Set-Content '$summary'
"@
    if (Test-Path $summary) { Remove-Item $summary }
    $null = Invoke-ChildPwsh -Command $run
    if (-not (Test-Path $summary)) { throw 'Pester wrote no summary: the test run itself failed.' }
    Get-Content -Raw $summary | ConvertFrom-Json
}

function Invoke-TestTask {
    $null = New-Item -ItemType Directory -Force (Join-Path $out 'test-results')
    $env:COOLIFY_MODULE_PATH = Join-Path $moduleOut 'Coolify.psd1'
    $env:COOLIFY_SIMULATOR_PATH = Join-Path $out 'simulator/Coolify.Simulator.dll'
    $env:COOLIFY_PACKAGE_PATH = Join-Path $out "package/Coolify.$(Get-ModuleVersion).nupkg"
    $totals = [ordered]@{ Passed = 0; Failed = 0; Skipped = 0 }
    $parts = @()
    if (-not $PesterFilter) { $parts += Invoke-XunitTests }
    $parts += Invoke-PesterTests
    foreach ($p in $parts) { foreach ($k in @($totals.Keys)) { $totals[$k] += [int]$p.$k } }
    $line = "$($totals.Passed) passed, $($totals.Failed) failed"
    if ($totals.Skipped) { $line += ", $($totals.Skipped) skipped" }
    Write-Host $line
    if ($totals.Failed -gt 0 -or $totals.Passed -eq 0) { exit 1 }
}

function Invoke-BenchTask {
    & (Join-Path $root 'bench/Invoke-Benchmark.ps1') -ModulePath (Join-Path $moduleOut 'Coolify.psd1') -SimulatorPath (Join-Path $out 'simulator/Coolify.Simulator.dll')
}

function Invoke-CleanTask {
    foreach ($path in @($out) + (Get-ChildItem $root -Recurse -Directory -Include bin, obj | Where-Object FullName -notmatch 'node_modules').FullName) {
        if (Test-Path $path) { Remove-Item $path -Recurse -Force }
    }
}

Push-Location $root
try {
    foreach ($t in $Task) {
        switch ($t) {
            'Default' { Invoke-BuildTask; Invoke-DemoTask }
            'Build' { Invoke-BuildTask }
            'Demo' { Invoke-DemoTask }
            'Package' { Invoke-BuildTask; Invoke-PackageTask }
            'Test' { Invoke-BuildTask; Invoke-PackageTask; Invoke-TestTask }
            'Bench' { Invoke-BuildTask; Invoke-BenchTask }
            'Clean' { Invoke-CleanTask }
        }
    }
}
finally {
    Pop-Location
}
