BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:Web = 'app0webfrontend000000000'
    $script:Broken = 'app3brokenbuild000000000'

    function Get-LastBody([string] $Method, [string] $PathLike) {
        $request = @(Get-CoolifySimulatorRequest $script:Sim -Method $Method | Where-Object Path -like $PathLike)[-1]
        $request.Body | ConvertFrom-Json -AsHashtable
    }
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Applications' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim; Set-CoolifySimulator $script:Sim @{ deployment_queued_ms = 0; deployment_in_progress_ms = 0 } }

    It 'lists applications by name and tag, and gets one by id from the pipeline' {
        $apps = @(Get-CoolifyApplication)
        $apps.Count | Should -Be 4
        $apps[0] | Should -BeOfType 'Coolify.CoolifyApplication'
        (Get-CoolifyApplication -Name 'web*').Uuid | Should -Be $script:Web
        @(Get-CoolifyApplication -Tag backend).Name | Sort-Object | Should -Be @('api-backend', 'worker')
        $one = $script:Web | Get-CoolifyApplication
        $one.Name | Should -Be 'web-frontend'
        $one.BuildPack | Should -Be 'nixpacks'
        Get-CoolifyApplication -Name 'nothing-like-this' -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyResourceNotFound,*'
    }

    It 'creates an application from each source, encoding a Dockerfile as base64 for Coolify' {
        $common = @{ ProjectUuid = 'prj0web00000000000000000'; ServerUuid = 'srv0localhost0000000000a'; EnvironmentName = 'production' }
        $public = New-CoolifyApplication -Source public @common -GitRepository 'https://github.com/coollabsio/coolify-examples' -GitBranch main -BuildPack nixpacks -PortsExposes 3000 -Name 'examples'
        $public | Should -BeOfType 'Coolify.CoolifyApplication'
        $public.Uuid | Should -Match '^[a-z0-9]{24}$'
        $public.Name | Should -Be 'examples'

        $image = New-CoolifyApplication -Source dockerimage @common -DockerRegistryImageName 'nginx' -DockerRegistryImageTag 'alpine' -PortsExposes 80
        $image.Uuid | Should -Not -BeNullOrEmpty

        $dockerfile = "FROM nginx:alpine`nCOPY . /usr/share/nginx/html"
        $fromFile = New-CoolifyApplication -Source dockerfile @common -Dockerfile $dockerfile
        $fromFile.Uuid | Should -Not -BeNullOrEmpty
        $sent = Get-LastBody POST '*/applications/dockerfile'
        [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($sent.dockerfile)) | Should -Be $dockerfile
        $sent.environment_name | Should -Be 'production'
        $sent.ContainsKey('environment_uuid') | Should -BeFalse

        (Get-CoolifyApplication).Count | Should -Be 7
    }

    It 'refuses a create that misses what its source needs, before sending anything' {
        Clear-CoolifySimulatorRequest $script:Sim
        New-CoolifyApplication -Source public -ProjectUuid p -ServerUuid s -EnvironmentName production -GitRepository 'https://x' -BuildPack nixpacks -PortsExposes 80 -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidArgument,*'
        "$($e[0])" | Should -BeLike '*-GitBranch*'
        New-CoolifyApplication -Source dockerimage -ProjectUuid p -ServerUuid s -DockerRegistryImageName nginx -PortsExposes 80 -ErrorVariable e2 -ErrorAction SilentlyContinue
        "$($e2[0])" | Should -BeLike '*-EnvironmentName or -EnvironmentUuid*'
        New-CoolifyApplication -Source dockerimage -ProjectUuid p -ServerUuid s -EnvironmentName production -DockerRegistryImageName nginx -PortsExposes 80 -GitBranch main -ErrorVariable e3 -ErrorAction SilentlyContinue
        "$($e3[0])" | Should -BeLike '*-GitBranch has no effect with -Source dockerimage*'
        { New-CoolifyApplication -Source nonsense -ProjectUuid p -ServerUuid s } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'updates only the fields given' {
        Set-CoolifyApplication -Uuid $script:Web -Description 'the shop front'
        $sent = Get-LastBody PATCH "*/applications/$($script:Web)"
        @($sent.Keys) | Should -Be @('description')
        (Get-CoolifyApplication -Uuid $script:Web).Description | Should -Be 'the shop front'
    }

    It 'starts, stops and restarts piped applications and reports the deployment' {
        $result = Get-CoolifyApplication -Name worker | Start-CoolifyApplication
        $result | Should -BeOfType 'Coolify.CoolifyActionResult'
        $result.DeploymentUuid | Should -Match '^[a-z0-9]+$'
        $deployment = Get-CoolifyDeployment -DeploymentUuid $result.DeploymentUuid
        $deployment | Should -BeOfType 'Coolify.CoolifyDeployment'
        $deployment.Status | Should -BeIn @('queued', 'in_progress', 'finished')
        (Get-CoolifyApplication -Name worker | Stop-CoolifyApplication).Message | Should -BeLike '*stopping*'
        (Restart-CoolifyApplication -Uuid $script:Web).DeploymentUuid | Should -Not -BeNullOrEmpty
    }

    It 'lists the deployment history of an application, newest first, from Coolify''s {count, deployments} shape' {
        $history = @(Get-CoolifyApplication -Name broken-build | Get-CoolifyDeployment)
        $history.Count | Should -BeGreaterOrEqual 1
        $history[0].Status | Should -Be 'failed'
        $history[0].ApplicationUuid | Should -Be $script:Broken
        @(Get-CoolifyDeployment -ApplicationUuid $script:Broken -Skip 0 -Take 1).Count | Should -Be 1
    }

    It 'deploys by id and by tag through /deploy' {
        $queued = @(Deploy-CoolifyApplication -Uuid $script:Web)
        $queued[0] | Should -BeOfType 'Coolify.CoolifyActionResult'
        $queued[0].Uuid | Should -Be $script:Web
        $queued[0].DeploymentUuid | Should -Not -BeNullOrEmpty
    }

    It 'manages environment variables, storages and tags of a piped application' {
        $vars = @(Get-CoolifyApplication -Name 'web*' | Get-CoolifyEnvironmentVariable)
        $vars.Key | Sort-Object | Should -Be @('API_URL', 'NODE_ENV')
        $vars[0].ApplicationUuid | Should -Be $script:Web
        $vars[0].PSObject.Properties['ServiceUuid'] | Should -BeNullOrEmpty
        New-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Key 'FEATURE' -Value 'on' | Out-Null
        Set-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Key 'FEATURE' -Value 'off'
        (Get-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Key FEATURE).Value | Should -Be 'off'
        Get-CoolifyEnvironmentVariable -ApplicationUuid $script:Web -Key FEATURE | Remove-CoolifyEnvironmentVariable -Force
        @(Get-CoolifyEnvironmentVariable -ApplicationUuid $script:Web).Count | Should -Be 2

        $storage = New-CoolifyStorage -ApplicationUuid $script:Web -Type persistent -Name 'data' -MountPath '/data'
        $storage.ApplicationUuid | Should -Be $script:Web
        @(Get-CoolifyApplication -Name 'web*' | Get-CoolifyStorage).MountPath | Should -Contain '/data'

        $tags = @(Get-CoolifyApplication -Name 'web*' | Add-CoolifyTag -Name 'frontend')
        $tags.Name | Should -Contain 'frontend'
        Get-CoolifyTag -ApplicationUuid $script:Web -Name frontend | Remove-CoolifyTag
        (Get-CoolifyTag -ApplicationUuid $script:Web).Name | Should -Not -Contain 'frontend'
    }

    It 'gets container logs of a running application and a clear error for a stopped one' {
        @(Get-CoolifyLog -ApplicationUuid $script:Web -Tail 3).Count | Should -BeGreaterThan 0
        Get-CoolifyLog -ApplicationUuid 'app2worker00000000000000' -ErrorVariable e -ErrorAction SilentlyContinue
        "$($e[0])" | Should -BeLike '*not running*'
    }

    It 'deletes only after confirmation, and -WhatIf sends nothing' {
        Clear-CoolifySimulatorRequest $script:Sim
        Get-CoolifyApplication -Name worker | Remove-CoolifyApplication -WhatIf
        @(Get-CoolifySimulatorRequest $script:Sim -Method DELETE).Count | Should -Be 0
        Get-CoolifyApplication -Name worker | Remove-CoolifyApplication -Force -DeleteVolumes
        (Get-CoolifySimulatorRequest $script:Sim -Method DELETE)[0].Query | Should -BeLike '*delete_volumes=true*'
        Get-CoolifyApplication -Name worker -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }
}
