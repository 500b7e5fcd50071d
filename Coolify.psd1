# Module manifest for Coolify. build.ps1 stamps {{ModuleVersion}} from Directory.Build.props (the one
# place the version lives) and writes the result to out/Coolify/Coolify.psd1; import that one.
@{
    RootModule            = 'Coolify.dll'
    ModuleVersion         = '{{ModuleVersion}}'
    GUID                  = '5b0f7c53-2d7e-4c1e-9a63-6f1c0e8d2a41'
    Author                = 'Coolify for PowerShell contributors'
    CompanyName           = 'Coolify for PowerShell contributors'
    Copyright             = '(c) Coolify for PowerShell contributors. Apache License 2.0.'
    Description           = 'Manage Coolify (the self-hostable PaaS) from PowerShell: services, applications, databases, servers and deployments through its REST API, with pipeline support, -WhatIf and typed output.'
    PowerShellVersion     = '5.1'
    CompatiblePSEditions  = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess      = @('Coolify.Format.ps1xml')
    FunctionsToExport     = @()
    VariablesToExport     = @()
    AliasesToExport       = @()
    CmdletsToExport       = @(
        'Connect-Coolify'
        'Disconnect-Coolify'
        'Get-CoolifyConnection'
        'Invoke-CoolifyRequest'
        'Test-CoolifyHealth'
        'Enable-CoolifyApi'
        'Disable-CoolifyApi'
        'Enable-CoolifyMcp'
        'Disable-CoolifyMcp'
        'Get-CoolifyProject'
        'New-CoolifyProject'
        'Set-CoolifyProject'
        'Remove-CoolifyProject'
        'Get-CoolifyEnvironment'
        'New-CoolifyEnvironment'
        'Set-CoolifyEnvironment'
        'Remove-CoolifyEnvironment'
        'Get-CoolifyServer'
        'Get-CoolifyResource'
        'Get-CoolifyDomain'
        'Get-CoolifyTeam'
        'Get-CoolifyTeamMember'
        'Get-CoolifyService'
        'New-CoolifyService'
        'Set-CoolifyService'
        'Remove-CoolifyService'
        'Start-CoolifyService'
        'Stop-CoolifyService'
        'Restart-CoolifyService'
        'Copy-CoolifyService'
        'Move-CoolifyService'
        'Get-CoolifyLog'
        'Get-CoolifyEnvironmentVariable'
        'New-CoolifyEnvironmentVariable'
        'Set-CoolifyEnvironmentVariable'
        'Remove-CoolifyEnvironmentVariable'
        'Get-CoolifyStorage'
        'New-CoolifyStorage'
        'Set-CoolifyStorage'
        'Remove-CoolifyStorage'
        'Get-CoolifyTag'
        'Add-CoolifyTag'
        'Remove-CoolifyTag'
        'Set-CoolifyStorageBackupSchedule'
        'Remove-CoolifyStorageBackupSchedule'
        'Backup-CoolifyStorage'
    )
    PrivateData           = @{
        PSData = @{
            Tags         = @('Coolify', 'PaaS', 'SelfHosted', 'Docker', 'DevOps', 'Deployment', 'REST', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://www.apache.org/licenses/LICENSE-2.0'
            ProjectUri   = 'https://github.com/coolify-powershell/Coolify'
            ReleaseNotes = 'First release: connection, the HTTP pipeline and every Services operation.'
        }
    }
}
