BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Instance health and switches' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It 'reports health as a boolean' {
        Test-CoolifyHealth | Should -BeTrue
        # A failing health check is asked again a few times (GETs are retried), so the fault lasts.
        Add-CoolifySimulatorFault $script:Sim @{ path_prefix = '/api/v1/health'; status = 500; count = 10 }
        Test-CoolifyHealth | Should -BeFalse
    }

    It 'disables the API only after confirmation and enables it again while it is off' {
        Clear-CoolifySimulatorRequest $script:Sim
        Disable-CoolifyApi -WhatIf
        Get-PostCount | Should -Be 0
        (Disable-CoolifyApi -Confirm:$false).Message | Should -Be 'API disabled.'
        { Get-CoolifyService -ErrorAction Stop } | Should -Throw -ErrorId 'CoolifyApiDisabled*'
        $enabled = Enable-CoolifyApi
        $enabled.Message | Should -Be 'API enabled.'
        $enabled.Uuid | Should -Be (Get-CoolifyConnection -Default).Url -Because 'the instance is named by its address'
        $enabled.ResourceType | Should -Be 'Instance'
        @(Get-CoolifyService).Count | Should -BeGreaterThan 0
    }

    It 'switches the MCP server and refuses tokens without write' {
        (Enable-CoolifyMcp).Message | Should -Be 'MCP server enabled.'
        (Disable-CoolifyMcp).Message | Should -Be 'MCP server disabled.'
        Connect-Sim -TokenName Read
        { Enable-CoolifyMcp } | Should -Throw -ErrorId 'CoolifyPermissionDenied*'
    }

    It 'declares Disable-CoolifyApi ConfirmImpact High' {
        [System.Management.Automation.CommandMetadata]::new((Get-Command Disable-CoolifyApi)).ConfirmImpact | Should -Be 'High'
    }
}
