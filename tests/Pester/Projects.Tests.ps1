BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Projects and environments' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It 'lists projects by name and gets one with its environments' {
        $web = Get-CoolifyProject -Name 'we*'
        $web | Should -BeOfType 'Coolify.CoolifyProject'
        $web.Name | Should -Be 'web'
        $full = $web | Get-CoolifyProject
        $full.Environments.Name | Should -Be @('production', 'staging')
        Get-CoolifyProject -Name 'nope' -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyResourceNotFound,*'
    }

    It 'creates, renames and deletes a project' {
        $p = New-CoolifyProject -Name 'shop' -Description 'web shop'
        $p.Uuid | Should -Match '^[a-z0-9]{24}$'
        Set-CoolifyProject -Uuid $p.Uuid -Name 'store' -PassThru | Select-Object -ExpandProperty Name | Should -Be 'store'
        Clear-CoolifySimulatorRequest $script:Sim
        $p | Remove-CoolifyProject -WhatIf
        @(Get-CoolifySimulatorRequest $script:Sim -Method DELETE).Count | Should -Be 0
        $p | Remove-CoolifyProject -Force
        { Get-CoolifyProject -Uuid $p.Uuid -ErrorAction Stop } | Should -Throw -ErrorId 'CoolifyResourceNotFound*'
    }

    It 'lists, gets, adds, renames and deletes environments through the pipeline' {
        $project = Get-CoolifyProject -Name web
        @($project | Get-CoolifyEnvironment).Count | Should -Be 2
        $prod = $project | Get-CoolifyEnvironment -Name production
        ($project | Get-CoolifyEnvironment -Name $prod.Uuid).Name | Should -Be 'production' -Because 'a plain -Name may be the id'
        Clear-CoolifySimulatorRequest $script:Sim
        @($project | Get-CoolifyEnvironment -Name staging, 'prod*').Name | Should -Be @('staging', 'production')
        (Get-CoolifySimulatorRequest $script:Sim -Method GET).path | Should -Be @("/api/v1/projects/$($project.Uuid)/staging", "/api/v1/projects/$($project.Uuid)/environments")
        $prod.Name | Should -Be 'production'
        $prod.ProjectUuid | Should -Be $project.Uuid
        $qa = $project | New-CoolifyEnvironment -Name qa
        $qa.Uuid | Should -Not -BeNullOrEmpty
        Set-CoolifyEnvironment -ProjectUuid $project.Uuid -Name qa -NewName test
        ($project | Get-CoolifyEnvironment -Name 't*').Name | Should -Be 'test'
        $project | Get-CoolifyEnvironment -Name test | Remove-CoolifyEnvironment -Confirm:$false
        @($project | Get-CoolifyEnvironment).Count | Should -Be 2
    }

    It 'feeds a piped environment into New-CoolifyService' {
        $server = (Invoke-CoolifyRequest /servers)[0].uuid
        $service = Get-CoolifyProject -Name web | Get-CoolifyEnvironment -Name staging | New-CoolifyService -Type 'n8n' -Name 'from-pipe' -ServerUuid $server
        $service.Name | Should -Be 'from-pipe'
        $post = Get-CoolifySimulatorRequest $script:Sim -Method POST | Where-Object path -eq '/api/v1/services' | Select-Object -Last 1
        ($post.body | ConvertFrom-Json).environment_uuid | Should -Be 'env0stagweb0000000000000'
    }

    It 'refuses an environment name that could change the route' {
        Clear-CoolifySimulatorRequest $script:Sim
        Get-CoolifyEnvironment -ProjectUuid prj0web00000000000000000 -Name '../x' -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidId,*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }
}
