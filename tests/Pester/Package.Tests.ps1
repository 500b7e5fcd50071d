# The package build.ps1 -Task Package writes (the Test task packs before it tests): its contents, and an
# install from a local file repository with PSResourceGet into a temporary module path, then
# Import-Module Coolify by name and a real call against the simulator, in a child pwsh whose per-user
# folders are a temporary directory (Invoke-IsolatedPwsh), so nothing reaches the real user's modules.
BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $script:Manifest = Import-PowerShellDataFile $script:ModulePath
    $script:Version = $script:Manifest.ModuleVersion
    $script:Package = if ($env:COOLIFY_PACKAGE_PATH) { $env:COOLIFY_PACKAGE_PATH } else { Join-Path $PSScriptRoot "../../out/package/Coolify.$($script:Version).nupkg" }

    function Read-PackageEntry([string] $Name) {
        $zip = [IO.Compression.ZipFile]::OpenRead($script:Package)
        try {
            $entry = $zip.GetEntry($Name)
            if (-not $entry) { return $null }
            $reader = [IO.StreamReader]::new($entry.Open())
            try { $reader.ReadToEnd() } finally { $reader.Dispose() }
        }
        finally {
            $zip.Dispose()
        }
    }
}

Describe 'Package' {
    It 'is out/package/Coolify.<version>.nupkg, with the module, its help, its dependencies and its licence' {
        $script:Package | Should -Exist -Because 'build.ps1 -Task Package (and -Task Test) writes it'
        $zip = [IO.Compression.ZipFile]::OpenRead($script:Package)
        try { $entries = @($zip.Entries | ForEach-Object FullName) } finally { $zip.Dispose() }
        foreach ($file in 'Coolify.psd1', 'Coolify.dll', 'Coolify.Format.ps1xml', 'Coolify.Generated.Format.ps1xml', 'en-US/Coolify.dll-Help.xml', 'en-US/about_Coolify.help.txt', 'LICENSE', 'README.md', 'CHANGELOG.md') {
            $entries | Should -Contain $file
        }
        @($entries | Where-Object { $_ -like 'dependencies/*.dll' }).Count | Should -BeGreaterThan 5
        $entries | Should -Not -Contain 'System.Management.Automation.dll'
    }

    It 'describes the module as the manifest does: one version, both editions, 5.1, tags, links and release notes' {
        $nuspec = [xml](Read-PackageEntry 'Coolify.nuspec')
        $meta = $nuspec.package.metadata
        $meta.id | Should -Be 'Coolify'
        $meta.version | Should -Be $script:Version
        $meta.projectUrl | Should -Be $script:Manifest.PrivateData.PSData.ProjectUri
        $meta.licenseUrl | Should -Be $script:Manifest.PrivateData.PSData.LicenseUri
        $meta.releaseNotes | Should -Not -BeNullOrEmpty
        $meta.releaseNotes | Should -Not -Match '\{\{' -Because 'the build replaces the placeholder with the CHANGELOG section'
        foreach ($tag in 'PSModule', 'Coolify', 'PSEdition_Desktop', 'PSEdition_Core') { $meta.tags -split ' ' | Should -Contain $tag }

        $packed = Read-PackageEntry 'Coolify.psd1'
        $data = [scriptblock]::Create($packed).InvokeReturnAsIs()
        $data.ModuleVersion | Should -Be $script:Version
        $data.CompatiblePSEditions -join ', ' | Should -Be 'Desktop, Core'
        $data.PowerShellVersion | Should -Be '5.1'
        $data.FormatsToProcess -join ', ' | Should -Be 'Coolify.Format.ps1xml, Coolify.Generated.Format.ps1xml'
        @($data.CmdletsToExport).Count | Should -Be @(Get-Command -Module Coolify -CommandType Cmdlet).Count
        $data.CmdletsToExport | Should -Not -Contain '*'
    }

    It 'installs with Install-PSResource from a local file repository into a temporary module path and imports by name' {
        if (-not (Get-Module -ListAvailable Microsoft.PowerShell.PSResourceGet)) {
            Set-ItResult -Skipped -Because 'Microsoft.PowerShell.PSResourceGet is not available in this PowerShell (it ships with 7.4 and later)'
            return
        }
        $sim = Start-CoolifySimulator
        $work = Join-Path ([IO.Path]::GetTempPath()) "coolify-install-$PID"
        $null = New-Item -ItemType Directory -Force (Join-Path $work 'repo'), (Join-Path $work 'home')
        Copy-Item $script:Package (Join-Path $work 'repo')
        try {
            $script = @"
`$ErrorActionPreference = 'Stop'
`$work = '$work'
Import-Module Microsoft.PowerShell.PSResourceGet
Register-PSResourceRepository -Name CoolifyTest -Uri (Join-Path `$work 'repo') -Trusted
try {
    if (`$IsWindows) {
        # Windows keeps CurrentUser in Documents, which a child process cannot be pointed away from.
        `$modules = Join-Path `$work 'modules'
        `$null = New-Item -ItemType Directory -Force `$modules
        Save-PSResource -Name Coolify -Repository CoolifyTest -TrustRepository -Path `$modules
    }
    else {
        # HOME is a temporary folder here, so CurrentUser is too; refuse to go on if it is not.
        `$modules = (`$env:PSModulePath -split [IO.Path]::PathSeparator)[0]
        if (-not `$modules.StartsWith(`$work)) { throw "The CurrentUser module path `$modules is not below `$work." }
        Install-PSResource -Name Coolify -Repository CoolifyTest -TrustRepository -Scope CurrentUser
    }
}
finally {
    Unregister-PSResourceRepository -Name CoolifyTest
}
`$env:PSModulePath = `$modules + [IO.Path]::PathSeparator + (Join-Path `$PSHOME 'Modules')
Import-Module Coolify
`$module = Get-Module Coolify
Connect-Coolify -Url '$($sim.Url)' -Token (ConvertTo-SecureString '$(Get-SimToken Root)' -AsPlainText -Force)
[pscustomobject]@{
    ModuleBase = `$module.ModuleBase
    Version    = `$module.Version.ToString()
    Cmdlets    = @(Get-Command -Module Coolify).Count
    Synopsis   = (Get-Help Connect-Coolify).Synopsis
    About      = [bool](Get-Help about_Coolify | Out-String | Select-String 'RATE LIMITS')
    Services   = @(Get-CoolifyService).Count
} | ConvertTo-Json -Compress
"@
            $output = Invoke-IsolatedPwsh -UserHome (Join-Path $work 'home') -Command $script -CaptureOutput
            $json = @($output | Where-Object { $_ -like '{*' })[-1]
            $json | Should -Not -BeNullOrEmpty -Because ($output -join "`n")
            $result = $json | ConvertFrom-Json
            $result.ModuleBase | Should -BeLike "$work*" -Because 'the module was imported by name from the temporary module path'
            $result.ModuleBase | Should -BeLike "*Coolify*$($script:Version)*"
            $result.Version | Should -Be $script:Version
            $result.Cmdlets | Should -Be @(Get-Command -Module Coolify -CommandType Cmdlet).Count
            $result.Synopsis | Should -Not -Match '^Connect-Coolify' -Because 'the help ships in the package'
            $result.About | Should -BeTrue
            $result.Services | Should -BeGreaterThan 0 -Because 'the installed module (and its dependencies) works against Coolify'
        }
        finally {
            Stop-CoolifySimulator $sim
            Remove-Item $work -Recurse -Force -ErrorAction Ignore
        }
    }
}
